/**
 * What keeping the read model fresh costs: a day's new agency rows arrive (support given,
 * fund money spent, treatment costs paid), then the province-years they touch are refreshed
 * through the gateway, as `npm run refresh` does. The day's rows are taken out first and put
 * back as the "new" rows, so the dataset ends as it began (a stash table keeps them meanwhile).
 */
import pg from 'pg';
import { connect } from '../lib/db.ts';
import { refreshAll, refreshToken } from '../scripts/refresh-coverage.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import type { BenchResults } from './results.ts';
import { settingsOf } from './dataset.ts';
import type { BenchDatabase, RunningSystem } from './systems.ts';

const DAY = '2025-11-14';
const DAILY_TABLES = [
  { subgraph: 'labour', table: 'tro_giup' },
  { subgraph: 'labour', table: 'quy_khoan_chi' },
  { subgraph: 'health', table: 'ho_tro_dieu_tri' },
] as const;

export async function measureRefresh(
  database: BenchDatabase,
  ours: RunningSystem,
  say: (line: string) => void,
): Promise<NonNullable<BenchResults['refresh']>> {
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const coverage = connect<CoverageDB>(settingsOf(database)('coverage'));
  const headers = await refreshToken();
  const year = Number(DAY.slice(0, 4));
  const name = (t: (typeof DAILY_TABLES)[number]) => `"${database.schemaOf(t.subgraph)}"."${t.table}"`;
  // A real table beside the agency's, so rows taken out survive even a killed run: the next run puts them back first.
  const stash = (t: (typeof DAILY_TABLES)[number]) => `"${database.schemaOf(t.subgraph)}"."bench_day_${t.table}"`;
  const putBack = async () => {
    await client.query('begin');
    for (const t of DAILY_TABLES) {
      if (!(await client.query('select to_regclass($1) as r', [stash(t)])).rows[0].r) continue;
      await client.query(`insert into ${name(t)} select * from ${stash(t)}`);
      await client.query(`drop table ${stash(t)}`);
    }
    await client.query('commit');
  };
  try {
    await putBack();
    const provinces = new Set<string>();
    const newRows: Record<string, number> = {};
    await client.query('begin');
    for (const t of DAILY_TABLES) {
      await client.query(`create table ${stash(t)} as select * from ${name(t)} where ngay = $1`, [DAY]);
      const { rowCount } = await client.query(`delete from ${name(t)} where ngay = $1`, [DAY]);
      newRows[`${t.subgraph}.${t.table}`] = rowCount ?? 0;
      for (const r of (await client.query(`select distinct ma_tinh from ${stash(t)}`)).rows) provinces.add(r.ma_tinh);
    }
    await client.query('commit');
    const scope = { years: [year], provinces: [...provinces].sort() };
    say(`refresh cost: the read model without ${DAY}'s rows (${scope.provinces.length} provinces) ...`);
    await refreshAll(coverage.db, ours.url, headers, scope);

    await putBack();
    say(`refresh cost: ${Object.values(newRows).reduce((a, b) => a + b, 0)} new rows of ${DAY} arrive; refreshing ...`);
    const started = performance.now();
    const done = await refreshAll(coverage.db, ours.url, headers, scope);
    const seconds = (performance.now() - started) / 1000;
    return {
      newRows,
      scope: `year ${year}, the ${scope.provinces.length} provinces the day's rows belong to`,
      seconds: Math.round(seconds * 10) / 10,
      communeYears: done.communeYears,
    };
  } catch (err) {
    await client.query('rollback').catch(() => {});
    await putBack(); // the agency rows go back even when the measurement fails
    throw err;
  } finally {
    await client.end();
    await coverage.close();
  }
}
