/**
 * `npm run bench`: builds or reuses the national dataset on PostgreSQL, runs every scenario on
 * every system in one interleaved run, and writes docs/benchmarks.md (+ .json, + the chart).
 *
 *   npm run bench [-- --scale national|demo|small --scenario a,c --runs 15 --warmup 3
 *                     --systems ours,no-dataloader,hive,hive-rust,floor --json PATH --no-embedded --no-refresh --rebuild]
 *
 * PostgreSQL: BENCH_DATABASE_URL (a server URL whose user may create databases), default
 * postgres://postgres@127.0.0.1:5432/postgres. BENCH_DATABASE_NAME and BENCH_BASE_PORT (default
 * 4600) let a second run share the machine without sharing its database or ports.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { ConfigError } from '../lib/config.ts';
import { ensureDatabase, SCALES } from './dataset.ts';
import { measureEmbedded } from './embedded.ts';
import { machineFacts, runHarness, SYSTEM_IDS, type SystemId } from './harness.ts';
import { measureRefresh } from './refresh-cost.ts';
import { writeReport } from './report.ts';
import type { BenchResults } from './results.ts';
import { HIVE_DIR, hiveInstalled } from './systems.ts';

const started = performance.now();
const say = (line: string) => process.stdout.write(`[bench ${((performance.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'national' },
      scenario: { type: 'string', default: 'a,b,c,d,e,f' },
      runs: { type: 'string', default: '15' },
      warmup: { type: 'string', default: '3' },
      systems: { type: 'string', default: SYSTEM_IDS.join(',') },
      json: { type: 'string' },
      markdown: { type: 'string' },
      'no-embedded': { type: 'boolean', default: false },
      'no-refresh': { type: 'boolean', default: false },
      rebuild: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const parsed = z
    .object({
      scale: z.enum(Object.keys(SCALES) as [string, ...string[]]),
      scenario: z.string().regex(/^[a-g](,[a-g])*$/, 'letters a to g, comma-separated'),
      runs: z.coerce.number().int().min(1).max(1000),
      warmup: z.coerce.number().int().min(1).max(100),
      systems: z
        .string()
        .transform((s) => s.split(','))
        .pipe(z.array(z.enum(SYSTEM_IDS)).min(1)),
    })
    .safeParse(values);
  if (!parsed.success) throw new ConfigError(parsed.error.issues.map((i) => `--${i.path.join('.')}: ${i.message}`));
  const docs = values.json === undefined && parsed.data.scale === 'national';
  return {
    ...parsed.data,
    // Only the national run rewrites docs/; other scales write under .data/ unless told where.
    json: values.json ?? (docs ? 'docs/benchmarks.json' : `.data/bench/${parsed.data.scale}.json`),
    markdown: values.markdown ?? (docs ? 'docs/benchmarks.md' : `.data/bench/${parsed.data.scale}.md`),
    embedded: !values['no-embedded'],
    refresh: !values['no-refresh'],
    rebuild: values.rebuild!,
  };
}

function versions(): Record<string, string> {
  const version = (dir: string, name: string) => {
    try {
      return (JSON.parse(readFileSync(`${dir}node_modules/${name}/package.json`, 'utf8')) as { version: string }).version;
    } catch {
      return 'not installed';
    }
  };
  const server = (() => {
    try {
      return execFileSync('psql', [
        '-tAc',
        'show server_version',
        process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres',
      ])
        .toString()
        .trim();
    } catch {
      return 'unknown';
    }
  })();
  return {
    node: process.version,
    PostgreSQL: server,
    '@apollo/gateway': version('', '@apollo/gateway'),
    '@apollo/server': version('', '@apollo/server'),
    '@apollo/subgraph': version('', '@apollo/subgraph'),
    graphql: version('', 'graphql'),
    pg: version('', 'pg'),
    kysely: version('', 'kysely'),
    dataloader: version('', 'dataloader'),
    '@electric-sql/pglite': version('', '@electric-sql/pglite'),
    '@graphql-hive/gateway': version(HIVE_DIR, '@graphql-hive/gateway'),
    '@graphql-hive/router-runtime': version(HIVE_DIR, '@graphql-hive/router-runtime'),
  };
}

async function main(): Promise<void> {
  const o = options();
  const scale = SCALES[o.scale]!;
  const wantsHive = o.systems.some((s: SystemId) => s === 'hive' || s === 'hive-rust');
  if (wantsHive && !hiveInstalled()) {
    say('installing Hive Gateway into bench/hive (its own lockfile) ...');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--silent'], { cwd: HIVE_DIR, stdio: 'inherit' });
  }
  const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const databaseName = process.env.BENCH_DATABASE_NAME ?? scale.database;
  const database = await ensureDatabase(adminUrl, databaseName, o.rebuild);
  const run = await runHarness({
    scale,
    database,
    databaseName,
    scenarios: o.scenario.split(','),
    systems: o.systems,
    runs: o.runs,
    warmup: o.warmup,
    unbatchedRuns: Math.min(o.runs, 3),
    throughputSeconds: 5,
    throughputRounds: 3,
    basePort: Number(process.env.BENCH_BASE_PORT ?? 4600),
    say,
  });
  let refresh: BenchResults['refresh'] = null;
  try {
    if (o.refresh) refresh = await measureRefresh(database, run.ours, say);
  } finally {
    await run.stop();
  }
  const embedded = o.embedded ? await measureEmbedded(adminUrl, say) : null;
  const results: BenchResults = {
    ...run.results,
    command: ['npm run bench', ...(process.argv.length > 2 ? ['--', ...process.argv.slice(2)] : [])].join(' '),
    machine: machineFacts(),
    versions: versions(),
    refresh,
    embedded,
  };
  results.notes.push(
    'Every service runs with NODE_ENV=production, our gateway with a 512 MiB V8 heap limit (scripts/services.ts); the subgraph processes are shared by our gateway and both Hive Gateway modes.',
    'Our gateway verifies a client token (a MINISTRY viewer), checks operation limits and rate limits on every request; Hive Gateway forwards every request as anonymous without verifying anything. Neither viewer is an admin, so both get the same suppressed figures and the answers are compared for equality.',
    'The SQL floor runs inside the benchmark process (node-pg, one pool per agency schema) and includes serialising its answer to JSON, as any server would; its CPU row is the benchmark process.',
    'Statements per request are read from each subgraph’s /metrics around one request: one statement per root field a subgraph resolves in a fetch, with the entities’ own fields (geography brings a commune’s province, district and classifications in the statement that finds it), one more per level of nested lists (provinces, then their communes), never one per entity; without DataLoader, one per entity.',
    'PostgreSQL CPU is that of every backend of the benchmark database during the request; its RSS is not reported, being mostly shared buffers counted again in every backend.',
    'Where the time goes, from CPU profiles, and what would close the gaps: docs/performance.md.',
  );
  await writeReport(results, { markdown: o.markdown, chart: o.markdown.replace(/\.md$/, '.svg'), json: o.json });
  for (const r of results.ratios) say(`${r.name}: ${r.value ?? '—'} (goal ${r.goal})${r.met === false ? '  NOT MET' : ''}`);
  say(`written ${o.markdown}`);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : err instanceof Error ? err.stack : String(err)}\n`);
  process.exit(err instanceof ConfigError ? 78 : 1);
});
