/**
 * The gateway as gateway/index.ts starts it, plus an IPC channel for bench/gateway-memory.ts:
 * `measure` runs a full garbage collection (needs --expose-gc) and reports the heap, optionally
 * writing a heap snapshot first. Never used outside the memory benchmark.
 */
import { writeHeapSnapshot } from 'node:v8';
import { gatewaySecurity } from '../lib/auth/provision.ts';
import { gatewayEnvSchema, loadConfigOrExit } from '../lib/config.ts';
import { createLogger } from '../lib/logger.ts';
import { startGateway } from '../gateway/server.ts';

export interface MemoryReport {
  heapUsedMiB: number;
  heapTotalMiB: number;
  rssMiB: number;
  externalMiB: number;
  snapshot?: string;
}

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

const config = loadConfigOrExit(gatewayEnvSchema);
const gateway = await startGateway(config, createLogger('gateway'), await gatewaySecurity(config));
process.send!({ url: gateway.url });
process.on('message', (m: { measure?: true; snapshot?: string }) => {
  if (!m.measure) return;
  // Twice: the first collection's finalizers may free more for the second.
  gc();
  gc();
  const usage = process.memoryUsage();
  // After the figures: writing a snapshot takes native memory that RSS then keeps.
  const snapshot = m.snapshot ? writeHeapSnapshot(m.snapshot) : undefined;
  const report: MemoryReport = {
    heapUsedMiB: mib(usage.heapUsed),
    heapTotalMiB: mib(usage.heapTotal),
    rssMiB: mib(usage.rss),
    externalMiB: mib(usage.external),
    snapshot,
  };
  process.send!(report);
});
process.once('SIGTERM', () => void gateway.stop().then(() => process.exit(0)));
