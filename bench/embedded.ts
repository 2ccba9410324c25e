/**
 * PGlite against PostgreSQL for the same subgraphs, at the embedded demo's size (PGlite holds
 * its data in the process's memory and runs one statement at a time: it is the demo's
 * database, never a production one). Reported on its own, never mixed into the other ratios.
 */
import { rmSync } from 'node:fs';
import { forkService } from '../scripts/services.ts';
import { ensureDatabase, SCALES } from './dataset.ts';
import { runHarness } from './harness.ts';
import type { BenchResults } from './results.ts';
import type { BenchDatabase } from './systems.ts';

const PGLITE_DIR = '.data/bench/pglite-demo';
const PGLITE_PORT = 4699;

export async function measureEmbedded(adminUrl: string, say: (line: string) => void): Promise<NonNullable<BenchResults['embedded']>> {
  const scale = SCALES.demo!;
  const common = {
    scale,
    scenarios: ['a', 'b', 'c', 'd', 'e'],
    systems: ['ours' as const],
    runs: 5,
    warmup: 2,
    unbatchedRuns: 0,
    throughputSeconds: 0,
    throughputRounds: 0,
    basePort: 4700,
    say: (line: string) => say(`[embedded] ${line}`),
  };
  const medians = async (database: BenchDatabase, databaseName: string, env: Record<string, string>) => {
    const run = await runHarness({ ...common, database, databaseName, serviceEnv: env });
    await run.stop();
    return new Map(run.results.scenarios.map((s) => [s.id, { title: s.title, median: s.systems[0]!.medianMs }]));
  };
  const onPostgres = await medians(await ensureDatabase(adminUrl, scale.database, false), scale.database, {});

  rmSync(PGLITE_DIR, { recursive: true, force: true });
  const server = forkService(
    'embedded database',
    new URL('../scripts/embedded-db.ts', import.meta.url),
    {
      ...process.env,
      EMBEDDED_DB_DIR: PGLITE_DIR,
      EMBEDDED_DB_PORT: String(PGLITE_PORT),
    },
    'ignore',
  );
  try {
    const url = await new Promise<string>((resolve, reject) => {
      server.process.once('message', (m: { url?: string }) => (m.url ? resolve(m.url) : reject(new Error('no url'))));
      server.process.once('exit', () => reject(new Error('the embedded database did not start')));
    });
    // PGlite runs one statement at a time: a few connections per subgraph, as npm start uses.
    const onPglite = await medians({ url, schemaOf: (n) => n }, 'postgres', { DB_POOL_MAX: '3' });
    return {
      scale: `${scale.name}: the embedded demo's five provinces, ${scale.demo.childrenPerCommune} children per commune; PostgreSQL and PGlite measured one after the other (5 runs each after 2 warm-up runs), not interleaved`,
      scenarios: [...onPostgres].map(([id, pgm]) => ({
        id,
        title: pgm.title,
        postgresMedianMs: pgm.median,
        pgliteMedianMs: onPglite.get(id)?.median ?? NaN,
      })),
    };
  } finally {
    await server.stop();
    rmSync(PGLITE_DIR, { recursive: true, force: true });
  }
}
