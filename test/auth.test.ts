import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { signInternalToken } from '../lib/auth/internal-token.ts';
import { importKey, newKeyPair } from '../lib/auth/keys.ts';
import { postGraphQL } from './support/graphql.ts';
import { TEST_AUDIENCE, TEST_ISSUER, clientToken, gatewayHeaders } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

let sg: TestSupergraph;
const VIEWER = '{ viewer { subject role area } }';
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 2, provinces: ['04'], childrenPerCommune: 5 } });
});
afterAll(async () => {
  await sg?.stop();
});

describe('identity at the gateway', () => {
  it('treats a request without a token as anonymous', async () => {
    expect((await sg.query(VIEWER)).data.viewer).toEqual({ subject: 'anonymous', role: 'ANONYMOUS', area: [] });
  });

  it('ignores forged identity headers', async () => {
    const res = await sg.query(VIEWER, undefined, {
      'x-user-role': 'ADMIN',
      'x-user-id': 'mallory',
      'x-user-area': '04',
      'x-gateway-token': 'x',
    });
    expect(res.data.viewer.role).toBe('ANONYMOUS');
  });

  it('carries a verified token to the subgraphs', async () => {
    const area = ['04@2025-07-01', '01279@2024-06-01'];
    const res = await sg.query(VIEWER, undefined, bearer(await clientToken({ subject: 'an-1', role: 'OFFICER', area })));
    expect(res.data.viewer).toEqual({ subject: 'an-1', role: 'OFFICER', area });
  });

  it.each([
    ['another scheme', 'Basic dXNlcjpwYXNz'],
    ['Bearer and no token', 'Bearer'],
    ['Bearer and a space', 'Bearer '],
    ['two tokens', 'Bearer a.b.c d.e.f'],
    ['garbage', 'garbage'],
    ['an empty value', ''],
    ['a token with a bad character', 'Bearer a"b'],
  ])('refuses an Authorization header with %s with 401, never serving it as anonymous', async (_, header) => {
    const res = await sg.query(VIEWER, undefined, { authorization: header });
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('accepts the scheme in any case', async () => {
    const res = await sg.query(VIEWER, undefined, { authorization: `bearer ${await clientToken({ subject: 'an-2', role: 'ANALYST' })}` });
    expect(res.data.viewer).toMatchObject({ subject: 'an-2', role: 'ANALYST' });
  });

  const stranger = newKeyPair('stranger').then((p) => importKey(p.privateJwk));
  it.each([
    ['expired', async () => clientToken({ role: 'ANALYST' }, { expiresIn: Math.floor(Date.now() / 1000) - 60 })],
    [
      'unsigned',
      async () =>
        new UnsecuredJWT({ role: 'ADMIN', area: [] })
          .setSubject('x')
          .setIssuer(TEST_ISSUER)
          .setAudience(TEST_AUDIENCE)
          .setExpirationTime('5m')
          .encode(),
    ],
    [
      'signed with another key',
      async () =>
        new SignJWT({ role: 'ADMIN', area: [] })
          .setProtectedHeader({ alg: 'EdDSA' })
          .setSubject('x')
          .setIssuer(TEST_ISSUER)
          .setAudience(TEST_AUDIENCE)
          .setExpirationTime('5m')
          .sign(await stranger),
    ],
    ['for another audience', async () => clientToken({ role: 'ANALYST' }, { audience: 'someone-else' })],
    ['from another issuer', async () => clientToken({ role: 'ANALYST' }, { issuer: 'evil' })],
    ['an officer without an area', async () => clientToken({ role: 'OFFICER' })],
    ['an officer with a bare code (no date)', async () => clientToken({ role: 'OFFICER', area: ['31'] })],
    ['an officer with a code that named nothing on its date', async () => clientToken({ role: 'OFFICER', area: ['30@2025-07-01'] })],
    ['an officer with a commune gone by its date', async () => clientToken({ role: 'OFFICER', area: ['17761@2025-03-01'] })],
    ['an officer with an impossible date', async () => clientToken({ role: 'OFFICER', area: ['31@2025-02-30'] })],
    ['an officer with a date before the directory', async () => clientToken({ role: 'OFFICER', area: ['31@2020-01-01'] })],
    ['an officer with one good and one bare entry', async () => clientToken({ role: 'OFFICER', area: ['31@2025-07-01', '04'] })],
    ['of an unknown role', async () => clientToken({ role: 'SUPERUSER' })],
    ['garbage', async () => 'not.a.jwt'],
  ])('refuses a token that is %s with 401 and no data', async (_, make) => {
    const res = await sg.query(VIEWER, undefined, bearer(await make()));
    expect(res.status).toBe(401);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('the gateway is the only door', () => {
  const reps = { r: [{ __typename: 'Commune', code: '01279', validFrom: '2021-11-01', validUntil: '2025-06-30' }] };
  const ATTEMPTS = [
    ['a query', '{ __typename }', undefined],
    ['_service', '{ _service { sdl } }', undefined],
    ['_entities', 'query($r: [_Any!]!) { _entities(representations: $r) { __typename } }', reps],
  ] as const;

  it.each(SUBGRAPH_NAMES.flatMap((name) => ATTEMPTS.map(([what, query, vars]) => [name, what, query, vars] as const)))(
    '%s refuses %s without the gateway token',
    async (name, _what, query, vars) => {
      const url = sg.subgraphs[name].url;
      const stranger = await importKey((await newKeyPair('stranger')).privateJwk);
      const attempts: Record<string, string>[] = [
        {},
        { 'x-user-role': 'ADMIN' },
        bearer(await clientToken({ role: 'ADMIN' })), // a client token is not the gateway's
        bearer(await signInternalToken({ subject: 'x', role: 'ADMIN', area: [] }, { requestId: 'r' }, stranger)),
      ];
      for (const headers of attempts) {
        const res = await postGraphQL(url, query, vars as Record<string, unknown> | undefined, headers);
        expect(res.status).toBe(401);
        expect(res.data).toBeUndefined();
      }
      // The same call with the gateway's token is answered, so the refusal is about the token alone.
      expect((await postGraphQL(url, query, vars as Record<string, unknown> | undefined, await gatewayHeaders())).status).toBe(200);
    },
  );

  it('still answers health checks without a token', async () => {
    for (const name of SUBGRAPH_NAMES) {
      const base = sg.subgraphs[name].url.replace('/graphql', '');
      expect((await fetch(`${base}/health/ready`)).status).toBe(200);
    }
  });
});

describe('anonymous access off', () => {
  it('refuses requests without a token', async () => {
    const closed = await startTestSupergraph({ demo: { seed: 2, provinces: ['04'], childrenPerCommune: 2 }, anonymousAccess: false });
    try {
      const res = await closed.query(VIEWER);
      expect(res.status).toBe(401);
      expect((await closed.query(VIEWER, undefined, bearer(await clientToken({ role: 'ANALYST' })))).data.viewer.role).toBe('ANALYST');
    } finally {
      await closed.stop();
    }
  });
});

describe('the hardened edge', () => {
  const subgraphRequests = () => SUBGRAPH_NAMES.reduce((sum, n) => sum + sg.subgraphs[n].graphqlRequests.count, 0);
  const nest = (depth: number): string => (depth === 0 ? 'name' : `predecessors { commune { ${nest(depth - 1)} } }`);
  /** Within the depth, token and alias limits, but every level doubles the work. */
  const branching = (depth: number): string =>
    depth === 0 ? 'code' : `predecessors { commune { ${branching(depth - 1)} } } successors { commune { ${branching(depth - 1)} } }`;

  it.each([
    ['deep nesting', `{ commune(code: "00004", date: "2025-08-01") { ${nest(8)} } }`],
    ['alias overloading', `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: directorySnapshots { date }`).join(' ')} }`],
    ['duplicated fields', `{ viewer { ${'role '.repeat(6000)} } }`],
    ['directive overloading', `{ viewer ${'@include(if: true) '.repeat(40)} { role } }`],
    ['circular fragments', 'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }'],
    ['excessive cost', `{ ${Array.from({ length: 10 }, (_, i) => `c${i}: commune(code: "00004") { ${branching(5)} }`).join(' ')} }`],
  ])('rejects %s before any subgraph is called', async (_, query) => {
    const before = subgraphRequests();
    const res = await sg.query(query);
    expect(res.status).toBeGreaterThanOrEqual(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.length).toBeGreaterThan(0);
    if (_ === 'excessive cost') expect(res.errors?.[0]?.extensions?.code).toBe('COST_LIMIT_EXCEEDED');
    expect(subgraphRequests()).toBe(before);
  });

  it('rejects batched arrays and oversized bodies before any subgraph is called', async () => {
    const before = subgraphRequests();
    const post = (body: string) => fetch(sg.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    expect((await post(JSON.stringify([{ query: '{ viewer { role } }' }, { query: '{ viewer { role } }' }]))).status).toBe(400);
    expect((await post(JSON.stringify({ query: `{ viewer { role } } #${'x'.repeat(1_200_000)}` }))).status).toBe(413);
    expect(subgraphRequests()).toBe(before);
  });

  it('answers legitimate queries within the limits', async () => {
    const res = await sg.query(`{ commune(code: "00004", date: "2025-08-01") { ${nest(3)} } }`);
    expect(res.errors).toBeUndefined();
  });

  it('gives field suggestions to signed-in users only', async () => {
    const typo = '{ comune(code: "01279") { name } }';
    const anonymous = await sg.query(typo);
    expect(anonymous.errors?.[0]?.message).not.toMatch(/Did you mean/);
    const analyst = await sg.query(typo, undefined, bearer(await clientToken({ role: 'ANALYST' })));
    expect(analyst.errors?.[0]?.message).toMatch(/Did you mean "commune"/);
  });
});

describe('persisted queries', () => {
  const manifest = JSON.parse(readFileSync(new URL('../schema/persisted-queries/commune-portal.json', import.meta.url), 'utf8'));
  const page = manifest.operations.find((o: { name: string }) => o.name === 'CommunePage').query as string;
  const vars = { code: '01279', date: '2024-12-31', year: 2024, schoolYear: '2024-2025' };
  const portal = { 'apollographql-client-name': 'commune-portal' };
  const byHash = (hash: string, headers: Record<string, string>) =>
    fetch(sg.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ variables: vars, extensions: { persistedQuery: { version: 1, sha256Hash: hash } } }),
    }).then(async (r) => ({ status: r.status, ...((await r.json()) as { data?: any; errors?: any[] }) }));

  it('run for a portal by hash alone', async () => {
    const res = await byHash(createHash('sha256').update(page).digest('hex'), portal);
    expect(res.errors).toBeUndefined();
    expect(res.data.commune).toMatchObject({ code: '01279', name: 'Ngọc Xuân' });
  });

  it('refuse a portal any operation outside its manifest, before any subgraph is called', async () => {
    const before = SUBGRAPH_NAMES.reduce((sum, n) => sum + sg.subgraphs[n].graphqlRequests.count, 0);
    const res = await sg.query('{ communes(first: 5) { nodes { code } } }', undefined, portal);
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions?.code).toBe('OPERATION_NOT_ALLOWED');
    expect(SUBGRAPH_NAMES.reduce((sum, n) => sum + sg.subgraphs[n].graphqlRequests.count, 0)).toBe(before);
  });

  it('answer unknown hashes with PERSISTED_QUERY_NOT_FOUND', async () => {
    const res = await byHash('0'.repeat(64), portal);
    expect(res.errors?.[0]?.extensions?.code).toBe('PERSISTED_QUERY_NOT_FOUND');
  });

  it('leave arbitrary queries open to analysts', async () => {
    const res = await sg.query('{ communes(first: 5) { nodes { code } } }', undefined, bearer(await clientToken({ role: 'ANALYST' })));
    expect(res.errors).toBeUndefined();
  });
});

