import { readFileSync, readdirSync, writeFileSync } from 'node:fs';

/**
 * CPU time and peak memory of processes, read from /proc (Linux): what each process of a
 * system spent, not what the load generator saw.
 */
const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** user + system CPU time of one process, ms; null once it is gone. */
export function cpuMs(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name, which may hold spaces, start after the last ')'.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]); // utime, stime
    return (ticks * 1000) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

/** Peak resident set (VmHWM) of one process, MiB. */
export function peakRssMiB(pid: number): number | null {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** Resets VmHWM to the current RSS, so the next peak belongs to what runs next. */
export function resetPeakRss(pid: number): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** The process and its descendants (Hive Gateway forks workers; PostgreSQL one backend per connection). */
export function processTree(root: number): number[] {
  const parentOf = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      parentOf.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // exited meanwhile
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, parent] of parentOf) if (parent === tree[i]) tree.push(pid);
  return tree;
}

/** Processes accounted together: a service, or the PostgreSQL backends serving the benchmark's database. */
export interface ProcessGroup {
  name: string;
  pids: () => number[] | Promise<number[]>;
  /** False where RSS is mostly shared memory (PostgreSQL's buffers, counted again in every backend). */
  rss?: boolean;
}

export type CpuSnapshot = Map<string, Map<number, number>>;

/** CPU of each process of each group at one moment, per process so a backend that exits between readings is not negative. */
export async function cpuSnapshot(groups: ProcessGroup[]): Promise<CpuSnapshot> {
  const entries = await Promise.all(
    groups.map(async (g) => [g.name, new Map((await g.pids()).map((pid) => [pid, cpuMs(pid) ?? 0]))] as const),
  );
  return new Map(entries);
}

/** CPU ms spent per group between two snapshots (processes present in both, plus new ones from 0). */
export function cpuSpent(before: CpuSnapshot, after: CpuSnapshot): Map<string, number> {
  const spent = new Map<string, number>();
  for (const [name, pids] of after) {
    let total = 0;
    for (const [pid, ms] of pids) total += Math.max(0, ms - (before.get(name)?.get(pid) ?? 0));
    spent.set(name, total);
  }
  return spent;
}

/** Sum of the peaks of a group's processes (exact for one process, an upper bound for several). */
export async function groupPeakRss(group: ProcessGroup): Promise<number | null> {
  if (group.rss === false) return null;
  const peaks = (await group.pids()).map(peakRssMiB).filter((v) => v !== null);
  return peaks.length ? peaks.reduce((a, b) => a + b, 0) : null;
}
