import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { areaOf } from '../lib/directory/areas.ts';
import { postGraphQL } from './support/graphql.ts';
import { clientToken, gatewayHeaders } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/**
 * Dated officer areas on Hải Phòng (31) and Hải Dương (30), which became one Hải Phòng (31) on
 * 1 July 2025. The expected sets are computed here in SQL over the geography tables, from the
 * rule as docs/security.md states it, not with lib/directory:
 *  - 31@2025-07-01 (today's Hải Phòng): every commune version of the new province, and every
 *    version of both old provinces, which merged into it whole;
 *  - 31@2024-06-01 (Hải Phòng before the reform): every version of the old province, and the
 *    new communes formed only from its communes (with their later same-code versions).
 */
const NOW = '31@2025-07-01';
const BEFORE = '31@2024-06-01';
const INDICATORS = ['SPECIAL_CIRCUMSTANCE_SUPPORT', 'POOR_HOUSEHOLD_SUPPORT'];

let sg: TestSupergraph;
let db: pg.Client;
const headers: Record<string, Record<string, string>> = {};
const expected: Record<string, Set<string>> = {};
const key = (code: string, validFrom: string) => `${code}|${validFrom}`;
const rows = async (text: string, values: unknown[] = []) => (await db.query(text, values)).rows;
const schema = (name: string) => `"${sg.schemas.settings(name as never).schema}"`;

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 6, provinces: ['31'], childrenPerCommune: 6 } });
  db = new pg.Client({ connectionString: sg.schemas.url });
  await db.connect();
  const g = schema('geography');
  const now = await rows(`select code, valid_from::text from ${g}.commune
    where (province_code in ('30', '31') and valid_until <= '2025-06-30') or (province_code = '31' and valid_from >= '2025-07-01')`);
  const before =
    await rows(`with old as (select code from ${g}.commune where province_code = '31' and valid_from <= '2025-06-30' and valid_until >= '2025-06-30'),
      formed as (select code from ${g}.reform_crosswalk group by code having bool_and(predecessor_code in (select code from old)))
    select code, valid_from::text from ${g}.commune where province_code = '31' and valid_until <= '2025-06-30'
    union select c.code, c.valid_from::text from ${g}.commune c join formed using (code) where c.valid_from >= '2025-07-01'`);
  // One commune before the reform: itself, and any new commune formed from it alone (none for 10507).
  const commune = await rows(`select code, valid_from::text from ${g}.commune where code = '10507' and valid_from = '2021-11-01'
    union select c.code, c.valid_from::text from ${g}.commune c where c.valid_from >= '2025-07-01' and c.code in
      (select code from ${g}.reform_crosswalk group by code having bool_and(predecessor_code = '10507'))`);
  expected['10507@2024-06-01'] = new Set(commune.map((r) => key(r.code, r.valid_from)));
  expected[NOW] = new Set(now.map((r) => key(r.code, r.valid_from)));
  expected[BEFORE] = new Set(before.map((r) => key(r.code, r.valid_from)));
  const token = async (role: string, area?: string[]) => ({
    authorization: `Bearer ${await clientToken({ subject: `${role}-${area ?? ''}`, role, area })}`,
  });
  headers.admin = await token('ADMIN');
  headers.analyst = await token('ANALYST');
  headers[NOW] = await token('OFFICER', [NOW]);
  headers[BEFORE] = await token('OFFICER', [BEFORE]);
  headers['10507@2025-08-01'] = await token('OFFICER', ['10507@2025-08-01']);
  headers['10507@2024-06-01'] = await token('OFFICER', ['10507@2024-06-01']);
}, 600_000);
afterAll(async () => {
  await db?.end();
  await sg?.stop();
});

/** The children an area may see: those with any residence row whose dates meet an inside commune version under the row's code. */
async function visibleChildren(area: string): Promise<Set<string>> {
  const versions = [...expected[area]!].map((k) => k.split('|'));
  const g = schema('geography');
  const l = schema('labour');
  const found = await rows(
    `select distinct r.ma_tre from ${l}.tre_em_cu_tru r
      join ${g}.commune c on c.code = r.ma_xa
      join unnest($1::text[], $2::date[]) as a(code, valid_from) on a.code = c.code and a.valid_from = c.valid_from
     where r.tu_ngay < coalesce(c.valid_until + 1, '9999-12-31')
       and (r.den_ngay is null or r.den_ngay > case when c.valid_from = '2021-11-01' then '1900-01-01'::date else c.valid_from end)`,
    [versions.map((v) => v[0]), versions.map((v) => v[1])],
  );
  return new Set(found.map((r) => r.ma_tre));
}

