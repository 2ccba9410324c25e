import fc from 'fast-check';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '../lib/config.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** Hải Phòng (31) brings Hải Dương (30) with it: they merged on 1 July 2025. */
const DEMO = { seed: 5, provinces: ['31'], childrenPerCommune: 40 };
const IDS = [
  'CHECKUP_COVERAGE',
  'MEAL_COVERAGE',
  'PLAY_AREA',
  'SPECIAL_CIRCUMSTANCE_SUPPORT',
  'POOR_HOUSEHOLD_SUPPORT',
  'FUND_PER_CHILD_IN_NEED',
];
/** The registry in order: Hải Phòng's six, then the other plans' (test/plans.test.ts checks those). */
const ALL_IDS = [...IDS, 'VIOLENCE_ABUSE_SUPPORT', 'PRESCHOOL_ENROLMENT', 'UNDER6_HEALTH_INSURANCE', 'CHILD_FRIENDLY_COMMUNE'];
const VALUE_FIELDS =
  'indicator value numerator numeratorAmount denominator target gap status completeness unitsExpected unitsReported excludedMembers dataQuality';

interface Value {
  indicator: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  gap: number | null;
  status: string;
  completeness: number | null;
  unitsExpected: number;
  unitsReported: number;
  excludedMembers: number;
  dataQuality: string[];
}
interface CommuneValues {
  code: string;
  coverage: Value[];
}

let sg: TestSupergraph;
let communes2024: CommuneValues[];
/** The arithmetic is under test here, not access: ask as ADMIN, who sees every figure unsuppressed. */
let admin: Record<string, string>;
const ask = async (query: string, variables?: Record<string, unknown>) => {
  const res = await sg.query(query, variables, admin);
  if (res.data) res.data = moneyAsNumerator(res.data);
  return res;
};

/**
 * The arithmetic below reads every numerator as a number: a money numerator comes as the exact
 * VND string `numeratorAmount` with `numerator` null (never a Float), checked here and then put
 * where the arithmetic reads it.
 */
function moneyAsNumerator(x: any): any {
  if (Array.isArray(x)) return x.map(moneyAsNumerator);
  if (x === null || typeof x !== 'object') return x;
  const out = Object.fromEntries(Object.entries(x).map(([k, v]) => [k, moneyAsNumerator(v)]));
  if ('numeratorAmount' in out) {
    const { numeratorAmount, ...rest } = out;
    if (numeratorAmount === null) return rest;
    expect([out.indicator, out.numerator, numeratorAmount]).toEqual([out.indicator, null, expect.stringMatching(/^\d+$/)]);
    return { ...rest, numerator: Number(numeratorAmount) };
  }
  return out;
}

/** Plain SQL straight on a subgraph's own tables (an agency's, or the coverage read model), bypassing every subgraph. */
async function schemaSql(name: SubgraphName, text: string, values: unknown[] = []) {
  const client = new pg.Client({ connectionString: sg.schemas.url });
  await client.connect();
  try {
    await client.query('begin');
    await client.query(`set local search_path to "${sg.schemas.settings(name).schema}"`);
    return (await client.query(text, values)).rows;
  } finally {
    await client.query('commit');
    await client.end();
  }
}

async function communesOf(province: string, date: string, year: number): Promise<CommuneValues[]> {
  const res = await ask(
    `query($p: String!, $d: Date!, $y: Int!) { communes(provinceCode: $p, date: $d, first: 1000) {
    totalCount nodes { code coverage(year: $y) { ${VALUE_FIELDS} } } } }`,
    { p: province, d: date, y: year },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data.communes.nodes.length).toBe(res.data.communes.totalCount);
  return res.data.communes.nodes;
}

