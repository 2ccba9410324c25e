/**
 * Does the gateway leak? Starts the subgraphs (in this process) over a small demo seeded in
 * fresh schemas of PostgreSQL, and the gateway in a process of its own with the production heap
 * limit (bench/gateway-memory-probe.ts), then sends a mixed workload as several roles: commune
 * pages, coverage lists, sorted pages, child records (allowed and forbidden), invalid queries,
 * bad input and bad tokens. Two phases of `--operations` each:
 *   1. the same few documents with different variables (how the project's clients ask);
 *   2. every request a new document (literals written into the query text).
 * After each quarter of a phase it collects garbage in the gateway and records the heap; at the
 * start and the end of each phase it writes a heap snapshot and compares objects by constructor.
 *
 *   npm run bench:memory [-- --operations 10000 --concurrency 4 --snapshots .data/bench/heap]
 *   (RSS after a snapshot includes what V8 took to write it: measure RSS in a run without snapshots)
 *   (PostgreSQL from DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres)
 */
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { devClientToken } from '../lib/auth/dev-tokens.ts';
import { importKey, loadOrCreateKeyPair } from '../lib/auth/keys.ts';
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.ts';
import { connect, type DatabaseSettings } from '../lib/db.ts';
import { createLogger } from '../lib/logger.ts';
import { startSubgraph, type RunningSubgraph } from '../lib/subgraph.ts';
import { openMigrated } from '../scripts/databases.ts';
import { seedAll } from '../scripts/demo/seed.ts';
import { refreshAll } from '../scripts/refresh-coverage.ts';
import { GATEWAY_EXEC_ARGV } from '../scripts/services.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { SUBGRAPHS } from '../subgraphs/index.ts';
import type { MemoryReport } from './gateway-memory-probe.ts';
import { largestGrowth, sizesByConstructor } from './heap-snapshot.ts';
import { SCENARIOS } from './scenarios.ts';

const { values: args } = parseArgs({
  options: {
    operations: { type: 'string', default: '10000' },
    concurrency: { type: 'string', default: '4' },
    /** Where to write heap snapshots (start and end of each phase); none when not given. */
    snapshots: { type: 'string' },
  },
});
const OPERATIONS = Number(args.operations);
const CONCURRENCY = Number(args.concurrency);
const SNAPSHOT_DIR = args.snapshots ? resolve(args.snapshots) : undefined;
const started = performance.now();
const say = (line: string) => process.stdout.write(`[memory ${((performance.now() - started) / 1000).toFixed(0)}s] ${line}\n`);

// ---- The workload ----

type Role = 'ANONYMOUS' | 'ANALYST' | 'MINISTRY' | 'OFFICER' | 'ADMIN';
interface Operation {
  role: Role | 'BAD_TOKEN';
  query: string;
  variables?: Record<string, unknown>;
}

const VALUES = 'indicator value status';
const COMMUNE_PAGE = SCENARIOS.find((s) => s.id === 'c')!.query;
const SORTED_PAGE = SCENARIOS.find((s) => s.id === 'd')!.query;
const COVERAGE_LIST = `query CoverageList($date: Date!, $year: Int!) {
  communes(provinceCode: "04", date: $date, first: 25) { totalCount nodes { code name coverage(year: $year) { ${VALUES} } } }
}`;
const CHILD_RECORDS = `query Records($code: String!) {
  commune(code: $code, date: "2024-12-31") { code childRecords(year: 2024, first: 50) { totalCount nodes { id birthDate } } }
}`;
const INVALID = `{ commune(code: "00004") { noSuchField } }`;
const BAD_INPUT = `query Bad($date: Date!) { communes(date: $date, first: 1) { totalCount } }`;

/** Operation `i` of the mix; `distinct` writes the literals and a numbered alias into the text. */
function operation(i: number, communes: string[], distinct: boolean): Operation {
  const code = communes[i % communes.length]!;
  const year = 2019 + (i % 7);
  const n = distinct ? i : 0;
  switch (i % 8) {
    case 0:
    case 1: {
      const variables = { code, date: '2024-12-31', year, schoolYear: `${year}-${year + 1}` };
      return distinct
        ? { role: 'ANALYST', query: inline(COMMUNE_PAGE, variables, n) }
        : { role: 'ANALYST', query: COMMUNE_PAGE, variables };
    }
    case 2: {
      const variables = { date: '2024-12-31', year };
      return distinct
        ? { role: 'ANONYMOUS', query: inline(COVERAGE_LIST, variables, n) }
        : { role: 'ANONYMOUS', query: COVERAGE_LIST, variables };
    }
    case 3: {
      const variables = { year, first: 10 + (i % 40), below: 90 };
      return distinct
        ? { role: 'MINISTRY', query: inline(SORTED_PAGE, variables, n) }
        : { role: 'MINISTRY', query: SORTED_PAGE, variables };
    }
    case 4:
    case 5: {
      const role = i % 8 === 4 ? 'OFFICER' : 'ANALYST'; // FORBIDDEN for an analyst
      return distinct ? { role, query: inline(CHILD_RECORDS, { code }, n) } : { role, query: CHILD_RECORDS, variables: { code } };
    }
    case 6: // GRAPHQL_VALIDATION_FAILED, or BAD_USER_INPUT
      return i % 16 === 6
        ? { role: 'ADMIN', query: distinct ? INVALID.replace('noSuchField', `noSuchField${n}`) : INVALID }
        : { role: 'MINISTRY', query: BAD_INPUT, variables: { date: 'not-a-date' } };
    default: // UNAUTHENTICATED
      return { role: 'BAD_TOKEN', query: COVERAGE_LIST, variables: { date: '2024-12-31', year } };
  }
}

