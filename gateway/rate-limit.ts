import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from './context.ts';

/**
 * Rate limiting per identity in the business layer: each identity (the token subject, or the
 * anonymous caller's address) has a budget of operations and of fields per minute. Fields
 * count what an operation asks for, so one huge query costs what many small ones do.
 * In-memory, per gateway process; several gateways behind a balancer each keep their own.
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

export function rateLimiter(limits: RateLimits): ApolloServerPlugin<GatewayContext> {
  const windows = new Map<string, { start: number; operations: number; fields: number }>();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ contextValue, document, operation }) {
          const now = Date.now();
          const key = contextValue.rateKey;
          let w = windows.get(key);
          if (!w || now - w.start >= 60_000) {
            w = { start: now, operations: 0, fields: 0 };
            windows.set(key, w);
            if (windows.size > 100_000) windows.clear(); // bounded memory under a flood of identities
          }
          const fields = operation ? fieldCount(document, operation) : 0;
          if (w.operations + 1 > limits.operationsPerMinute || w.fields + fields > limits.fieldsPerMinute) {
            const retryAfterSeconds = Math.max(1, Math.ceil((w.start + 60_000 - now) / 1000));
            throw new GraphQLError('Too many requests for this identity; try again shortly.', {
              extensions: {
                code: 'RATE_LIMITED',
                retryAfterSeconds,
                http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
              },
            });
          }
          w.operations += 1;
          w.fields += fields;
        },
      };
    },
  };
}
