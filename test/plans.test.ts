import ExcelJS from 'exceljs';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SubgraphName } from '../lib/config.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** Đồng Tháp (Hồng Ngự's plan), Cao Bằng (Decision 588) and Nghệ An (Thanh Lĩnh): each plan asks its own question of the graph. */
const DEMO = { seed: 17, provinces: ['87', '04', '40'], childrenPerCommune: 20 };
const THANH_LINH = '17761';
const HONG_NGU = '870';
const YEARS = [2020, 2021, 2022, 2023, 2024, 2025];

let sg: TestSupergraph;
const headers: Record<string, Record<string, string>> = {};
const ask = (who: string, query: string, variables?: Record<string, unknown>) => sg.query(query, variables, headers[who]);

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

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: DEMO });
  headers.analyst = { authorization: `Bearer ${await clientToken({ subject: 'analyst', role: 'ANALYST' })}` };
  // A district officer's area is the district's communes (areas name provinces or communes).
  const communesOf = async (district: string) => {
    const res = await ask('analyst', `{ communes(districtCode: "${district}", date: "2021-11-01", first: 100) { nodes { code } } }`);
    return (res.data.communes.nodes as { code: string }[]).map((n) => `${n.code}@2021-11-01`);
  };
  headers.officer = {
    authorization: `Bearer ${await clientToken({ subject: 'hong-ngu', role: 'OFFICER', area: await communesOf(HONG_NGU) })}`,
  };
  headers.neighbour = {
    authorization: `Bearer ${await clientToken({ subject: 'hong-ngu-city', role: 'OFFICER', area: await communesOf('868') })}`,
  };
  headers.thanhLinh = {
    authorization: `Bearer ${await clientToken({ subject: 'thanh-linh-officer', role: 'OFFICER', area: [`${THANH_LINH}@2023-12-31`] })}`,
  };
  headers.admin = { authorization: `Bearer ${await clientToken({ subject: 'admin', role: 'ADMIN' })}` };
}, 600_000);
afterAll(async () => {
  await sg?.stop();
});

interface Value {
  year: number;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  target: number | null;
  gap: number | null;
  status: string;
  targetDocument: string | null;
}

const SERIES = `query { district(code: "${HONG_NGU}", date: "2021-11-01") {
  coverageSeries(indicator: "VIOLENCE_ABUSE_SUPPORT", fromYear: 2020, toYear: 2025, geographyDate: "2021-11-01") {
    year value numerator denominator target gap status targetDocument } } }`;

/** Children living in Hồng Ngự district's communes on 31 December in art. 10 group 9 or 11, and of them those supported that year: straight from labour's tables. */
async function victimsBySql(year: number) {
  const [row] = await schemaSql(
    'labour',
    `
    with victims as (
      select distinct r.ma_tre from tre_em_cu_tru r join tre_em_hoan_canh h on h.ma_tre = r.ma_tre
      where r.ma_huyen = $1 and r.tu_ngay <= $2::date and (r.den_ngay is null or r.den_ngay > $2::date)
        and h.nhom in (9, 11) and h.tu_ngay <= $2::date and (h.den_ngay is null or h.den_ngay > $2::date))
    select count(*)::int as victims,
      count(*) filter (where exists (select 1 from tro_giup g where g.ma_tre = v.ma_tre and g.ngay between make_date($3, 1, 1) and make_date($3, 12, 31)))::int as supported
    from victims v`,
    [HONG_NGU, `${year}-12-31`, year],
  );
  return row as { victims: number; supported: number };
}

