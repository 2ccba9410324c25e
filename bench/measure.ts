/**
 * Interleaved measurement: after warm-up, each round runs every system once (A B C, then
 * B C A, …), one request at a time on one connection, so every system sees the same machine
 * state; CPU time is read from /proc around each run, peak RSS from VmHWM after the rounds.
 */
import http from 'node:http';
import { cpuSnapshot, cpuSpent, groupPeakRss, resetPeakRss, type ProcessGroup } from './procfs.ts';

export interface Contender {
  name: string;
  groups: ProcessGroup[];
  /** One request; resolves to the answer (the GraphQL `data`). */
  run(i: number): Promise<unknown>;
  /** A slow contender takes part in the first rounds only. */
  maxRuns?: number;
}

export interface Timing {
  samples: number[];
  cpuMs: Map<string, number>;
  peakRssMiB: Map<string, number | null>;
}

export const median = (xs: number[]) => quantile(xs, 0.5);
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const sorted = [...xs].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

async function resetPeaks(contenders: Contender[]): Promise<void> {
  for (const c of contenders) for (const g of c.groups) for (const pid of await g.pids()) resetPeakRss(pid);
}

/** Latency at one connection: `warmup` runs each, then `runs` interleaved rounds. */
export async function interleave(contenders: Contender[], warmup: number, runs: number): Promise<Map<string, Timing>> {
  for (const c of contenders) for (let i = 0; i < warmup; i++) await c.run(i);
  await resetPeaks(contenders);
  const timings = new Map(
    contenders.map((c) => [c.name, { samples: [] as number[], cpuMs: new Map<string, number>(), peakRssMiB: new Map() } as Timing]),
  );
  for (let round = 0; round < runs; round++) {
    for (let k = 0; k < contenders.length; k++) {
      const c = contenders[(round + k) % contenders.length]!;
      if (round >= (c.maxRuns ?? runs)) continue;
      const timing = timings.get(c.name)!;
      const before = await cpuSnapshot(c.groups);
      const started = performance.now();
      await c.run(warmup + round);
      timing.samples.push(performance.now() - started);
      for (const [group, ms] of cpuSpent(before, await cpuSnapshot(c.groups))) timing.cpuMs.set(group, (timing.cpuMs.get(group) ?? 0) + ms);
    }
  }
  for (const c of contenders) {
    const timing = timings.get(c.name)!;
    for (const g of c.groups) timing.peakRssMiB.set(g.name, await groupPeakRss(g));
  }
  return timings;
}

export interface Throughput {
  requestsPerSecond: number;
  latencies: number[];
}

/** Requests per second with `connections` clients in a closed loop for `durationMs`. */
export async function closedLoop(c: Contender, connections: number, durationMs: number, offset: number): Promise<Throughput> {
  const latencies: number[] = [];
  const started = performance.now();
  let next = offset;
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (performance.now() - started < durationMs) {
        const t = performance.now();
        await c.run(next++);
        latencies.push(performance.now() - t);
      }
    }),
  );
  return { requestsPerSecond: (latencies.length * 1000) / (performance.now() - started), latencies };
}

/** One keep-alive pool per system, so connection setup is not measured. */
export function graphqlClient(url: string, headers: Record<string, string>, connections: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections });
  const target = new URL(url);
  return {
    post(query: string, variables: Record<string, unknown>): Promise<{ data: unknown; bytes: number }> {
      const payload = JSON.stringify({ query, variables });
      return new Promise((resolve, reject) => {
        const req = http.request(
          {
            agent,
            host: target.hostname,
            port: target.port,
            path: target.pathname,
            method: 'POST',
            headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload), ...headers },
          },
          (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('error', reject);
            res.on('end', () => {
              const text = Buffer.concat(chunks).toString('utf8');
              try {
                const body = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
                if (res.statusCode !== 200 || body.errors?.length)
                  throw new Error(`answered ${res.statusCode}: ${JSON.stringify(body.errors ?? text).slice(0, 500)}`);
                resolve({ data: body.data, bytes: Buffer.byteLength(text) });
              } catch (err) {
                reject(new Error(`${url}: ${(err as Error).message}`));
              }
            });
          },
        );
        req.on('error', reject);
        req.end(payload);
      });
    },
    close: () => agent.destroy(),
  };
}