/** The operation with its variables written as literals and its root fields under an alias numbered `n`. */
function inline(query: string, variables: Record<string, unknown>, n: number): string {
  let text = query.replace(/^query \w+\([^)]*\)/, 'query');
  for (const [name, value] of Object.entries(variables)) text = text.replaceAll(`$${name}`, JSON.stringify(value));
  return text.replace(/^query \{\s*(\w+)/, (_, field: string) => `query { a${n}: ${field}`);
}

// ---- Setup ----

interface Gateway {
  url: string;
  measure(snapshot?: string): Promise<MemoryReport>;
  stop(): Promise<void>;
}

async function startProbe(env: NodeJS.ProcessEnv): Promise<Gateway> {
  const child = fork(new URL('gateway-memory-probe.ts', import.meta.url), [], {
    env,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
    execArgv: [...process.execArgv, ...GATEWAY_EXEC_ARGV, '--expose-gc'],
  });
  let waiting: { resolve: (m: any) => void; reject: (err: Error) => void } | undefined;
  child.on('message', (m) => waiting?.resolve(m));
  child.once('exit', () => waiting?.reject(new Error('the gateway exited')));
  const next = () => new Promise<any>((resolve, reject) => (waiting = { resolve, reject }));
  const { url } = (await next()) as { url: string };
  return {
    url,
    measure: async (snapshot) => {
      const report = next();
      child.send({ measure: true, snapshot });
      return (await report) as MemoryReport;
    },
    stop: async () => {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await exited;
    },
  };
}

