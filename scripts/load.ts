/**
 * A steady mixed workload against one GraphQL URL (loopback only), with a fault injected part-way:
 * commune pages, sorted pages, national roll-ups and child-record reads, as several roles.
 * Every request has a deadline; each ends answered, answered partially (data with coded errors),
 * failed (an HTTP error or no data), or unanswered (no response before the deadline, or the
 * connection dropped).
 */
import { execFile } from 'node:child_process';
import pg from 'pg';
import { PRIMARY, VERSION } from './replica.ts';
import { devClientToken } from '../lib/auth/dev-tokens.ts';
import type { Cluster } from './cluster.ts';

export type Fault = 'none' | 'kill-gateway' | 'kill-subgraph' | 'restart-primary';
export const FAULTS: Fault[] = ['none', 'kill-gateway', 'kill-subgraph', 'restart-primary'];

export interface LoadSummary {
  fault: Fault;
  seconds: number;
  concurrency: number;
  requests: number;
  answered: number;
  partial: number;
  failed: number;
  unanswered: number;
  /** Error codes seen, with counts: every one must be one of ours (masked). */
  codes: Record<string, number>;
  /** Messages that are not masked (carry a host, port, path, SQL or a stack): must be 0. */
  unmasked: number;
  /** From the fault to the last request that was not fully answered; 0 when none was. */
  recoverySeconds: number;
  /** Child records returned to officers, to compare with the audit trail. */
  childRecordsRead: number;
  p50Ms: number;
  p99Ms: number;
}

