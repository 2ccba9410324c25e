/**
 * `npm run bench:first-start`: what a newcomer sees after `npm install && npm start`. Each run
 * starts `npm start` on an empty data directory (a fresh clone's state), polls the gateway and
 * records two moments, in seconds from launch:
 *   - first answer: the sample cross-subgraph query `npm start` prints (geography and four
 *     agencies) answers with data from every subgraph;
 *   - real values: the README's coverage query (Hải Phòng, 2024, as ANONYMOUS) answers with no
 *     indicator NO_DATA (a sensitive one may be SUPPRESSED, which is a real, published status).
 * Then it stops `npm start` (SIGTERM: gateway first) and reports medians and spread.
 *
 * --cache cold (default): every run also has an empty demo cache (scripts/demo/snapshot.ts), as
 * on a machine that never ran the project. --cache warm: one unmeasured start first builds and
 * keeps the demo database, then every measured run is a fresh data directory (a fresh clone, or
 * after deleting .data) with that cache.
 *
 *   npm run bench:first-start [-- --runs 3 --cache cold|warm --small --base-port 5500]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { median } from './measure.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    'base-port': { type: 'string', default: '5500' },
    cache: { type: 'string', default: 'cold' },
    // Only Cao Bằng (`npm start -- --provinces 04`): a smaller demo, for a loaded machine.
    small: { type: 'boolean', default: false },
  },
});
if (values.cache !== 'cold' && values.cache !== 'warm') throw new Error('--cache is cold or warm');
const runs = Number(values.runs);
const basePort = Number(values['base-port']);
const say = (line: string) => process.stdout.write(`[first-start] ${line}\n`);

const SAMPLE = `{ commune(code: "${values.small ? '01267' : '17761'}", date: "2023-06-01") { fullName province { name }
  childPopulation(year: 2023) { total } checkups(year: 2023) { examinedPreschoolAndPrimaryAge }
  schoolMeals(schoolYear: "2023-2024") { pupilsServed } playAreaSummary(year: 2023) { playAreas } } }`;
const COVERAGE = `{ province(code: "${values.small ? '04' : '31'}", date: "2025-06-30") { coverage(year: 2024) { indicator value status } } }`;

async function ask(url: string, query: string): Promise<any> {
  try {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
      signal: AbortSignal.timeout(30_000),
    });
    return res.ok ? await res.json() : undefined;
  } catch {
    return undefined;
  }
}

const sampleAnswered = (body: any) => {
  const c = body?.data?.commune;
  return !!c && !body.errors && c.childPopulation && c.checkups && c.schoolMeals && c.playAreaSummary;
};
const coverageReal = (body: any) => {
  const values = body?.data?.province?.coverage as { status: string }[] | undefined;
  return !!values?.length && !body.errors && values.every((v) => v.status !== 'NO_DATA');
};

interface Run {
  firstAnswer: number;
  realValues: number;
}

async function once(cacheDir?: string, untilKept = false): Promise<Run> {
  const dir = mkdtempSync(join(tmpdir(), 'first-start-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    EMBEDDED_DB_DIR: join(dir, 'pglite'),
    DEV_KEYS_DIR: join(dir, 'keys'),
    EMBEDDED_DB_PORT: String(basePort + 9),
    PORT: String(basePort),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [`${n.toUpperCase()}_PORT`, String(basePort + 1 + i)])),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n, i) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${basePort + 1 + i}/graphql`])),
  };
  env.DEMO_CACHE_DIR = cacheDir ?? join(dir, 'cache');
  let kept = false;
  const started = performance.now();
  const at = () => (performance.now() - started) / 1000;
  const child = spawn(process.execPath, ['scripts/start.ts', ...(values.small ? ['--provinces', '04'] : [])], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
    detached: false,
  });
  child.stdout.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) {
      if (line.startsWith('[start')) say(`  ${at().toFixed(1)} s: ${line}`);
      if (line.includes('demo database kept') || line.includes('could not keep')) kept = true;
    }
  });
  const url = `http://127.0.0.1:${basePort}/graphql`;
  let firstAnswer = NaN;
  let realValues = NaN;
  try {
    while (at() < (untilKept ? 3600 : 900) && child.exitCode === null) {
      if (Number.isNaN(firstAnswer) && sampleAnswered(await ask(url, SAMPLE))) firstAnswer = at();
      if (!Number.isNaN(firstAnswer) && Number.isNaN(realValues) && coverageReal(await ask(url, COVERAGE))) realValues = at();
      if (!Number.isNaN(realValues) && (!untilKept || kept)) break;
      await new Promise((r) => setTimeout(r, 250));
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  }
  return { firstAnswer, realValues };
}

const results: Run[] = [];
let cacheDir: string | undefined;
if (values.cache === 'warm') {
  cacheDir = mkdtempSync(join(tmpdir(), 'first-start-cache-'));
  say('building the demo cache (unmeasured start) ...');
  await once(cacheDir, true);
}
for (let i = 0; i < runs; i++) {
  const r = await once(cacheDir);
  results.push(r);
  say(`run ${i + 1}: first cross-subgraph answer ${r.firstAnswer.toFixed(1)} s, real coverage values ${r.realValues.toFixed(1)} s`);
}
const spread = (xs: number[]) => `${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)}`;
const first = results.map((r) => r.firstAnswer);
const real = results.map((r) => r.realValues);
if (cacheDir) rmSync(cacheDir, { recursive: true, force: true });
say(
  `${values.cache} cache, first answer: median ${median(first).toFixed(1)} s (${spread(first)}); real values: median ${median(real).toFixed(1)} s (${spread(real)}); ${runs} runs`,
);
