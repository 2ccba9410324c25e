/**
 * A steady mixed workload against one GraphQL URL (loopback only), with faults injected part-way:
 * commune pages, sorted pages, national roll-ups and child-record reads, as several roles.
 * Every request has a deadline; each ends answered, answered partially (data with coded errors),
 * failed (an HTTP error or no data), or unanswered (no response before the deadline, or the
 * connection dropped). Bounded in time; used by `npm run cluster -- --check` and
 * scripts/reliability.ts (`npm run chaos`, `npm run soak`).
 */
import { devClientToken } from '../lib/auth/dev-tokens.ts';

export interface LoadFault {
  name: string;
  /** Seconds after the start. */
  at: number;
  inject: () => Promise<void> | void;
}

export interface LoadSummary {
  faults: string[];
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
  /** From the first fault to the end of the last request that was not fully answered; 0 when none was. */
  recoverySeconds: number;
  /** How long the first fault itself held (a kill: 0; a restart: until the server is back; a pause: its length). */
  faultSeconds: number;
  /** The slowest request that was not fully answered, in ms (none may reach the deadline). */
  slowestNotAnsweredMs: number;
  /** Child records returned to officers, to compare with the audit trail. */
  childRecordsRead: number;
  p50Ms: number;
  p99Ms: number;
  /** Per `bucketSeconds`: requests, those not fully answered, and p99 latency; for charts and the soak's drift. */
  timeline: { t: number; requests: number; notAnswered: number; p99Ms: number }[];
  bucketSeconds: number;
  /** The first few requests not fully answered, to see what a fault cost. */
  samples: { kind: string; atSeconds: number; ms: number; outcome: string; codes: string[] }[];
}

const WORKLOAD: { kind: string; role?: string; area?: string[]; query: string }[] = [
  {
    kind: 'commune page',
    query:
      '{ communes(provinceCode: "04", date: "2024-12-31", first: 20) { nodes { code fullName childPopulation(year: 2024) { total } } } }',
  },
  {
    kind: 'sorted page',
    role: 'ANALYST',
    query:
      '{ communeCoverage(year: 2024, provinceCode: "04", orderBy: { indicator: "CHECKUP_COVERAGE", direction: ASC }, first: 20) { totalCount nodes { commune { code } } } }',
  },
  { kind: 'national roll-up', role: 'MINISTRY', query: '{ nationalCoverage(year: 2024) { communes values { indicator value } } }' },
  {
    kind: 'child records',
    role: 'OFFICER',
    area: ['04@2024-12-31'],
    query:
      '{ communes(provinceCode: "04", date: "2024-12-31", first: 2) { nodes { code childRecords(year: 2024, first: 3) { nodes { id } } } } }',
  },
];
export const LOAD_OFFICER = 'load-OFFICER';

class AnsweredWithoutGraphQL extends Error {
  readonly status: number;
  constructor(status: number) {
    super(`HTTP ${status} without a GraphQL body`);
    this.status = status;
  }
}

const UNMASKED = /127\.0\.0\.1|localhost|ECONN|:\d{4,5}\b|\/work\/|\.ts:\d|\bselect\b|\binsert\b|\bat \S+ \(/i;
const p99 = (sorted: number[]) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * 0.99))] ?? 0);

async function headersFor(env: NodeJS.ProcessEnv): Promise<Record<string, string>[]> {
  return Promise.all(
    WORKLOAD.map(async (w) => ({
      'content-type': 'application/json',
      ...(w.role
        ? {
            authorization: `Bearer ${await devClientToken({ subject: w.role === 'OFFICER' ? LOAD_OFFICER : `load-${w.role}`, role: w.role, area: w.area ?? [] }, '2h', env)}`,
          }
        : {}),
    })),
  );
}

/** Each kind of request once, not counted: the first officer request builds caches (the area's communes) and may take long. */
export async function warmUp(url: string, env: NodeJS.ProcessEnv): Promise<void> {
  const headers = await headersFor(env);
  for (const [k, w] of WORKLOAD.entries()) {
    await fetch(url, {
      method: 'POST',
      headers: headers[k],
      body: JSON.stringify({ query: w.query }),
      signal: AbortSignal.timeout(60_000),
    }).then(
      (r) => r.text(),
      () => {},
    );
  }
}