/** Σ numerators and Σ denominators over communes where both are known and not withheld (over-counts), per indicator. */
function sumTerms(list: CommuneValues[]) {
  return Object.fromEntries(
    IDS.map((id) => {
      const known = list
        .map((c) => c.coverage.find((v) => v.indicator === id)!)
        .filter((v) => v.numerator !== null && v.denominator !== null && !v.dataQuality.includes('NUMERATOR_EXCEEDS_DENOMINATOR'));
      return [
        id,
        {
          numerator: known.reduce((s, v) => s + v.numerator!, 0),
          denominator: known.reduce((s, v) => s + v.denominator!, 0),
          n: known.length,
        },
      ];
    }),
  );
}

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: DEMO });
  admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN' })}` };
  communes2024 = await communesOf('31', '2024-12-31', 2024);
}, 300_000);
afterAll(async () => {
  await sg?.stop();
});

describe('coverage through the gateway', () => {
  it('answers the acceptance query with every indicator', async () => {
    const res = await ask(`{ province(code: "31", date: "2025-06-30") {
      coverage(year: 2024) { indicator value numerator numeratorAmount denominator target gap status completeness } } }`);
    expect(res.errors).toBeUndefined();
    const values: Value[] = res.data.province.coverage;
    expect(values.map((v) => v.indicator)).toEqual(ALL_IDS);
    for (const v of values) {
      // No commune of the demo has recorded its own child-friendly assessment: that share is shown, not judged.
      expect(['MET', 'NOT_MET', 'NO_DATA', 'NO_TARGET', ...(v.indicator === 'CHILD_FRIENDLY_COMMUNE' ? ['NOT_REPORTED'] : [])]).toContain(
        v.status,
      );
      if (v.value !== null)
        expect(v.value).toBeCloseTo((v.numerator! / v.denominator!) * (v.indicator === 'FUND_PER_CHILD_IN_NEED' ? 1 : 100), 4);
    }
    // The plan's city-wide targets apply to the city; the mountainous-only ones do not.
    const special = values.find((v) => v.indicator === 'SPECIAL_CIRCUMSTANCE_SUPPORT')!;
    expect(special.target).toBe(99);
    expect(special.gap).toBeCloseTo(special.value! - 99, 4);
    expect(special.status).toBe(special.value! >= 99 ? 'MET' : 'NOT_MET');
    expect(values.find((v) => v.indicator === 'CHECKUP_COVERAGE')!.target).toBeNull();
  });

  it('rolls up as the ratio of sums: the communes add up to the province exactly', async () => {
    const res = await ask(`{ province(code: "31", date: "2024-12-31") { coverage(year: 2024) { ${VALUE_FIELDS} } } }`);
    const province: Value[] = res.data.province.coverage;
    const sums = sumTerms(communes2024);
    for (const id of IDS) {
      const p = province.find((v) => v.indicator === id)!;
      expect({ id, numerator: p.numerator, denominator: p.denominator }).toEqual({
        id,
        numerator: sums[id]!.numerator,
        denominator: sums[id]!.denominator,
      });
    }
  });

  it('answers a commune and the group of that one commune alike', async () => {
    const mountainous = await ask(
      `{ communes(provinceCode: "31", date: "2024-12-31", classification: MOUNTAINOUS, first: 3) { nodes { code } } }`,
    );
    const overCounting = new Set(
      communes2024.filter((c) => c.coverage.some((v) => v.dataQuality.includes('NUMERATOR_EXCEEDS_DENOMINATOR'))).map((c) => c.code),
    );
    for (const { code } of (mountainous.data.communes.nodes as { code: string }[]).filter((c) => !overCounting.has(c.code))) {
      const res = await ask(
        `query($c: String!) {
        commune(code: $c, date: "2024-12-31") { coverage(year: 2024) { ${VALUE_FIELDS} } }
        coverageGroup(year: 2024, codes: [$c]) { communes values { ${VALUE_FIELDS} } } }`,
        { c: code },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.coverageGroup.communes).toBe(1);
      expect(res.data.coverageGroup.values).toEqual(res.data.commune.coverage);
      // A mountainous commune of Hải Phòng carries the plan's 100% check-up target.
      expect(res.data.commune.coverage.find((v: Value) => v.indicator === 'CHECKUP_COVERAGE').target).toBe(100);
    }
  });

  it('sums any group of communes exactly (property)', async () => {
    const codes = communes2024.map((c) => c.code);
    await fc.assert(
      fc.asyncProperty(fc.subarray(codes, { minLength: 1, maxLength: 40 }), async (group) => {
        const res = await ask(
          `query($codes: [String!]) { coverageGroup(year: 2024, codes: $codes) { communes values { ${VALUE_FIELDS} } } }`,
          { codes: group },
        );
        const expected = sumTerms(communes2024.filter((c) => group.includes(c.code)));
        for (const id of IDS) {
          const v = (res.data.coverageGroup.values as Value[]).find((x) => x.indicator === id)!;
          const e = expected[id]!;
          expect(v.numerator ?? 0).toBe(e.n ? e.numerator : 0);
          expect(v.denominator ?? 0).toBe(e.n ? e.denominator : 0);
        }
      }),
      { numRuns: 25, seed: 42 },
    );
  });

  it('checks count targets on the group the plan names: 14 mountainous communes of Hải Phòng equipped', async () => {
    const res = await ask(`{ coverageGroup(year: 2025, provinceCode: "31", classification: MOUNTAINOUS, indicators: ["PLAY_AREA"]) {
      description communes values { numerator denominator target targetTerm targetComparison targetPopulation gap status } } }`);
    const [play] = res.data.coverageGroup.values;
    expect(play).toMatchObject({ target: 14, targetTerm: 'NUMERATOR', targetComparison: 'AT_LEAST' });
    expect(play.gap).toBe(play.numerator - 14);
    expect(play.status).toBe(play.numerator >= 14 ? 'MET' : 'NOT_MET');
  });

  it('says NO_DATA, never zero, where a station did not report', async () => {
    const missing = communes2024.flatMap((c) =>
      c.coverage.filter((v) => v.indicator === 'CHECKUP_COVERAGE' && v.unitsExpected === 1 && v.unitsReported === 0),
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const v of missing) expect(v).toMatchObject({ value: null, numerator: null, status: 'NO_DATA', completeness: 0 });
  });

  it('gives a yearly series over the plan period', async () => {
    const code = communes2024[0]!.code;
    const res = await ask(
      `query($c: String!) { commune(code: $c, date: "2022-06-01") {
      coverageSeries(indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT") { year period status } } }`,
      { c: code },
    );
    expect(res.data.commune.coverageSeries.map((v: { year: number }) => v.year)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  }, 300_000); // a sensitive series reads seven years' suppression patterns, each computed on first use in tests

  it('describes the registry with sources, legal basis and targets', async () => {
    const res =
      await ask(`{ indicators { id nameVi nameEn unit factor periodType legalBasis numerator { subgraph measure field } denominator { subgraph }
      targets { value comparison term year population document } } }`);
    const byId = Object.fromEntries(res.data.indicators.map((i: { id: string }) => [i.id, i]));
    expect(Object.keys(byId)).toEqual(ALL_IDS);
    expect(byId.CHECKUP_COVERAGE.numerator.subgraph).toBe('health');
    expect(byId.CHECKUP_COVERAGE.denominator.subgraph).toBe('labour');
    expect(byId.MEAL_COVERAGE.periodType).toBe('SCHOOL_YEAR');
    expect(byId.FUND_PER_CHILD_IN_NEED.targets).toEqual([]);
  });

  it.each([
    ['commune(code: "01279") { coverage(year: 1990) { status } }', 'year'],
    ['nationalCoverage(year: 2024, indicators: ["NOPE"]) { communes }', 'indicators'],
    ['coverageGroup(year: 2024, codes: ["12"]) { communes }', 'codes'],
  ])('rejects %s naming the argument', async (field, argument) => {
    const res = await ask(`{ ${field} }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
  });
});

describe('cross-sector filter, sort and page', () => {
  const value = (c: CommuneValues, id: string) => c.coverage.find((v) => v.indicator === id)!.value;

  it('pages communes below 90% on check-ups and meals, worst check-up coverage first', async () => {
    const expected = communes2024
      .filter(
        (c) =>
          value(c, 'CHECKUP_COVERAGE') !== null &&
          value(c, 'CHECKUP_COVERAGE')! < 90 &&
          value(c, 'MEAL_COVERAGE') !== null &&
          value(c, 'MEAL_COVERAGE')! < 90,
      )
      .sort((a, b) => value(a, 'CHECKUP_COVERAGE')! - value(b, 'CHECKUP_COVERAGE')! || a.code.localeCompare(b.code));
    expect(expected.length).toBeGreaterThan(5);
    const seen: { code: string; checkup: number; meal: number }[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const res: any = await ask(
        `query($after: String) { communeCoverage(year: 2024, provinceCode: "31",
          where: [{ indicator: "CHECKUP_COVERAGE", lessThan: 90 }, { indicator: "MEAL_COVERAGE", lessThan: 90 }],
          orderBy: { indicator: "CHECKUP_COVERAGE", direction: ASC }, indicators: ["CHECKUP_COVERAGE", "MEAL_COVERAGE"], first: 4, after: $after) {
        totalCount pageInfo { hasNextPage endCursor } nodes { commune { code name } values { indicator value } } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.communeCoverage.totalCount).toBe(expected.length);
      for (const n of res.data.communeCoverage.nodes) {
        expect(n.commune.name).toBeTruthy(); // resolved by geography, through the gateway
        seen.push({ code: n.commune.code, checkup: n.values[0].value, meal: n.values[1].value });
      }
      after = res.data.communeCoverage.pageInfo.hasNextPage ? res.data.communeCoverage.pageInfo.endCursor : null;
      pages++;
    } while (after && pages < 100);
    expect(seen.map((s) => s.code)).toEqual(expected.map((c) => c.code));
    expect(seen.every((s) => s.checkup < 90 && s.meal < 90)).toBe(true);
  });

  it('finds every commune of the country NOT_MET on any indicator', async () => {
    const expected = communes2024
      .filter((c) => c.coverage.some((v) => v.status === 'NOT_MET'))
      .map((c) => c.code)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    const res = await ask(
      `{ communeCoverage(year: 2024, notMetOnAny: true, first: 1000) { totalCount nodes { commune { code } values { status } } } }`,
    );
    expect(res.data.communeCoverage.totalCount).toBe(expected.length);
    expect(res.data.communeCoverage.nodes.map((n: any) => n.commune.code).sort()).toEqual(expected);
    for (const n of res.data.communeCoverage.nodes) expect(n.values.some((v: Value) => v.status === 'NOT_MET')).toBe(true);
  });
});

describe('reporting completeness and timeliness', () => {
  it('counts on-time, late and missing yearly labour reports against the plan deadline', async () => {
    const list = await ask(
      `{ communes(provinceCode: "31", date: "2024-12-31", first: 1000) { nodes { code labourReporting(year: 2024) { yearly { submittedOn } } } } }`,
    );
    const dates: (string | null)[] = list.data.communes.nodes.map((n: any) => n.labourReporting?.yearly.submittedOn ?? null);
    const deadline = '2024-10-30'; // Thanh Lĩnh plan's commune deadline; Hải Phòng sets none of its own for communes
    const expected = {
      expected: dates.length,
      onTime: dates.filter((d) => d !== null && d <= deadline).length,
      late: dates.filter((d) => d !== null && d > deadline).length,
      missing: dates.filter((d) => d === null).length,
    };
    const res = await ask(`{ reportingStatus(agency: LABOUR, year: 2024, provinceCode: "31", state: LATE, first: 1000) {
      summary { expected onTime late missing } totalCount communes { commune { code } deadline submittedOn state daysLate } } }`);
    expect(res.errors).toBeUndefined();
    const status = res.data.reportingStatus;
    expect(status.summary).toEqual(expected);
    expect(status.totalCount).toBe(expected.late);
    for (const c of status.communes) {
      expect(c).toMatchObject({ deadline, state: 'LATE' });
      expect(c.daysLate).toBe(Math.round((Date.parse(c.submittedOn) - Date.parse(deadline)) / 86_400_000));
    }
  });

  it('refuses six-month reports for agencies that only report yearly', async () => {
    const res = await ask(`{ reportingStatus(agency: HEALTH, year: 2024, period: SIX_MONTH) { totalCount } }`);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'period' });
  });
});