describe('rate limiting per identity', () => {
  it('counts operations and fields per identity, not per connection', async () => {
    const limited = await startTestSupergraph({
      demo: { seed: 2, provinces: ['04'], childrenPerCommune: 2 },
      gatewayEnv: { RATE_LIMIT_OPERATIONS_PER_MINUTE: '1000', RATE_LIMIT_FIELDS_PER_MINUTE: '12' },
      refresh: false,
    });
    try {
      const alice = bearer(await clientToken({ subject: 'alice', role: 'ANALYST' }));
      const bob = bearer(await clientToken({ subject: 'bob', role: 'ANALYST' }));
      const fourFields = '{ viewer { subject role area } }';
      for (let i = 0; i < 3; i++) expect((await limited.query(fourFields, undefined, alice)).errors).toBeUndefined();
      const before = SUBGRAPH_NAMES.reduce((sum, n) => sum + limited.subgraphs[n].graphqlRequests.count, 0);
      const refused = await limited.query(fourFields, undefined, alice);
      expect(refused.status).toBe(429);
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfterSeconds: expect.any(Number) });
      const seconds = refused.errors![0]!.extensions!.retryAfterSeconds as number;
      expect(seconds).toBeGreaterThanOrEqual(1);
      expect(seconds).toBeLessThanOrEqual(60);
      expect(refused.headers.get('retry-after')).toBe(String(seconds));
      expect(SUBGRAPH_NAMES.reduce((sum, n) => sum + limited.subgraphs[n].graphqlRequests.count, 0)).toBe(before);
      expect((await limited.query(fourFields, undefined, bob)).errors).toBeUndefined(); // another identity has its own budget
    } finally {
      await limited.stop();
    }
  });
});
