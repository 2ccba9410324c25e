import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { haproxyCfg } from '../scripts/haproxy-config.ts';
import { freePort } from './support/ports.ts';

/**
 * The balancer of `npm run cluster` (scripts/cluster.ts's HAProxy configuration, run by the real
 * HAProxy) in front of two stand-in gateway replicas: one that dies under every request it
 * receives (it closes the connection without answering, as a SIGKILLed replica does), one that
 * answers. A read is resent to the live one, with the balancer's start stamp unchanged (the
 * gateways' request deadline runs from it); anything that might write is never sent twice.
 */
const hasHaproxy = (() => {
  try {
    execFileSync('sh', ['-c', 'command -v haproxy'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

interface Received {
  id: string;
  requestStart: string | undefined;
}

function replica(onRequest: (req: IncomingMessage, body: string) => 'die' | 'answer', log: Received[]): Server {
  return createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (req.url === '/health/ready') return void res.end('{}');
      log.push({ id: String(req.headers['x-test-id']), requestStart: req.headers['x-request-start'] as string | undefined });
      if (onRequest(req, body) === 'die') req.socket.destroy();
      else res.setHeader('content-type', 'application/json').end('{"data":{}}');
    });
  });
}

const listen = (server: Server) =>
  new Promise<number>((r) => server.listen(0, '127.0.0.1', () => r((server.address() as { port: number }).port)));

describe.runIf(hasHaproxy)("the cluster's balancer", () => {
  const dying: Received[] = [];
  const answering: Received[] = [];
  const servers = [replica(() => 'die', dying), replica(() => 'answer', answering)];
  let haproxy: ChildProcess;
  let url: string;

  beforeAll(async () => {
    const [a, b] = await Promise.all(servers.map(listen));
    const balancer = await freePort();
    const fronts = await Promise.all(Array.from({ length: 6 }, freePort));
    const dir = mkdtempSync(join(tmpdir(), 'balancer-'));
    // The subgraph backends are there too (the same rules); their replicas are absent here.
    const cfg = haproxyCfg({
      balancer,
      gateways: [a!, b!],
      subgraphFront: (i) => fronts[i]!,
      subgraphReplicas: () => [1, 1],
      pooler: 0,
    });
    writeFileSync(join(dir, 'haproxy.cfg'), cfg);
    haproxy = spawn('haproxy', ['-db', '-f', join(dir, 'haproxy.cfg')], { stdio: 'ignore' });
    url = `http://127.0.0.1:${balancer}`;
    for (let tries = 0; ; tries++) {
      const up = await fetch(`${url}/health/ready`).then(
        (r) => r.ok,
        () => false,
      );
      if (up) break;
      if (tries > 100) throw new Error('HAProxy did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
  afterAll(() => {
    haproxy?.kill();
    for (const s of servers) s.close();
  });

  /** Sends one request 4 times (round robin: at least one lands on the dying replica first); per send, the status and who got it. */
  async function send(method: string, path: string, body?: string) {
    const sends = [];
    for (let n = 0; n < 4; n++) {
      const id = `${method}${path}${body ?? ''}#${n}`;
      // HAProxy answers 502, or closes a kept-alive client connection as the server closed its own: status 0.
      const status = await fetch(`${url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', 'x-test-id': id, 'x-request-start': 't=1' },
        ...(body === undefined ? {} : { body }),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          return res.status;
        },
        () => 0,
      );
      sends.push({
        status,
        died: dying.filter((r) => r.id === id),
        answered: answering.filter((r) => r.id === id),
      });
    }
    expect(sends.some((s) => s.died.length > 0)).toBe(true);
    return sends;
  }

  it.each([
    ['a GraphQL query', 'POST', '/graphql', '{"query":"{ communes(first: 2) { nodes { code } } }"}'],
    ['a named query', 'POST', '/graphql', '{"query":"query Page { nationalCoverage(year: 2024) { communes } }"}'],
    ['a GET', 'GET', '/extracts/coverage.csv', undefined],
  ])('resends %s to the other replica, keeping its start stamp', async (_, method, path, body) => {
    for (const s of await send(method, path, body)) {
      expect(s.status).toBe(200);
      expect(s.answered).toHaveLength(1);
      const stamps = [...s.died, ...s.answered].map((r) => r.requestStart);
      // The balancer's stamp, not the client's (t=1), and the same on the resend.
      expect(stamps[0]).toMatch(/^t=\d{13}$/);
      expect(new Set(stamps).size).toBe(1);
    }
  });

  it.each([
    ['a mutation', 'POST', '/graphql', '{"query":"mutation { refreshCoverage(year: 2024) { year } }"}'],
    ['a query and a mutation in one document', 'POST', '/graphql', '{"query":"query A { a } mutation B { b }","operationName":"B"}'],
    ['a mutation behind a JSON escape', 'POST', '/graphql', '{"query":"\\u006dutation { refreshCoverage(year: 2024) { year } }"}'],
    [
      'a persisted operation (no document to read)',
      'POST',
      '/graphql',
      '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"ab"}}}',
    ],
    ['a POST elsewhere (an import)', 'POST', '/import/fund', '{"rows":[]}'],
  ])('never sends %s twice', async (_, method, path, body) => {
    for (const s of await send(method, path, body)) {
      expect(s.died.length + s.answered.length).toBe(1);
      expect(s.died.length ? [0, 502] : [200]).toContain(s.status);
    }
  });
});
