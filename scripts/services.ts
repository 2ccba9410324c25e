import { fork, spawn, type ChildProcess } from 'node:child_process';

/** A service started as a child process: `npm start` and the benchmark both run the system this way. */
export interface Service {
  name: string;
  process: ChildProcess;
  /** SIGTERM, then wait for it to exit (at most `graceMs`). */
  stop(graceMs?: number): Promise<void>;
}

function wrap(name: string, child: ChildProcess): Service {
  return {
    name,
    process: child,
    stop: async (graceMs = 10_000) => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, graceMs))]);
    },
  };
}

/**
 * The gateway's V8 heap limit. Without one, V8 lets the heap grow towards gigabytes before it
 * collects: a 10 MB national report peaked at 520–730 MiB RSS; with 512 MiB it peaks near
 * 310 MiB, three concurrent ones near 470 MiB, at the same latency. Production should set the same
 * (NODE_OPTIONS=--max-old-space-size=512).
 */
export const GATEWAY_EXEC_ARGV = ['--max-old-space-size=512'];

/** A Node service of this project (a .ts entrypoint), with an IPC channel for messages such as the embedded database's URL. */
export function forkService(
  name: string,
  script: URL,
  env: NodeJS.ProcessEnv,
  stdio: 'inherit' | 'ignore' = 'inherit',
  execArgv: string[] = [],
): Service {
  return wrap(name, fork(script, [], { env, stdio: ['ignore', stdio, stdio, 'ipc'], execArgv: [...process.execArgv, ...execArgv] }));
}

/** Any other program (Hive Gateway), in its own process group so a stop reaches its workers too. */
export function spawnService(name: string, command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Service {
  const child = spawn(command, args, { ...options, stdio: ['ignore', 'ignore', 'inherit'] });
  return wrap(name, child);
}

/** Polls `url` until it answers 2xx. The default is generous: on a loaded 2-core machine six services
 * loading their modules at once took over 60 s. */
export async function waitReady(name: string, url: string, timeoutMs = 180_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${name} did not become ready at ${url} within ${timeoutMs / 1000} s`);
}
