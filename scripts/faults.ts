/**
 * Faults injected into the running `npm run cluster` topology (scripts/cluster.ts), each with
 * what undoes it, and the audit trail read back from the primary. Only processes and clusters
 * this topology started are touched; all traffic stays on 127.0.0.1.
 */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import type { Cluster } from './cluster.ts';
import { LOAD_OFFICER } from './load.ts';
import { PRIMARY, REPLICA, VERSION } from './replica.ts';

const run = promisify(execFile);

export const FAULT_NAMES = ['kill-gateway', 'kill-subgraph', 'restart-primary', 'replica-lag', 'exhaust-pool', 'sigterm-gateway'] as const;
export type FaultName = (typeof FAULT_NAMES)[number];

export interface Fault {
  name: FaultName;
  what: string;
  inject(cluster: Cluster): Promise<void>;
  /** Puts the topology back as it was (a killed replica started again), after the load. */
  undo(cluster: Cluster): Promise<void>;
  /** Something the fault should make visible, read while it holds (the replica's lag). */
  observed?: () => Record<string, number>;
}

async function onServer<T>(port: number, query: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: `postgres://postgres@127.0.0.1:${port}/postgres`, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return (await client.query(query)).rows as T[];
  } finally {
    await client.end();
  }
}

/** The replica lag a subgraph's readiness reports (docs/scale-out.md). */
async function reportedLagBytes(cluster: Cluster): Promise<number> {
  const port = cluster.ports.subgraphReplicas(0)[0]!;
  const body = (await (await fetch(`http://127.0.0.1:${port}/health/ready`, { signal: AbortSignal.timeout(3_000) })).json()) as {
    details?: { replica?: { lagBytes?: number } };
  };
  return body.details?.replica?.lagBytes ?? 0;
}

const kill = (service: string, signal: NodeJS.Signals) => async (cluster: Cluster) => {
  cluster.services.get(service)?.process.kill(signal);
};

export function fault(name: FaultName): Fault {
  switch (name) {
    case 'kill-gateway':
      return {
        name,
        what: 'SIGKILL one of the two gateway replicas',
        inject: kill('gateway-1', 'SIGKILL'),
        undo: (c) => c.revive('gateway-1'),
      };
    case 'sigterm-gateway':
      return {
        name,
        what: 'SIGTERM one gateway replica (it drains and exits)',
        inject: kill('gateway-2', 'SIGTERM'),
        undo: (c) => c.revive('gateway-2'),
      };
    case 'kill-subgraph':
      return {
        name,
        what: 'SIGKILL one of the two health subgraph replicas',
        inject: kill('health-1', 'SIGKILL'),
        undo: (c) => c.revive('health-1'),
      };
    case 'restart-primary':
      return {
        name,
        what: '`pg_ctlcluster … restart -m fast` on the primary',
        inject: async () => {
          await run('pg_ctlcluster', [VERSION, PRIMARY.name, 'restart', '-m', 'fast']);
        },
        undo: async () => {},
      };
    case 'replica-lag': {
      let maxLagBytes = 0;
      let watching: NodeJS.Timeout | undefined;
      return {
        name,
        what: 'replay paused on the hot standby for 8 s (`pg_wal_replay_pause()`) while writes go on',
        inject: async (cluster) => {
          await onServer(REPLICA.port, 'select pg_wal_replay_pause()');
          watching = setInterval(
            () =>
              void reportedLagBytes(cluster).then(
                (b) => (maxLagBytes = Math.max(maxLagBytes, b)),
                () => {},
              ),
            1_000,
          );
          await new Promise((r) => setTimeout(r, 8_000));
          clearInterval(watching);
          await onServer(REPLICA.port, 'select pg_wal_replay_resume()');
        },
        undo: async () => {
          clearInterval(watching);
          await onServer(REPLICA.port, 'select pg_wal_replay_resume()').catch(() => {});
        },
        observed: () => ({ maxReportedLagBytes: maxLagBytes }),
      };
    }
    case 'exhaust-pool':
      return {
        name,
        what: "PgBouncer's replica pool held by 40 outside sessions for 6 s (`select pg_sleep(6)`)",
        inject: async (cluster) => {
          const holders = Array.from({ length: 40 }, async () => {
            const client = new pg.Client({
              connectionString: `postgres://postgres@127.0.0.1:${cluster.ports.pooler}/replica`,
              connectionTimeoutMillis: 5_000,
            });
            await client.connect();
            try {
              await client.query('select pg_sleep(6)');
            } finally {
              await client.end();
            }
          });
          await Promise.allSettled(holders);
        },
        undo: async () => {},
      };
  }
}

/** Child ids the audit trail holds for the load's officer, read on the primary. */
export async function auditedChildIds(): Promise<number> {
  const [row] = await onServer<{ n: number }>(
    PRIMARY.port,
    `select coalesce(sum(cardinality(string_to_array(nullif(ma_tre, ''), ','))), 0)::int as n from labour.nhat_ky_truy_cap where chu_the = '${LOAD_OFFICER}'`,
  );
  return row!.n;
}

const SUBGRAPH_SCHEMAS = "('geography', 'education', 'health', 'culture', 'labour', 'coverage')";

/** Table scans on each server in the subgraphs' schemas, and rows added to the audit trail on the primary: where reads and writes went. */
export async function serverCounters(): Promise<{ replicaScans: number; primaryScans: number; primaryAuditInserts: number }> {
  const scans = `select coalesce(sum(seq_scan + coalesce(idx_scan, 0)), 0)::float8 as n from pg_stat_user_tables where schemaname in ${SUBGRAPH_SCHEMAS}`;
  const [[replica], [primary], [audit]] = await Promise.all([
    onServer<{ n: number }>(REPLICA.port, scans),
    onServer<{ n: number }>(PRIMARY.port, scans),
    onServer<{ n: number }>(
      PRIMARY.port,
      `select n_tup_ins::float8 as n from pg_stat_user_tables where schemaname = 'labour' and relname = 'nhat_ky_truy_cap'`,
    ),
  ]);
  return { replicaScans: replica!.n, primaryScans: primary!.n, primaryAuditInserts: audit?.n ?? 0 };
}
