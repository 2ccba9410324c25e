/**
 * `npm run cluster`: the scale-out topology on this machine, on real engines.
 *
 *   HAProxy :B ──> gateway ×2 (:B+1, :B+2) ──> HAProxy :B+10+i ──> subgraph i ×2 (:B+20+2i, :B+21+2i)
 *   (:B+3 is a gateway of the first bring-up's own, for the indicators' refresh, stopped after it)
 *                                                        │
 *                       PgBouncer :B+40 (transaction mode) ├─> primary :5442   (writes, audit, rate limits)
 *                                                          └─> replica :5443   (hot standby: reads)
 *
 * HAProxy checks each replica's /health/ready every second and routes around one that fails
 * three checks in a row.
 * The PostgreSQL clusters are made by scripts/replica.ts (needs root) and left running; every
 * other process stops on Ctrl+C, the balancer and gateways first.
 *
 *   npm run cluster [-- --port-base 4400 --provinces 04]
 *   npm run cluster -- --check      (up, 30 s of traffic with a gateway replica killed and the primary
 *                                    restarted part-way, a JSON summary, down; scripts/reliability.ts)
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { connect } from '../lib/db.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { hasBeenRefreshed } from '../subgraphs/coverage/db/repository.ts';
import { ensureDevKeys } from '../lib/auth/dev-tokens.ts';
import { openMigrated, settingsFromEnv } from './databases.ts';
import { isSeeded, seedAll } from './demo/seed.ts';
import { refreshAll, refreshToken } from './refresh-coverage.ts';
import { PRIMARY, REPLICA, up as databasesUp } from './replica.ts';
import { haproxyCfg } from './haproxy-config.ts';
import { GATEWAY_EXEC_ARGV, forkService, spawnService, waitReady, type Service } from './services.ts';

export interface ClusterPorts {
  balancer: number;
  gateways: number[];
  subgraphFront: (i: number) => number;
  subgraphReplicas: (i: number) => number[];
  pooler: number;
}

export function clusterPorts(base: number): ClusterPorts {
  return {
    balancer: base,
    gateways: [base + 1, base + 2],
    subgraphFront: (i) => base + 10 + i,
    subgraphReplicas: (i) => [base + 20 + 2 * i, base + 21 + 2 * i],
    pooler: base + 40,
  };
}

/** Transaction pooling. pg sends statement_timeout and idle_in_transaction_session_timeout as startup
 * parameters, which PgBouncer refuses unless told to ignore them; it then sets them on each server
 * connection instead (connect_query), so the timeouts still hold. */
function pgbouncerIni(dir: string, ports: ClusterPorts): string {
  const timeouts = "connect_query='SET statement_timeout = 15000; SET idle_in_transaction_session_timeout = 10000'";
  return `[databases]
primary = host=127.0.0.1 port=${PRIMARY.port} dbname=postgres ${timeouts}
replica = host=127.0.0.1 port=${REPLICA.port} dbname=postgres ${timeouts}
[pgbouncer]
listen_addr = 127.0.0.1
listen_port = ${ports.pooler}
unix_socket_dir =
auth_type = trust
auth_file = ${dir}/userlist.txt
pool_mode = transaction
# PgBouncer waits 15 s after a failed server login by default: a primary restart would cost that much.
server_login_retry = 1
# A query waiting for a server (the primary restarting) fails after 5 s instead of the default 120 s.
query_wait_timeout = 5
default_pool_size = 40
max_client_conn = 500
ignore_startup_parameters = statement_timeout,idle_in_transaction_session_timeout,extra_float_digits
logfile = ${dir}/pgbouncer.log
pidfile = ${dir}/pgbouncer.pid
`;
}

/** Fourteen services loading their modules at once on 2 shared cores took over the default 180 s. */
const READY_TIMEOUT_MS = 420_000;

export interface Cluster {
  url: string;
  /** The primary itself, not through the pooler. */
  primaryUrl: string;
  ports: ClusterPorts;
  env: NodeJS.ProcessEnv;
  services: Map<string, Service>;
  /** Starts a gateway or subgraph replica again (after a fault killed it) and waits until it is ready. */
  revive(name: string): Promise<void>;
  stop(): Promise<void>;
}

