/**
 * One benchmark run: dataset, systems, scenarios, ratios. `bench/run.ts` is the command line;
 * test/bench.test.ts runs the same function at small scale and checks the answers.
 */
import os from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import pg from 'pg';
import { SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.ts';
import { ensureDevKeys } from '../lib/auth/dev-tokens.ts';
import { connect } from '../lib/db.ts';
import { refreshAll, refreshToken } from '../scripts/refresh-coverage.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { datasetRows, ensureSeeded, readModelFilled, recordRefreshSeconds, settingsOf, type Scale } from './dataset.ts';
import { openFloor } from './floor.ts';
import { closedLoop, graphqlClient, interleave, median, quantile, type Contender } from './measure.ts';
import type { BenchResults, Ratio, ScenarioResult, SystemMeasure } from './results.ts';
import { SCENARIOS, type Scenario, type ScenarioSetup } from './scenarios.ts';
import {
  hiveInstalled,
  postgresGroup,
  startHive,
  startOurGateway,
  startSubgraphs,
  type BenchDatabase,
  type RunningSystem,
} from './systems.ts';

export const SYSTEM_IDS = ['ours', 'no-dataloader', 'hive', 'hive-rust', 'floor'] as const;
export type SystemId = (typeof SYSTEM_IDS)[number];
export const SYSTEM_NAMES: Record<SystemId, string> = {
  ours: 'ours',
  'no-dataloader': 'ours without DataLoader',
  hive: 'Hive Gateway',
  'hive-rust': 'Hive Gateway (Rust planner)',
  floor: 'SQL floor',
};

export interface HarnessOptions {
  scale: Scale;
  database: BenchDatabase;
  /** The database's name on the server (for its backends' CPU). */
  databaseName: string;
  scenarios: string[];
  systems: SystemId[];
  runs: number;
  warmup: number;
  /** Runs of the system without DataLoader (it is slow by design). */
  unbatchedRuns: number;
  throughputSeconds: number;
  throughputRounds: number;
  basePort: number;
  /** Extra environment for our services (the embedded comparison lowers the pool size). */
  serviceEnv?: Record<string, string>;
  say: (line: string) => void;
}

/** What the harness itself measured besides the scenarios. */
export interface HarnessRun {
  results: Omit<BenchResults, 'command' | 'machine' | 'versions' | 'embedded' | 'refresh'>;
  /** The running reference system, for follow-up measurements (refresh cost); stopped by `stop`. */
  ours: RunningSystem;
  stop(): Promise<void>;
}

const ms = (x: number) => Math.round(x * 10) / 10;

export async function runHarness(o: HarnessOptions): Promise<HarnessRun> {
  const { say } = o;
  const notes: string[] = [];
  await ensureDevKeys();
  const seeded = await ensureSeeded(o.database, o.scale.demo, say);
  const stops: (() => Promise<void>)[] = [];
  const stopAll = async () => {
    for (const stop of stops.reverse()) await stop().catch(() => {});
  };
  try {
    say('starting our subgraphs and gateway ...');
    const subgraphs = await startSubgraphs(o.database, o.basePort, true, o.serviceEnv);
    stops.push(subgraphs.stop);
    const ours = await startOurGateway('ours', subgraphs, o.basePort);
    stops.push(ours.stop);

    let buildSeconds = seeded.buildSeconds;
    if (!(await readModelFilled(o.database))) {
      say('filling the coverage read model through the gateway ...');
      const coverage = connect<CoverageDB>(settingsOf(o.database)('coverage'));
      const started = performance.now();
      try {
        const done = await refreshAll(coverage.db, ours.url, await refreshToken());
        say(`read model: ${done.communeYears} commune-years in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        await coverage.close();
      }
      const refreshSeconds = (performance.now() - started) / 1000;
      await recordRefreshSeconds(o.database, refreshSeconds);
      buildSeconds = (buildSeconds ?? 0) + refreshSeconds;
    }

    const systems = new Map<SystemId, RunningSystem>([['ours', ours]]);
    if (o.systems.includes('no-dataloader')) {
      const unbatched = await startSubgraphs(o.database, o.basePort + 10, false, o.serviceEnv);
      stops.push(unbatched.stop);
      const gateway = await startOurGateway(SYSTEM_NAMES['no-dataloader'], unbatched, o.basePort + 10);
      stops.push(gateway.stop);
      systems.set('no-dataloader', gateway);
    }
    for (const id of ['hive', 'hive-rust'] as const) {
      if (!o.systems.includes(id)) continue;
      if (!hiveInstalled()) {
        notes.push(`${SYSTEM_NAMES[id]} was not measured: bench/hive is not installed (npm run bench installs it).`);
        continue;
      }
      const hive = await startHive(SYSTEM_NAMES[id], subgraphs, o.basePort + (id === 'hive' ? 20 : 21), id === 'hive' ? 'default' : 'rust');
      stops.push(hive.stop);
      systems.set(id, hive);
    }
    const floor = o.systems.includes('floor') ? await openFloor(o.database.url, o.database.schemaOf) : null;
    if (floor) stops.push(floor.close);
    const admin = new pg.Client({ connectionString: o.database.url });
    await admin.connect();
    stops.push(() => admin.end());
    const postgres = postgresGroup(admin, o.databaseName);

    const client = (s: RunningSystem, connections: number) => {
      const c = graphqlClient(s.url, s.headers, connections);
      stops.push(async () => c.close());
      return c;
    };
    const single = new Map([...systems].map(([id, s]) => [id, client(s, 1)]));

    // Communes with data, for the portal page: spread over the country.
    const listed = (
      await single
        .get('ours')!
        .post('query($year: Int!) { communeCoverage(year: $year, first: 1000) { nodes { commune { code } } } }', { year: 2024 })
    ).data as { communeCoverage: { nodes: { commune: { code: string } }[] } };
    const codes = listed.communeCoverage.nodes.map((n) => n.commune.code);
    const setup: ScenarioSetup = {
      pageCommunes: codes
        .filter((_, i) => i % Math.max(1, Math.floor(codes.length / 100)) === 0)
        .map((code) => ({ code, date: '2024-12-31' })),
    };

    const scenarios: ScenarioResult[] = [];
    for (const scenario of SCENARIOS.filter((s) => o.scenarios.includes(s.id))) {
      say(`scenario ${scenario.id}: ${scenario.title}`);
      const answers = new Map<string, unknown>();
      let answerBytes = 0;
      const contenders: (Contender & { id: SystemId })[] = [];
      for (const [id, system] of systems) {
        const http = single.get(id)!;
        contenders.push({
          id,
          name: SYSTEM_NAMES[id],
          groups: [...system.groups, postgres],
          maxRuns: id === 'no-dataloader' ? o.unbatchedRuns : o.runs,
          run: async (i) => {
            const { data, bytes } = await http.post(scenario.query, scenario.variables(setup, i));
            if (i === 0) {
              answers.set(id, data);
              if (id === 'ours') answerBytes = bytes;
            }
            return data;
          },
        });
      }
      if (floor && scenario.floor) {
        const f = floor;
        contenders.push({
          id: 'floor',
          name: SYSTEM_NAMES.floor,
          groups: [{ name: 'benchmark process (floor)', pids: () => [process.pid] }, postgres],
          run: async (i) => {
            const data = await scenario.floor!(f, scenario.variables(setup, i));
            // The floor's answer is serialised, as any server would before sending it.
            const text = JSON.stringify(data);
            if (i === 0) answers.set('floor', JSON.parse(text));
            return data;
          },
        });
      }
      const timings = await interleave(contenders, o.warmup, o.runs);

      const measures: SystemMeasure[] = [];
      for (const c of contenders) {
        const t = timings.get(c.name)!;
        const runs = t.samples.length;
        const system = systems.get(c.id);
        const counted = system ? await countStatements(system, () => c.run(1)) : null;
        const difference = firstDifference(answers.get(c.id), answers.get('ours'));
        measures.push({
          system: c.name,
          runs,
          medianMs: ms(median(t.samples)),
          p99Ms: ms(quantile(t.samples, 0.99)),
          statementsPerRequest: counted?.statements ?? null,
          fetchesPerRequest: counted?.fetches ?? null,
          processes: c.groups.map((g) => ({
            process: g.name,
            cpuMsPerRun: ms((t.cpuMs.get(g.name) ?? 0) / runs),
            peakRssMiB: t.peakRssMiB.get(g.name) ?? null,
          })),
          answerMatches: difference === null,
          ...(difference === null ? {} : { note: `answer differs from ours: ${difference}` }),
        });
      }
      if (scenario.connections && o.throughputRounds > 0) {
        const loaded = [...systems].filter(([id]) => id !== 'no-dataloader');
        const pools = loaded.map(([id, s]) => ({ id, pool: client(s, scenario.connections!) }));
        for (const [id, throughput] of await measureThroughput(pools, scenario, setup, o)) {
          measures.find((m) => m.system === SYSTEM_NAMES[id])!.throughput = throughput;
        }
      }
      scenarios.push({
        id: scenario.id,
        title: scenario.title,
        description: scenario.description,
        query: scenario.query,
        variables: scenario.variables(setup, 0),
        answerBytes,
        systems: measures,
      });
    }

    return {
      results: {
        startedAt: new Date().toISOString(),
        scale: o.scale.name,
        dataset: {
          database: o.databaseName,
          buildSeconds: buildSeconds === null ? null : Math.round(buildSeconds),
          reused: seeded.reused,
          rows: await datasetRows(o.database),
          notes: [
            `The project's demo generator (seed ${o.scale.demo.seed}, ${o.scale.demo.childrenPerCommune} children per commune on average, provinces: ${o.scale.demo.provinces === 'all' ? 'all' : o.scale.demo.provinces.join(', ')}), every commune version of every directory snapshot (10,599 communes of 2021-11-01, 10,035 of 2025-03-01, 3,321 of 2025-07-01), years 2019–2025.`,
            'Health keeps check-up results per round and age band, as the department does, not one row per child: the check-up volume is the number of children examined, summed over those rows.',
          ],
        },
        warmupRuns: o.warmup,
        scenarios,
        ratios: ratiosOf(scenarios),
        notes,
      },
      ours,
      stop: stopAll,
    };
  } catch (err) {
    await stopAll();
    throw err;
  }
}

