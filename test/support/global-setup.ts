import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedServer } from '../../scripts/embedded-db.ts';

/**
 * Chooses the database server for the whole run: TEST_DATABASE_URL, else PostgreSQL on
 * 127.0.0.1:5432, else (a machine with no PostgreSQL) an in-memory PGlite served over the
 * PostgreSQL wire protocol. Says which one it used.
 */
export default async function setup(project: TestProject) {
  const candidate = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  let stop: (() => Promise<void>) | undefined;
  let url = candidate;
  let server: string;
  try {
    const client = new pg.Client({ connectionString: candidate, connectionTimeoutMillis: 2_000 });
    await client.connect();
    server = (await client.query<{ v: string }>('select version() as v')).rows[0]!.v.split(' on ')[0]!;
    await client.end();
  } catch {
    const embedded = await startEmbeddedServer({ dataDir: undefined, port: 0 });
    url = embedded.url;
    stop = embedded.stop;
    server = 'PGlite (embedded, over the PostgreSQL wire protocol; no PostgreSQL server was reachable)';
  }
  process.stdout.write(`\n[test] database server: ${server}\n\n`);
  project.provide('databaseUrl', url);
  project.provide('databaseServer', server);
  return async () => {
    await stop?.();
  };
}
