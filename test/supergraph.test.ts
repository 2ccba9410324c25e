import { readFileSync } from 'node:fs';
import { buildClientSchema, getIntrospectionQuery, isEnumType, isInputObjectType, isObjectType } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/server.ts';
import { composeDefault } from '../scripts/compose.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

let sg: TestSupergraph;
beforeAll(async () => {
  sg = await startTestSupergraph();
});
afterAll(async () => {
  await sg?.stop();
});

describe('the committed supergraph', () => {
  it('composes and equals what the subgraphs compose to now', () => {
    expect(readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8')).toBe(composeDefault());
  });
});

describe('the schema analysts see', () => {
  it('describes every type, field, argument, input field and enum value', async () => {
    const res = await sg.query(getIntrospectionQuery());
    const schema = buildClientSchema(res.data);
    const missing: string[] = [];
    const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || BUILT_IN.has(type.name)) continue;
      if (!type.description && !isObjectType(type) && !isInputObjectType(type)) missing.push(type.name);
      if (isObjectType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : [])
            if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).toEqual([]);
  });
});

describe('acceptance through the gateway', () => {
  it('tells Trúc Bạch (before the reform) from Ba Đình (after) under code 00004', async () => {
    const res = await sg.query(`{
      a: commune(code: "00004", date: "2024-06-01") { code name province { code name } district { code name } }
      b: commune(code: "00004", date: "2025-08-01") { code name province { code name } district { code name } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.a).toEqual({
      code: '00004',
      name: 'Trúc Bạch',
      province: { code: '01', name: 'Hà Nội' },
      district: { code: '001', name: 'Ba Đình' },
    });
    expect(res.data.b).toEqual({ code: '00004', name: 'Ba Đình', province: { code: '01', name: 'Hà Nội' }, district: null });
  });

  it('counts the communes of every snapshot', async () => {
    const res = await sg.query(`{ w: communes(date: "2022-01-01") { totalCount } x: communes(date: "2025-06-30") { totalCount }
      y: communes(date: "2025-07-01") { totalCount } z: communes(date: "2026-05-01") { totalCount } }`);
    expect(Object.values(res.data).map((c: any) => c.totalCount)).toEqual([10599, 10035, 3321, 3321]);
  });

  it('lists the reform predecessors of Ba Đình', async () => {
    const res = await sg.query(`{ commune(code: "00004", date: "2025-08-01") { predecessors { transfer commune { code name } } } }`);
    const preds = res.data.commune.predecessors;
    expect(preds).toContainEqual({ transfer: 'FULL', commune: { code: '00004', name: 'Trúc Bạch' } });
    expect(preds).toContainEqual({ transfer: 'FULL', commune: { code: '00013', name: 'Quán Thánh' } });
    expect(preds).toContainEqual({ transfer: 'PARTIAL', commune: { code: '00016', name: 'Ngọc Hà' } });
  });

  it('answers one demo commune with fields from all five subgraphs in one response', async () => {
    const list = await sg.query(`{ communes(provinceCode: "04", date: "2023-12-31", first: 1000) { nodes { code } } }`);
    const codes: string[] = list.data.communes.nodes.map((n: any) => n.code);
    expect(codes.length).toBeGreaterThan(100);
    const res = await sg.query(
      `query($code: String!) { commune(code: $code, date: "2023-12-31") {
        code name classifications { kind synthetic }
        childPopulation(year: 2023) { total preschoolAndPrimaryAge }
        checkups(year: 2023) { reported examinedPreschoolAndPrimaryAge }
        schoolMeals(schoolYear: "2023-2024") { pupilsServed pupilsEnrolled }
        playAreaSummary(year: 2023) { playAreas }
      } }`,
      { code: codes[Math.floor(codes.length / 2)] },
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.commune;
    expect(c.childPopulation.total).toBeGreaterThan(0);
    expect(c.childPopulation.preschoolAndPrimaryAge).toBeLessThanOrEqual(c.childPopulation.total);
    if (c.checkups.reported)
      expect(c.checkups.examinedPreschoolAndPrimaryAge).toBeLessThanOrEqual(c.childPopulation.preschoolAndPrimaryAge);
    expect(c.schoolMeals).not.toBeNull();
    expect(c.playAreaSummary.playAreas).toBeGreaterThanOrEqual(0);
    expect(c.classifications.every((k: any) => k.synthetic)).toBe(true);
  });

  it('says the sector data is synthetic and the geography real', async () => {
    const res = await sg.query(`{ dataProvenance { sectorDataSynthetic sectorData geography seed scope } }`);
    expect(res.data.dataProvenance).toMatchObject({ sectorDataSynthetic: true, seed: 11, scope: '04' });
    expect(res.data.dataProvenance.sectorData).toMatch(/synthetic/i);
  });

  it.each([
    ['commune(code: "0004") { code }', 'code'],
    ['commune(code: "00004", date: "2024-02-30") { code }', 'date'],
    ['commune(code: "00004", date: "2021-10-31") { code }', 'date'],
    ['communes(first: -5) { totalCount }', 'first'],
  ])('rejects %s with BAD_USER_INPUT naming the argument', async (field, argument) => {
    const res = await sg.query(`{ ${field} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });

  it('answers null, not an error, for a code that names nothing on the date', async () => {
    const res = await sg.query(`{ commune(code: "00004", date: "2021-11-01") { code } none: commune(code: "99998") { code } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.none).toBeNull();
  });
});

describe('reporting by district', () => {
  it('judges each Cao Bằng district against its own 30 November deadline', async () => {
    const res = await sg.query(`{ reportingStatus(agency: HEALTH, year: 2023, provinceCode: "04", first: 1000) {
      summary { expected } communes { commune { district { code } } submittedOn }
      districts { district { code name } deadline communes onTime late missing state } } }`);
    expect(res.errors).toBeUndefined();
    const { communes, districts, summary } = res.data.reportingStatus;
    expect(districts.length).toBeGreaterThan(5);
    expect(districts.reduce((s: number, d: any) => s + d.communes, 0)).toBe(summary.expected);
    for (const d of districts) {
      expect(d.deadline).toBe('2023-11-30');
      expect(d.district.name).toBeTruthy();
      const mine = communes.filter((c: any) => c.commune.district.code === d.district.code).map((c: any) => c.submittedOn);
      const state = mine.some((x: string | null) => !x) ? 'MISSING' : mine.every((x: string) => x <= '2023-11-30') ? 'ON_TIME' : 'LATE';
      expect({ code: d.district.code, state: d.state }).toEqual({ code: d.district.code, state });
    }
  });
});

describe('entity batching', () => {
  it('costs each agency subgraph one SQL statement for a page of 150 communes', async () => {
    const before = Object.fromEntries(Object.entries(sg.subgraphs).map(([n, s]) => [n, s.statements.count]));
    const res = await sg.query(`{ communes(provinceCode: "04", date: "2023-12-31", first: 150) { nodes { code
        childPopulation(year: 2023) { total }
        checkups(year: 2023) { rounds }
        schoolMeals(schoolYear: "2023-2024") { pupilsServed }
        playAreaSummary(year: 2023) { playAreas } } } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data.communes.nodes).toHaveLength(150);
    const delta = (n: keyof typeof sg.subgraphs) => sg.subgraphs[n].statements.count - before[n]!;
    expect({ labour: delta('labour'), health: delta('health'), education: delta('education'), culture: delta('culture') }).toEqual({
      labour: 1,
      health: 1,
      education: 1,
      culture: 1,
    });
    // geography: the page and its total, together
    expect(delta('geography')).toBe(1);
  });
});

describe('the edge', () => {
  it('answers liveness and readiness, with each subgraph ready', async () => {
    const base = sg.gateway.url.replace('/graphql', '');
    expect((await fetch(`${base}/health/live`)).status).toBe(200);
    const ready = await fetch(`${base}/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { details: unknown }).details).toEqual({
      geography: 'ready',
      education: 'ready',
      health: 'ready',
      culture: 'ready',
      labour: 'ready',
      coverage: 'ready',
    });
  });

  it('answers browsers across origins (CORS), preflight included', async () => {
    const preflight = await fetch(sg.gateway.url, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://portal.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,authorization,apollographql-client-name',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-headers')).toMatch(/apollographql-client-name/);
    const res = await fetch(sg.gateway.url, {
      method: 'POST',
      headers: { origin: 'https://portal.example', 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ directorySnapshots { date } }' }),
    });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toMatch(/x-request-id/);
  });

  it('refuses batched operations and oversized bodies', async () => {
    const batched = await fetch(sg.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ directorySnapshots { date } }' }, { query: '{ directorySnapshots { date } }' }]),
    });
    expect(batched.status).toBe(400);
    const huge = await fetch(sg.gateway.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ directorySnapshots { date } } # ${'x'.repeat(1_100_000)}` }),
    });
    expect(huge.status).toBe(413);
  });

  it("keeps the other subgraphs' data, masked, when one subgraph is down", async () => {
    await sg.subgraphs.health.stop();
    const res = await sg.query(
      `{ commune(code: "01279", date: "2023-12-31") { code name checkups(year: 2023) { rounds } childPopulation(year: 2023) { total } } }`,
    );
    expect(res.status).toBe(200);
    expect(res.data.commune.code).toBe('01279');
    expect(res.data.commune.checkups).toBeNull();
    expect(res.data.commune.childPopulation).not.toBeNull();
    const error = res.errors?.find((e) => e.extensions?.code === 'SUBGRAPH_UNAVAILABLE');
    expect(error?.extensions?.serviceName).toBe('health');
    const text = JSON.stringify(res.errors);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|:\d{4,5}\b|stack|select /i);
  });
});