describe('the read model against the agency databases', () => {
  const agencySql = schemaSql;

  it('recomputes check-up, meal and special-circumstance terms of a random sample of communes', async () => {
    const sample = fc.sample(fc.constantFrom(...communes2024), { numRuns: 12, seed: 9 });
    for (const c of sample) {
      const checkup = c.coverage.find((v) => v.indicator === 'CHECKUP_COVERAGE')!;
      if (checkup.numerator !== null) {
        const [row] = await agencySql(
          'health',
          `select coalesce(sum(k.so_tre_kham), 0)::int n from dot_kham d join ket_qua_kham k using (ma_dot)
          where d.ma_xa = $1 and d.loai = 'KSK_TQ' and d.ngay_kham between '2024-01-01' and '2024-12-31' and k.nhom_tuoi in ('3-5', '6-10')`,
          [c.code],
        );
        expect({ code: c.code, checkup: row.n }).toEqual({ code: c.code, checkup: checkup.numerator });
      }
      const meal = c.coverage.find((v) => v.indicator === 'MEAL_COVERAGE')!;
      if (meal.numerator !== null) {
        const [row] = await agencySql(
          'education',
          `select coalesce(sum(b.so_hs_ban_tru), 0)::int n from ban_tru b
          join dm_truong t using (ma_truong) join truong_dia_ban l using (ma_truong)
          where b.nam_hoc = '2024-2025' and t.cap_hoc in ('MN', 'TH') and l.ma_xa = $1
            and l.tu_ngay <= '2024-09-05' and (l.den_ngay is null or l.den_ngay > '2024-09-05')`,
          [c.code],
        );
        expect({ code: c.code, meal: row.n }).toEqual({ code: c.code, meal: meal.numerator });
      }
      const special = c.coverage.find((v) => v.indicator === 'SPECIAL_CIRCUMSTANCE_SUPPORT')!;
      if (special.denominator !== null) {
        const [row] = await agencySql(
          'labour',
          `select count(distinct r.ma_tre)::int n from tre_em_cu_tru r join tre_em_hoan_canh h using (ma_tre)
          where r.ma_xa = $1 and r.tu_ngay <= '2024-12-31' and (r.den_ngay is null or r.den_ngay > '2024-12-31')
            and h.tu_ngay <= '2024-12-31' and (h.den_ngay is null or h.den_ngay > '2024-12-31')`,
          [c.code],
        );
        expect({ code: c.code, special: row.n }).toEqual({ code: c.code, special: special.denominator });
      }
    }
  });
});

