import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { TypeInfo, getArgumentValues, getNamedType, isObjectType, visit, visitWithTypeInfo, type GraphQLSchema } from 'graphql';
import type { Kysely } from 'kysely';
import { bearerToken } from './auth/http-errors.ts';
import { verifyInternalToken } from './auth/internal-token.ts';
import type { Key } from './auth/keys.ts';
import type { HttpRoute } from './http.ts';
import { todayInVietnam } from './periods.ts';

/**
 * Freshness: what a subgraph's answers depend on, so the gateway can keep an answer until
 * something it was computed from changes (gateway/answer-cache.ts).
 *
 * A subgraph that takes part names its stamps: short keys ("year:2024", "directory") whose
 * values change whenever a refresh or an import changes the data behind them. Each field
 * coordinate of an operation says which stamps it depends on, or that it cannot be kept (a
 * field that reads anything else, such as the viewer's identity). Every answer also depends on
 * "today": statuses and default dates follow the calendar.
 */
export interface FreshnessPolicy<DB> {
  /** Every stamp as it is now: one cheap statement. */
  stamps(db: Kysely<DB>): Promise<Record<string, string>>;
  /** The stamps `Type.field` with these arguments depends on; undefined when its answer cannot be kept. */
  dependsOn(coordinate: string, args: Record<string, unknown>): string[] | undefined;
}

export const TODAY = 'today';
/** Sent by the gateway on the fetches of an answer it may keep: only then are stamps read (one statement more). */
export const FRESHNESS_HEADER = 'x-answer-freshness';
/** Path of a subgraph's stamps, for the gateway (with its token, like every other request). */
export const FRESHNESS_PATH = '/freshness';

/** The stamps an operation depends on, or undefined when any field of it cannot be kept. */
export function operationDependencies(
  policy: FreshnessPolicy<unknown>,
  schema: GraphQLSchema,
  document: Parameters<typeof visit>[0],
  variables: Record<string, unknown>,
): Set<string> | undefined {
  const keys = new Set<string>([TODAY]);
  let keepable = true;
  const typeInfo = new TypeInfo(schema);
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Field(node) {
        if (node.name.value === '__typename') return;
        const parent = typeInfo.getParentType();
        const field = typeInfo.getFieldDef();
        if (!parent || !field || !isObjectType(getNamedType(parent))) {
          keepable = false;
          return;
        }
        let args: Record<string, unknown>;
        try {
          args = getArgumentValues(field, node, variables);
        } catch {
          keepable = false;
          return;
        }
        const depends = policy.dependsOn(`${parent.name}.${field.name}`, args);
        if (!depends) keepable = false;
        else for (const k of depends) keys.add(k);
      },
    }),
  );
  return keepable ? keys : undefined;
}

/**
 * Adds `extensions.freshness` (stamp key → value, read before the operation runs) to every
 * answer whose fields can all be kept, when the gateway asks for it (FRESHNESS_HEADER); other
 * answers carry nothing and are never kept.
 */
export function freshnessPlugin<Ctx extends BaseContext>(policy: FreshnessPolicy<any>, db: Kysely<any>): ApolloServerPlugin<Ctx> {
  return {
    async requestDidStart() {
      let stamps: Record<string, string> | undefined;
      return {
        async didResolveOperation(rc) {
          if (rc.operation?.operation !== 'query' || !rc.request.http?.headers.get(FRESHNESS_HEADER)) return;
          const keys = operationDependencies(policy, rc.schema, rc.document, rc.request.variables ?? {});
          if (!keys) return;
          // Read before execution: a refresh landing meanwhile leaves a stamp older than the data, never newer.
          const current = await currentStamps(policy, db);
          stamps = Object.fromEntries([...keys].sort().map((k) => [k, current[k] ?? '']));
        },
        async willSendResponse(rc) {
          if (!stamps || rc.response.body.kind !== 'single' || rc.response.body.singleResult.errors?.length) return;
          const result = rc.response.body.singleResult;
          result.extensions = { ...result.extensions, freshness: stamps };
        },
      };
    },
  };
}

async function currentStamps(policy: FreshnessPolicy<any>, db: Kysely<any>): Promise<Record<string, string>> {
  return { ...(await policy.stamps(db)), [TODAY]: todayInVietnam() };
}

/** GET /freshness: every current stamp, for the gateway only (its token, as on /graphql). */
export function freshnessRoute(policy: FreshnessPolicy<any>, db: Kysely<any>, gatewayKey: Key): HttpRoute {
  return {
    path: FRESHNESS_PATH,
    async handle(req: IncomingMessage, res: ServerResponse) {
      res.setHeader('content-type', 'application/json');
      try {
        const token = bearerToken(req.headers.authorization);
        if (!token) throw new Error('no token');
        await verifyInternalToken(token, gatewayKey);
      } catch {
        res.statusCode = 401;
        res.end(JSON.stringify({ error: 'This service answers only the gateway.' }));
        return true;
      }
      res.end(JSON.stringify(await currentStamps(policy, db)));
      return true;
    },
  };
}
