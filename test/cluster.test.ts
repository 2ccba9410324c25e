import { execFileSync, spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';

/**
 * `npm run cluster -- --check` as a test: the whole topology (HAProxy, 2 gateways, subgraphs ×2,
 * PgBouncer, a primary and a hot standby) with 20 s of mixed traffic and one gateway replica
 * killed part-way. It needs root, HAProxy and PgBouncer (.ci/run installs them), and takes about
 * two minutes on a loaded 2-core machine, so it runs when CLUSTER_TEST=1 (CI sets it).
 */
const has = (tool: string) => {
  try {
    execFileSync('sh', ['-c', `command -v ${tool}`], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};
const runnable = process.env.CLUSTER_TEST === '1' && process.getuid?.() === 0 && has('haproxy') && has('pgbouncer') && has('pg_createcluster');

describe.runIf(runnable)('the scale-out topology', () => {
  it('answers every request with a gateway replica killed under load, and audits every child record read', async () => {
    const child = spawn(process.execPath, ['scripts/cluster.ts', '--port-base', '4540', '--check'], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((r) => child.once('exit', r));
    const summary = JSON.parse(out.split('\n').find((l) => l.startsWith('{"fault"')) ?? '{}');
    expect(summary).toMatchObject({ fault: 'kill-gateway', unanswered: 0, unmasked: 0 });
    expect(summary.answered).toBeGreaterThan(0);
    expect(summary.childRecordsRead).toBeGreaterThan(0);
    expect(summary.auditedChildIds).toBe(summary.childRecordsRead);
    expect(code).toBe(0);
  }, 600_000);
});