describe('what a value withholds, and what it may not judge', () => {
  /** Read-model columns of each indicator, written out here rather than read from the registry. */
  const TERMS: Record<string, { num: string; den: string; expected: string; reported: string; percent: boolean }> = {
    CHECKUP_COVERAGE: {
      num: 'checkup_examined',
      den: 'checkup_population',
      expected: 'checkup_units_expected',
      reported: 'checkup_units_reported',
      percent: true,
    },
    MEAL_COVERAGE: { num: 'meal_served', den: 'meal_enrolled', expected: 'meal_schools', reported: 'meal_schools_reported', percent: true },
    PLAY_AREA: { num: 'play_equipped', den: 'play_known', expected: 'play_units_expected', reported: 'play_units_reported', percent: true },
    SPECIAL_CIRCUMSTANCE_SUPPORT: {
      num: 'special_supported',
      den: 'special_children',
      expected: 'labour_units_expected',
      reported: 'labour_units_reported',
      percent: true,
    },
    POOR_HOUSEHOLD_SUPPORT: {
      num: 'poor_supported',
      den: 'poor_children',
      expected: 'labour_units_expected',
      reported: 'labour_units_reported',
      percent: true,
    },
    FUND_PER_CHILD_IN_NEED: {
      num: 'fund_disbursed',
      den: 'in_need_children',
      expected: 'labour_units_expected',
      reported: 'labour_units_reported',
      percent: false,
    },
  };
  const communesInForce = (province: string, date: string) =>
    schemaSql(
      'geography',
      `select code from commune where province_code = $1 and valid_from <= $2 and (valid_until is null or valid_until >= $2) order by code`,
      [province, date],
    );

  it('says NO_DATA with completeness 0 for PLAY_AREA where the commune filed no culture report, whatever its register holds', async () => {
    const inForce = (await communesInForce('31', '2024-12-31')).map((r) => r.code as string);
    const unreported = (
      await schemaSql(
        'culture',
        `select c from unnest($1::text[]) c where not exists (select 1 from bao_cao_van_hoa b where b.ma_xa = c and b.nam = 2024)`,
        [inForce],
      )
    ).map((r) => r.c as string);
    // Communes whose register shows a play area with working equipment on 31 December: 100% before the fix.
    const equipped = new Set(
      (
        await schemaSql(
          'culture',
          `select distinct l.ma_xa from khu_vui_choi_dia_ban l join khu_vui_choi v on v.id = l.khu_id
        join trang_thiet_bi t on t.khu_id = v.id
       where l.tu_ngay <= '2024-12-31' and (l.den_ngay is null or l.den_ngay > '2024-12-31') and v.ngay_dua_vao_su_dung <= '2024-12-31'
         and t.ngay_lap_dat <= '2024-12-31' and (t.ngay_hong is null or t.ngay_hong > '2024-12-31')`,
        )
      ).map((r) => r.ma_xa as string),
    );
    expect(unreported.length).toBeGreaterThan(0);
    expect(unreported.some((c) => equipped.has(c))).toBe(true);
    expect(unreported.some((c) => !equipped.has(c))).toBe(true);
    for (const code of unreported) {
      const res = await ask(
        `query($c: String!) { commune(code: $c, date: "2024-12-31") {
        playAreaSummary(year: 2024) { reported hasPlayAreaWithWorkingEquipment } coverage(year: 2024, indicators: ["PLAY_AREA"]) { ${VALUE_FIELDS} } } }`,
        { c: code },
      );
      expect(res.errors).toBeUndefined();
      expect(res.data.commune.playAreaSummary).toEqual({ reported: false, hasPlayAreaWithWorkingEquipment: null });
      expect({ code, ...res.data.commune.coverage[0] }).toMatchObject({
        code,
        value: null,
        numerator: null,
        denominator: null,
        status: 'NO_DATA',
        completeness: 0,
      });
    }
  });

  it('keeps out of every district, province and national roll-up the terms its communes withhold', async () => {
    // The province-year of the test demo with the most over-counts, found in the read model's own rows.
    const [worst] = await schemaSql(
      'coverage',
      `select year, province_code, count(*)::int as n from commune_year
      where checkup_examined > checkup_population group by 1, 2 order by 3 desc, 1, 2 limit 1`,
    );
    expect(worst?.n).toBeGreaterThan(0);
    const { year, province_code: province } = worst!;
    const date = `${year}-12-31`;
    const res = await ask(
      `query($y: Int!, $p: String!, $d: Date!) {
      province(code: $p, date: $d) { coverage(year: $y) { ${VALUE_FIELDS} } districts(date: $d) { code coverage(year: $y) { ${VALUE_FIELDS} } } }
      nationalCoverage(year: $y) { values { ${VALUE_FIELDS} } } }`,
      { y: year, p: province, d: date },
    );
    expect(res.errors).toBeUndefined();
    const areas: { where: string; values: Value[] }[] = [
      { where: `province_code = '${province}'`, values: res.data.province.coverage },
      { where: 'true', values: res.data.nationalCoverage.values },
      ...res.data.province.districts.map((d: { code: string; coverage: Value[] }) => ({
        where: `province_code = '${province}' and district_code = '${d.code}'`,
        values: d.coverage,
      })),
    ];
    expect(areas.length).toBeGreaterThan(3);
    let excludedSeen = 0;
    for (const area of areas) {
      for (const id of IDS) {
        const t = TERMS[id]!;
        const out = t.percent ? `${t.num} > ${t.den}` : 'false';
        const [e] = await schemaSql(
          'coverage',
          `select
            sum(${t.num}) filter (where ${t.num} is not null and ${t.den} is not null and not (${out}))::float8 as numerator,
            sum(${t.den}) filter (where ${t.num} is not null and ${t.den} is not null and not (${out}))::float8 as denominator,
            count(*) filter (where ${out})::int as excluded,
            sum(${t.expected})::int as expected,
            (sum(${t.reported}) - coalesce(sum(${t.reported}) filter (where ${out}), 0))::int as usable
          from commune_year where year = $1 and ${area.where}`,
          [year],
        );
        const v = area.values.find((x) => x.indicator === id)!;
        expect({ area: area.where, id, numerator: v.numerator, denominator: v.denominator, excludedMembers: v.excludedMembers }).toEqual({
          area: area.where,
          id,
          numerator: e.numerator,
          denominator: e.denominator,
          excludedMembers: e.excluded,
        });
        if (e.expected) expect(v.completeness).toBeCloseTo(e.usable / e.expected, 6);
        else expect(v.completeness).toBeNull();
        expect(v.dataQuality.includes('PARTS_EXCLUDED')).toBe(e.excluded > 0);
        expect(v.dataQuality).not.toContain('NUMERATOR_EXCEEDS_DENOMINATOR');
        // Sensitive indicators never lose a member (supported ≤ children), so small-count suppression sums what is published.
        if (id !== 'CHECKUP_COVERAGE') expect({ id, excluded: e.excluded }).toEqual({ id, excluded: 0 });
        excludedSeen += e.excluded;
      }
    }
    expect(excludedSeen).toBeGreaterThan(0);
  });

  it('shows an over-counting commune its own terms, and a group of it none', async () => {
    const [row] = await schemaSql(
      'coverage',
      `select code, year, province_code from commune_year where checkup_examined > checkup_population order by year desc, code limit 1`,
    );
    const res = await ask(
      `query($c: String!, $y: Int!, $d: Date!, $p: String!) {
      commune(code: $c, date: $d) { coverage(year: $y, indicators: ["CHECKUP_COVERAGE"]) { ${VALUE_FIELDS} } }
      coverageGroup(year: $y, codes: [$c], indicators: ["CHECKUP_COVERAGE"]) { values { ${VALUE_FIELDS} } }
      communeCoverage(year: $y, provinceCode: $p, indicators: ["CHECKUP_COVERAGE"], first: 1000) { nodes { commune { code } values { ${VALUE_FIELDS} } } } }`,
      { c: row.code, y: row.year, d: `${row.year}-12-31`, p: row.province_code },
    );
    expect(res.errors).toBeUndefined();
    const [commune] = res.data.commune.coverage as Value[];
    // The commune page and the cross-sector list read the same row alike.
    expect(res.data.communeCoverage.nodes.find((n: any) => n.commune.code === row.code).values).toEqual([commune]);
    const [group] = res.data.coverageGroup.values as Value[];
    expect(commune!.numerator!).toBeGreaterThan(commune!.denominator!);
    expect(commune).toMatchObject({
      value: null,
      status: 'NO_DATA',
      completeness: 1,
      excludedMembers: 0,
      dataQuality: ['NUMERATOR_EXCEEDS_DENOMINATOR'],
    });
    expect(group).toMatchObject({
      value: null,
      numerator: null,
      denominator: null,
      status: 'NO_DATA',
      completeness: 0,
      excludedMembers: 1,
      dataQuality: ['PARTS_EXCLUDED'],
    });
  });

  it('has a small but real rate of over-counts in the demo, straight from the agency tables', async () => {
    // Examined aged 3–10 in each code's general check-ups of a year, against the children aged
    // 3–10 (age on 31 December) living under that code on 31 December.
    const examined = await schemaSql(
      'health',
      `select d.ma_xa as code, extract(year from d.ngay_kham)::int as year, sum(k.so_tre_kham)::int as n
      from dot_kham d join ket_qua_kham k using (ma_dot) where d.loai = 'KSK_TQ' and k.nhom_tuoi in ('3-5', '6-10') group by 1, 2`,
    );
    const living = await schemaSql(
      'labour',
      `select r.ma_xa as code, y.year, count(*)::int as n
      from generate_series(2019, 2025) y(year) join tre_em_cu_tru r on r.tu_ngay <= make_date(y.year, 12, 31) and (r.den_ngay is null or r.den_ngay > make_date(y.year, 12, 31))
      join tre_em t using (ma_tre) where y.year - extract(year from t.ngay_sinh) between 3 and 10 group by 1, 2`,
    );
    const population = new Map(living.map((r) => [`${r.code}|${r.year}`, r.n as number]));
    const over = examined.filter((r) => r.n > (population.get(`${r.code}|${r.year}`) ?? 0)).length;
    expect(examined.length).toBeGreaterThan(1000);
    expect(over).toBeGreaterThan(0);
    expect(over / examined.length).toBeLessThan(0.03);
  });

  it('does not judge a commune that filed no yearly child-list update: NOT_REPORTED, with its register figures', async () => {
    const inForce = (await communesInForce('31', '2024-12-31')).map((r) => r.code as string);
    const unreported = new Set(
      (
        await schemaSql(
          'labour',
          `select c from unnest($1::text[]) c
      where not exists (select 1 from bao_cao_xa b where b.ma_xa = c and b.nam = 2024 and b.ky = 'NAM')`,
          [inForce],
        )
      ).map((r) => r.c as string),
    );
    expect(unreported.size).toBeGreaterThan(0);
    const labourIds = ['SPECIAL_CIRCUMSTANCE_SUPPORT', 'POOR_HOUSEHOLD_SUPPORT', 'FUND_PER_CHILD_IN_NEED'];
    let judgedBefore = 0;
    for (const c of communes2024) {
      for (const v of c.coverage.filter((x) => labourIds.includes(x.indicator))) {
        if (!unreported.has(c.code)) {
          expect({ code: c.code, status: v.status }).not.toEqual({ code: c.code, status: 'NOT_REPORTED' });
          continue;
        }
        expect({ code: c.code, completeness: v.completeness, flagged: v.dataQuality.includes('INCOMPLETE_REPORTING') }).toEqual({
          code: c.code,
          completeness: 0,
          flagged: true,
        });
        if (v.value === null) continue;
        expect({ code: c.code, status: v.status, gap: v.gap }).toEqual({ code: c.code, status: 'NOT_REPORTED', gap: null });
        if (v.target !== null) judgedBefore++; // Hải Phòng's city-wide targets apply: MET or NOT_MET before the rule
      }
    }
    expect(judgedBefore).toBeGreaterThan(0);
    // The cross-sector filter follows the same rule as the values.
    const res =
      await ask(`{ notReported: communeCoverage(year: 2024, provinceCode: "31", where: [{ indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT", status: NOT_REPORTED }], first: 1000) { nodes { commune { code } } }
      notMet: communeCoverage(year: 2024, provinceCode: "31", where: [{ indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT", status: NOT_MET }], first: 1000) { nodes { commune { code } } } }`);
    expect(res.errors).toBeUndefined();
    const expected = communes2024
      .filter((c) => c.coverage.find((v) => v.indicator === 'SPECIAL_CIRCUMSTANCE_SUPPORT')!.status === 'NOT_REPORTED')
      .map((c) => c.code)
      .sort();
    expect(expected.length).toBeGreaterThan(0);
    expect(res.data.notReported.nodes.map((n: any) => n.commune.code).sort()).toEqual(expected);
    expect(res.data.notMet.nodes.filter((n: any) => unreported.has(n.commune.code))).toEqual([]);
  });
});
