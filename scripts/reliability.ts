/**
 * Reliability runs through the scale-out topology (scripts/cluster.ts), each bounded in time and
 * sending traffic only to 127.0.0.1. Each writes its figures, with a chart, to docs/reliability/.
 *
 *   npm run chaos [-- --seconds 20 --rounds 3 --faults kill-gateway,restart-primary]
 *       the mixed workload under each fault in turn (every one in FAULT_NAMES by default), the
 *       topology put back between them, every fault once per round: answered / partial / failed /
 *       unanswered, recovery time (median and range over the rounds).
 *   npm run soak [-- --minutes 30]
 *       the mixed workload with no fault: errors, RSS growth of every gateway and subgraph after
 *       warm-up, and p99 latency of the last fifth against the first.
 *
 *   npm run reliability [-- --seconds 20 --minutes 30]
 *       both, on one bring-up of the topology: the figures docs/reliability.md quotes.
 *   node scripts/reliability.ts check [--seconds 120]
 *       the acceptance run (a gateway replica killed and the primary restarted in one run), then a
 *       soak of --seconds; JSON lines only. test/cluster.test.ts runs it inside `npm test`.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { startCluster, type Cluster } from './cluster.ts';
import { FAULT_NAMES, auditedChildIds, fault, serverCounters, type FaultName } from './faults.ts';
import { runLoad, warmUp, type LoadSummary } from './load.ts';
import type { Service } from './services.ts';

const CONCURRENCY = 4;

export type FaultSummary = LoadSummary & {
  auditedChildIds: number;
  /** Over the run: table scans on the replica and on the primary, audit rows inserted on the primary. */
  servers: { replicaScans: number; primaryScans: number; primaryAuditInserts: number };
  observed?: Record<string, number>;
};

/** Load through the balancer with faults at the given seconds, the topology put back afterwards, and the audit trail compared. */
export async function faultRun(cluster: Cluster, seconds: number, faults: { name: FaultName; at: number }[]): Promise<FaultSummary> {
  await warmUp(cluster.url, cluster.env);
  const auditedBefore = await auditedChildIds();
  const countersBefore = await serverCounters();
  const chosen = faults.map((f) => ({ ...f, fault: fault(f.name) }));
  const summary = await runLoad(cluster.url, {
    seconds,
    concurrency: CONCURRENCY,
    env: cluster.env,
    faults: chosen.map((f) => ({ name: f.name, at: f.at, inject: () => f.fault.inject(cluster) })),
  });
  for (const f of chosen) await f.fault.undo(cluster);
  const observed = Object.assign({}, ...chosen.map((f) => f.fault.observed?.() ?? {})) as Record<string, number>;
  await new Promise((r) => setTimeout(r, 1_000)); // statistics reach the shared counters within a second
  const countersAfter = await serverCounters();
  const servers = {
    replicaScans: countersAfter.replicaScans - countersBefore.replicaScans,
    // A restarted primary starts its counters again from 0; the difference is then a lower bound.
    primaryScans: Math.max(0, countersAfter.primaryScans - countersBefore.primaryScans),
    primaryAuditInserts: Math.max(0, countersAfter.primaryAuditInserts - countersBefore.primaryAuditInserts),
  };
  return {
    ...summary,
    auditedChildIds: (await auditedChildIds()) - auditedBefore,
    servers,
    ...(Object.keys(observed).length ? { observed } : {}),
  };
}

/** The issue's acceptance run: one gateway replica killed a third of the way in, the primary restarted at two thirds. */
export function acceptanceRun(cluster: Cluster, say: (line: string) => void, seconds = 30): Promise<FaultSummary> {
  say(
    `${seconds} s of mixed load, ${CONCURRENCY} clients; gateway-1 killed at ${seconds / 3} s, the primary restarted at ${(2 * seconds) / 3} s`,
  );
  return faultRun(cluster, seconds, [
    { name: 'kill-gateway', at: seconds / 3 },
    { name: 'restart-primary', at: (2 * seconds) / 3 },
  ]);
}