/** Child ids every commune in force at a year's end returns to a viewer, and the communes' versions. */
async function childRecordIds(who: string, provinces: string[], year: number) {
  const ids: string[] = [];
  for (const p of provinces) {
    let after: string | null = null;
    do {
      // Small pages: the operation cost limit multiplies the two page sizes.
      const res: any = await sg.query(
        `query($after: String) { communes(provinceCode: "${p}", date: "${year}-12-31", first: 20, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { childRecords(year: ${year}, first: 200) { totalCount nodes { id } } } } }`,
        { after },
        headers[who],
      );
      expect(res.errors).toBeUndefined();
      for (const n of res.data.communes.nodes) {
        expect(n.childRecords.totalCount).toBe(n.childRecords.nodes.length);
        ids.push(...n.childRecords.nodes.map((c: { id: string }) => c.id));
      }
      after = res.data.communes.pageInfo.hasNextPage ? res.data.communes.pageInfo.endCursor : null;
    } while (after);
  }
  return ids.sort();
}

describe('the directory module', () => {
  it.each([[NOW], [BEFORE]])('places inside %s exactly the commune versions the rule names', (area) => {
    const got = areaOf([area])
      .communeWindows()
      .map((w) => key(w.code, w.from === '1900-01-01' ? '2021-11-01' : w.from));
    expect(new Set(got)).toEqual(expected[area]);
    expect(got.length).toBe(expected[area]!.size);
  });

  it('tells the two Hải Phòngs apart', () => {
    expect(expected[NOW]!.has(key('10507', '2021-11-01'))).toBe(true); // Cẩm Thượng, Hải Dương, in 2024
    expect(expected[BEFORE]!.has(key('10507', '2021-11-01'))).toBe(false);
    expect(expected[BEFORE]!.size).toBeLessThan(expected[NOW]!.size);
  });
});

describe('child records of a dated area', () => {
  it.each([[NOW], [BEFORE]])('an officer of %s reads exactly the children who lived in it (2024 and 2025)', async (area) => {
    const visible = await visibleChildren(area);
    for (const [year, provinces] of [
      [2024, ['30', '31']],
      [2025, ['31']],
    ] as const) {
      const all = await childRecordIds('admin', [...provinces], year);
      const mine = await childRecordIds(area, [...provinces], year);
      expect(mine).toEqual(all.filter((id) => visible.has(id)));
      expect(mine.length).toBeGreaterThan(0);
    }
  });

  it("keeps Hải Dương's 2024 commune 10507 from an officer of the old Hải Phòng, and gives it to the new one", async () => {
    const q = '{ commune(code: "10507", date: "2024-06-01") { name childRecords(year: 2024, first: 1000) { totalCount nodes { id } } } }';
    const admin = (await sg.query(q, undefined, headers.admin)).data.commune.childRecords;
    expect(admin.totalCount).toBeGreaterThan(0);
    const before = (await sg.query(q, undefined, headers[BEFORE])).data.commune.childRecords;
    const visible = await visibleChildren(BEFORE);
    expect(before.nodes.map((n: { id: string }) => n.id)).toEqual(
      admin.nodes.map((n: { id: string }) => n.id).filter((id: string) => visible.has(id)),
    );
    expect(before.totalCount).toBeLessThan(admin.totalCount);
    for (const who of [NOW, '10507@2025-08-01'])
      expect((await sg.query(q, undefined, headers[who])).data.commune.childRecords).toEqual(admin);
  });

  it('reads the same code on two dates as two places', async () => {
    // New 10507 (Thành Đông) was formed from old 10507 and three neighbours: an officer of old 10507 sees only the children who lived there.
    const q = '{ commune(code: "10507", date: "2025-08-01") { childRecords(year: 2025, first: 1000) { totalCount nodes { id } } } }';
    const admin = (await sg.query(q, undefined, headers.admin)).data.commune.childRecords;
    const old = (await sg.query(q, undefined, headers['10507@2024-06-01'])).data.commune.childRecords;
    const visible = await visibleChildren('10507@2024-06-01');
    expect(expected['10507@2024-06-01']).toEqual(new Set([key('10507', '2021-11-01')]));
    expect(old.nodes.map((n: { id: string }) => n.id)).toEqual(
      admin.nodes.map((n: { id: string }) => n.id).filter((id: string) => visible.has(id)),
    );
    expect(old.totalCount).toBeGreaterThan(0);
    expect(old.totalCount).toBeLessThan(admin.totalCount);
    expect((await sg.query(q, undefined, headers['10507@2025-08-01'])).data.commune.childRecords).toEqual(admin);
  });

  it('records the dated area in the audit trail', async () => {
    const read = await sg.query(
      '{ commune(code: "10507", date: "2024-06-01") { childRecords(year: 2024, first: 1) { totalCount } } }',
      undefined,
      headers[BEFORE],
    );
    const trail = await sg.query('{ childRecordAudit(first: 50) { nodes { requestId area } } }', undefined, headers.admin);
    expect(
      trail.data.childRecordAudit.nodes.find((e: { requestId: string }) => e.requestId === read.headers.get('x-request-id'))?.area,
    ).toEqual([BEFORE]);
  });

  it("is refused by a subgraph when the gateway's token carries an undated area", async () => {
    const res = await postGraphQL(
      sg.subgraphs.labour.url,
      '{ __typename }',
      undefined,
      await gatewayHeaders({ subject: 'x', role: 'OFFICER', area: ['31'] }),
    );
    expect(res.status).toBe(401);
  });
});

