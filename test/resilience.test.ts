import { spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signInternalToken } from '../lib/auth/internal-token.ts';
import { importKey, loadOrCreateKeyPair } from '../lib/auth/keys.ts';
import { createServer, type Server, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gatewayEnvSchema, parseConfig } from '../lib/config.ts';
import { startSubgraph, type RunningSubgraph } from '../lib/subgraph.ts';
import { startGateway, type RunningGateway } from '../gateway/server.ts';
import { REQUEST_START_HEADER, requestDeadline } from '../gateway/request-deadline.ts';
import { geography } from '../subgraphs/geography/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { postGraphQL } from './support/graphql.ts';
import { testKeys, testSecurity } from './support/keys.ts';
import { testLogger } from './support/silent-logger.ts';

let schemas: TestSchemas;
let geo: RunningSubgraph;
let gateway: RunningGateway;
let hanging: Server;
const sockets: Socket[] = [];

beforeAll(async () => {
  schemas = await createTestSchemas();
  geo = await startSubgraph(geography, {
    port: 0,
    host: '127.0.0.1',
    database: schemas.settings('geography'),
    logger: testLogger('geography'),
    gatewayKey: (await testKeys()).gatewayPublic,
  });
  // A "subgraph" that accepts connections and never answers.
  hanging = createServer((socket) => sockets.push(socket));
  await new Promise<void>((r) => hanging.listen(0, '127.0.0.1', r));
  const hangingUrl = `http://127.0.0.1:${(hanging.address() as { port: number }).port}/graphql`;
  const config = parseConfig(gatewayEnvSchema, {
    PORT: '0',
    // Generous enough for the real geography subgraph on a busy shared PGlite; the hanging one never answers.
    SUBGRAPH_TIMEOUT_MS: '3000',
    // Never reached by the real subgraph here; the balancer's start stamp can bring it forward.
    REQUEST_DEADLINE_MS: '30000',
    GEOGRAPHY_URL: geo.url,
    EDUCATION_URL: hangingUrl,
    HEALTH_URL: hangingUrl,
    CULTURE_URL: hangingUrl,
    LABOUR_URL: hangingUrl,
  });
  gateway = await startGateway(config, testLogger('gateway'), await testSecurity());
});
afterAll(async () => {
  await gateway?.stop();
  sockets.forEach((s) => s.destroy());
  hanging?.close();
  await geo?.stop();
  await schemas?.drop();
});

describe('a slow subgraph', () => {
  it('times out into partial data with a masked error', async () => {
    const started = performance.now();
    const res = await postGraphQL(
      gateway.url,
      `{ commune(code: "01279", date: "2023-12-31") { code name playAreaSummary(year: 2023) { playAreas } } }`,
    );
    const elapsed = performance.now() - started;
    expect(res.data.commune).toEqual({ code: '01279', name: 'Ngọc Xuân', playAreaSummary: null });
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual(['SUBGRAPH_UNAVAILABLE']);
    expect(res.errors?.[0]?.extensions?.serviceName).toBe('culture');
    expect(JSON.stringify(res.errors)).not.toMatch(/127\.0\.0\.1|localhost|abort|timeout|:\d{4,5}\b/i);
    expect(elapsed).toBeLessThan(15_000); // bounded by the timeout, not by the hanging server
  });
});

describe('the request deadline', () => {
  it("runs from the balancer's start stamp, which can only shorten it", () => {
    const now = 1_800_000_000_000;
    expect(requestDeadline(6000, undefined, now)).toBe(now + 6000);
    expect(requestDeadline(6000, `t=${now - 2500}`, now)).toBe(now + 3500); // resent after 2.5 s elsewhere
    expect(requestDeadline(6000, `t=${now + 60_000}`, now)).toBe(now + 6000); // a stamp from the future gains nothing
    expect(requestDeadline(6000, 't=soon', now)).toBe(now + 6000);
    expect(requestDeadline(6000, ['t=1', 't=2'], now)).toBe(now + 6000);
  });

  it('answers at once, with coded errors, a request whose time ran out before it arrived', async () => {
    const query = '{ commune(code: "01279", date: "2023-12-31") { code name } }';
    // The same query answers in full without the stamp (the slow-subgraph test above reads the same commune).
    const late = await postGraphQL(gateway.url, query, undefined, { [REQUEST_START_HEADER]: `t=${Date.now() - 60_000}` });
    expect(late.status).toBe(200);
    expect(late.data?.commune).toBeNull();
    expect(late.errors?.map((e) => [e.extensions?.code, e.extensions?.serviceName])).toEqual([['SUBGRAPH_UNAVAILABLE', 'geography']]);
    const inTime = await postGraphQL(gateway.url, query, undefined, { [REQUEST_START_HEADER]: `t=${Date.now()}` });
    expect(inTime.errors).toBeUndefined();
    expect(inTime.data.commune).toEqual({ code: '01279', name: 'Ngọc Xuân' });
  });
});

describe('service processes', () => {
  const run = (script: string, env: Record<string, string>) =>
    spawn(process.execPath, [script], { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });

  it('exit with every configuration error listed, once', async () => {
    const child = run('gateway/index.ts', { PORT: 'not-a-port', SUBGRAPH_TIMEOUT_MS: '-1' });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const code = await new Promise((r) => child.on('exit', r));
    expect(code).toBe(78);
    expect(stderr).toMatch(/PORT/);
    expect(stderr).toMatch(/SUBGRAPH_TIMEOUT_MS/);
  });

  it('drain and exit cleanly on SIGTERM', async () => {
    const settings = schemas.settings('geography');
    const keysDir = mkdtempSync(join(tmpdir(), 'keys-'));
    const gatewayKeys = await loadOrCreateKeyPair(keysDir, 'gateway');
    const child = run('subgraphs/geography/index.ts', {
      GEOGRAPHY_PORT: '0',
      GEOGRAPHY_DATABASE_URL: settings.url,
      GEOGRAPHY_DATABASE_SCHEMA: settings.schema,
      LOG_LEVEL: 'info',
      DEV_KEYS_DIR: keysDir,
    });
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (d: Buffer) => {
        const match = /"url":"([^"]+)"/.exec(d.toString());
        if (match) resolve(match[1]!);
      });
      child.on('exit', () => reject(new Error('exited before listening')));
    });
    const token = await signInternalToken(
      { subject: 't', role: 'ADMIN', area: [] },
      { requestId: 'r' },
      await importKey(gatewayKeys.privateJwk),
    );
    const query = '{ commune(code: "00004", date: "2024-01-01") { name } }';
    expect((await postGraphQL(url, query)).status).toBe(401);
    expect((await postGraphQL(url, query, undefined, { authorization: `Bearer ${token}` })).data.commune.name).toBe('Trúc Bạch');
    const exited = new Promise((r) => child.on('exit', r));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