/** Resident memory of a process, in KiB (Linux). */
function rssKiB(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export interface SoakSummary extends LoadSummary {
  warmUpSeconds: number;
  /** Per service: RSS after warm-up and at the end, in MiB, and the growth in percent. */
  rss: Record<string, { afterWarmUpMiB: number; endMiB: number; growthPercent: number }>;
  /** p99 of the last fifth of the run over p99 of the first fifth after warm-up. */
  p99Ratio: number;
}

export async function soakRun(cluster: Cluster, seconds: number): Promise<SoakSummary> {
  await warmUp(cluster.url, cluster.env);
  const warmUpSeconds = Math.round(seconds / 6);
  const processes = () =>
    [...cluster.services.values()].filter((s) => /^(gateway|geography|education|health|culture|labour|coverage)-/.test(s.name));
  let afterWarmUp: Record<string, number> = {};
  const snapshot = setTimeout(
    () => (afterWarmUp = Object.fromEntries(processes().map((s) => [s.name, rssKiB(s.process.pid)]))),
    warmUpSeconds * 1000,
  );
  const bucketSeconds = Math.max(1, Math.round(seconds / 60));
  const summary = await runLoad(cluster.url, { seconds, concurrency: CONCURRENCY, env: cluster.env, bucketSeconds });
  clearTimeout(snapshot);
  const end = Object.fromEntries(processes().map((s) => [s.name, rssKiB(s.process.pid)]));
  const mib = (kib: number) => Math.round(kib / 102.4) / 10;
  const rss = Object.fromEntries(
    Object.entries(end).map(([name, kib]) => [
      name,
      {
        afterWarmUpMiB: mib(afterWarmUp[name] ?? 0),
        endMiB: mib(kib),
        growthPercent: afterWarmUp[name] ? Math.round((kib / afterWarmUp[name]! - 1) * 1000) / 10 : 0,
      },
    ]),
  );
  const measured = summary.timeline.filter((b) => b.t >= warmUpSeconds);
  const fifth = Math.max(1, Math.floor(measured.length / 5));
  const p99Of = (part: typeof measured) => Math.max(...part.map((b) => b.p99Ms), 1);
  return {
    ...summary,
    warmUpSeconds,
    rss,
    p99Ratio: Math.round((p99Of(measured.slice(-fifth)) / p99Of(measured.slice(0, fifth))) * 100) / 100,
  };
}

/** A fixed-width chart: one row per bucket, a bar for p99 latency and a mark per request not fully answered. */
function chart(summary: LoadSummary, marks: { t: number; label: string }[] = []): string {
  const top = Math.max(...summary.timeline.map((b) => b.p99Ms), 1);
  const rows = summary.timeline.map((b) => {
    const bar = '█'.repeat(Math.round((b.p99Ms / top) * 40));
    const label = marks
      .filter((m) => m.t >= b.t && m.t < b.t + summary.bucketSeconds)
      .map((m) => ` ← ${m.label}`)
      .join('');
    return `${String(b.t).padStart(5)} s │${bar.padEnd(40)}│ ${String(b.p99Ms).padStart(5)} ms  ${String(b.requests).padStart(4)} req  ${'✗'.repeat(Math.min(b.notAnswered, 20))}${label}`;
  });
  return [
    '```',
    `   t  │ p99 latency (bar scaled to ${top} ms)          │ p99        requests  ✗ = not fully answered`,
    ...rows,
    '```',
  ].join('\n');
}

const machine = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')} (1/5/15 min) on ${new Date().toISOString().slice(0, 16)}Z, 2 cores shared with other work`;

function writeReport(file: string, text: string): void {
  mkdirSync('docs/reliability', { recursive: true });
  writeFileSync(`docs/reliability/${file}`, text);
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
/** "median (min–max)" over the rounds, or the one figure of a single round. */
const spread = (xs: number[], unit: string) => {
  const f = (x: number) => `${Math.round(x * 100) / 100}`;
  return xs.length > 1 ? `${f(median(xs))} ${unit} (${f(Math.min(...xs))}–${f(Math.max(...xs))})` : `${f(xs[0] ?? 0)} ${unit}`;
};
const sum = (runs: FaultSummary[], pick: (s: FaultSummary) => number) => runs.reduce((t, s) => t + pick(s), 0);

async function chaos(
  cluster: Cluster,
  options: { seconds: number; rounds: number; names: FaultName[] },
  say: (line: string) => void,
): Promise<boolean> {
  const { seconds, rounds, names } = options;
  const runs = new Map<FaultName, FaultSummary[]>(names.map((n) => [n, []]));
  const rows: string[] = [];
  let ok = true;
  const at = Math.round(seconds / 4);
  for (let round = 1; round <= rounds; round++) {
    for (const name of names) {
      say(`round ${round}/${rounds}, ${name}: ${seconds} s of load, fault at ${at} s`);
      const s = await faultRun(cluster, seconds, [{ name, at }]);
      process.stdout.write(`${JSON.stringify({ round, fault: name, ...s, timeline: undefined })}\n`);
      ok &&= s.unanswered === 0 && s.unmasked === 0 && s.auditedChildIds >= s.childRecordsRead;
      runs.get(name)!.push(s);
      const codes =
        Object.entries(s.codes)
          .map(([c, n]) => `${c} ×${n}`)
          .join(', ') || '–';
      const servers = `${s.servers.replicaScans} / ${s.servers.primaryScans} / ${s.servers.primaryAuditInserts}`;
      rows.push(
        `| ${round} | ${name} | ${s.requests} | ${s.answered} | ${s.partial} | ${s.failed} | **${s.unanswered}** | ${s.recoverySeconds} s | ${s.faultSeconds} s | ${s.slowestNotAnsweredMs} ms | ${s.unmasked} | ${codes} | ${s.childRecordsRead} / ${s.auditedChildIds} | ${servers} | ${s.observed ? JSON.stringify(s.observed) : ''} |`,
      );
    }
  }
  const summaryRows = names.map((name) => {
    const r = runs.get(name)!;
    const requests = sum(r, (s) => s.requests);
    const unanswered = sum(r, (s) => s.unanswered);
    return `| ${name} | ${fault(name).what} | ${r.length} | **${requests - unanswered} / ${requests}** | ${sum(r, (s) => s.answered)} | ${sum(r, (s) => s.partial)} | ${sum(r, (s) => s.failed)} | **${unanswered}** | ${spread(
      r.map((s) => s.recoverySeconds),
      's',
    )} | ${spread(
      r.map((s) => s.faultSeconds),
      's',
    )} | ${sum(r, (s) => s.unmasked)} | ${sum(r, (s) => s.childRecordsRead)} / ${sum(r, (s) => s.auditedChildIds)} |`;
  });
  const charts = names.map((name) => `### ${name} (round ${rounds})\n\n${chart(runs.get(name)!.at(-1)!, [{ t: at, label: name }])}`);
  writeReport(
    'chaos.md',
    `# Chaos run (\`npm run chaos -- --seconds ${seconds} --rounds ${rounds}\`)\n\nWritten by scripts/reliability.ts; ${machine()}. Load: ${CONCURRENCY} clients in a loop through HAProxy, ` +
      `each request a commune page, a sorted coverage page (ANALYST), the national roll-up (MINISTRY) or an officer's child records, in turn; 10 s deadline per request. ` +
      `Each fault at ${at} s of ${seconds} s; the topology is put back between faults; every fault once per round.\n\n` +
      `**Answered** counts every request that got an answer before the client's deadline: in full, partially with coded errors, or refused with a coded error; ` +
      `**unanswered** ones got none (no response in time, or the connection dropped). **Recovery** runs from the fault to the end of the last request not answered in full ` +
      `(median over the rounds, with the range); **fault held** is how long the fault itself lasted (a kill: 0; a restart: until the server was back; a pause or a held pool: its length).\n\n` +
      `| fault | what | rounds | answered / requests | in full | partial (coded) | failed (coded) | unanswered | recovery | fault held | unmasked | child ids read / audited |\n|---|---|---|---|---|---|---|---|---|---|---|---|\n${summaryRows.join('\n')}\n\n` +
      `## Each run\n\nThe servers column counts, over each run, table scans in the subgraphs' schemas on the replica and on the primary (\`pg_stat_user_tables\`; a restarted primary may restart its counters), and rows inserted into the audit trail on the primary: reads go to the replica, the audit trail to the primary.\n\n` +
      `| round | fault | requests | in full | partial (coded) | failed | unanswered | recovery | fault held | slowest not answered in full | unmasked | codes | child ids read / audited | scans replica / primary, audit rows on primary | observed |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n${rows.join('\n')}\n\n${charts.join('\n\n')}\n`,
  );
  return ok;
}

async function soak(cluster: Cluster, seconds: number, say: (line: string) => void): Promise<boolean> {
  say(`soak: ${seconds} s of load, no fault`);
  const s = await soakRun(cluster, seconds);
  process.stdout.write(`${JSON.stringify({ ...s, timeline: undefined })}\n`);
  const rss = Object.entries(s.rss)
    .map(([n, r]) => `| ${n} | ${r.afterWarmUpMiB} | ${r.endMiB} | ${r.growthPercent}% |`)
    .join('\n');
  writeReport(
    'soak.md',
    `# Soak run (\`npm run soak -- --minutes ${seconds / 60}\`)\n\nWritten by scripts/reliability.ts; ${machine()}. Load: the chaos run's mixed workload, ${CONCURRENCY} clients, no fault.\n\n` +
      `requests ${s.requests}: answered ${s.answered}, partial ${s.partial}, failed ${s.failed}, unanswered ${s.unanswered}, unmasked ${s.unmasked}; ` +
      `p50 ${s.p50Ms} ms, p99 ${s.p99Ms} ms; p99 last fifth / first fifth after ${s.warmUpSeconds} s warm-up: **${s.p99Ratio}**.\n\n` +
      `| process | RSS after warm-up (MiB) | RSS at the end (MiB) | growth |\n|---|---|---|---|\n${rss}\n\n${chart(s)}\n`,
  );
  return s.failed + s.unanswered + s.unmasked === 0;
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      'port-base': { type: 'string', default: '4400' },
      seconds: { type: 'string', default: '20' },
      rounds: { type: 'string', default: '1' },
      minutes: { type: 'string', default: '30' },
      faults: { type: 'string', default: FAULT_NAMES.join(',') },
    },
  });
  const mode = positionals[0];
  if (!['chaos', 'soak', 'all', 'check'].includes(mode ?? ''))
    throw new Error('usage: node scripts/reliability.ts chaos|soak|all|check [options]');
  const names = values.faults!.split(',') as FaultName[];
  for (const n of names) if (!FAULT_NAMES.includes(n)) throw new Error(`unknown fault ${n} (${FAULT_NAMES.join(', ')})`);
  const t0 = performance.now();
  const say = (line: string) => process.stdout.write(`[${mode} ${((performance.now() - t0) / 1000).toFixed(1)}s] ${line}\n`);
  const started: Service[] = [];
  const shutdown = async (code: number) => {
    for (const service of [...started].reverse()) await service.stop();
    process.exit(code);
  };
  process.once('SIGINT', () => void shutdown(130));
  process.once('SIGTERM', () => void shutdown(143));
  try {
    const cluster = await startCluster({ base: Number(values['port-base']), provinces: ['04'], say, started });
    if (mode === 'check') {
      // test/cluster.test.ts: the acceptance run and a short soak, as JSON lines; no report written.
      process.stdout.write(`${JSON.stringify({ run: 'acceptance', ...(await acceptanceRun(cluster, say)), timeline: undefined })}\n`);
      process.stdout.write(
        `${JSON.stringify({ run: 'soak', ...(await soakRun(cluster, Number(values.seconds))), timeline: undefined })}\n`,
      );
      await shutdown(0);
    }
    let ok = true;
    if (mode === 'chaos' || mode === 'all')
      ok = (await chaos(cluster, { seconds: Number(values.seconds), rounds: Number(values.rounds), names }, say)) && ok;
    if (mode === 'soak' || mode === 'all') ok = (await soak(cluster, Number(values.minutes) * 60, say)) && ok;
    say(`written to docs/reliability/${mode === 'all' ? 'chaos.md and soak.md' : `${mode}.md`}`);
    await shutdown(ok ? 0 : 1);
  } catch (err) {
    process.stderr.write(`${mode} failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    await shutdown(1);
  }
}