describe('coverage cells of a dated area', () => {
  const CELL = `coverage(year: $year, indicators: ${JSON.stringify(INDICATORS)}) { indicator value numerator denominator status }`;
  const read = async (who: string, province: string, year: number) => {
    const res = await sg.query(
      `query($year: Int!, $date: Date!) { communes(provinceCode: "${province}", date: $date, first: 1000) { nodes { code validFrom ${CELL} } }
      province(code: "${province}", date: $date) { ${CELL} } }`,
      { year, date: `${year}-12-31` },
      headers[who],
    );
    expect(res.errors).toBeUndefined();
    return res.data as {
      communes: { nodes: { code: string; validFrom: string; coverage: unknown[] }[] };
      province: { coverage: unknown[] };
    };
  };

  it.each([[NOW], [BEFORE]])('an officer of %s sees unsuppressed exactly the cells of commune versions inside it', async (area) => {
    let insideHidden = 0;
    let outsideHidden = 0;
    for (const [province, year] of [
      ['30', 2024],
      ['31', 2024],
      ['31', 2025],
    ] as const) {
      const [admin, analyst, officer] = await Promise.all([
        read('admin', province, year),
        read('analyst', province, year),
        read(area, province, year),
      ]);
      for (const [i, n] of officer.communes.nodes.entries()) {
        const inside = expected[area]!.has(key(n.code, n.validFrom));
        const hidden = JSON.stringify(analyst.communes.nodes[i]!.coverage).includes('SUPPRESSED');
        expect(n.coverage).toEqual((inside ? admin : analyst).communes.nodes[i]!.coverage);
        if (hidden) inside ? insideHidden++ : outsideHidden++;
      }
    }
    expect(insideHidden).toBeGreaterThan(0); // the officer sees what an analyst may not
    if (area === BEFORE) expect(outsideHidden).toBeGreaterThan(0); // and not what lies outside
  });

  it('shows province cells only when every version of the province code lies inside', async () => {
    // The coverage subgraph knows a province only by its code: 31 has a pre-reform and a post-reform version.
    for (const [province, year] of [
      ['30', 2024],
      ['31', 2024],
      ['31', 2025],
    ] as const) {
      const [admin, analyst, now, before] = await Promise.all([
        read('admin', province, year),
        read('analyst', province, year),
        read(NOW, province, year),
        read(BEFORE, province, year),
      ]);
      expect(now.province.coverage).toEqual(admin.province.coverage);
      expect(before.province.coverage).toEqual(analyst.province.coverage);
    }
  });
});
