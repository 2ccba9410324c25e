import type { Kysely } from 'kysely';
import type { SubgraphDatabases } from '../databases.ts';
import type { SubgraphName } from '../../lib/config.ts';
import { readDatasetInfo } from '../../subgraphs/geography/db/repository.ts';
import { seedDemo as seedCulture } from './culture.ts';
import { seedDemo as seedEducation } from './education.ts';
import { seedDemo as seedGeography } from './geography.ts';
import { seedDemo as seedHealth } from './health.ts';
import { seedDemo as seedLabour } from './labour.ts';
import { buildWorld, type DemoOptions } from './world.ts';

const SEEDERS: Record<
  Exclude<SubgraphName, 'coverage'>,
  (db: Kysely<any>, world: ReturnType<typeof buildWorld>) => Promise<Record<string, number>>
> = {
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
export async function seedAll(databases: SubgraphDatabases, options: DemoOptions): Promise<Record<string, Record<string, number>>> {
  const { dbs } = databases;
  const world = buildWorld(options);
  const names = Object.keys(SEEDERS) as (keyof typeof SEEDERS)[];
  // Geography last: its provenance row is what marks the demo as fully loaded.
  const agencies = names.filter((n) => n !== 'geography');
  const counts = await Promise.all(agencies.map((name) => SEEDERS[name](dbs[name], world)));
  const geography = await SEEDERS.geography(dbs.geography, world);
  // Fresh tables have no statistics; without them the planner picks poor joins.
  await databases.analyze();
  return Object.fromEntries([...agencies.map((n, i) => [n, counts[i]!]), ['geography', geography]]);
}
