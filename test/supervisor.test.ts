import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { spawnService } from '../scripts/services.ts';
import { Supervisor } from '../scripts/supervisor.ts';
import { freePort } from './support/ports.ts';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function until<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the supervisor', () => {
  const crashing = (code: number) => () =>
    spawnService('crasher', process.execPath, ['-e', `process.exit(${code})`], { cwd: process.cwd(), env: {} });

  it('restarts a crashing service with doubling delays, then gives up and says why', async () => {
    const restarts: number[] = [];
    const reason = await new Promise<string>((resolve) => {
      const supervisor = new Supervisor(
        { started: () => {}, restarting: (_n, _e, delayMs) => restarts.push(delayMs), gaveUp: (_n, why) => resolve(why) },
        { initialDelayMs: 10, maxDelayMs: 30, maxRestarts: 3, windowMs: 60_000 },
      );
      supervisor.supervise('crasher', crashing(1));
    });
    expect(restarts).toEqual([10, 20, 30]);
    expect(reason).toBe('it exited (code 1) after 3 restarts within 60 s');
  });

  it('never retries a configuration error', async () => {
    let restarted = false;
    const reason = await new Promise<string>((resolve) => {
      new Supervisor({ started: () => {}, restarting: () => (restarted = true), gaveUp: (_n, why) => resolve(why) }).supervise(
        'crasher',
        crashing(78),
      );
    });
    expect(restarted).toBe(false);
    expect(reason).toBe('it exited with a configuration error (code 78)');
  });
});

/**
 * `npm start` itself, on the embedded database and ports of its own: a killed subgraph leaves
 * partial data with a masked, coded error, then full data once it is back; Ctrl+C stops all.
 */
describe('npm start under a crash', () => {
  let start: ChildProcess;
  let out = '';
  let gatewayUrl: string;
  const dir = mkdtempSync(join(tmpdir(), 'ccg-start-'));
  const pids = () => new Map([...out.matchAll(/\] (.+?) running \(pid (\d+)\)/g)].map((m) => [m[1]!, Number(m[2])]));
  const QUERY = '{ commune(code: "01279", date: "2023-12-31") { name checkups(year: 2023) { reported } } }';
  const ask = async () => {
    const res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: QUERY }),
    });
    return { status: res.status, text: await res.text() };
  };

  beforeAll(async () => {
    const env: NodeJS.ProcessEnv = { ...process.env, EMBEDDED_DB_DIR: join(dir, 'pglite'), DEV_KEYS_DIR: join(dir, 'keys') };
    for (const name of ['DATABASE_URL', ...SUBGRAPH_NAMES.map((n) => `${n.toUpperCase()}_DATABASE_URL`)]) delete env[name];
    env.PORT = String(await freePort());
    env.EMBEDDED_DB_PORT = String(await freePort());
    for (const name of SUBGRAPH_NAMES) env[`${name.toUpperCase()}_PORT`] = String(await freePort());
    gatewayUrl = `http://127.0.0.1:${env.PORT}/graphql`;
    start = spawn(process.execPath, ['scripts/start.ts', '--provinces', '04', '--children-per-commune', '5', '--seed', '3'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    start.stdout!.on('data', (d: Buffer) => (out += d.toString()));
    start.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<never>((_, reject) =>
      start.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${out}`))),
    );
    await Promise.race([
      exited,
      until('npm start to be ready', () => (/\] ready\. /.test(out) ? true : undefined), 280_000).catch((err: Error) => {
        throw new Error(`${err.message}; it said:\n${out}`);
      }),
    ]);
  }, 300_000);

  afterAll(async () => {
    if (start.exitCode === null) start.kill('SIGKILL');
    for (const pid of pids().values()) if (alive(pid)) process.kill(pid, 'SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers partially while a subgraph is down, then fully again', async () => {
    const before = await ask();
    expect(JSON.parse(before.text)).toEqual({ data: { commune: { name: 'Ngọc Xuân', checkups: { reported: expect.any(Boolean) } } } });

    const healthPid = pids().get('health')!;
    process.kill(healthPid, 'SIGKILL');
    await until('the supervisor to notice', () => (out.includes('health exited (SIGKILL); restarting it') ? true : undefined));
    const during = await ask();
    expect(during.status).toBe(200);
    const partial = JSON.parse(during.text);
    expect(partial.data.commune).toEqual({ name: 'Ngọc Xuân', checkups: null });
    expect(partial.errors.map((e: { extensions: { code: string } }) => e.extensions.code)).toContain('SUBGRAPH_UNAVAILABLE');
    expect(during.text).not.toMatch(/127\.0\.0\.1|ECONNREFUSED|localhost|\bat \S+\.ts/);

    const after = await until('full data again', async () => {
      const { text } = await ask();
      return JSON.parse(text).errors ? undefined : JSON.parse(text);
    });
    expect(after.data.commune.checkups).toEqual({ reported: expect.any(Boolean) });
    expect(pids().get('health')).not.toBe(healthPid);
  }, 150_000);

  it('stops every service on Ctrl+C', async () => {
    const running = [...pids().entries()].filter(([, pid]) => alive(pid));
    expect(running.map(([name]) => name).sort()).toEqual(['embedded database', 'gateway', ...SUBGRAPH_NAMES].sort());
    const exited = new Promise<number | null>((r) => start.once('exit', (code) => r(code)));
    start.kill('SIGINT');
    expect(await exited).toBe(0);
    expect(running.filter(([, pid]) => alive(pid))).toEqual([]);
  }, 60_000);
});
