import { readFileSync } from 'node:fs';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginInlineTraceDisabled } from '@apollo/server/plugin/disabled';
import { buildSubgraphSchema } from '@apollo/subgraph';
import type { GraphQLResolverMap } from '@apollo/subgraph';
import { parse, type DocumentNode } from 'graphql';
import { sql, type Kysely } from 'kysely';
import type { Migration } from 'kysely/migration';
import type { SubgraphName } from './config.ts';
import { connect, migrate, type DatabaseSettings, type StatementCounter } from './db.ts';
import type { HttpFront } from './http.ts';
import { maskErrors } from './errors.ts';
import { createHttpFront } from './http.ts';
import type { Logger } from './logger.ts';

export type { GraphQLResolverMap };

/** What every subgraph resolver receives. `loaders` are built fresh for each request. */
export interface SubgraphContext<DB, Loaders> {
  db: Kysely<DB>;
  loaders: Loaders;
  requestId: string;
  logger: Logger;
}

/**
 * A subgraph is a value: its SDL, resolvers, migrations and per-request loaders. Entrypoints
 * and tests decide where it runs.
 */
export interface SubgraphDefinition<DB, Loaders> {
  name: SubgraphName;
  typeDefs: DocumentNode;
  resolvers: GraphQLResolverMap<SubgraphContext<DB, Loaders>>;
  migrations: Record<string, Migration>;
  createLoaders(db: Kysely<DB>): Loaders;
  /** Runs after migrations, before serving: loads reference data the subgraph ships with. */
  prepare?(db: Kysely<DB>): Promise<void>;
}

export function loadSchema(url: URL): DocumentNode {
  return parse(readFileSync(url, 'utf8'));
}

export interface RunningSubgraph {
  name: SubgraphName;
  url: string;
  port: number;
  statements: StatementCounter;
  stop(): Promise<void>;
}

export interface SubgraphRuntimeOptions {
  port: number;
  host: string;
  database: DatabaseSettings;
  logger: Logger;
  /** Apply pending migrations before serving (on by default). */
  migrate?: boolean;
}

export async function startSubgraph<DB, Loaders>(
  definition: SubgraphDefinition<DB, Loaders>,
  options: SubgraphRuntimeOptions,
): Promise<RunningSubgraph> {
  const { logger } = options;
  const database = connect<DB>(options.database);
  if (options.migrate !== false) {
    await migrate(database.db, options.database.schema, definition.migrations);
    await definition.prepare?.(database.db);
  }

  const schema = buildSubgraphSchema([{ typeDefs: definition.typeDefs, resolvers: definition.resolvers as never }]);
  const front: HttpFront = createHttpFront<SubgraphContext<DB, Loaders>>({
    apollo: () => apollo,
    logger,
    ready: async () => {
      await sql`select 1`.execute(database.db);
      return { database: 'reachable' };
    },
    context: async (_req, requestId) => ({
      db: database.db,
      loaders: definition.createLoaders(database.db),
      requestId,
      logger: logger.child({ requestId }),
    }),
  });
  const apollo: ApolloServer<SubgraphContext<DB, Loaders>> = new ApolloServer<SubgraphContext<DB, Loaders>>({
    schema,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    plugins: [
      // ftv1 traces cost time on large entity responses and nobody reads them here.
      ApolloServerPluginInlineTraceDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer: front.server }),
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
    stop: async () => {
      await apollo.stop();
      await database.close();
    },
  };
}