/** Where two answers first differ, as a path with both values. */
export function firstDifference(a: unknown, b: unknown, at = '$'): string | null {
  if (isDeepStrictEqual(a, b)) return null;
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const found = firstDifference((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${at}.${key}`);
      if (found) return found;
    }
  }
  return `${at}: ${JSON.stringify(a)?.slice(0, 120)} ≠ ${JSON.stringify(b)?.slice(0, 120)}`;
}

/** Requests per second of each system at the scenario's connections, in rounds that rotate the order. */
async function measureThroughput(
  pools: { id: SystemId; pool: ReturnType<typeof graphqlClient> }[],
  scenario: Scenario,
  setup: ScenarioSetup,
  o: HarnessOptions,
): Promise<Map<SystemId, NonNullable<SystemMeasure['throughput']>>> {
  const connections = scenario.connections!;
  const samples = new Map(pools.map(({ id }) => [id, { rps: [] as number[], latencies: [] as number[] }]));
  for (let round = 0; round < o.throughputRounds; round++) {
    for (let k = 0; k < pools.length; k++) {
      const { id, pool } = pools[(round + k) % pools.length]!;
      const result = await closedLoop(
        { name: id, groups: [], run: (i) => pool.post(scenario.query, scenario.variables(setup, i)) },
        connections,
        o.throughputSeconds * 1000,
        round * 10_000,
      );
      samples.get(id)!.rps.push(result.requestsPerSecond);
      samples.get(id)!.latencies.push(...result.latencies);
    }
  }
  return new Map(
    [...samples].map(([id, s]) => [
      id,
      {
        connections,
        requestsPerSecond: ms(median(s.rps)),
        medianMs: ms(median(s.latencies)),
        p99Ms: ms(quantile(s.latencies, 0.99)),
        durationMs: o.throughputRounds * o.throughputSeconds * 1000,
      },
    ]),
  );
}

/** SQL statements and subgraph requests (plan steps) per subgraph for one request, from the subgraphs' /metrics. */
async function countStatements(system: RunningSystem, run: () => Promise<unknown>) {
  const read = async () =>
    Object.fromEntries(
      await Promise.all(
        SUBGRAPH_NAMES.map(async (n) => {
          const text = await (await fetch(system.metrics[n])).text();
          const value = (name: string) => Number(new RegExp(`^${name}_total (\\d+)$`, 'm').exec(text)?.[1] ?? NaN);
          return [n, { statements: value('sql_statements'), requests: value('graphql_requests') }] as const;
        }),
      ),
    ) as Record<SubgraphName, { statements: number; requests: number }>;
  const before = await read();
  await run();
  const after = await read();
  const statements: Record<string, number> = {};
  const fetches: Record<string, number> = {};
  for (const n of SUBGRAPH_NAMES) {
    const requests = after[n].requests - before[n].requests;
    if (!requests) continue;
    fetches[n] = requests;
    statements[n] = after[n].statements - before[n].statements;
  }
  return { statements, fetches };
}

function ratiosOf(scenarios: ScenarioResult[]): Ratio[] {
  const find = (id: string, system: string) => scenarios.find((s) => s.id === id)?.systems.find((m) => m.system === system);
  const ratio = (name: string, goal: string, baseline: string, basis: string, a?: number, b?: number, atMost = true, limit = 0): Ratio => {
    const value = a !== undefined && b !== undefined && b > 0 ? Math.round((a / b) * 100) / 100 : null;
    return { name, goal, baseline, value, met: value === null ? null : atMost ? value <= limit : value >= limit, basis };
  };
  const ours = (id: string) => find(id, 'ours');
  const statements = scenarios.flatMap((s) => {
    const m = ours(s.id);
    return m?.statementsPerRequest && m.fetchesPerRequest
      ? Object.keys(m.fetchesPerRequest).map((n) => m.statementsPerRequest![n]! / m.fetchesPerRequest![n]!)
      : [];
  });
  const worst = statements.length ? Math.max(...statements) : undefined;
  const best = statements.length ? Math.min(...statements) : undefined;
  const gatewayRss = ours('a')?.processes.find((p) => p.process === 'gateway')?.peakRssMiB ?? undefined;
  return [
    ratio(
      'national report, ours ÷ SQL floor',
      '≤ 1.5',
      '3.0',
      'median latency, scenario a',
      ours('a')?.medianMs,
      find('a', 'SQL floor')?.medianMs,
      true,
      1.5,
    ),
    ratio(
      'national report, ours ÷ Hive Gateway',
      '≤ 0.85',
      '0.99',
      'median latency, scenario a',
      ours('a')?.medianMs,
      find('a', 'Hive Gateway')?.medianMs,
      true,
      0.85,
    ),
    ratio(
      'national report, ours ÷ Hive Gateway (Rust planner)',
      '≤ 0.85',
      '—',
      'median latency, scenario a',
      ours('a')?.medianMs,
      find('a', 'Hive Gateway (Rust planner)')?.medianMs,
      true,
      0.85,
    ),
    ratio(
      'commune page throughput at 8 connections, ours ÷ Hive Gateway',
      '≥ 1.0',
      '0.57',
      'median requests/s of the rounds, scenario c',
      ours('c')?.throughput?.requestsPerSecond,
      find('c', 'Hive Gateway')?.throughput?.requestsPerSecond,
      false,
      1,
    ),
    ratio(
      'commune page throughput at 8 connections, ours ÷ Hive Gateway (Rust planner)',
      '≥ 1.0',
      '—',
      'median requests/s of the rounds, scenario c',
      ours('c')?.throughput?.requestsPerSecond,
      find('c', 'Hive Gateway (Rust planner)')?.throughput?.requestsPerSecond,
      false,
      1,
    ),
    ratio(
      'cross-sector sorted page, ours ÷ SQL floor',
      '≤ 2.0',
      '—',
      'median latency, scenario d',
      ours('d')?.medianMs,
      find('d', 'SQL floor')?.medianMs,
      true,
      2,
    ),
    {
      name: 'SQL statements per subgraph per plan step (most, fewest over all scenarios)',
      goal: 'exactly 1',
      baseline: '—',
      value: worst ?? null,
      met: worst === undefined ? null : worst === 1 && best === 1,
      basis: `statements ÷ subgraph requests, read from each subgraph's /metrics around one request of each scenario${best !== undefined ? `; fewest ${best}` : ''}`,
    },
    {
      name: 'peak RSS of our gateway during the national report (MiB)',
      goal: '≤ 512',
      baseline: '—',
      value: gatewayRss === undefined || gatewayRss === null ? null : Math.round(gatewayRss),
      met: gatewayRss == null ? null : gatewayRss <= 512,
      basis: 'VmHWM of the gateway process, reset before the measured runs of scenario a',
    },
  ];
}

export function machineFacts() {
  return {
    cpu: os.cpus()[0]?.model ?? 'unknown',
    cores: os.cpus().length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    kernel: os.release(),
    os: `${os.type()} ${os.arch()}`,
  };
}
