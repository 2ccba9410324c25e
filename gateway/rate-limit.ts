import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import type { GatewayContext } from './context.ts';

/**
 * Rate limiting per identity in the business layer: each identity (the token subject, or the
 * anonymous caller's address) has a budget of operations and of fields per minute. Fields
 * count what an operation asks for, so one huge query costs what many small ones do.
 * The windows live in this process by default; with RATE_LIMIT_DATABASE_URL every gateway replica
 * counts in one PostgreSQL table (rate-limit-store.ts), so N replicas do not give N budgets.
 */
export interface RateLimits {
  operationsPerMinute: number;
  fieldsPerMinute: number;
}

export function fieldCount(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  const count = (set: SelectionSetNode, seen: Set<string>): number =>
    set.selections.reduce((sum, s) => {
      if (s.kind === Kind.FIELD) return sum + 1 + (s.selectionSet ? count(s.selectionSet, seen) : 0);
      if (s.kind === Kind.INLINE_FRAGMENT) return sum + count(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      if (!fragment || seen.has(fragment.name.value)) return sum;
      return sum + count(fragment.selectionSet, new Set([...seen, fragment.name.value]));
    }, 0);
  return count(operation.selectionSet, new Set());
}

/** Where the counting windows live: in this process, or shared by every replica (rate-limit-store.ts). */
export interface RateWindowStore {
  /** Counts one operation of `fields` fields against `key` if it fits the budget; otherwise says when to retry. */
  admit(key: string, fields: number, limits: RateLimits): Promise<{ admitted: true } | { admitted: false; retryAfterSeconds: number }>;
  close(): Promise<void>;
}

export const WINDOW_MS = 60_000;
/** Identities tracked at once in memory; past it newcomers share one budget, so a flood never evicts live windows. */
const MAX_IDENTITIES = 100_000;
const OVERFLOW_KEY = 'overflow';

export function memoryWindowStore(now: () => number = Date.now): RateWindowStore & { size(): number } {
  // Insertion order is window-start order (a renewed window is re-inserted), so expired ones are at the front.
  const windows = new Map<string, { start: number; operations: number; fields: number }>();
  return {
    size: () => windows.size,
    async admit(key, fields, limits) {
      const t = now();
      // One slot stays free for the shared overflow window.
      if (windows.size >= MAX_IDENTITIES - 1 && !windows.has(key)) {
        for (const [k, w] of windows) {
          if (t - w.start < WINDOW_MS) break;
          windows.delete(k);
        }
        if (windows.size >= MAX_IDENTITIES - 1) key = OVERFLOW_KEY;
      }
      let w = windows.get(key);
      if (!w || t - w.start >= WINDOW_MS) {
        windows.delete(key);
        w = { start: t, operations: 0, fields: 0 };
        windows.set(key, w);
      }
      if (w.operations + 1 > limits.operationsPerMinute || w.fields + fields > limits.fieldsPerMinute) {
        return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil((w.start + WINDOW_MS - t) / 1000)) };
      }
      w.operations += 1;
      w.fields += fields;
      return { admitted: true };
    },
    close: async () => {},
  };
}

export function rateLimiter(limits: RateLimits, store: RateWindowStore = memoryWindowStore()): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const fields = operation ? fieldCount(document, operation) : 0;
          const verdict = await store.admit(contextValue.rateKey, fields, limits);
          if (!verdict.admitted) {
            const { retryAfterSeconds } = verdict;
            throw new GraphQLError('Too many requests for this identity; try again shortly.', {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
              },
            });
          }
        },
      };
    },
  };
}
