import { sql, type Kysely } from 'kysely';
import { SUBGRAPH_NAMES, parseConfig, subgraphEnvSchema, type SubgraphName } from '../lib/config.ts';
import { connect, migrate, type Database, type DatabaseSettings } from '../lib/db.ts';
import { SUBGRAPHS } from '../subgraphs/index.ts';

/** Connections to every subgraph's database, migrated and with reference data loaded. */
export interface SubgraphDatabases {
  dbs: Record<SubgraphName, Kysely<any>>;
  /** Refreshes planner statistics of every subgraph's own tables (never the whole database, which other schemas share). */
  analyze(): Promise<void>;
  close(): Promise<void>;
}

export async function openMigrated(settings: (name: SubgraphName) => DatabaseSettings): Promise<SubgraphDatabases> {
  const opened = {} as Record<SubgraphName, Database<any>>;
  for (const name of SUBGRAPH_NAMES) opened[name] = connect(settings(name));
  for (const name of SUBGRAPH_NAMES) {
    await migrate(opened[name].db, settings(name).schema, SUBGRAPHS[name].migrations);
    await SUBGRAPHS[name].prepare?.(opened[name].db);
  }
  return {
    dbs: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, opened[n].db])) as Record<SubgraphName, Kysely<any>>,
    analyze: async () => {
      for (const name of SUBGRAPH_NAMES) await analyzeSchema(opened[name].db, settings(name).schema);
    },
    close: async () => {
      await Promise.all(SUBGRAPH_NAMES.map((n) => opened[n].close()));
    },
  };
}

/** Each subgraph's database settings from the same environment variables the services read. */
export function settingsFromEnv(env: NodeJS.ProcessEnv = process.env): (name: SubgraphName) => DatabaseSettings {
  const all = Object.fromEntries(
    SUBGRAPH_NAMES.map((name) => [name, parseConfig(subgraphEnvSchema(name), env).database as DatabaseSettings]),
  ) as Record<SubgraphName, DatabaseSettings>;
  return (name) => all[name];
}

async function analyzeSchema(db: Kysely<any>, schema: string): Promise<void> {
  const { rows } = await sql<{
    name: string;
  }>`select format('%I.%I', schemaname, tablename) as name from pg_tables where schemaname = ${schema}`.execute(db);
  for (const { name } of rows) await sql.raw(`analyze ${name}`).execute(db);
}