const WORKLOAD: { role?: string; area?: string[]; query: string }[] = [
  { query: '{ communes(provinceCode: "04", date: "2024-12-31", first: 20) { nodes { code fullName childPopulation(year: 2024) { total } } } }' },
  { role: 'ANALYST', query: '{ communeCoverage(year: 2024, provinceCode: "04", orderBy: { indicator: "CHECKUP_COVERAGE", direction: ASC }, first: 20) { totalCount nodes { commune { code } } } }' },
  { role: 'MINISTRY', query: '{ nationalCoverage(year: 2024) { communes values { indicator value } } }' },
  { role: 'OFFICER', area: ['04@2024-12-31'], query: '{ communes(provinceCode: "04", date: "2024-12-31", first: 2) { nodes { code childRecords(year: 2024, first: 3) { nodes { id } } } } }' },
];
class AnsweredWithoutGraphQL extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status} without a GraphQL body`);
    this.status = status;
  }
}

const UNMASKED = /127\.0\.0\.1|localhost|ECONN|:\d{4,5}\b|\/work\/|\.ts:\d|\bselect\b|\binsert\b|\bat \S+ \(/i;

export async function runLoad(
  url: string,
  options: { seconds: number; concurrency: number; env: NodeJS.ProcessEnv; timeoutMs?: number; fault?: { at: number; inject: () => Promise<void> | void; name: Fault } },
): Promise<LoadSummary> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const headers = await Promise.all(
    WORKLOAD.map(async (w) => ({ 'content-type': 'application/json', ...(w.role ? { authorization: `Bearer ${await devClientToken({ subject: `load-${w.role}`, role: w.role, area: w.area ?? [] }, '1h', options.env)}` } : {}) })),
  );
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const summary: LoadSummary = {
    fault: options.fault?.name ?? 'none', seconds: options.seconds, concurrency: options.concurrency,
    requests: 0, answered: 0, partial: 0, failed: 0, unanswered: 0, codes: {}, unmasked: 0, recoverySeconds: 0, childRecordsRead: 0, p50Ms: 0, p99Ms: 0,
  };
  const latencies: number[] = [];
  let faultAt: number | undefined;
  let lastBad = 0;
  const faultTimer = options.fault
    ? setTimeout(() => {
        faultAt = performance.now();
        void options.fault!.inject();
      }, options.fault.at * 1000)
    : undefined;

  const worker = async (w: number) => {
    for (let i = w; performance.now() < deadline; i += options.concurrency) {
      const k = i % WORKLOAD.length;
      const t0 = performance.now();
      summary.requests++;
      let outcome: 'answered' | 'partial' | 'failed' | 'unanswered';
      try {
        const res = await fetch(url, { method: 'POST', headers: headers[k], body: JSON.stringify({ query: WORKLOAD[k]!.query }), signal: AbortSignal.timeout(timeoutMs) });
        const text = await res.text();
        if (!res.headers.get('content-type')?.includes('json')) throw new AnsweredWithoutGraphQL(res.status);
        const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        for (const e of body.errors ?? []) {
          const code = e.extensions?.code ?? 'NONE';
          summary.codes[code] = (summary.codes[code] ?? 0) + 1;
          if (UNMASKED.test(e.message)) summary.unmasked++;
        }
        outcome = res.status >= 500 || !body.data ? 'failed' : body.errors?.length ? 'partial' : 'answered';
        if (k === 3 && body.data) {
          const nodes = (body.data as { communes: { nodes: { childRecords: { nodes: unknown[] } | null }[] } }).communes.nodes;
          summary.childRecordsRead += nodes.reduce((n, c) => n + (c.childRecords?.nodes.length ?? 0), 0);
        }
      } catch (err) {
        // The balancer's own 503 (no replica up) is an answer, if not a useful one.
        outcome = err instanceof AnsweredWithoutGraphQL ? 'failed' : 'unanswered';
        if (err instanceof AnsweredWithoutGraphQL) summary.codes[`HTTP_${err.status}`] = (summary.codes[`HTTP_${err.status}`] ?? 0) + 1;
      }
      summary[outcome]++;
      const t1 = performance.now();
      latencies.push(t1 - t0);
      if (outcome !== 'answered' && faultAt !== undefined) lastBad = Math.max(lastBad, t1);
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  clearTimeout(faultTimer);
  latencies.sort((a, b) => a - b);
  summary.p50Ms = Math.round(latencies[Math.floor(latencies.length * 0.5)] ?? 0);
  summary.p99Ms = Math.round(latencies[Math.floor(latencies.length * 0.99)] ?? 0);
  summary.recoverySeconds = faultAt !== undefined && lastBad > faultAt ? Number(((lastBad - faultAt) / 1000).toFixed(2)) : 0;
  return summary;
}

/** Child ids the audit trail holds for the load's officer, read on the primary. */
async function auditedChildIds(cluster: Cluster): Promise<number> {
  const client = new pg.Client({ connectionString: cluster.primaryUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `select coalesce(sum(cardinality(string_to_array(nullif(ma_tre, ''), ','))), 0)::int as n from labour.nhat_ky_truy_cap where chu_the = 'load-OFFICER'`,
    );
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

/** Load through the cluster's balancer with one fault part-way, and the audit trail checked against what officers read. */
export async function faultRun(
  cluster: Cluster,
  options: { seconds: number; concurrency: number; fault: Fault },
): Promise<LoadSummary & { auditedChildIds: number }> {
  const auditedBefore = await auditedChildIds(cluster);
  const inject = () => {
    if (options.fault === 'kill-gateway') cluster.services.get('gateway-1')?.process.kill('SIGKILL');
    if (options.fault === 'kill-subgraph') cluster.services.get('health-1')?.process.kill('SIGKILL');
    if (options.fault === 'restart-primary') execFile('pg_ctlcluster', [VERSION, PRIMARY.name, 'restart', '-m', 'fast'], () => {});
  };
  const summary = await runLoad(cluster.url, {
    seconds: options.seconds,
    concurrency: options.concurrency,
    env: cluster.env,
    fault: options.fault === 'none' ? undefined : { at: options.seconds / 3, inject, name: options.fault },
  });
  return { ...summary, auditedChildIds: (await auditedChildIds(cluster)) - auditedBefore };
}
