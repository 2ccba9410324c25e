import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type RunningSubgraph } from '../lib/subgraph.ts';
import { geography } from '../subgraphs/geography/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { postGraphQL } from './support/graphql.ts';
import { gatewayHeaders, testKeys } from './support/keys.ts';
import { testLogger } from './support/silent-logger.ts';

let schemas: TestSchemas;
let subgraph: RunningSubgraph;
const query = async (q: string, v?: Record<string, unknown>) => postGraphQL(subgraph.url, q, v, await gatewayHeaders());

beforeAll(async () => {
  schemas = await createTestSchemas();
  subgraph = await startSubgraph(geography, {
    port: 0,
    host: '127.0.0.1',
    database: schemas.settings('geography'),
    logger: testLogger('geography'),
    gatewayKey: (await testKeys()).gatewayPublic,
  });
});
afterAll(async () => {
  await subgraph?.stop();
  await schemas?.drop();
});

describe('geography subgraph, directly', () => {
  it('tells the two places that carried code 00004 apart by date', async () => {
    const res = await query(`{
      a: commune(code: "00004", date: "2024-06-01") { code validFrom validUntil name fullName province { code name } district { code name } }
      b: commune(code: "00004", date: "2025-08-01") { code validFrom validUntil name province { code name } district { code } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.a).toMatchObject({
      code: '00004',
      validFrom: '2021-11-01',
      validUntil: '2025-06-30',
      name: 'Trúc Bạch',
      province: { code: '01', name: 'Hà Nội' },
      district: { code: '001', name: 'Ba Đình' },
    });
    expect(res.data.b).toMatchObject({
      code: '00004',
      validFrom: '2025-07-01',
      validUntil: null,
      name: 'Ba Đình',
      district: null,
      province: { code: '01' },
    });
  });

  it('counts the communes in force on each snapshot', async () => {
    const res = await query(`{ w: communes(date: "2022-01-01") { totalCount } x: communes(date: "2025-06-30") { totalCount }
      y: communes(date: "2025-07-01") { totalCount } z: communes(date: "2026-05-01") { totalCount } }`);
    expect([res.data.w.totalCount, res.data.x.totalCount, res.data.y.totalCount, res.data.z.totalCount]).toEqual([
      10599, 10035, 3321, 3321,
    ]);
  });

  it('gives the reform lineage both ways', async () => {
    const res = await query(`{
      now: commune(code: "00004", date: "2025-08-01") { predecessors { transfer basis code commune { code name validUntil } } }
      then: commune(code: "00016", date: "2025-01-01") { successors { transfer code commune { code name validFrom } } } }`);
    const preds = res.data.now.predecessors;
    expect(preds).toContainEqual({
      transfer: 'FULL',
      basis: 'REFORM_CROSSWALK_2025',
      code: '00004',
      commune: { code: '00004', name: 'Trúc Bạch', validUntil: '2025-06-30' },
    });
    expect(preds).toContainEqual(
      expect.objectContaining({ transfer: 'FULL', code: '00013', commune: expect.objectContaining({ name: 'Quán Thánh' }) }),
    );
    expect(preds).toContainEqual(
      expect.objectContaining({ transfer: 'PARTIAL', code: '00016', commune: expect.objectContaining({ name: 'Ngọc Hà' }) }),
    );
    const succ = res.data.then.successors;
    expect(succ.length).toBeGreaterThanOrEqual(2);
    expect(succ.every((s: any) => s.transfer === 'PARTIAL' && s.commune.validFrom === '2025-07-01')).toBe(true);
  });

  it('follows a commune merged away before 2025 to the unit it joined', async () => {
    const res = await query(
      `{ commune(code: "17761", date: "2023-05-01") { fullName validUntil successors { code } endedWithoutKnownSuccessor } }`,
    );
    expect(res.data.commune).toEqual({
      fullName: 'Xã Thanh Lĩnh',
      validUntil: '2025-02-28',
      successors: [{ code: '17713' }],
      endedWithoutKnownSuccessor: false,
    });
  });

  it('reports crosswalk rows that do not match the directory instead of dropping them', async () => {
    const res = await query(`{ directoryIssues { kind code } }`);
    const kinds = res.data.directoryIssues.map((i: any) => i.kind);
    expect(kinds.filter((k: string) => k === 'UNKNOWN_SUCCESSOR_CODE').length).toBe(2);
    expect(kinds.filter((k: string) => k === 'UNKNOWN_PREDECESSOR_CODE').length).toBe(17);
  });

  it('pages communes of a province with stable cursors and a total', async () => {
    const first = await query(
      `{ province(code: "04", date: "2024-01-01") { communes(first: 40) { totalCount nodes { code } pageInfo { hasNextPage endCursor } } } }`,
    );
    const page1 = first.data.province.communes;
    const second = await query(
      `query($after: String) { province(code: "04", date: "2024-01-01") { communes(first: 1000, after: $after) { totalCount nodes { code } pageInfo { hasNextPage } } } }`,
      { after: page1.pageInfo.endCursor },
    );
    const page2 = second.data.province.communes;
    expect(page1.nodes).toHaveLength(40);
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    expect(page1.nodes.length + page2.nodes.length).toBe(page1.totalCount);
    const codes = [...page1.nodes, ...page2.nodes].map((n: any) => n.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect([...codes].sort()).toEqual(codes);
  });

  it.each([
    ['commune(code: "4", date: "2024-01-01") { code }', 'code'],
    ['commune(code: "00004", date: "2024-13-01") { code }', 'date'],
    ['commune(code: "00004", date: "2020-01-01") { code }', 'date'],
    ['communes(first: -1) { totalCount }', 'first'],
    ['communes(after: "nonsense") { totalCount }', 'after'],
  ])('rejects %s naming the argument', async (field, argument) => {
    const res = await query(`{ ${field} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('answers null for a well-formed code that names nothing on the date', async () => {
    const res = await query(`{ commune(code: "99999", date: "2024-01-01") { code } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.commune).toBeNull();
  });
});

/**
 * One statement per gateway fetch: a commune found by `commune(code, date)` or by `_entities`
 * brings the province, district and classifications the operation asks for in the same
 * statement. A commune reached through a list resolves them with its own loaders, so the two
 * paths check each other.
 */
describe('geography subgraph, one statement per fetch', () => {
  const PARTS =
    'code validFrom name province { code validFrom name } district { code validFrom name } classifications { kind validFrom validUntil source synthetic }';
  const listed = async (provinceCode: string, date: string) => {
    const res = await query(`{ communes(provinceCode: "${provinceCode}", date: "${date}", first: 1000) { nodes { ${PARTS} } } }`);
    expect(res.errors).toBeUndefined();
    return res.data.communes.nodes as { code: string; validFrom: string; classifications: unknown[] }[];
  };
  const statementsOf = async (q: string, v?: Record<string, unknown>) => {
    const before = subgraph.statements.count;
    const res = await query(q, v);
    expect(res.errors).toBeUndefined();
    return { data: res.data, statements: subgraph.statements.count - before };
  };

  beforeAll(async () => {
    // Two periods of one kind and one of another, one ended before the version's last day (not shown by default).
    const client = new pg.Client({ connectionString: schemas.url });
    await client.connect();
    await client.query(
      `insert into "${schemas.settings('geography').schema}".classification (commune_code, commune_valid_from, kind, valid_from, valid_until, source, synthetic)
       values ('00004', '2021-11-01', 'MOUNTAINOUS', '2021-11-01', null, 'test', true),
              ('00004', '2021-11-01', 'EXTREMELY_DIFFICULT', '2021-11-01', '2022-12-31', 'test', true),
              ('00004', '2025-07-01', 'ETHNIC_MINORITY_AREA', '2025-07-01', null, 'test', false)`,
    );
    await client.end();
  });

  it('brings a commune’s province, district and classifications in the statement that finds it', async () => {
    const { data, statements } = await statementsOf(`{ commune(code: "00004", date: "2024-06-01") { ${PARTS} } }`);
    expect(statements).toBe(1);
    expect(data.commune).toEqual((await listed('01', '2024-06-01')).find((c) => c.code === '00004'));
    expect(data.commune).toMatchObject({
      province: { code: '01', name: 'Hà Nội' },
      district: { code: '001', name: 'Ba Đình' },
      classifications: [{ kind: 'MOUNTAINOUS', validFrom: '2021-11-01', validUntil: null, source: 'test', synthetic: true }],
    });
    const after = await statementsOf(`{ commune(code: "00004", date: "2025-08-01") { ${PARTS} } }`);
    expect(after.statements).toBe(1);
    expect(after.data.commune).toMatchObject({ district: null, classifications: [{ kind: 'ETHNIC_MINORITY_AREA' }] });
  });

  it('resolves a batch of entity references with their parts in one statement', async () => {
    const before = (await listed('01', '2024-06-01')).slice(0, 40);
    const after = (await listed('01', '2025-08-01')).slice(0, 10);
    const reps = [...before, ...after].map((c) => ({ __typename: 'Commune', code: c.code, validFrom: c.validFrom }));
    const { data, statements } = await statementsOf(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Commune { ${PARTS} } } }`,
      { r: reps },
    );
    expect(statements).toBe(1);
    expect(data._entities).toEqual([...before, ...after]);
    expect(data._entities.filter((c: { classifications: unknown[] }) => c.classifications.length).length).toBeGreaterThan(0);
  });

  it('asks nothing more when the operation wants none of the parts', async () => {
    const { statements } = await statementsOf(`{ commune(code: "00004", date: "2024-06-01") { code name } }`);
    expect(statements).toBe(1);
  });
});