async function main(): Promise<void> {
  const url = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
  const prefix = `mem${randomBytes(3).toString('hex')}`;
  const settings = (name: SubgraphName): DatabaseSettings => ({ url, schema: `${prefix}_${name}`, poolMax: 4 });
  const keysDir = mkdtempSync(join(tmpdir(), 'gateway-memory-keys-'));
  const stops: (() => Promise<unknown>)[] = [
    async () => {
      const client = new pg.Client(url);
      await client.connect();
      for (const name of SUBGRAPH_NAMES) await client.query(`drop schema if exists "${prefix}_${name}" cascade`);
      await client.end();
    },
    async () => rmSync(keysDir, { recursive: true, force: true }),
  ];
  try {
    say(`seeding a small demo (Cao Bằng) in schemas ${prefix}_* ...`);
    const databases = await openMigrated(settings);
    try {
      await seedAll(databases, { seed: 11, provinces: ['04'], childrenPerCommune: 40 });
    } finally {
      await databases.close();
    }
    const gatewayKeys = await loadOrCreateKeyPair(keysDir, 'gateway');
    await loadOrCreateKeyPair(keysDir, 'dev-client');
    const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
    for (const name of SUBGRAPH_NAMES) {
      subgraphs[name] = await startSubgraph(SUBGRAPHS[name], {
        port: 0,
        host: '127.0.0.1',
        database: settings(name),
        logger: createLogger(name, 'warn'),
        migrate: false,
        gatewayKey: await importKey(gatewayKeys.publicJwk),
      });
      stops.unshift(() => subgraphs[name].stop());
    }
    const gateway = await startProbe({
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'warn',
      PORT: '0',
      GATEWAY_PRIVATE_KEY_FILE: `${keysDir}/gateway.private.jwk`,
      AUTH_JWKS_FILE: `${keysDir}/dev-client.public.jwk`,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs[n].url])),
    });
    stops.unshift(() => gateway.stop());

    const tokenEnv = { DEV_KEYS_DIR: keysDir };
    const token = (role: Role, subject: string) =>
      devClientToken({ subject, role, area: role === 'OFFICER' ? ['04'] : undefined }, '2h', tokenEnv);
    const admin = { authorization: `Bearer ${await token('ADMIN', 'refresh')}` };
    say('filling the coverage read model through the gateway ...');
    const coverage = connect<CoverageDB>(settings('coverage'));
    try {
      await refreshAll(coverage.db, gateway.url, admin);
    } finally {
      await coverage.close();
    }

    // Several identities per role, as on a portal: each has its own rate-limit window.
    const roles: Role[] = ['ANALYST', 'MINISTRY', 'OFFICER', 'ADMIN'];
    const tokens = new Map<string, string>();
    for (const role of roles) for (let s = 0; s < 25; s++) tokens.set(`${role}:${s}`, await token(role, `${role.toLowerCase()}-${s}`));
    const headersFor = (op: Operation, i: number): Record<string, string> => {
      if (op.role === 'ANONYMOUS') return {};
      if (op.role === 'BAD_TOKEN') return { authorization: 'Bearer not-a-token' };
      return { authorization: `Bearer ${tokens.get(`${op.role}:${i % 25}`)}` };
    };
    const list = await post(
      gateway.url,
      { query: '{ communes(provinceCode: "04", date: "2024-12-31", first: 1000) { nodes { code } } }' },
      admin,
    );
    const communes = (list.body.data.communes.nodes as { code: string }[]).map((c) => c.code);
    const outcomes = new Map<string, number>();

    const run = async (from: number, count: number, distinct: boolean) => {
      let next = from;
      await Promise.all(
        Array.from({ length: CONCURRENCY }, async () => {
          while (next < from + count) {
            const i = next++;
            const op = operation(i, communes, distinct);
            const { status, body } = await post(gateway.url, { query: op.query, variables: op.variables }, headersFor(op, i));
            const code = (body.errors?.[0]?.extensions?.code as string | undefined) ?? (status === 200 ? 'ok' : `HTTP ${status}`);
            outcomes.set(code, (outcomes.get(code) ?? 0) + 1);
          }
        }),
      );
    };

    if (SNAPSHOT_DIR) mkdirSync(SNAPSHOT_DIR, { recursive: true });
    const rows: { phase: string; operations: number; report: MemoryReport }[] = [];
    const measure = async (phase: string, operations: number, snapshot?: string) => {
      const report = await gateway.measure(snapshot && SNAPSHOT_DIR && join(SNAPSHOT_DIR, `${snapshot}.heapsnapshot`));
      rows.push({ phase, operations, report });
      say(
        `${phase} after ${operations} operations: heap used ${report.heapUsedMiB} MiB, heap total ${report.heapTotalMiB} MiB, RSS ${report.rssMiB} MiB`,
      );
      return report;
    };

    await run(0, 200, false); // warm-up: every document planned once
    const base = await measure('start', 0, 'start');
    const phases = [
      { name: 'same documents', distinct: false, snapshot: 'same-documents' },
      { name: 'new documents', distinct: true, snapshot: 'new-documents' },
    ];
    const snapshots = base.snapshot ? [base.snapshot] : [];
    let done = 0;
    for (const phase of phases) {
      const phaseStart = performance.now();
      for (let quarter = 1; quarter <= 4; quarter++) {
        await run(done, OPERATIONS / 4, phase.distinct);
        done += OPERATIONS / 4;
        const last = await measure(phase.name, (quarter * OPERATIONS) / 4, quarter === 4 ? phase.snapshot : undefined);
        if (last.snapshot) snapshots.push(last.snapshot);
      }
      say(
        `${phase.name}: ${(OPERATIONS / ((performance.now() - phaseStart) / 1000)).toFixed(0)} operations/s (including the measurements)`,
      );
    }
    say(`outcomes: ${[...outcomes].map(([k, v]) => `${k} ${v}`).join(', ')}`);

    process.stdout.write('\n| phase | operations | heap used after GC (MiB) | heap total (MiB) | RSS (MiB) |\n|---|---|---|---|---|\n');
    for (const r of rows)
      process.stdout.write(
        `| ${r.phase} | ${r.operations.toLocaleString('en')} | ${r.report.heapUsedMiB} | ${r.report.heapTotalMiB} | ${r.report.rssMiB} |\n`,
      );
    const groups = snapshots.map(sizesByConstructor);
    for (let p = 0; p < groups.length - 1; p++) {
      process.stdout.write(
        `\nLargest growth by constructor during "${phases[p]!.name}" (retained after GC):\n\n| constructor | objects | KiB |\n|---|---|---|\n`,
      );
      for (const g of largestGrowth(groups[p]!, groups[p + 1]!, 12)) {
        process.stdout.write(
          `| ${g.name.slice(0, 60)} | ${g.countDelta >= 0 ? '+' : ''}${g.countDelta.toLocaleString('en')} | ${Math.round(g.bytesDelta / 1024).toLocaleString('en')} |\n`,
        );
      }
    }
    if (SNAPSHOT_DIR)
      process.stdout.write(`\nHeap snapshots in ${SNAPSHOT_DIR} (open them in Chrome DevTools, Memory tab, to follow retainers).\n`);
  } finally {
    for (const stop of stops) await stop().catch((err: unknown) => say(`cleanup: ${String(err)}`));
  }
}

async function post(url: string, body: object, headers: Record<string, string>) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
  return { status: res.status, body: (await res.json()) as { data?: any; errors?: { extensions?: Record<string, unknown> }[] } };
}

await main();
