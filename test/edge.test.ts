import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SUBGRAPH_NAMES } from '../lib/config.ts';
import { PUBLIC_ERROR_CODES } from '../lib/errors.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** Client mistakes at the edge: each a 4xx or a field error with a specific code, none a 500, none logged as an error. */
let sg: TestSupergraph;
const logs: string[] = [];
let admin: Record<string, string>;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const cursor = (key: string) => Buffer.from(`k:${key}`, 'utf8').toString('base64url');

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 6, provinces: ['04'], childrenPerCommune: 3 }, logs, logLevel: 'warn' });
  admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN' })}` };
});
afterAll(async () => {
  await sg?.stop();
});

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(sg.gateway.url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) }).then(
    async (r) => ({ status: r.status, headers: r.headers, ...((await r.json()) as { data?: any; errors?: any[] }) }),
  );
const subgraphRequests = () => SUBGRAPH_NAMES.reduce((sum, n) => sum + sg.subgraphs[n].graphqlRequests.count, 0);
const errorLogs = () => logs.filter((line) => JSON.parse(line).level >= 50);

describe('request ids', () => {
  it("are the gateway's own; a client's x-request-id comes back only as a labelled correlation id", async () => {
    const given = await sg.query('{ viewer { role } }', undefined, { 'x-request-id': 'portal-abc-123' });
    expect(given.headers.get('x-request-id')).toMatch(UUID);
    expect(given.headers.get('x-correlation-id')).toBe('portal-abc-123');
    const again = await sg.query('{ viewer { role } }', undefined, { 'x-request-id': 'portal-abc-123' });
    expect(again.headers.get('x-request-id')).not.toBe(given.headers.get('x-request-id'));
  });

  it.each([
    ['with spaces', 'bad id with spaces'],
    ['too long', 'x'.repeat(65)],
    ['with a newline', 'a\tb'],
  ])('drop a client id %s', async (_, id) => {
    const res = await sg.query('{ viewer { role } }', undefined, { 'x-request-id': id });
    expect(res.headers.get('x-request-id')).toMatch(UUID);
    expect(res.headers.get('x-correlation-id')).toBeNull();
  });
});

describe('client mistakes', () => {
  const persisted = (persistedQuery: unknown, query?: string) => ({ query, extensions: { persistedQuery } });
  it.each([
    ['a syntax error', { query: '{ viewer { ' }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['too many tokens', { query: `{ viewer { ${'role '.repeat(6000)} } }` }, 400, 'GRAPHQL_PARSE_FAILED'],
    ['a mutation', { query: 'mutation { viewer { role } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    ['a subscription', { query: 'subscription S { viewer { role } }' }, 400, 'GRAPHQL_VALIDATION_FAILED'],
    [
      'several operations and no name',
      { query: 'query A { viewer { role } } query B { viewer { role } }' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    [
      'several operations and an unknown name',
      { query: 'query A { viewer { role } } query B { viewer { role } }', operationName: 'C' },
      400,
      'OPERATION_RESOLUTION_FAILURE',
    ],
    ['a persisted-query version other than 1', persisted({ version: 2, sha256Hash: 'a'.repeat(64) }), 400, 'PERSISTED_QUERY_INVALID'],
    ['a persisted-query extension that is not an object', persisted('x'), 400, 'PERSISTED_QUERY_INVALID'],
    ["a hash that is not the query's", persisted({ version: 1, sha256Hash: 'abc' }, '{ viewer { role } }'), 400, 'PERSISTED_QUERY_INVALID'],
    ['a Date given as an Int', { query: '{ commune(code: "01279", date: 20240101) { code } }' }, 400, 'BAD_USER_INPUT'],
    ['a Date given as a list', { query: '{ commune(code: "01279", date: ["2024-01-01"]) { code } }' }, 400, 'BAD_USER_INPUT'],
    [
      'a Float literal beyond a double',
      { query: '{ communeCoverage(year: 2024, where: [{ indicator: "CHECKUP_COVERAGE", lessThan: 1e400 }]) { totalCount } }' },
      400,
      'BAD_USER_INPUT',
    ],
  ])('%s is refused before any subgraph is called', async (_, body, status, code) => {
    const before = subgraphRequests();
    const logged = errorLogs().length;
    const res = await post(body);
    expect(res.status).toBe(status);
    expect(res.errors?.map((e) => e.extensions?.code)).toEqual([code]);
    expect(PUBLIC_ERROR_CODES.has(code)).toBe(true);
    expect(subgraphRequests()).toBe(before);
    expect(errorLogs().length).toBe(logged);
  });

  it('a malformed request URL is 400 BAD_REQUEST', async () => {
    const logged = errorLogs().length;
    const { port } = new URL(sg.gateway.url);
    const res = await new Promise<{ status: number; body: string }>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '//[', method: 'GET' }, (r) => {
        let body = '';
        r.on('data', (chunk) => (body += chunk));
        r.on('end', () => resolve({ status: r.statusCode!, body }));
      });
      req.on('error', reject);
      req.end();
    });
    expect(res.status).toBe(400);
    expect(JSON.parse(res.body).errors[0].extensions.code).toBe('BAD_REQUEST');
    expect(errorLogs().length).toBe(logged);
  });

  it('names the argument when a Date is given as an Int', async () => {
    const res = await post({ query: '{ commune(code: "01279", date: 20240101) { code } }' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'date' });
    expect(res.errors?.[0]?.message).toMatch(/YYYY-MM-DD/);
  });

  const ranked = [cursor('abc'), cursor('[1,"01279","2024-02-30"]'), cursor('[1,2,3]'), cursor('{}')];
  it.each([
    ['geography communes', '{ communes(date: "2024-12-31", after: $after) { totalCount } }', 'communes', [cursor('abc'), cursor('0127')]],
    ['coverage communeCoverage', '{ communeCoverage(year: 2024, after: $after) { totalCount } }', 'communeCoverage', ranked],
    [
      'coverage reportingStatus',
      '{ reportingStatus(agency: LABOUR, year: 2024, after: $after) { totalCount } }',
      'reportingStatus',
      [cursor('abc')],
    ],
    [
      'labour childRecords',
      '{ commune(code: "01279", date: "2024-12-31") { childRecords(year: 2024, after: $after) { totalCount } } }',
      'commune',
      [cursor('x'.repeat(65))],
    ],
    ['labour childRecordAudit', '{ childRecordAudit(after: $after) { hasNextPage } }', 'childRecordAudit', [cursor('abc'), cursor('1e5')]],
  ])('a forged cursor for %s is BAD_USER_INPUT naming `after`', async (_, selection, field, forged) => {
    const logged = errorLogs().length;
    for (const after of ['!!!', cursor(''), ...forged]) {
      const res = await sg.query(`query($after: String) ${selection}`, { after }, admin);
      expect(res.status).toBe(200);
      const error = res.errors?.find((e) => e.path?.[0] === field);
      expect(error?.extensions, after).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'after' });
    }
    expect(errorLogs().length).toBe(logged);
  });
});

describe('the directory snapshots', () => {
  it("state each snapshot's legal basis", async () => {
    const res = await sg.query('{ directorySnapshots { date legalBasis communes } }');
    expect(res.errors).toBeUndefined();
    expect(res.data.directorySnapshots[0]).toEqual({ date: '2021-11-01', legalBasis: 'Resolution 387/NQ-UBTVQH15', communes: 10599 });
    expect(res.data.directorySnapshots.every((s: { legalBasis: string }) => s.legalBasis.length > 0)).toBe(true);
  });
});
