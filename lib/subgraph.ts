import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { sql, type Kysely } from 'kysely';
import type { SubgraphName } from './config.ts';
import { bearerToken, unauthenticated } from './auth/http-errors.ts';
import { verifyInternalToken } from './auth/internal-token.ts';
import type { Key } from './auth/keys.ts';
import type { Viewer } from './auth/viewer.ts';
import { connect, migrate, type DatabaseSettings, type SchemaMigration, type StatementCounter } from './db.ts';
import type { HttpFront } from './http.ts';
import { maskErrors } from './errors.ts';
import { freshnessPlugin, freshnessRoute, type FreshnessPolicy } from './freshness.ts';
import { primaryGuard, type OnPrimary } from './primary.ts';
import { createHttpFront } from './http.ts';
import { loaderKit, type LoaderKit } from './loaders.ts';
import type { Logger } from './logger.ts';
import { importRoutes } from './import/http-route.ts';
import type { ImportTemplate } from './import/template.ts';

export type { GraphQLResolverMap };

/** What every subgraph resolver receives. `loaders` are built fresh for each request. */
export interface SubgraphContext<DB, Loaders> {
  /** The primary, for writes (the audit trail) and reads that must see their own writes; fails fast
   * with PRIMARY_UNAVAILABLE while the primary is away (lib/primary.ts). */
  primary: OnPrimary<DB>;
  /** The replica when one is configured (DATABASE_READ_URL), else the primary: reads that may lag. */
  read: Kysely<DB>;
  loaders: Loaders;
  /** The gateway's request id, from its token (never from a header). */
  requestId: string;
  /** The client's own id for the request, if it sent one; a label, from the gateway's token. */
  correlationId?: string;
  logger: Logger;
  /** Who asks, from the gateway's token (never from client headers). */
  viewer: Viewer;
}

/**
 * A subgraph is a value: its SDL, resolvers, migrations and per-request loaders. Entrypoints
 * and tests decide where it runs.
 */
export interface SubgraphDefinition<DB, Loaders> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  /**
   * The subgraph's resolver map, checked against its SDL where it is declared (`satisfies
   * Resolvers`, the types `npm run codegen` generates from schema.graphql).
   */
  resolvers: Readonly<Record<string, object>>;
  migrations: Record<string, SchemaMigration>;
  /** Called per request with the read database (the replica when there is one: loaders only read)
   * and loader builders bound to this subgraph's options. */
  createLoaders(db: Kysely<DB>, kit: LoaderKit): Loaders;
  /** Runs after migrations, before serving: loads reference data the subgraph ships with. */
  prepare?(db: Kysely<DB>): Promise<void>;
  /** What its answers depend on, so the gateway may keep them until that changes (lib/freshness.ts). */
  freshness?: FreshnessPolicy<DB>;
  /** The agency's import file templates, served at /import (lib/import/http-route.ts). */
  imports?: Record<string, ImportTemplate<any>>;
}

export function loadSchema(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  statements: StatementCounter;
  /** Of `statements`, those sent to the replica. */
  readStatements: StatementCounter;
  graphqlRequests: { count: number };
  stop(): Promise<void>;
}

export interface SubgraphRuntimeOptions {
  port: number;
  host: string;
  database: DatabaseSettings;
  logger: Logger;
  /** Apply pending migrations before serving (on by default). */
  migrate?: boolean;
  /** The gateway's public key: every request must carry a token it signed. */
  gatewayKey: Key;
  /** DataLoader batching (on by default); only the benchmark turns it off, to measure what it buys. */
  batching?: boolean;
}

export async function startSubgraph<DB, Loaders>(
  definition: SubgraphDefinition<DB, Loaders>,
  options: SubgraphRuntimeOptions,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const database = connect<DB>(options.database);
  const primary = primaryGuard(database.db);
  if (options.migrate !== false) {
    await migrate(database.db, options.database.schema, definition.migrations);
    await definition.prepare?.(database.db);
  }

  const loaders = loaderKit({ batch: options.batching ?? true });
  const gatewayViewer = async (req: { headers: { authorization?: string } }): Promise<Viewer> => {
    const token = bearerToken(req.headers.authorization);
    if (!token) throw unauthenticated('This service answers only the gateway.');
    try {
      return (await verifyInternalToken(token, options.gatewayKey)).viewer;
    } catch {
      throw unauthenticated('This service answers only the gateway.');
    }
  };
  // The one cast of the resolver wiring: each map was checked against its SDL by the generated
  // `Resolvers` type; Apollo's index-signature type cannot express those per-type shapes.
  const resolvers = definition.resolvers as GraphQLResolverMap<SubgraphContext<DB, Loaders>>;
  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers }]);
  const front: HttpFront = createHttpFront<SubgraphContext<DB, Loaders>>({
    apollo: () => apollo,
    logger,
    counters: [{ name: 'sql_statements_total', help: 'SQL statements sent to the database', value: () => database.statements.count }],
    routes: [
      ...(definition.freshness ? [freshnessRoute(definition.freshness, database.read, options.gatewayKey)] : []),
      ...(definition.imports
        ? [
            importRoutes({
              database,
              schema: options.database.schema,
              templates: definition.imports,
              logger,
              viewerOf: (req) => gatewayViewer(req).catch(() => undefined),
            }),
          ]
        : []),
    ],
    // Ready while reads can be served: with a replica, a primary that restarts costs the writes
    // (the audit trail: child records answer PRIMARY_UNAVAILABLE) but keeps the replica in rotation.
    ready: async () => {
      await sql`select 1`.execute(database.read);
      if (database.read === database.db) return { database: 'reachable' };
      const lag = (await database.replicaLag())!;
      return { database: 'reachable', replica: { lagBytes: lag.bytes, lastReplaySecondsAgo: lag.lastReplaySecondsAgo } };
    },
    // Runs before any operation, `_entities` and `_service` included: no token, no answer.
    // The request's ids come from the gateway's token too: this hop's own ids are not used.
    context: async (req) => {
      let verified: Awaited<ReturnType<typeof verifyInternalToken>>;
      try {
        const token = bearerToken(req.headers.authorization);
        if (!token) throw new Error('no token');
        verified = await verifyInternalToken(token, options.gatewayKey);
      } catch {
        throw unauthenticated('This service answers only the gateway.');
      }
      const { viewer, ...ids } = verified;
      return {
        primary,
        read: database.read,
        loaders: definition.createLoaders(database.read, loaders),
        ...ids,
        logger: logger.child(ids),
        viewer,
      };
    },
  });
  const apollo: ApolloServer<SubgraphContext<DB, Loaders>> = new ApolloServer<SubgraphContext<DB, Loaders>>({
    schema,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      // ftv1 traces cost time on large entity responses and nobody reads them here.
      ApolloServerPluginInlineTraceDisabled(),
      // Cache hints are unused (no CDN caches these answers); the default plugin wraps every
      // field resolver and cost a third of the coverage subgraph's time on the national report.
      ApolloServerPluginCacheControlDisabled(),
      front.drain,
      ...(definition.freshness ? [freshnessPlugin<SubgraphContext<DB, Loaders>>(definition.freshness, database.read)] : []),
    ],
  });
  await apollo.start();
  const http = await front.listen(options.port, options.host);
  logger.info({ url: http.url }, `${definition.name} subgraph ready`);
  return {
    name: definition.name,
    url: http.url,
    port: http.port,
    statements: database.statements,
    readStatements: database.readStatements,
    graphqlRequests: front.graphqlRequests,
    stop: async () => {
      await apollo.stop();
      await database.close();
    },
  };
}