describe("Hồng Ngự district's plan (Decision 1863/QĐ-TTg): were all child victims of violence and abuse supported, year by year?", () => {
  it('is in the registry with its 100% target on the district as it stood in 2021, document, issuer and years', async () => {
    const res = await ask(
      'analyst',
      `{ indicator(id: "VIOLENCE_ABUSE_SUPPORT") { sensitive publication
      targets { value comparison term fromYear year provinceCode districtCode geographyDate document issuer issued } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.indicator.sensitive).toBe(true);
    expect(res.data.indicator.publication).toBe('INSIDE_AREA_ONLY');
    expect(res.data.indicator.targets).toEqual([
      expect.objectContaining({
        value: 100,
        comparison: 'AT_LEAST',
        term: 'VALUE',
        fromYear: 2020,
        year: 2025,
        provinceCode: '87',
        districtCode: HONG_NGU,
        geographyDate: '2021-11-01',
        issuer: 'Ủy ban nhân dân huyện Hồng Ngự',
        issued: '2021-04',
      }),
    ]);
    expect(res.data.indicator.targets[0].document).toContain('1863/QĐ-TTg');
  });

  it("answers the district's officer with every year's figures, equal to labour's own records, against the 100% target", async () => {
    const res = await ask('officer', SERIES);
    expect(res.errors).toBeUndefined();
    const series: Value[] = res.data.district.coverageSeries;
    expect(series.map((v) => v.year)).toEqual(YEARS);
    let victimsSeen = 0;
    for (const v of series) {
      // 2025 ends after the district was abolished: its figures are moved back onto 2021's communes.
      if (v.year < 2025) {
        const expected = await victimsBySql(v.year);
        expect([v.year, v.denominator, v.numerator]).toEqual([v.year, expected.victims, expected.supported]);
      }
      victimsSeen += v.denominator ?? 0;
      expect(v.target).toBe(100);
      expect(v.targetDocument).toContain('Hồng Ngự');
      if (v.denominator) {
        expect(v.value).toBeCloseTo((v.numerator! / v.denominator) * 100, 4);
        expect(v.gap).toBeCloseTo(v.value! - 100, 4);
        expect(v.status).toBe(v.value! >= 100 ? 'MET' : 'NOT_MET');
      } else {
        expect(v.status).toBe('NO_DATA');
      }
    }
    // The demo plants victims in the district: the question has an answer.
    expect(victimsSeen).toBeGreaterThan(0);
  });

  it('answers the same as filed, year by year, for the district and each of its communes', async () => {
    const res = await ask(
      'officer',
      `{ district(code: "${HONG_NGU}", date: "2021-11-01") {
      y2023: coverage(year: 2023, indicators: ["VIOLENCE_ABUSE_SUPPORT"]) { numerator denominator target status } } }`,
    );
    expect(res.errors).toBeUndefined();
    const expected = await victimsBySql(2023);
    expect(res.data.district.y2023[0]).toMatchObject({ numerator: expected.supported, denominator: expected.victims, target: 100 });
  });

  it('is suppressed for an analyst, and for an officer of the neighbouring district, at every level and year', async () => {
    for (const who of ['analyst', 'neighbour']) {
      const res = await ask(who, SERIES);
      expect(res.errors).toBeUndefined();
      for (const v of res.data.district.coverageSeries as Value[]) {
        expect([v.year, v.status, v.numerator, v.denominator, v.value, v.gap]).toEqual([v.year, 'SUPPRESSED', null, null, null, null]);
        // The target itself is public: it is the plan's, not a count of children.
        expect(v.target).toBe(100);
      }
      const asFiled = await ask(
        who,
        `{ communes(districtCode: "${HONG_NGU}", date: "2023-12-31", first: 100) { nodes { code
        coverage(year: 2023, indicators: ["VIOLENCE_ABUSE_SUPPORT"]) { status numerator denominator } } }
        nationalCoverage(year: 2023, indicators: ["VIOLENCE_ABUSE_SUPPORT"]) { values { status numerator } }
        province(code: "87", date: "2023-12-31") { coverage(year: 2023, indicators: ["VIOLENCE_ABUSE_SUPPORT"]) { status numerator } } }`,
      );
      expect(asFiled.errors).toBeUndefined();
      const cells = [
        ...asFiled.data.communes.nodes.map((n: any) => n.coverage[0]),
        asFiled.data.nationalCoverage.values[0],
        asFiled.data.province.coverage[0],
      ];
      expect(asFiled.data.communes.nodes.length).toBeGreaterThan(5);
      for (const c of cells) expect([c.status, c.numerator]).toEqual(['SUPPRESSED', null]);
    }
  });

  it("withholds labour's raw victim counts outside the area", async () => {
    const query = `{ communes(districtCode: "${HONG_NGU}", date: "2023-12-31", first: 1) { nodes { childSupport(year: 2023) { violenceOrAbuseVictims } } } }`;
    const outside = await ask('analyst', query);
    expect(outside.data.communes.nodes[0].childSupport).toBeNull();
    const inside = await ask('officer', query);
    expect(inside.errors).toBeUndefined();
    expect(typeof inside.data.communes.nodes[0].childSupport.violenceOrAbuseVictims).toBe('number');
  });
});

describe("Cao Bằng's plan (Decision 588/QĐ-TTg): its extremely difficult communes against its own targets", () => {
  it('answers check-ups and meals for the region-III communes with Cao Bằng’s target and population, on every such commune', async () => {
    const res = await ask(
      'analyst',
      `{ coverageGroup(year: 2023, provinceCode: "04", classification: EXTREMELY_DIFFICULT, indicators: ["CHECKUP_COVERAGE", "MEAL_COVERAGE"]) {
      communes values { indicator value numerator denominator target gap status targetPopulation targetDocument } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [{ n }] = await schemaSql(
      'geography',
      `select count(distinct c.code)::int as n from commune c join classification k
      on k.commune_code = c.code and k.commune_valid_from = c.valid_from
      where c.province_code = '04' and k.kind = 'EXTREMELY_DIFFICULT' and c.valid_from <= '2023-12-31' and (c.valid_until is null or c.valid_until >= '2023-12-31')
        and k.valid_from <= '2023-12-31' and (k.valid_until is null or k.valid_until >= '2023-12-31')`,
    );
    expect(n).toBeGreaterThan(0);
    expect(res.data.coverageGroup.communes).toBe(n);
    for (const v of res.data.coverageGroup.values) {
      expect(v.target).toBe(100);
      expect(v.targetPopulation).toContain("Cao Bằng's extremely difficult communes");
      expect(v.targetDocument).toContain('588/QĐ-TTg');
      if (v.value !== null) {
        expect(v.gap).toBeCloseTo(v.value - 100, 4);
        expect(['MET', 'NOT_MET', 'NOT_REPORTED']).toContain(v.status);
      }
    }
  });

  it('does not apply the region-III target to the whole province', async () => {
    const res = await ask(
      'analyst',
      `{ coverageGroup(year: 2023, provinceCode: "04", indicators: ["CHECKUP_COVERAGE"]) { values { target status } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.coverageGroup.values[0].target).toBeNull();
  });
});

describe("Circular 13's statistics the plans ask for", () => {
  it('preschool enrolment and under-6 insurance roll up from the agencies’ own figures', async () => {
    const res = await ask(
      'admin',
      `{ communes(provinceCode: "04", date: "2023-12-31", first: 1000) { nodes {
      enrolment(schoolYear: "2023-2024") { byLevel { level pupils } }
      childPopulation(year: 2023) { byAgeBand { band children } }
      childHealthInsurance(year: 2023) { childrenUnder6 cardsIssued }
      coverage(year: 2023, indicators: ["PRESCHOOL_ENROLMENT", "UNDER6_HEALTH_INSURANCE"]) { indicator numerator denominator } } }
      province(code: "04", date: "2023-12-31") { coverage(year: 2023, indicators: ["PRESCHOOL_ENROLMENT", "UNDER6_HEALTH_INSURANCE"]) { indicator numerator denominator period } } }`,
    );
    expect(res.errors).toBeUndefined();
    const sums = { enrolled: 0, age3to5: 0, cards: 0, under6: 0 };
    for (const c of res.data.communes.nodes) {
      const pupils = c.enrolment?.byLevel.find((l: any) => l.level === 'PRESCHOOL')?.pupils ?? null;
      const age = c.childPopulation?.byAgeBand.find((b: any) => b.band === 'AGE_3_5')?.children ?? null;
      const pre = c.coverage.find((v: any) => v.indicator === 'PRESCHOOL_ENROLMENT');
      const ins = c.coverage.find((v: any) => v.indicator === 'UNDER6_HEALTH_INSURANCE');
      // Missing stays missing: a commune without preschool enrolment or children has no terms.
      expect([pre.numerator, pre.denominator]).toEqual(pupils !== null && age !== null ? [pupils, age] : [null, null]);
      expect([ins.numerator, ins.denominator]).toEqual(
        c.childHealthInsurance ? [c.childHealthInsurance.cardsIssued, c.childHealthInsurance.childrenUnder6] : [null, null],
      );
      if (pupils !== null && age !== null && pupils <= age) {
        sums.enrolled += pupils;
        sums.age3to5 += age;
      }
      if (c.childHealthInsurance && c.childHealthInsurance.cardsIssued <= c.childHealthInsurance.childrenUnder6) {
        sums.cards += c.childHealthInsurance.cardsIssued;
        sums.under6 += c.childHealthInsurance.childrenUnder6;
      }
    }
    const [pre, ins] = res.data.province.coverage;
    expect(pre.period).toBe('2023-2024');
    expect([pre.numerator, pre.denominator]).toEqual([sums.enrolled, sums.age3to5]);
    expect([ins.numerator, ins.denominator]).toEqual([sums.cards, sums.under6]);
    expect(sums.under6).toBeGreaterThan(0);
  });
});

const SCORECARD = `query { commune(code: "${THANH_LINH}", date: "2023-12-31") { validFrom childFriendlyScorecard(year: 2023) {
  year document qualifies verdict met missing { number status why }
  criteria { number nameVi source scoring basis feedIndicator threshold status value why recordedBy note } } } }`;

describe("Hải Dương's and Thanh Lĩnh's plans: the child-friendly commune scorecard (Decision 06/2019/QĐ-TTg)", () => {
  it('lists all 13 criteria for Thanh Lĩnh in 2023, each computed from its indicator or marked commune-assessed, with sources', async () => {
    const res = await ask('admin', SCORECARD);
    expect(res.errors).toBeUndefined();
    const card = res.data.commune.childFriendlyScorecard;
    expect(card.criteria.map((c: any) => c.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    for (const c of card.criteria) expect(c.source).toBe(`Decision 06/2019/QĐ-TTg (3 Jan 2019), art. 2, criterion ${c.number}`);
    const computed = card.criteria.filter((c: any) => c.basis === 'COMPUTED');
    expect(computed.map((c: any) => [c.number, c.feedIndicator])).toEqual([
      [3, 'VIOLENCE_ABUSE_SUPPORT'],
      [6, 'SPECIAL_CIRCUMSTANCE_SUPPORT'],
      [9, 'CHECKUP_COVERAGE'],
      [10, 'PRESCHOOL_ENROLMENT'],
      [12, 'PLAY_AREA'],
    ]);
    for (const c of card.criteria.filter((x: any) => x.basis === 'ASSESSED_BY_COMMUNE')) {
      expect([c.number, c.status, c.why]).toEqual([c.number, 'NOT_RECORDED', 'assessed by the commune, not in the data: not recorded yet']);
    }
    // Each computed criterion stands as its indicator's value (ADMIN sees every value) against its threshold.
    const values = await ask(
      'admin',
      `{ commune(code: "${THANH_LINH}", date: "2023-12-31") { coverage(year: 2023) { indicator value numerator denominator } } }`,
    );
    for (const c of computed) {
      const { value: v, numerator, denominator } = values.data.commune.coverage.find((x: any) => x.indicator === c.feedIndicator);
      // Nobody counted (0 of 0: no child victim on the register, say) leaves nobody out: met.
      const none = numerator === 0 && denominator === 0;
      expect([c.number, c.value, c.status]).toEqual([
        c.number,
        v,
        v === null ? (none ? 'MET' : 'NO_DATA') : v >= c.threshold ? 'MET' : 'NOT_MET',
      ]);
    }
    expect(card.met).toEqual(card.criteria.filter((c: any) => c.status === 'MET').map((c: any) => c.number));
    expect(card.missing.map((m: any) => m.number)).toEqual(card.criteria.filter((c: any) => c.status !== 'MET').map((c: any) => c.number));
    // Unrecorded criteria leave it undecided unless something is already not met.
    expect(card.qualifies).toBe(card.criteria.some((c: any) => c.status === 'NOT_MET') ? false : null);
  });

  it("is recordable for a commune-assessed criterion by the commune's officer, appended with who and which request", async () => {
    const record = (who: string, criterion: number, met = true) =>
      ask(
        who,
        `mutation($c: Int!, $m: Boolean!) {
      recordChildFriendlyAssessment(code: "${THANH_LINH}", validFrom: "2021-11-01", year: 2023, criterion: $c, met: $m, note: "Ban bảo vệ trẻ em họp hằng quý") {
        criteria { number status recordedBy note } } }`,
        { c: criterion, m: met },
      );
    const denied = await record('analyst', 1);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const elsewhere = await record('officer', 1);
    expect(elsewhere.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const computedOne = await record('thanhLinh', 6);
    expect(computedOne.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const first = await record('thanhLinh', 1, false);
    expect(first.errors).toBeUndefined();
    const second = await record('thanhLinh', 1, true);
    const criterion1 = second.data.recordChildFriendlyAssessment.criteria[0];
    expect(criterion1).toEqual({ number: 1, status: 'MET', recordedBy: 'thanh-linh-officer', note: 'Ban bảo vệ trẻ em họp hằng quý' });
    // Append-only: both records stay, each with its request id.
    const rows = await schemaSql(
      'coverage',
      `select met, recorded_by, role, request_id from child_friendly_assessment where code = $1 and year = 2023 order by id`,
      [THANH_LINH],
    );
    expect(rows.map((r: any) => [r.met, r.recorded_by, r.role])).toEqual([
      [false, 'thanh-linh-officer', 'OFFICER'],
      [true, 'thanh-linh-officer', 'OFFICER'],
    ]);
    for (const r of rows) expect(r.request_id).toMatch(/\S/);
    // Read back by the commune's officer (an analyst's read of criterion 6 would first compute the year's suppression pattern).
    const seen = await ask('thanhLinh', SCORECARD);
    expect(seen.data.commune.childFriendlyScorecard.criteria[0].status).toBe('MET');
  });
});

const SHARE = 'CHILD_FRIENDLY_COMMUNE';
const ASSESSED = [1, 2, 4, 5, 7, 8, 11, 13];
interface Share {
  value: number | null;
  numerator: number | null;
  denominator: number | null;
  unitsExpected: number;
  unitsReported: number;
  completeness: number | null;
  status: string;
}
interface CommuneShare {
  code: string;
  childFriendlyScorecard: { qualifies: boolean | null; criteria: { number: number; basis: string; status: string }[] };
  coverage: Share[];
  onBasis: Share[];
}
const assessedAll = (c: CommuneShare) =>
  c.childFriendlyScorecard.criteria.filter((x) => x.basis === 'ASSESSED_BY_COMMUNE').every((x) => x.status !== 'NOT_RECORDED');
const SHARE_FIELDS = 'value numerator denominator unitsExpected unitsReported completeness status';

describe("Hải Dương's plan: the share of child-friendly communes rolls up like any indicator", () => {
  let district: string;
  const communesOfDistrict = async (): Promise<CommuneShare[]> => {
    const res = await ask(
      'admin',
      `{ communes(districtCode: "${district}", date: "2023-12-31", first: 100) { nodes { code
      childFriendlyScorecard(year: 2023) { qualifies criteria { number basis status } }
      coverage(year: 2023, indicators: ["${SHARE}"]) { ${SHARE_FIELDS} }
      onBasis: coverage(year: 2023, indicators: ["${SHARE}"], geographyDate: "2021-11-01") { ${SHARE_FIELDS} } } } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data.communes.nodes;
  };
  const districtShare = async (): Promise<Share> => {
    const res = await ask(
      'admin',
      `{ district(code: "${district}", date: "2023-12-31") { coverage(year: 2023, indicators: ["${SHARE}"]) { ${SHARE_FIELDS} } } }`,
    );
    expect(res.errors).toBeUndefined();
    return res.data.district.coverage[0];
  };
  /** Each commune's share is its scorecard's `qualifies` (undecided: no value, never 0), and the district's is their sum over those decided. */
  const expectConsistent = (communes: CommuneShare[], d: Share) => {
    for (const c of communes) {
      const q = c.childFriendlyScorecard.qualifies;
      const [v] = c.coverage;
      expect([c.code, v!.numerator, v!.value]).toEqual([c.code, q === null ? null : q ? 1 : 0, q === null ? null : q ? 100 : 0]);
      if (q === null) expect(v!.status).toBe('NO_DATA');
      expect([c.code, v!.completeness]).toEqual([c.code, assessedAll(c) ? 1 : 0]);
    }
    const decided = communes.filter((c) => c.childFriendlyScorecard.qualifies !== null);
    expect([d.numerator, d.denominator]).toEqual([decided.filter((c) => c.childFriendlyScorecard.qualifies).length, decided.length]);
    expect([d.unitsExpected, d.unitsReported]).toEqual([communes.length, communes.filter(assessedAll).length]);
  };

  beforeAll(async () => {
    const res = await ask('admin', `{ commune(code: "${THANH_LINH}", date: "2023-12-31") { district { code } } }`);
    district = res.data.commune.district.code;
  });

  it("is in the registry, with no target (Hải Dương's plan states none), and agrees commune by commune with the scorecards", async () => {
    const res = await ask('analyst', `{ indicator(id: "${SHARE}") { unit sensitive targets { value } legalBasis } }`);
    expect(res.data.indicator).toMatchObject({ unit: 'PERCENT', sensitive: false, targets: [] });
    expect(res.data.indicator.legalBasis).toContain('06/2019/QĐ-TTg');
    const communes = await communesOfDistrict();
    expectConsistent(communes, await districtShare());
    // Whether a commune qualifies is a public fact: the same for a viewer outside the area, whose criteria may be suppressed.
    const outside = await ask(
      'analyst',
      `{ commune(code: "${THANH_LINH}", date: "2023-12-31") { childFriendlyScorecard(year: 2023) { qualifies } coverage(year: 2023, indicators: ["${SHARE}"]) { numerator } } }`,
    );
    const own = communes.find((c) => c.code === THANH_LINH)!;
    expect(outside.data.commune.childFriendlyScorecard.qualifies).toBe(own.childFriendlyScorecard.qualifies);
    expect(outside.data.commune.coverage[0].numerator).toBe(own.coverage[0]!.numerator);
  });

  it("follows an officer's recording at once: the commune's scorecard, its share, its date's geography and the district's roll-up", async () => {
    const before = await districtShare();
    for (const criterion of ASSESSED) {
      const res = await ask(
        'thanhLinh',
        `mutation($c: Int!) { recordChildFriendlyAssessment(code: "${THANH_LINH}", validFrom: "2021-11-01", year: 2023, criterion: $c, met: true) { qualifies } }`,
        { c: criterion },
      );
      expect(res.errors).toBeUndefined();
    }
    const communes = await communesOfDistrict();
    const own = communes.find((c) => c.code === THANH_LINH)!;
    expect(assessedAll(own)).toBe(true);
    // Every criterion the commune assesses is met now: only the computed ones decide.
    const computed = own.childFriendlyScorecard.criteria.filter((c) => c.basis === 'COMPUTED').map((c) => c.status);
    const expected = computed.includes('NOT_MET') ? false : computed.every((s) => s === 'MET') ? true : null;
    expect(own.childFriendlyScorecard.qualifies).toBe(expected);
    const after = await districtShare();
    expectConsistent(communes, after);
    expect(after.unitsReported).toBe(before.unitsReported + 1);
    // On the geography of 2021-11-01 the same, unchanged version carries its qualification.
    expect(own.onBasis[0]!.numerator).toBe(own.coverage[0]!.numerator);
  });
});

describe("Thanh Lĩnh's plan: the commune's periodic report, filled from the graph", () => {
  const path = `/reports/commune.xlsx?code=${THANH_LINH}&validFrom=2021-11-01&year=2023&period=YEARLY`;
  const get = (p: string, who?: string) => fetch(`${sg.gateway.url.replace(/\/graphql$/, '')}${p}`, { headers: who ? headers[who] : {} });

  it("downloads the 2023 yearly report as XLSX for the commune's officer, with figures equal to the API's and their sources", async () => {
    const res = await get(path, 'thanhLinh');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toBe(`attachment; filename="bao-cao-tre-em-${THANH_LINH}-2023.xlsx"`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet('Báo cáo')!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(String(rows[0]![0])).toBe('Báo cáo kết quả thực hiện công tác trẻ em năm 2023');
    const headerAt = rows.findIndex((r) => r[0] === 'Mục');
    expect(rows[headerAt]).toEqual(['Mục', 'Nội dung', 'Số liệu', 'Nguồn số liệu', 'Tính đến']);
    const due = rows.find((r) => r[0] === 'Hạn gửi báo cáo')!;
    expect(String(due[1])).toMatch(/^2023-10-30 \(Thanh Lĩnh/);
    const bySource = new Map(rows.slice(headerAt + 1).map((r) => [String(r[3]), r]));

    const api = await ask(
      'thanhLinh',
      `{ commune(code: "${THANH_LINH}", date: "2021-11-01") {
      childPopulation(year: 2023) { total specialCircumstances }
      childSupport(year: 2023) { childrenSupported byForm { form children } }
      checkups(year: 2023) { reported examined }
      coverage(year: 2023, indicators: ["CHECKUP_COVERAGE"]) { value } } }`,
    );
    expect(api.errors).toBeUndefined();
    const c = api.data.commune;
    const figure = (source: string) => bySource.get(source)?.[2] ?? null;
    expect(figure('labour: Commune.childPopulation.total')).toBe(c.childPopulation.total);
    expect(figure('labour: Commune.childPopulation.specialCircumstances')).toBe(c.childPopulation.specialCircumstances);
    expect(figure('labour: Commune.childSupport.childrenSupported')).toBe(c.childSupport.childrenSupported);
    for (const f of c.childSupport.byForm) expect(figure(`labour: Commune.childSupport.byForm[${f.form}].children`)).toBe(f.children);
    if (c.checkups.reported) expect(figure('health: Commune.checkups.examined')).toBe(c.checkups.examined);
    const checkup = [...bySource.entries()].find(([k]) => k.startsWith('coverage: Commune.coverage[CHECKUP_COVERAGE]'))?.[1];
    expect(checkup?.[2] ?? null).toBe(c.coverage[0].value);
    // What the graph does not hold is a blank for the officer, never a zero.
    const blanks = rows.slice(headerAt + 1).filter((r) => String(r[0]).startsWith('VII.'));
    expect(blanks.length).toBeGreaterThan(0);
    for (const r of blanks) expect(r[2] ?? null).toBeNull();
  });

  it('fills the 2023 six-month report (1 January–30 June) from dated records, equal to the API, and leaves yearly-only figures blank with the reason', async () => {
    const res = await get(path.replace('period=YEARLY', 'period=SIX_MONTH'), 'thanhLinh');
    expect(res.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const rows: unknown[][] = [];
    book.getWorksheet('Báo cáo')!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(String(rows[0]![0])).toBe('Báo cáo kết quả thực hiện công tác trẻ em 6 tháng đầu năm 2023');
    const headerAt = rows.findIndex((r) => r[0] === 'Mục');
    const lines = rows.slice(headerAt + 1);
    const bySource = new Map(lines.map((r) => [String(r[3]), r]));

    const api = await ask(
      'thanhLinh',
      `{ commune(code: "${THANH_LINH}", date: "2021-11-01") {
      half: childSupport(year: 2023, through: "2023-06-30") { childrenSupported supportEvents totalAmount byForm { form children }
        bySource { source amount } specialCircumstanceChildren }
      year: childSupport(year: 2023) { supportEvents }
      checkupRounds(year: 2023) { date examined } } }`,
    );
    expect(api.errors).toBeUndefined();
    const { half, year, checkupRounds } = api.data.commune;
    // Six months hold some of the year's support, and no year-end count.
    expect(half.supportEvents).toBeGreaterThan(0);
    expect(half.supportEvents).toBeLessThan(year.supportEvents);
    expect(half.specialCircumstanceChildren).toBeNull();
    const filed = 'labour: Commune.childSupport(through: 2023-06-30)';
    const figure = (source: string) => bySource.get(source)?.[2] ?? null;
    expect(figure(`${filed}.childrenSupported`)).toBe(half.childrenSupported);
    expect(figure(`${filed}.supportEvents`)).toBe(half.supportEvents);
    expect(String(figure(`${filed}.totalAmount`))).toBe(String(half.totalAmount));
    for (const f of half.byForm) expect(figure(`${filed}.byForm[${f.form}].children`)).toBe(f.children);
    for (const x of half.bySource) expect(String(figure(`${filed}.bySource[${x.source}].amount`))).toBe(String(x.amount));
    expect(bySource.get(`${filed}.supportEvents`)?.[4]).toBe('2023-01-01–2023-06-30');
    const firstHalf = checkupRounds.filter((r: any) => r.date <= '2023-06-30');
    expect(figure('health: Commune.checkupRounds[date ≤ 2023-06-30] (count)')).toBe(firstHalf.length);
    expect(figure('health: Commune.checkupRounds[date ≤ 2023-06-30].examined (sum)')).toBe(
      firstHalf.reduce((sum: number, r: any) => sum + r.examined, 0),
    );
    // Counted on 31 December, a school year, a yearly report: blank, never zero, with the reason.
    const yearlyOnly = lines.filter((r) => String(r[3]).endsWith('(yearly only in the graph)'));
    expect(yearlyOnly.map((r) => String(r[3]).split(':')[1]!.trim())).toEqual(
      expect.arrayContaining(['Commune.childPopulation.total', 'Commune.checkups.examined', 'Commune.fundReport.years.mobilised']),
    );
    for (const r of yearlyOnly) expect(r[2] ?? null).toBeNull();
    const outside = await ask(
      'thanhLinh',
      `{ commune(code: "${THANH_LINH}", date: "2021-11-01") { childSupport(year: 2023, through: "2024-01-01") { supportEvents } } }`,
    );
    expect(outside.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'through' });
  });

  it('prints as HTML, and is refused to an analyst and to an officer elsewhere', async () => {
    const html = await get(path.replace('.xlsx', '.html'), 'admin');
    expect(html.status).toBe(200);
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await html.text()).toContain('III. Trợ giúp trẻ em theo hình thức và nguồn');
    expect((await get(path, 'analyst')).status).toBe(403);
    expect((await get(path, 'officer')).status).toBe(403);
    expect((await get(path)).status).toBe(401);
    const bad = await get(path.replace('period=YEARLY', 'period=QUARTER'), 'admin');
    expect([bad.status, ((await bad.json()) as any).errors[0].extensions]).toEqual([400, { code: 'BAD_USER_INPUT', argument: 'period' }]);
  });

  it('is linked from the reporting-timeliness view with its due date', async () => {
    const res = await ask(
      'admin',
      `{ reportingStatus(agency: LABOUR, year: 2023, provinceCode: "40", first: 1000) { communes { commune { code } deadline reportPath } } }`,
    );
    expect(res.errors).toBeUndefined();
    const row = res.data.reportingStatus.communes.find((r: any) => r.commune.code === THANH_LINH);
    expect(row).toEqual({ commune: { code: THANH_LINH }, deadline: '2023-10-30', reportPath: path });
  });
});
