/**
 * `npm start`: the whole supergraph on one machine. With no database configured it starts
 * the embedded database (PGlite, in its own process, data in .data/pglite) and seeds the demo
 * data on first start; with DATABASE_URL (or <NAME>_DATABASE_URL) it uses PostgreSQL.
 * Then it starts the five subgraphs and the gateway, each as its own process, and stops them
 * all, gateway first, on SIGINT/SIGTERM.
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
import { GATEWAY_EXEC_ARGV, forkService, waitReady, type Service } from './services.ts';

const started = performance.now();
const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
const say = (line: string) => process.stdout.write(`[start ${seconds()}s] ${line}\n`);
const children: Service[] = [];
let stopping = false;

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
  const service = forkService(name, new URL(script, import.meta.url), env, 'inherit', execArgv);
  children.push(service);
  service.process.on('exit', (code, signal) => {
    if (stopping) return;
    process.stderr.write(`${name} exited (${signal ?? code}); stopping everything.\n`);
    void shutdown(1);
  });
  return service.process;
}

async function shutdown(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  // Gateway first (drains client requests), then subgraphs, then the database.
  for (const child of [...children].reverse()) await child.stop();
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
    say(`starting the embedded database (PGlite) on 127.0.0.1:${port}, data in .data/pglite`);
    const db = launch('embedded database', './embedded-db.ts', { ...env, EMBEDDED_DB_PORT: String(port) });
    env.DATABASE_URL = await new Promise<string>((resolve, reject) => {
      db.once('message', (m: { url?: string }) => (m.url ? resolve(m.url) : reject(new Error('no url'))));
      db.once('exit', () => reject(new Error('the embedded database did not start')));
    });
    // PGlite runs one statement at a time; a few connections per subgraph are plenty.
    env.DB_POOL_MAX ??= '3';
  }

  await ensureDevKeys(env);
  const databases = await openMigrated(settingsFromEnv(env));
  // Subgraph processes boot (mostly module loading) while the demo data is written.
  for (const name of SUBGRAPH_NAMES) launch(name, `../subgraphs/${name}/index.ts`, env);
  try {
    if (await isSeeded(databases.dbs.geography)) {
      say('databases migrated; demo data already loaded');
    } else {
      say(`loading synthetic demo data (provinces: ${demo.provinces === 'all' ? 'all' : demo.provinces.join(', ')}) ...`);
      const counts = await seedAll(databases, demo);
      const rows = Object.values(counts).flatMap(Object.values).reduce((a, b) => a + b, 0);
      say(`demo data loaded: ${rows.toLocaleString('en')} rows`);
    }
  } finally {
    await databases.close();
  }
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
  await refreshIndicatorsIfEmpty(`http://127.0.0.1:${gatewayPort}/graphql`, env);
}

/** Fills the coverage read model on first start; later starts keep it (`npm run refresh` updates it). */
async function refreshIndicatorsIfEmpty(gatewayUrl: string, env: NodeJS.ProcessEnv): Promise<void> {
  // Asked through the gateway, like any client; only the refresh itself writes coverage's tables.
  if (await readModelRefreshed(gatewayUrl)) return;
  const database = connect<CoverageDB>(settingsFromEnv(env)('coverage'));
  try {
    let headers: Record<string, string>;
    try {
      headers = await refreshToken(env);
    } catch (err) {
      if (!(err instanceof DevTokensRefused)) throw err;
      say('indicators not computed: set REFRESH_TOKEN (an ADMIN token) to let `npm start` refresh them');
      return;
    }
    say('computing the cross-sector indicators (coverage fields answer NO_DATA until this is done) ...');
    const result = await refreshAll(database.db, gatewayUrl, headers);
    say(`indicators ready: ${result.communeYears.toLocaleString('en')} commune-years`);
  } finally {
    await database.close();
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`npm start failed: ${err instanceof Error ? err.stack : String(err)}\n`);
  void shutdown(1);
});
