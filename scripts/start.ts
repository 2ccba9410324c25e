/**
 * `npm start`: the whole supergraph on one machine. With no database configured it starts
 * the embedded database (PGlite, in its own process, data in .data/pglite) and seeds the demo
 * data on first start; with DATABASE_URL (or <NAME>_DATABASE_URL) it uses PostgreSQL.
 * Then it starts the five subgraphs and the gateway, each as its own process, and stops them
 * all, gateway first, on SIGINT/SIGTERM. A service that crashes is restarted with backoff
 * (scripts/supervisor.ts) while the gateway answers with what the others can give; one that
 * keeps crashing stops everything, with the reason.
 *
 *   npm start [-- --provinces 31,30,04,40,87|all --seed 2025 --children-per-commune 100]
 */
import { ConfigError, DEFAULT_GATEWAY_PORT, DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES } from '../lib/config.ts';
import { DevTokensRefused, ensureDevKeys } from '../lib/auth/dev-tokens.ts';
import { connect } from '../lib/db.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { openMigrated, settingsFromEnv } from './databases.ts';
import { readModelRefreshed, refreshAll, refreshToken } from './refresh-coverage.ts';
import { demoOptionsFromArgs } from './demo/options.ts';
import { isSeeded, seedAll } from './demo/seed.ts';
import { DEFAULT_EMBEDDED_PORT } from './embedded-db.ts';
import { snapshotPath } from './demo/snapshot.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { GATEWAY_EXEC_ARGV, forkService, waitReady, type Service } from './services.ts';
import { Supervisor } from './supervisor.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const say = (line: string) => process.stdout.write(`[start ${seconds()}s] ${line}\n`);
/** Where to keep the demo database once it is built, when this start builds it (scripts/demo/snapshot.ts). */
let snapshot: string | undefined;
let embedded: Service['process'] | undefined;
let stopping = false;
const supervisor = new Supervisor({
  started: (name, pid) => say(`${name} running (pid ${pid})`),
  restarting: (name, exit, delayMs, attempt) =>
    process.stderr.write(`${name} exited (${exit}); restarting it in ${delayMs} ms (restart ${attempt}).\n`),
  gaveUp: (name, reason) => {
    process.stderr.write(`giving up on ${name}: ${reason}; stopping everything.\n`);
    void shutdown(1);
  },
});

const SAMPLE_QUERY = `{
  commune(code: "17761", date: "2023-06-01") {
    fullName province { name } district { name }
    classifications { kind synthetic }
    childPopulation(year: 2023) { total preschoolAndPrimaryAge }
    checkups(year: 2023) { examinedPreschoolAndPrimaryAge }
    schoolMeals(schoolYear: "2023-2024") { pupilsServed pupilsEnrolled }
    playAreaSummary(year: 2023) { playAreas hasPlayAreaWithWorkingEquipment }
  }
}`;

function launch(name: string, script: string, env: NodeJS.ProcessEnv, execArgv: string[] = []): Service['process'] {
  return supervisor.supervise(name, () => forkService(name, new URL(script, import.meta.url), env, 'inherit', execArgv)).process;
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Gateway first (drains client requests), then subgraphs, then the database.
  await supervisor.stopAll();
  process.exit(code);
}
process.once('SIGINT', () => void shutdown(0));
process.once('SIGTERM', () => void shutdown(0));

