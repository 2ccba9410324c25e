/**
 * `npm run bench:extract`: times a national coverage extract (every commune with data, every
 * indicator, 2019–2025) through our gateway as MINISTRY, CSV and XLSX, and the gateway's peak
 * resident memory (VmHWM, reset before each download) while it streams.
 *
 *   npm run bench:extract [-- --scale demo|small|national --runs 3 --children 20]
 *
 * `--children` overrides the scale's children per commune: an extract has one row per area,
 * year and indicator whatever the number of children, so a national extract can be measured on
 * a national directory seeded lean (its own database, `<scale database>_c<children>`), without
 * the hours a full national seed and refresh take on a loaded 2-core machine.
 *
 * Same database and ports as `npm run bench` (BENCH_DATABASE_URL, BENCH_DATABASE_NAME, BENCH_BASE_PORT).
 */
import { parseArgs } from 'node:util';
import { ensureDatabase, SCALES } from './dataset.ts';
import { runHarness } from './harness.ts';
import { median } from './measure.ts';
import { readFileSync } from 'node:fs';
import { peakRssMiB, resetPeakRss } from './procfs.ts';

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const say = (line: string) => process.stdout.write(`[extract] ${line}\n`);
const { values } = parseArgs({
  options: { scale: { type: 'string', default: 'demo' }, runs: { type: 'string', default: '3' }, children: { type: 'string' } },
});
const named = SCALES[values.scale!];
if (!named) throw new Error(`--scale must be one of ${Object.keys(SCALES).join(', ')}`);
const children = values.children === undefined ? undefined : Number(values.children);
if (children !== undefined && !(Number.isInteger(children) && children > 0)) throw new Error('--children must be a positive whole number');
const scale =
  children === undefined
    ? named
    : { ...named, database: `${named.database}_c${children}`, demo: { ...named.demo, childrenPerCommune: children } };
const runs = Number(values.runs);
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const databaseName = process.env.BENCH_DATABASE_NAME ?? scale.database;
const database = await ensureDatabase(adminUrl, databaseName, false);
const run = await runHarness({
  scale,
  database,
  databaseName,
  scenarios: [],
  systems: ['ours'],
  runs: 1,
  warmup: 1,
  unbatchedRuns: 0,
  throughputSeconds: 0,
  throughputRounds: 0,
  basePort: Number(process.env.BENCH_BASE_PORT ?? 4600),
  say,
});
try {
  const gatewayPid = (await run.ours.groups.find((g) => g.name === 'gateway')!.pids())[0]!;
  const base = run.ours.url.replace(/\/graphql$/, '');
  for (const format of ['csv', 'xlsx']) {
    const seconds: number[] = [];
    const peaks: number[] = [];
    const before: number[] = [];
    let bytes = 0;
    let lines = 0;
    for (let i = 0; i < runs; i++) {
      resetPeakRss(gatewayPid);
      before.push(rssMiB(gatewayPid));
      const started = performance.now();
      const res = await fetch(`${base}/extracts/coverage.${format}?level=commune&years=2019-2025`, { headers: run.ours.headers });
      if (res.status !== 200) throw new Error(`${format}: HTTP ${res.status} ${await res.text()}`);
      bytes = 0;
      lines = 0;
      for await (const chunk of res.body!) {
        bytes += chunk.length;
        if (format === 'csv') for (const b of chunk) if (b === 10) lines++;
      }
      seconds.push((performance.now() - started) / 1000);
      peaks.push(peakRssMiB(gatewayPid) ?? NaN);
    }
    const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
    say(
      `${format}: ${(bytes / 1e6).toFixed(1)} MB${format === 'csv' ? `, ${lines} lines` : ''}; median ${median(seconds).toFixed(1)} s (${spread(seconds)}), ` +
        `gateway RSS before ${median(before).toFixed(0)} MiB, peak median ${median(peaks).toFixed(0)} MiB (${spread(peaks)}) over ${runs} runs`,
    );
  }
} finally {
  await run.stop();
}