export async function runLoad(
  url: string,
  options: {
    seconds: number;
    concurrency: number;
    env: NodeJS.ProcessEnv;
    timeoutMs?: number;
    bucketSeconds?: number;
    faults?: LoadFault[];
  },
): Promise<LoadSummary> {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const bucketSeconds = options.bucketSeconds ?? 1;
  const headers = await headersFor(options.env);
  const started = performance.now();
  const deadline = started + options.seconds * 1000;
  const faults = options.faults ?? [];
  const summary: LoadSummary = {
    faults: faults.map((f) => f.name),
    seconds: options.seconds,
    concurrency: options.concurrency,
    requests: 0,
    answered: 0,
    partial: 0,
    failed: 0,
    unanswered: 0,
    codes: {},
    unmasked: 0,
    recoverySeconds: 0,
    faultSeconds: 0,
    slowestNotAnsweredMs: 0,
    childRecordsRead: 0,
    p50Ms: 0,
    p99Ms: 0,
    timeline: [],
    bucketSeconds,
    samples: [],
  };
  const latencies: number[] = [];
  const buckets: { requests: number; notAnswered: number; latencies: number[] }[] = [];
  let firstFaultAt: number | undefined;
  let lastBad = 0;
  const timers = faults.map((f, i) =>
    setTimeout(() => {
      const at = performance.now();
      firstFaultAt ??= at;
      void Promise.resolve(f.inject()).then(
        () => {
          if (i === 0) summary.faultSeconds = Number(((performance.now() - at) / 1000).toFixed(2));
        },
        (err: unknown) => process.stderr.write(`fault ${f.name} failed: ${String(err)}\n`),
      );
    }, f.at * 1000),
  );

  const worker = async (w: number) => {
    for (let n = 0; performance.now() < deadline; n++) {
      const k = (w + n) % WORKLOAD.length;
      const t0 = performance.now();
      summary.requests++;
      let outcome: 'answered' | 'partial' | 'failed' | 'unanswered';
      const codes: string[] = [];
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: headers[k],
          body: JSON.stringify({ query: WORKLOAD[k]!.query }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        const text = await res.text();
        if (!res.headers.get('content-type')?.includes('json')) throw new AnsweredWithoutGraphQL(res.status);
        const body = JSON.parse(text) as { data?: unknown; errors?: { message: string; extensions?: { code?: string } }[] };
        for (const e of body.errors ?? []) {
          codes.push(e.extensions?.code ?? 'NONE');
          if (UNMASKED.test(e.message)) summary.unmasked++;
        }
        outcome = res.status >= 500 || !body.data ? 'failed' : body.errors?.length ? 'partial' : 'answered';
        if (WORKLOAD[k]!.role === 'OFFICER' && body.data) {
          const nodes = (body.data as { communes: { nodes: { childRecords: { nodes: unknown[] } | null }[] } }).communes.nodes;
          summary.childRecordsRead += nodes.reduce((sum, c) => sum + (c.childRecords?.nodes.length ?? 0), 0);
        }
      } catch (err) {
        // The balancer's own 503 (no replica up) is an answer, if not a useful one.
        outcome = err instanceof AnsweredWithoutGraphQL ? 'failed' : 'unanswered';
        codes.push(err instanceof AnsweredWithoutGraphQL ? `HTTP_${err.status}` : 'NO_ANSWER');
      }
      for (const code of codes) if (code !== 'NO_ANSWER') summary.codes[code] = (summary.codes[code] ?? 0) + 1;
      summary[outcome]++;
      const t1 = performance.now();
      const ms = t1 - t0;
      latencies.push(ms);
      const b = (buckets[Math.floor((t0 - started) / 1000 / bucketSeconds)] ??= { requests: 0, notAnswered: 0, latencies: [] });
      b.requests++;
      b.latencies.push(ms);
      if (outcome !== 'answered') {
        b.notAnswered++;
        summary.slowestNotAnsweredMs = Math.max(summary.slowestNotAnsweredMs, Math.round(ms));
        if (firstFaultAt !== undefined) lastBad = Math.max(lastBad, t1);
        if (summary.samples.length < 12)
          summary.samples.push({
            kind: WORKLOAD[k]!.kind,
            atSeconds: Number(((t0 - started) / 1000).toFixed(1)),
            ms: Math.round(ms),
            outcome,
            codes,
          });
      }
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, (_, w) => worker(w)));
  for (const t of timers) clearTimeout(t);
  latencies.sort((a, b) => a - b);
  summary.p50Ms = Math.round(latencies[Math.floor(latencies.length * 0.5)] ?? 0);
  summary.p99Ms = p99(latencies);
  summary.timeline = Array.from(buckets, (b, i) => ({
    t: i * bucketSeconds,
    requests: b?.requests ?? 0,
    notAnswered: b?.notAnswered ?? 0,
    p99Ms: b ? p99(b.latencies.sort((x, y) => x - y)) : 0,
  }));
  summary.recoverySeconds = firstFaultAt !== undefined && lastBad > firstFaultAt ? Number(((lastBad - firstFaultAt) / 1000).toFixed(2)) : 0;
  return summary;
}