async function main(): Promise<void> {
  const demo = demoOptionsFromArgs(process.argv.slice(2));
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' };
  const configured = process.env.DATABASE_URL || SUBGRAPH_NAMES.some((n) => process.env[`${n.toUpperCase()}_DATABASE_URL`]);

  if (!configured) {
    const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
    const dataDir = env.EMBEDDED_DB_DIR ?? '.data/pglite';
    snapshot = existsSync(join(dataDir, 'PG_VERSION')) ? undefined : snapshotPath(demo, env);
    const cached = !!snapshot && existsSync(snapshot);
    say(
      cached
        ? `starting the embedded database (PGlite) on 127.0.0.1:${port}, data in ${dataDir}, from the demo built earlier (${snapshot})`
        : `starting the embedded database (PGlite) on 127.0.0.1:${port}, data in ${dataDir}`,
    );
    const dbEnv = { ...env, EMBEDDED_DB_PORT: String(port), EMBEDDED_DB_LOAD: cached ? snapshot : '' };
    const db = launch('embedded database', './embedded-db.ts', dbEnv);
    embedded = db;
    env.DATABASE_URL = await new Promise<string>((resolve, reject) => {
      db.once('message', (m: { url?: string }) => (m.url ? resolve(m.url) : reject(new Error('no url'))));
      db.once('exit', () => reject(new Error('the embedded database did not start')));
    });
    if (cached) snapshot = undefined; // nothing new to keep
    // A restart must come back where the subgraphs look for it (port 0 picks a port once), and on
    // the data directory it wrote, never from the demo built earlier again.
    dbEnv.EMBEDDED_DB_PORT = new URL(env.DATABASE_URL).port;
    dbEnv.EMBEDDED_DB_LOAD = '';
    // PGlite runs one statement at a time; a few connections per subgraph are plenty.
    env.DB_POOL_MAX ??= '3';
  }
  // The gateway finds the subgraphs where this command put them.
  for (const name of SUBGRAPH_NAMES) {
    const prefix = name.toUpperCase();
    env[`${prefix}_URL`] ??= `http://127.0.0.1:${env[`${prefix}_PORT`] ?? DEFAULT_SUBGRAPH_PORTS[name]}/graphql`;
  }

  await ensureDevKeys(env);
  const databases = await openMigrated(settingsFromEnv(env));
  try {
    if (await isSeeded(databases.dbs.geography)) {
      say('databases migrated; demo data already loaded');
    } else {
      say(`loading synthetic demo data (provinces: ${demo.provinces === 'all' ? 'all' : demo.provinces.join(', ')}) ...`);
      const counts = await seedAll(databases, demo);
      const rows = Object.values(counts)
        .flatMap(Object.values)
        .reduce((a, b) => a + b, 0);
      say(`demo data loaded: ${rows.toLocaleString('en')} rows`);
    }
  } finally {
    await databases.close();
  }
  // Only once the demo data is written: the embedded database serves one session at a time, and
  // a subgraph connecting while the seed holds it would time out and be restarted.
  for (const name of SUBGRAPH_NAMES) launch(name, `../subgraphs/${name}/index.ts`, env);
  await Promise.all(
    SUBGRAPH_NAMES.map((name) => {
      const port = Number(env[`${name.toUpperCase()}_PORT`] ?? DEFAULT_SUBGRAPH_PORTS[name]);
      return waitReady(name, `http://127.0.0.1:${port}/health/ready`);
    }),
  );
  launch('gateway', '../gateway/index.ts', env, GATEWAY_EXEC_ARGV);
  const gatewayPort = Number(env.PORT ?? DEFAULT_GATEWAY_PORT);
  await waitReady('gateway', `http://127.0.0.1:${gatewayPort}/health/live`);

  say(`ready. The supergraph is at http://127.0.0.1:${gatewayPort}/graphql`);
  process.stdout.write(
    `\nThe geography is real; the sector data is SYNTHETIC demo data (ask { dataProvenance { sectorData } }).\n` +
      `Try:\n\ncurl -s http://127.0.0.1:${gatewayPort}/graphql -H 'content-type: application/json' \\\n` +
      `  -d '${JSON.stringify({ query: SAMPLE_QUERY.replace(/\s+/g, ' ') })}'\n\n` +
      `or open http://127.0.0.1:${gatewayPort}/graphql in a browser (GraphiQL, served offline) and paste:\n${SAMPLE_QUERY}\n\n` +
      `A commune's page built on the API: http://127.0.0.1:${gatewayPort}/portal/communes/17761?date=2023-06-01\n\n` +
      `Anonymous callers see aggregates, with small counts of vulnerable children suppressed. For a token:\n` +
      `  npm run token -- --role ANALYST          (or --role OFFICER --area 04@2025-07-01 for Cao Bằng's child records)\n` +
      `and send it as: authorization: Bearer <token>\n\nPress Ctrl+C to stop.\n`,
  );
  // The system is up without them: a refresh cut short (a service restarting under it) is said, not fatal.
  const refreshed = await refreshIndicatorsIfEmpty(`http://127.0.0.1:${gatewayPort}/graphql`, env).catch((err: unknown) => {
    say(`indicators not computed (${err instanceof Error ? err.message : String(err)}); run \`npm run refresh\` to compute them`);
    return false;
  });
  if (refreshed && snapshot && embedded) await keepSnapshot(embedded, snapshot);
}