/** `started` receives each process as it starts, so a signal during start-up can stop them. */
export async function startCluster(options: {
  base: number;
  provinces: string[];
  say: (line: string) => void;
  started: Service[];
}): Promise<Cluster> {
  const { say } = options;
  const ports = clusterPorts(options.base);
  const dir = resolve(`.data/cluster-${options.base}`);
  mkdirSync(dir, { recursive: true });
  chownSync(dir, Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' })), 0);
  say(`PostgreSQL primary :${PRIMARY.port} and hot standby :${REPLICA.port} (pg_createcluster, pg_basebackup) ...`);
  databasesUp();

  const services = new Map<string, Service>();
  const started = options.started;
  const add = (service: Service) => (services.set(service.name, service), started.push(service), service);
  const launchers = new Map<string, { launch: () => Service; readyUrl: string }>();
  const launch = (name: string, launcher: () => Service, readyUrl: string) => {
    launchers.set(name, { launch: launcher, readyUrl });
    add(launcher());
    return waitReady(name, readyUrl, READY_TIMEOUT_MS);
  };
  const revive = async (name: string) => {
    const old = services.get(name);
    if (old && old.process.exitCode === null && old.process.signalCode === null) await old.stop();
    const { launch: launcher, readyUrl } = launchers.get(name)!;
    const service = launcher();
    started.splice(started.indexOf(old!), 1, service);
    services.set(name, service);
    await waitReady(name, readyUrl, READY_TIMEOUT_MS);
  };
  const stop = async () => {
    for (const service of [...started].reverse()) await service.stop();
  };
  try {
    writeFileSync(`${dir}/pgbouncer.ini`, pgbouncerIni(dir, ports));
    writeFileSync(`${dir}/userlist.txt`, '"postgres" ""\n');
    add(
      spawnService('pgbouncer', 'runuser', ['-u', 'postgres', '--', 'pgbouncer', '-q', `${dir}/pgbouncer.ini`], {
        cwd: dir,
        env: process.env,
      }),
    );
    const pooled = (db: string) => `postgres://postgres@127.0.0.1:${ports.pooler}/${db}`;
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
      DEV_KEYS_DIR: `${dir}/keys`,
      DATABASE_URL: pooled('primary'),
      DATABASE_READ_URL: pooled('replica'),
      RATE_LIMIT_DATABASE_URL: pooled('primary'),
      DB_POOL_MAX: '5',
      MIGRATE_ON_START: 'false',
    };
    await ensureDevKeys(env);
    // Migrations go to the primary directly, never through the transaction pooler: Kysely's migration
    // lock is a session-level advisory lock, and its unlock would reach another server connection.
    const primaryUrl = `postgres://postgres@127.0.0.1:${PRIMARY.port}/postgres`;
    const databases = await openMigrated(settingsFromEnv({ ...env, DATABASE_URL: primaryUrl, DATABASE_READ_URL: undefined }));
    try {
      if (!(await isSeeded(databases.dbs.geography))) {
        say(`loading demo data (provinces ${options.provinces.join(', ')}) into the primary ...`);
        await seedAll(databases, { seed: 2025, provinces: options.provinces, childrenPerCommune: 20 });
      }
    } finally {
      await databases.close();
    }

    for (const r of [0, 1]) {
      await Promise.all(
        SUBGRAPH_NAMES.map((name, i) => {
          const port = ports.subgraphReplicas(i)[r]!;
          const replica = `${name}-${r + 1}`;
          const script = new URL(`../subgraphs/${name}/index.ts`, import.meta.url);
          return launch(
            replica,
            () => forkService(replica, script, { ...env, [`${name.toUpperCase()}_PORT`]: String(port) }, 'inherit'),
            `http://127.0.0.1:${port}/health/ready`,
          );
        }),
      );
    }
    const subgraphUrls = Object.fromEntries(
      SUBGRAPH_NAMES.map((n, i) => [`${n.toUpperCase()}_URL`, `http://127.0.0.1:${ports.subgraphFront(i)}/graphql`]),
    );
    const gatewayEnv = {
      ...env,
      // Clients give a request 10 s. The deadline runs from the balancer's stamp (gateway/request-deadline.ts),
      // so a request resent after a replica died under it answers, partially if it must, within the
      // 10 s too, with room for a loaded gateway to finish its answer after the deadline.
      SUBGRAPH_TIMEOUT_MS: env.SUBGRAPH_TIMEOUT_MS ?? '6000',
      REQUEST_DEADLINE_MS: env.REQUEST_DEADLINE_MS ?? '6000',
      ...subgraphUrls,
    };
    writeFileSync(`${dir}/haproxy.cfg`, haproxyCfg(ports));
    add(spawnService('haproxy', 'haproxy', ['-db', '-f', `${dir}/haproxy.cfg`], { cwd: dir, env: process.env }));
    const gatewayScript = new URL('../gateway/index.ts', import.meta.url);

    const coverage = connect<CoverageDB>(settingsFromEnv(env)('coverage'));
    try {
      if (!(await hasBeenRefreshed(coverage.db))) {
        // A batch job, not a client: its pages may take longer than a client's deadline on a loaded
        // machine, so it gets a gateway of its own without one, stopped once the indicators are stored.
        const port = ports.gateways.at(-1)! + 1;
        const refresher = add(
          forkService('gateway-refresh', gatewayScript, { ...env, ...subgraphUrls, SUBGRAPH_TIMEOUT_MS: '60000', PORT: String(port) }),
        );
        try {
          await waitReady('gateway-refresh', `http://127.0.0.1:${port}/health/ready`);
          say('computing the indicators (a gateway of their own, over the subgraph balancers) ...');
          await refreshAll(coverage.db, `http://127.0.0.1:${port}/graphql`, await refreshToken(env));
        } finally {
          await refresher.stop();
          started.splice(started.indexOf(refresher), 1);
          services.delete(refresher.name);
        }
      }
    } finally {
      await coverage.close();
    }
    await Promise.all(
      ports.gateways.map((port, r) => {
        const replica = `gateway-${r + 1}`;
        return launch(
          replica,
          () => forkService(replica, gatewayScript, { ...gatewayEnv, PORT: String(port) }, 'inherit', GATEWAY_EXEC_ARGV),
          `http://127.0.0.1:${port}/health/ready`,
        );
      }),
    );
    const url = `http://127.0.0.1:${ports.balancer}/graphql`;
    await waitReady('balancer', `http://127.0.0.1:${ports.balancer}/health/ready`);
    // The balancer goes first on stop: no new requests reach a gateway that is draining.
    const haproxy = started.splice(started.indexOf(services.get('haproxy')!), 1);
    started.push(...haproxy);
    return { url, primaryUrl, ports, env, services, revive, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      'port-base': { type: 'string', default: '4400' },
      provinces: { type: 'string', default: '04' },
      check: { type: 'boolean', default: false },
    },
  });
  const t0 = performance.now();
  const say = (line: string) => process.stdout.write(`[cluster ${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}\n`);
  const started: Service[] = [];
  const shutdown = async (code: number) => {
    for (const service of [...started].reverse()) await service.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(0));
  process.once('SIGTERM', () => void shutdown(0));
  const cluster = await startCluster({ base: Number(values['port-base']), provinces: values.provinces!.split(','), say, started }).catch(
    (err: unknown) => {
      process.stderr.write(`npm run cluster failed: ${err instanceof Error ? err.message : String(err)}\n`);
      return shutdown(1);
    },
  );
  say(`ready: ${cluster.url} (HAProxy over 2 gateways, 2 replicas of each subgraph, PgBouncer, primary and hot standby)`);
  if (values.check) {
    // The acceptance run: one gateway replica killed a third of the way in, the primary restarted at two thirds.
    const { acceptanceRun } = await import('./reliability.ts');
    const summary = await acceptanceRun(cluster, say).catch((err: unknown) => {
      process.stderr.write(`the check failed: ${err instanceof Error ? err.stack : String(err)}\n`);
      return shutdown(1);
    });
    process.stdout.write(`${JSON.stringify(summary)}\n`);
    await shutdown(summary.unanswered === 0 && summary.unmasked === 0 && summary.auditedChildIds >= summary.childRecordsRead ? 0 : 1);
  }
}
