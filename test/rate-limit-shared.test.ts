import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SUBGRAPH_NAMES, gatewayEnvSchema, parseConfig } from '../lib/config.ts';
import { startGateway, type RunningGateway } from '../gateway/server.ts';
import { memoryWindowStore } from '../gateway/rate-limit.ts';
import { RETRY_AFTER_FAILURE_MS, postgresWindowStore } from '../gateway/rate-limit-store.ts';
import { postGraphQL } from './support/graphql.ts';
import { clientToken, testSecurity } from './support/keys.ts';
import { testLogger } from './support/silent-logger.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** Rate limits shared by gateway replicas: N replicas must not give a client N budgets. */
const schema = `t${randomBytes(4).toString('hex')}_gateway`;
const LIMITS = { operationsPerMinute: 1000, fieldsPerMinute: 12 };
const bearer = async (subject: string) => ({ authorization: `Bearer ${await clientToken({ subject, role: 'ANALYST' })}` });
let sg: TestSupergraph;
let second: RunningGateway;

beforeAll(async () => {
  const gatewayEnv = {
    RATE_LIMIT_OPERATIONS_PER_MINUTE: String(LIMITS.operationsPerMinute),
    RATE_LIMIT_FIELDS_PER_MINUTE: String(LIMITS.fieldsPerMinute),
    RATE_LIMIT_DATABASE_URL: inject('databaseUrl'),
    RATE_LIMIT_DATABASE_SCHEMA: schema,
  };
  sg = await startTestSupergraph({ demo: { seed: 2, provinces: ['04'], childrenPerCommune: 2 }, gatewayEnv, refresh: false });
  const config = parseConfig(gatewayEnvSchema, {
    PORT: '0',
    ...gatewayEnv,
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, sg.subgraphs[n].url])),
  });
  second = await startGateway(config, testLogger('gateway-2'), await testSecurity(true));
}, 180_000);
afterAll(async () => {
  await second?.stop();
  await sg?.stop();
  const client = new pg.Client({ connectionString: inject('databaseUrl') });
  await client.connect();
  await client.query(`drop schema if exists "${schema}" cascade`);
  await client.end();
});

describe('rate limits across gateway replicas', () => {
  it('count one budget per identity whichever replica answers', async () => {
    const alice = await bearer(`alice-${schema}`);
    const fourFields = '{ viewer { subject role area } }';
    const replicas = [sg.gateway.url, second.url, sg.gateway.url];
    for (const url of replicas) expect((await postGraphQL(url, fourFields, undefined, alice)).errors).toBeUndefined();
    for (const url of [second.url, sg.gateway.url]) {
      const refused = await postGraphQL(url, fourFields, undefined, alice);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED' });
      expect(refused.headers.get('retry-after')).toBe(String(refused.errors![0]!.extensions!.retryAfterSeconds));
    }
    expect((await postGraphQL(second.url, fourFields, undefined, await bearer(`bob-${schema}`))).errors).toBeUndefined();
  });

  it('keep live windows through a flood of new identities (shared store)', async () => {
    const store = await postgresWindowStore(inject('databaseUrl'), schema, testLogger('flood'));
    try {
      expect(await store.admit('subject:carol', 12, LIMITS)).toEqual({ admitted: true });
      const flood = await Promise.all(Array.from({ length: 2_000 }, (_, i) => store.admit(`anonymous:flood-${i}`, 1, LIMITS)));
      expect(flood.every((v) => v.admitted)).toBe(true);
      // A flood that outruns the store's pool counts in memory for a moment (the store is left alone
      // after a failure); carol's window must still be in the shared table afterwards.
      await new Promise((r) => setTimeout(r, RETRY_AFTER_FAILURE_MS + 100));
      expect(await store.admit('subject:carol', 1, LIMITS)).toMatchObject({ admitted: false });
    } finally {
      await store.close();
    }
  });

  it('keep live windows through a flood of new identities (one process)', async () => {
    const store = memoryWindowStore();
    expect(await store.admit('subject:carol', 12, LIMITS)).toEqual({ admitted: true });
    for (let i = 0; i < 150_000; i++) await store.admit(`anonymous:flood-${i}`, 1, LIMITS);
    expect(store.size()).toBeLessThanOrEqual(100_000);
    expect(await store.admit('subject:carol', 1, LIMITS)).toMatchObject({ admitted: false });
    // Newcomers past the bound share one budget: the flood throttles itself.
    expect(await store.admit('anonymous:one-more', 1, LIMITS)).toMatchObject({ admitted: false });
  });
});
