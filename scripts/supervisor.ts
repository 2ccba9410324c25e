import type { Service } from './services.ts';

/**
 * Keeps `npm start`'s services up: a service that exits while the system is running is started
 * again after a backoff (initial, doubling, capped), and a service that keeps crashing is given
 * up on after `maxRestarts` restarts within `windowMs`, with the reason. Exit code 78
 * (EX_CONFIG, see lib/config.ts) is never retried: a bad setting does not heal by itself.
 */
export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  maxRestarts: number;
  windowMs: number;
}

export const DEFAULT_RESTART_POLICY: RestartPolicy = { initialDelayMs: 250, maxDelayMs: 8_000, maxRestarts: 5, windowMs: 60_000 };

const EX_CONFIG = 78;

export interface SupervisorEvents {
  /** A service exited unexpectedly and will start again after `delayMs`. */
  restarting(name: string, exit: string, delayMs: number, attempt: number): void;
  started(name: string, pid: number | undefined): void;
  /** A service will not be restarted again; the caller stops everything. */
  gaveUp(name: string, reason: string): void;
}

interface Supervised {
  name: string;
  start: () => Service;
  current: Service;
  restarts: number[];
  timer?: NodeJS.Timeout;
}

export class Supervisor {
  private readonly services: Supervised[] = [];
  private stopping = false;
  private readonly policy: RestartPolicy;
  private readonly events: SupervisorEvents;

  constructor(events: SupervisorEvents, policy: RestartPolicy = DEFAULT_RESTART_POLICY) {
    this.events = events;
    this.policy = policy;
  }

  /** Starts a service and keeps it running; `start` is called again for each restart. */
  supervise(name: string, start: () => Service): Service {
    const entry: Supervised = { name, start, current: start(), restarts: [] };
    this.services.push(entry);
    this.watch(entry);
    return entry.current;
  }

  /** The live process of a service (it changes on each restart). */
  current(name: string): Service | undefined {
    return this.services.find((s) => s.name === name)?.current;
  }

  private watch(entry: Supervised): void {
    const child = entry.current.process;
    this.events.started(entry.name, child.pid);
    child.once('exit', (code, signal) => {
      if (this.stopping) return;
      const exit = signal ?? `code ${code}`;
      if (code === EX_CONFIG) return this.events.gaveUp(entry.name, `it exited with a configuration error (${exit})`);
      const now = Date.now();
      entry.restarts = entry.restarts.filter((t) => now - t < this.policy.windowMs);
      if (entry.restarts.length >= this.policy.maxRestarts) {
        return this.events.gaveUp(
          entry.name,
          `it exited (${exit}) after ${entry.restarts.length} restarts within ${this.policy.windowMs / 1000} s`,
        );
      }
      const delayMs = Math.min(this.policy.initialDelayMs * 2 ** entry.restarts.length, this.policy.maxDelayMs);
      entry.restarts.push(now + delayMs);
      this.events.restarting(entry.name, exit, delayMs, entry.restarts.length);
      entry.timer = setTimeout(() => {
        entry.timer = undefined;
        if (this.stopping) return;
        entry.current = entry.start();
        this.watch(entry);
      }, delayMs);
    });
  }

  /** Stops every service in the reverse of the order they were started (the gateway, started last, first). */
  async stopAll(): Promise<void> {
    this.stopping = true;
    for (const entry of [...this.services].reverse()) {
      clearTimeout(entry.timer);
      await entry.current.stop();
    }
  }
}
