/**
 * The benchmark's data: the project's own demo generator at a chosen scale, in a database of
 * its own, built once and reused while its options match (a rebuild drops it first).
 */
import pg from 'pg';
import type { SubgraphName } from '../lib/config.ts';
import { connect, type DatabaseSettings } from '../lib/db.ts';
import { openMigrated } from '../scripts/databases.ts';
import { seedAll } from '../scripts/demo/seed.ts';
import type { DemoOptions } from '../scripts/demo/world.ts';
import { hasBeenRefreshed } from '../subgraphs/coverage/db/repository.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { readDatasetInfo, writeDatasetInfo } from '../subgraphs/geography/db/repository.ts';
import type { BenchDatabase } from './systems.ts';

export interface Scale {
  name: string;
  /** Database created on the server of --database-url (ignored when the caller supplies one). */
  database: string;
  demo: DemoOptions;
}

export const SCALES: Record<string, Scale> = {
  // ≥ 2 million children, every commune of every snapshot, 2019–2025.
  national: { name: 'national', database: 'coverage_bench', demo: { seed: 2025, provinces: 'all', childrenPerCommune: 140 } },
  // The embedded demo's own size: the plans' five provinces.
  demo: {
    name: 'demo',
    database: 'coverage_bench_demo',
    demo: { seed: 2025, provinces: ['31', '30', '04', '40', '87'], childrenPerCommune: 60 },
  },
  // One province, for the harness's own test inside `npm test`.
  small: { name: 'small', database: 'coverage_bench_small', demo: { seed: 11, provinces: ['04'], childrenPerCommune: 40 } },
};

/** The tables whose size the report quotes, per subgraph. */
const COUNTED: [SubgraphName, string][] = [
  ['labour', 'tre_em'],
  ['labour', 'tre_em_cu_tru'],
  ['labour', 'tro_giup'],
  ['labour', 'quy_khoan_chi'],
  ['health', 'dot_kham'],
  ['health', 'ket_qua_kham'],
  ['education', 'dm_truong'],
  ['education', 'ban_tru'],
  ['culture', 'khu_vui_choi'],
  ['coverage', 'commune_year'],
];

export const settingsOf =
  (database: BenchDatabase) =>
  (name: SubgraphName): DatabaseSettings => ({
    url: database.url,
    schema: database.schemaOf(name),
    poolMax: 4,
    statementTimeoutMs: 600_000,
    // Seeding holds a transaction open while it generates rows in JS; on a loaded machine that
    // takes longer than the services' 10 s idle-in-transaction limit, which then kills the seed.
    idleInTransactionTimeoutMs: 600_000,
  });

/** Creates (or, with `rebuild`, recreates) the scale's database on the server of `adminUrl`. */
export async function ensureDatabase(adminUrl: string, name: string, rebuild: boolean): Promise<BenchDatabase> {
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    if (rebuild) await admin.query(`drop database if exists "${name}" with (force)`);
    const exists = await admin.query('select 1 from pg_database where datname = $1', [name]);
    if (!exists.rowCount) await admin.query(`create database "${name}"`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), schemaOf: (n) => n };
}

export interface SeedOutcome {
  reused: boolean;
  /** Seeding plus filling the read model, as recorded when the dataset was built. */
  buildSeconds: number | null;
}

/** Seeds the demo unless this database already holds it with the same options; refuses other data. */
export async function ensureSeeded(database: BenchDatabase, demo: DemoOptions, say: (line: string) => void): Promise<SeedOutcome> {
  const databases = await openMigrated(settingsOf(database));
  try {
    const info = await readDatasetInfo(databases.dbs.geography);
    const wanted = {
      seed: String(demo.seed),
      scope: demo.provinces === 'all' ? 'all' : demo.provinces.join(','),
      childrenPerCommune: String(demo.childrenPerCommune),
    };
    if (info.seed !== undefined) {
      const differs = Object.entries(wanted).filter(([k, v]) => info[k] !== v);
      if (differs.length)
        throw new Error(`the database holds other data (${differs.map(([k]) => `${k} ${info[k]}`).join(', ')}); run with --rebuild`);
      const recorded = [info.benchSeedSeconds, info.benchRefreshSeconds].filter((v) => v !== undefined).map(Number);
      return { reused: true, buildSeconds: recorded.length === 2 ? recorded[0]! + recorded[1]! : null };
    }
    say(`seeding (${wanted.scope} provinces, ${demo.childrenPerCommune} children per commune) ...`);
    const started = performance.now();
    await seedAll(databases, demo);
    const seedSeconds = (performance.now() - started) / 1000;
    await writeDatasetInfo(databases.dbs.geography, { benchSeedSeconds: seedSeconds.toFixed(1) });
    return { reused: false, buildSeconds: seedSeconds };
  } finally {
    await databases.close();
  }
}

/** A plain client on the benchmark database for one piece of work. */
async function withClient<T>(database: BenchDatabase, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Row counts of the main tables, and the children examined in check-up rounds (health keeps counts per round and age band). */
export function datasetRows(database: BenchDatabase): Promise<Record<string, number>> {
  return withClient(database, async (client) => {
    const rows: Record<string, number> = {};
    for (const [subgraph, table] of COUNTED) {
      const { rows: r } = await client.query(`select count(*)::int as n from "${database.schemaOf(subgraph)}"."${table}"`);
      rows[`${subgraph}.${table}`] = r[0].n;
    }
    const examined = await client.query(
      `select coalesce(sum(so_tre_kham), 0)::bigint as n from "${database.schemaOf('health')}".ket_qua_kham`,
    );
    rows['health: children examined (sum of ket_qua_kham.so_tre_kham)'] = Number(examined.rows[0].n);
    return rows;
  });
}

/** Records how long filling the read model took, so a reused dataset still reports its build time. */
export function recordRefreshSeconds(database: BenchDatabase, seconds: number): Promise<void> {
  return withClient(database, async (client) => {
    await client.query(
      `insert into "${database.schemaOf('geography')}".dataset_info (key, value) values ('benchRefreshSeconds', $1)
       on conflict (key) do update set value = excluded.value`,
      [seconds.toFixed(1)],
    );
  });
}

/** Whether the coverage read model has been filled. */
export async function readModelFilled(database: BenchDatabase): Promise<boolean> {
  const coverage = connect<CoverageDB>(settingsOf(database)('coverage'));
  try {
    return await hasBeenRefreshed(coverage.db);
  } finally {
    await coverage.close();
  }
}
