import type { Kysely } from 'kysely';
import pg from 'pg';
import { connect } from '../../lib/db.ts';
import { startSubgraph, type RunningSubgraph, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { World } from '../../scripts/demo/world.ts';
import { createTestSchemas, type TestSchemas } from './database.ts';
import { postGraphQL, type GraphQLResponse } from './graphql.ts';
import { gatewayHeaders, testKeys } from './keys.ts';
import { testLogger } from './silent-logger.ts';

export interface SeededAgency {
  subgraph: RunningSubgraph;
  schemas: TestSchemas;
  world: World;
  /** Rows written per native table, as the subgraph's `seedDemo` reported them. */
  seeded: Record<string, number>;
  query<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Plain SQL on the subgraph's schema, independent of its repository. */
  sql<T = any>(text: string, values?: unknown[]): Promise<T[]>;
  /** Seeds `world` again into the same schema, through the same connection as the first time. */
  seed(world: World): Promise<Record<string, number>>;
  stop(): Promise<void>;
}

/**
 * One agency subgraph alone on port 0, over fresh schemas, seeded with its own `seedDemo`: the
 * agency tests check its answers against their own SQL, without a gateway or other subgraphs.
 */
export async function startSeededAgency<DB, Loaders>(
  definition: SubgraphDefinition<DB, Loaders>,
  seedDemo: (db: Kysely<DB>, world: World) => Promise<Record<string, number>>,
  world: World,
): Promise<SeededAgency> {
  const schemas = await createTestSchemas();
  const settings = schemas.settings(definition.name);
  // Undone in reverse order by stop(), also when starting fails halfway.
  const started: (() => Promise<void>)[] = [() => schemas.drop()];
  const stop = async () => {
    for (const undo of started.splice(0).reverse()) await undo();
  };
  try {
    const subgraph = await startSubgraph(definition, {
      port: 0,
      host: '127.0.0.1',
      database: settings,
      logger: testLogger(definition.name),
      gatewayKey: (await testKeys()).gatewayPublic,
    });
    started.push(() => subgraph.stop());
    const writer = connect<DB>(settings);
    started.push(() => writer.close());
    const seeded = await seedDemo(writer.db, world);
    const client = new pg.Client({ connectionString: schemas.url });
    await client.connect();
    started.push(() => client.end());
    return {
      subgraph,
      schemas,
      world,
      seeded,
      // Straight to the subgraph, as the gateway would call it.
      query: async (query, variables) => postGraphQL(subgraph.url, query, variables, await gatewayHeaders()),
      // search_path is set per transaction: PGlite is one session shared by every connection.
      sql: async (text, values = []) => {
        await client.query('begin');
        try {
          await client.query(`set local search_path to "${settings.schema}"`);
          return (await client.query(text, values)).rows;
        } finally {
          await client.query('commit');
        }
      },
      seed: (other) => seedDemo(writer.db, other),
      stop,
    };
  } catch (error) {
    await stop().catch(() => {});
    throw error;
  }
}

/** The `_entities` representation of a commune version, as the gateway sends it. */
export const communeRep = (c: { code: string; validFrom: string; validUntil: string | null }) => ({
  __typename: 'Commune',
  code: c.code,
  validFrom: c.validFrom,
  validUntil: c.validUntil,
});

/**
 * `_entities` over the representations in `$r`, selecting `code` and `fields` on `typename`;
 * `variables` declares any other variables the fields use, e.g. '$year: Int!'.
 */
export const entitiesQuery = (fields: string, options: { typename?: 'Commune' | 'Province'; variables?: string } = {}) =>
  `query($r: [_Any!]!${options.variables ? `, ${options.variables}` : ''}) { _entities(representations: $r) { ... on ${options.typename ?? 'Commune'} { code ${fields} } } }`;
