import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin, GraphQLRequest } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { z } from 'zod';
import type { GatewayContext } from './context.ts';

/**
 * Persisted queries for portals. Each file in the manifest folder lists one client's
 * operations; a client sends `apollographql-client-name` and either the query text or just its
 * hash (`extensions.persistedQuery.sha256Hash`, Apollo's format). A client whose manifest says
 * `safelist: true` may run only its listed operations; requests naming no client (analysts in
 * a notebook) may run anything their role allows.
 */
export const DEFAULT_MANIFEST_DIR = new URL('../schema/persisted-queries/', import.meta.url).pathname;
export const CLIENT_NAME_HEADER = 'apollographql-client-name';

const manifest = z.object({
  client: z.string().min(1),
  safelist: z.boolean(),
  operations: z.array(z.object({ name: z.string(), query: z.string().min(1) })).min(1),
});

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

export function loadManifests(dir: string) {
  const byHash = new Map<string, string>();
  const clients = new Map<string, { safelist: boolean; hashes: Set<string> }>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const m = manifest.parse(JSON.parse(readFileSync(join(dir, file), 'utf8')));
    const hashes = new Set(m.operations.map((o) => sha256(o.query)));
    for (const o of m.operations) byHash.set(sha256(o.query), o.query);
    clients.set(m.client, { safelist: m.safelist, hashes });
  }
  return { byHash, clients };
}

/** A persisted-query extension Apollo Server refuses: a version other than 1, or a hash that is not the query's. */
function malformedPersistedQuery(request: GraphQLRequest): boolean {
  const persisted = request.extensions?.persistedQuery as { version?: unknown; sha256Hash?: unknown } | undefined;
  if (!persisted) return false;
  if (persisted.version !== 1) return true;
  return request.query !== undefined && persisted.sha256Hash !== sha256(request.query);
}

export function persistedQueries(dir: string) {
  const { byHash, clients } = loadManifests(dir);
  // Apollo Server's persisted-query lookup, read-only: hashes resolve only to manifest operations.
  const cache = {
    get: async (key: string) => byHash.get(key.replace(/^apq:/, '')),
    set: async () => {},
    delete: async () => {},
  };
  const plugin: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart({ request }) {
      const policy = clients.get(request.http?.headers.get(CLIENT_NAME_HEADER) ?? '');
      return {
        // Apollo Server refuses a bad version or a hash that does not match the query with a 400
        // but no code, which formatError would mask as an internal error: give those a code.
        async didEncounterErrors({ errors }) {
          if (!malformedPersistedQuery(request)) return;
          for (const error of errors) {
            if (error.extensions.code === undefined) (error.extensions as Record<string, unknown>).code = 'PERSISTED_QUERY_INVALID';
          }
        },
        async didResolveOperation({ queryHash }) {
          if (!policy?.safelist) return;
          if (!policy.hashes.has(queryHash)) {
            throw new GraphQLError('This client may run only the operations registered for it.', {
              extensions: { code: 'OPERATION_NOT_ALLOWED', http: { status: 403 } },
            });
          }
        },
      };
    },
  };
  return { cache, plugin };
}