/** Keeps the seeded and refreshed demo database for the next first start (scripts/demo/snapshot.ts). */
async function keepSnapshot(db: Service['process'], path: string): Promise<void> {
  const reply = new Promise<{ dumped?: string; dumpFailed?: string }>((resolve) => {
    const onMessage = (m: { dumped?: string; dumpFailed?: string }) => {
      if (!m.dumped && !m.dumpFailed) return;
      db.off('message', onMessage);
      resolve(m);
    };
    db.on('message', onMessage);
  });
  db.send({ dump: path });
  const m = await reply;
  say(m.dumped ? `demo database kept for the next first start: ${path}` : `could not keep the demo database: ${m.dumpFailed}`);
}

/** Fills the coverage read model on first start; later starts keep it (`npm run refresh` updates it). True when it did, audits included. */
async function refreshIndicatorsIfEmpty(gatewayUrl: string, env: NodeJS.ProcessEnv): Promise<boolean> {
  // Asked through the gateway, like any client; only the refresh itself writes coverage's tables.
  if (await readModelRefreshed(gatewayUrl)) return false;
  const database = connect<CoverageDB>(settingsFromEnv(env)('coverage'));
  try {
    let headers: Record<string, string>;
    try {
      headers = await refreshToken(env);
    } catch (err) {
      if (!(err instanceof DevTokensRefused)) throw err;
      say('indicators not computed: set REFRESH_TOKEN (an ADMIN token) to let `npm start` refresh them');
      return false;
    }
    say('computing the cross-sector indicators (coverage fields answer NO_DATA until each year is stored) ...');
    let audited = true;
    // Each year's figures are served as soon as they are stored; its audited suppression pattern
    // is computed by the coverage subgraph on the first read that needs it (which waits for it:
    // a sensitive value is never served unsuppressed). Reading every year once, latest first,
    // computes them all while the newcomer looks around, in the one process that serves them.
    const result = await refreshAll(database.db, gatewayUrl, headers, {
      patterns: 'on-first-use',
      afterAsFiled: async (years) => {
        say("figures stored; auditing each year's small-count suppression ...");
        for (const year of [...years].sort((a, b) => b - a)) audited &&= await readSensitiveFigures(gatewayUrl, year);
      },
    });
    say(`indicators ready: ${result.communeYears.toLocaleString('en')} commune-years`);
    return audited;
  } finally {
    await database.close();
  }
}

/**
 * An anonymous national read of a year's sensitive indicators: it makes the coverage subgraph
 * compute and store the year's pattern. The gateway may give up waiting (SUBGRAPH_TIMEOUT_MS)
 * while the audit goes on; asking again joins the same computation. False when the year still
 * answers with errors after half an hour (then nothing is kept for the next first start).
 */
async function readSensitiveFigures(gatewayUrl: string, year: number): Promise<boolean> {
  const query = `{ provinces(date: "${year}-12-31") { coverage(year: ${year}) { status } } }`;
  const until = Date.now() + 30 * 60_000;
  let problem = '';
  while (Date.now() < until) {
    try {
      const res = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      });
      const body = (await res.json()) as { errors?: { message: string }[] };
      if (res.ok && !body.errors?.length) return true;
      problem = body.errors?.map((e) => e.message).join('; ') ?? `HTTP ${res.status}`;
    } catch (err) {
      problem = err instanceof Error ? err.message : String(err);
    }
  }
  say(`the ${year} suppression audit did not answer (${problem}); it is computed on first use instead`);
  return false;
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`npm start failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  void shutdown(1);
});
