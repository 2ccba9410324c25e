import { sql, type Kysely } from 'kysely';
import type { SubgraphName } from '../../lib/config.ts';
import { readDatasetInfo } from '../../subgraphs/geography/db/repository.ts';
import { seedDemo as seedCulture } from '../../subgraphs/culture/demo.ts';
import { seedDemo as seedEducation } from '../../subgraphs/education/demo.ts';
import { seedDemo as seedGeography } from '../../subgraphs/geography/demo.ts';
import { seedDemo as seedHealth } from '../../subgraphs/health/demo.ts';
import { seedDemo as seedLabour } from '../../subgraphs/labour/demo.ts';
import { buildWorld, type DemoOptions } from './world.ts';

const SEEDERS: Record<Exclude<SubgraphName, 'coverage'>, (db: Kysely<any>, world: ReturnType<typeof buildWorld>) => Promise<Record<string, number>>> = {
  geography: seedGeography,
  education: seedEducation,
  health: seedHealth,
  culture: seedCulture,
  labour: seedLabour,
};

export async function isSeeded(geography: Kysely<any>): Promise<boolean> {
  return (await readDatasetInfo(geography)).seed !== undefined;
}

/**
 * Writes the synthetic demo into every subgraph's database through its own data layer.
 * Databases must be migrated first. Returns the rows written per subgraph and table.
 */
export async function seedAll(
  dbs: Record<SubgraphName, Kysely<any>>,
  options: DemoOptions,
): Promise<Record<string, Record<string, number>>> {
  const world = buildWorld(options);
  const names = Object.keys(SEEDERS) as (keyof typeof SEEDERS)[];
  // Geography last: its provenance row is what marks the demo as fully loaded.
  const agencies = names.filter((n) => n !== 'geography');
  const counts = await Promise.all(agencies.map((name) => SEEDERS[name](dbs[name], world)));
  const geography = await SEEDERS.geography(dbs.geography, world);
  // Fresh tables have no statistics; without them the planner picks poor joins.
  // Only this schema's tables: a bare `analyze` walks every schema of the database, which on a
  // shared test server (hundreds of schemas) outlasts the statement timeout.
  const tables = await sql<{ name: string }>`select quote_ident(schemaname) || '.' || quote_ident(tablename) as name from pg_tables where schemaname = current_schema()`.execute(dbs.geography);
  if (tables.rows.length) await sql`analyze ${sql.raw(tables.rows.map((t) => t.name).join(', '))}`.execute(dbs.geography);
  return Object.fromEntries([...agencies.map((n, i) => [n, counts[i]!]), ['geography', geography]]);
}
