/**
 * The systems compared: our gateway and subgraphs (with and without DataLoader batching) and
 * Hive Gateway (default and Rust planner) over the same subgraphs, each service its own process.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type pg from 'pg';
import { DEFAULT_DEV_KEYS_DIR, SUBGRAPH_NAMES, type SubgraphName } from '../lib/config.ts';
import { devClientToken } from '../lib/auth/dev-tokens.ts';
import { GATEWAY_EXEC_ARGV, forkService, spawnService, waitReady, type Service } from '../scripts/services.ts';
import { processTree, type ProcessGroup } from './procfs.ts';

export interface BenchDatabase {
  url: string;
  schemaOf(name: SubgraphName): string;
}

export interface RunningSystem {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** Processes whose CPU and memory are this system's own. */
  groups: ProcessGroup[];
  /** /metrics of each subgraph it queries (statement and request counters). */
  metrics: Record<SubgraphName, string>;
  stop(): Promise<void>;
}

const root = new URL('../', import.meta.url);
const keys = resolve(fileURLToPath(root), process.env.DEV_KEYS_DIR ?? DEFAULT_DEV_KEYS_DIR);
/**
 * Every service runs as in production (graphql-js, for one, skips its development checks), with
 * the local development keys configured as if they were the real ones.
 */
const serviceEnv = (extra: Record<string, string>): NodeJS.ProcessEnv => ({
  ...process.env,
  NODE_ENV: 'production',
  LOG_LEVEL: 'warn',
  GATEWAY_PRIVATE_KEY_FILE: `${keys}/gateway.private.jwk`,
  GATEWAY_PUBLIC_KEY_FILE: `${keys}/gateway.public.jwk`,
  AUTH_JWKS_FILE: `${keys}/dev-client.public.jwk`,
  ...extra,
});

export interface OurSubgraphs {
  urls: Record<SubgraphName, string>;
  metrics: Record<SubgraphName, string>;
  groups: ProcessGroup[];
  stop(): Promise<void>;
}

/** The six subgraph processes on ports basePort+1 … basePort+6. */
export async function startSubgraphs(
  database: BenchDatabase,
  basePort: number,
  batching: boolean,
  env: Record<string, string> = {},
): Promise<OurSubgraphs> {
  const services: { name: SubgraphName; service: Service }[] = [];
  const urls = {} as Record<SubgraphName, string>;
  const metrics = {} as Record<SubgraphName, string>;
  try {
    await Promise.all(
      SUBGRAPH_NAMES.map(async (name, i) => {
        const port = basePort + 1 + i;
        const prefix = name.toUpperCase();
        const service = forkService(
          `${name}${batching ? '' : ' (no DataLoader)'}`,
          new URL(`subgraphs/${name}/index.ts`, root),
          serviceEnv({
            DATABASE_URL: database.url,
            [`${prefix}_DATABASE_SCHEMA`]: database.schemaOf(name),
            [`${prefix}_PORT`]: String(port),
            DATALOADER_BATCH: String(batching),
            DB_STATEMENT_TIMEOUT_MS: '300000',
            // Unbatched, 10,000 entities queue for the pool's connections far longer than the default 5 s.
            ...(batching ? {} : { DB_CONNECT_TIMEOUT_MS: '600000' }),
            ...env,
          }),
        );
        services.push({ name, service });
        urls[name] = `http://127.0.0.1:${port}/graphql`;
        metrics[name] = `http://127.0.0.1:${port}/metrics`;
        await waitReady(name, `http://127.0.0.1:${port}/health/ready`);
      }),
    );
  } catch (err) {
    await Promise.all(services.map((s) => s.service.stop()));
    throw err;
  }
  return {
    urls,
    metrics,
    groups: services.map(({ name, service }) => ({ name: `subgraph:${name}`, pids: () => [service.process.pid!] })),
    stop: async () => {
      await Promise.all(services.map((s) => s.service.stop()));
    },
  };
}

/** Our gateway (gateway/index.ts) in front of `subgraphs`, with a MINISTRY token (a national, non-admin viewer). */
export async function startOurGateway(name: string, subgraphs: OurSubgraphs, port: number): Promise<RunningSystem> {
  const service = forkService(
    name,
    new URL('gateway/index.ts', root),
    serviceEnv({
      PORT: String(port),
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs.urls[n]])),
      SUBGRAPH_TIMEOUT_MS: '300000',
      // The scenarios measure computing answers; the answer cache (gateway/answer-cache.ts) would serve repeats.
      ANSWER_CACHE_MIB: process.env.BENCH_ANSWER_CACHE_MIB ?? '0',
      // The benchmark is one identity sending thousands of requests a minute.
      RATE_LIMIT_OPERATIONS_PER_MINUTE: '100000000',
      RATE_LIMIT_FIELDS_PER_MINUTE: '100000000000',
    }),
    'inherit',
    GATEWAY_EXEC_ARGV,
  );
  await waitReady(name, `http://127.0.0.1:${port}/health/ready`);
  const token = await devClientToken({ subject: 'benchmark', role: 'MINISTRY' }, '12h');
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    headers: { authorization: `Bearer ${token}` },
    groups: [{ name: 'gateway', pids: () => [service.process.pid!] }, ...subgraphs.groups],
    metrics: subgraphs.metrics,
    stop: () => service.stop(),
  };
}

export const HIVE_DIR = new URL('hive/', import.meta.url).pathname;
export const hiveInstalled = () => existsSync(`${HIVE_DIR}node_modules/.bin/hive-gateway`);

/** Hive Gateway serving the same supergraph file in front of the same subgraph processes. */
export async function startHive(name: string, subgraphs: OurSubgraphs, port: number, planner: 'default' | 'rust'): Promise<RunningSystem> {
  const service = spawnService(
    name,
    `${HIVE_DIR}node_modules/.bin/hive-gateway`,
    ['supergraph', '--port', String(port), '--host', '127.0.0.1'],
    {
      cwd: HIVE_DIR,
      env: serviceEnv({
        HIVE_PLANNER: planner,
        ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs.urls[n]])),
      }),
    },
  );
  try {
    await waitReady(name, `http://127.0.0.1:${port}/healthcheck`);
  } catch (err) {
    await service.stop();
    throw err;
  }
  return {
    name,
    url: `http://127.0.0.1:${port}/graphql`,
    headers: {},
    groups: [{ name: 'gateway', pids: () => processTree(service.process.pid!) }, ...subgraphs.groups],
    metrics: subgraphs.metrics,
    stop: () => service.stop(),
  };
}

/** The PostgreSQL backends serving the benchmark database (every system's and the floor's). */
export function postgresGroup(admin: pg.Client, database: string): ProcessGroup {
  return {
    name: 'postgres',
    rss: false,
    // PGlite has no backends of its own (it runs inside its server process): nothing to add there.
    pids: async () =>
      (
        await admin
          .query<{ pid: number }>('select pid from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database])
          .catch(() => ({ rows: [] }))
      ).rows.map((r) => r.pid),
  };
}
