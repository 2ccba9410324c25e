import { createHash } from 'node:crypto';
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import { FRESHNESS_PATH } from '../lib/freshness.ts';
import type { Viewer } from '../lib/auth/viewer.ts';
import type { GatewayContext } from './context.ts';

/**
 * The answer cache: a whole answer kept until something it was computed from changes.
 *
 * - **Kept only when every subgraph vouches for it.** Each subgraph fetch must come back with
 *   `extensions.freshness`, the stamps its part depends on (lib/freshness.ts); a subgraph that
 *   cannot key a field by stamps sends none, and the answer is not kept. Errors are never kept.
 * - **Served only while fresh.** Before an answer is served, each subgraph behind it is asked
 *   for its current stamps (GET /freshness, one cheap statement); a refresh or an import that
 *   changed any stamp the answer depends on makes it a miss, and no other answer is touched.
 * - **Per visibility class.** The key holds the viewer's role and area: suppression and
 *   withheld measures differ by both, so an ADMIN's or an OFFICER's answer never reaches an
 *   ANALYST. Nothing kept depends on the viewer beyond that (the viewer's identity is not kept).
 *
 * Apollo's response-cache plugin keys by time-to-live cache hints, which cannot say "until the
 * next refresh of 2024"; this layer uses Apollo's own LRU store and plugin hooks instead.
 * ANSWER_CACHE_MIB sets its size (0 turns it off). Each answer says `answer-cache: HIT|MISS`.
 */
interface Kept {
  data: Record<string, unknown>;
  /** subgraph name → stamp key → value */
  depends: Record<string, Record<string, string>>;
}

/** What one request's subgraph fetches said about their freshness (gateway/subgraph-data-source.ts fills it). */
export interface AnswerFreshness {
  depends: Record<string, Record<string, string>>;
  /** A fetch came back without stamps, or two fetches of one subgraph read different stamps. */
  unkept: boolean;
  fetches: number;
}

export function recordFetchFreshness(into: AnswerFreshness, subgraph: string, stamps: unknown): void {
  into.fetches++;
  if (!stamps || typeof stamps !== 'object') {
    into.unkept = true;
    return;
  }
  const mine = (into.depends[subgraph] ??= {});
  for (const [key, value] of Object.entries(stamps as Record<string, string>)) {
    if (key in mine && mine[key] !== value) into.unkept = true;
    mine[key] = value;
  }
}

export const visibilityClass = (viewer: Viewer) => `${viewer.role}|${[...viewer.area].sort().join(',')}`;

export function answerCache(options: {
  maxMiB: number;
  subgraphUrls: Record<string, string>;
  timeoutMs: number;
}): ApolloServerPlugin<GatewayContext> {
  if (options.maxMiB <= 0) return {};
  // Sized by JSON length (Apollo's default) times 4: a parsed answer takes several times its JSON in the heap.
  const store = new InMemoryLRUCache<Kept>({
    maxSize: options.maxMiB * 2 ** 20,
    sizeCalculation: (kept) => 4 * JSON.stringify(kept.data).length,
  });

  async function currentStamps(subgraph: string, token: string): Promise<Record<string, string> | undefined> {
    const url = options.subgraphUrls[subgraph];
    if (!url) return undefined;
    try {
      const res = await fetch(new URL(FRESHNESS_PATH, url), {
        headers: { authorization: `Bearer ${token}` },
        signal: AbortSignal.timeout(options.timeoutMs),
      });
      return res.ok ? ((await res.json()) as Record<string, string>) : undefined;
    } catch {
      return undefined;
    }
  }

  async function stillFresh(kept: Kept, context: GatewayContext): Promise<boolean> {
    const token = await context.internalToken();
    const checks = await Promise.all(
      Object.entries(kept.depends).map(async ([subgraph, depends]) => {
        const now = await currentStamps(subgraph, token);
        return !!now && Object.entries(depends).every(([key, value]) => (now[key] ?? '') === value);
      }),
    );
    return checks.every(Boolean);
  }

  return {
    async requestDidStart({ contextValue }) {
      let key: string | undefined;
      return {
        async responseForOperation(rc) {
          if (rc.operation.operation !== 'query') return null;
          key = createHash('sha256')
            .update(
              JSON.stringify([visibilityClass(contextValue.viewer), rc.source ?? '', rc.operationName ?? null, rc.request.variables ?? {}]),
            )
            .digest('base64url');
          const kept = await store.get(key);
          if (kept && (await stillFresh(kept, contextValue))) {
            key = undefined; // nothing to keep
            return {
              http: { status: undefined, headers: new HeaderMap([['answer-cache', 'HIT']]) },
              body: { kind: 'single', singleResult: { data: kept.data } },
            };
          }
          contextValue.answerFreshness = { depends: {}, unkept: false, fetches: 0 };
          return null;
        },
        async willSendResponse(rc) {
          const freshness = contextValue.answerFreshness;
          if (!key || !freshness) return;
          rc.response.http.headers.set('answer-cache', 'MISS');
          const body = rc.response.body;
          if (body.kind !== 'single' || body.singleResult.errors?.length || !body.singleResult.data) return;
          if (freshness.unkept || freshness.fetches === 0) return;
          await store.set(key, { data: body.singleResult.data, depends: freshness.depends });
        },
      };
    },
  };
}
