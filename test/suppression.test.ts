import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readRegistryFile } from '../subgraphs/coverage/registry.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

/** Few children per commune, so small counts are everywhere: the hard case for suppression. */
const K = 10;
const SENSITIVE = ['SPECIAL_CIRCUMSTANCE_SUPPORT', 'POOR_HOUSEHOLD_SUPPORT', 'FUND_PER_CHILD_IN_NEED'];
/** Every sensitive indicator of the registry, those published only inside the area included. */
const SENSITIVE_IN_REGISTRY = readRegistryFile()
  .filter((i) => i.sensitive)
  .map((i) => i.id);
const CLASSES = ['MOUNTAINOUS', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT'];

interface Cell {
  numerator: number | null;
  denominator: number | null;
  status: string;
}
let sg: TestSupergraph;
const headers: Record<string, Record<string, string>> = {};
const ask = (who: string, query: string, variables?: Record<string, unknown>) => sg.query(query, variables, headers[who]);

beforeAll(async () => {
  sg = await startTestSupergraph({ demo: { seed: 8, provinces: ['04', '40'], childrenPerCommune: 30 } });
  headers.analyst = { authorization: `Bearer ${await clientToken({ subject: 'analyst', role: 'ANALYST' })}` };
  headers.admin = { authorization: `Bearer ${await clientToken({ subject: 'admin', role: 'ADMIN' })}` };
  headers.officer04 = { authorization: `Bearer ${await clientToken({ subject: 'officer', role: 'OFFICER', area: ['04@2024-12-31'] })}` };
}, 300_000);
afterAll(async () => {
  await sg?.stop();
});

const small = (n: number | null) => n !== null && n >= 1 && n < K;
const hidden = (c: Cell) => c.status === 'SUPPRESSED';

/** Everything an analyst can read of one indicator, year and province: communes, districts, the province, its classification groups, the nation. */
async function attackerView(indicator: string, year: number, province: string) {
  const date = `${year}-12-31`;
  const cell = `coverage(year: $year, indicators: [$indicator]) { numerator denominator status }`;
  const res = await ask(
    'analyst',
    `query($year: Int!, $indicator: String!, $province: String!, $date: Date!) {
    communes(provinceCode: $province, date: $date, first: 1000) { nodes { code district { code } classifications(date: $date) { kind } ${cell} } }
    province(code: $province, date: $date) { ${cell} districts(date: $date) { code ${cell} } }
    ${CLASSES.map((c) => `${c}: coverageGroup(year: $year, provinceCode: $province, classification: ${c}, indicators: [$indicator]) { values { numerator denominator status } }`).join('\n')}
    nation: nationalCoverage(year: $year, indicators: [$indicator]) { values { numerator denominator status } }
  }`,
    { year, indicator, province, date },
  );
  expect(res.errors).toBeUndefined();
  return res.data;
}

describe('small-count suppression for an analyst', () => {
  // Necessary conditions only, read through the API; the LP audit (test/disclosure-audit.test.ts) is the rule.
  it('shows no count of 1..k−1, no classification total, and no visible total with a single hidden member (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...SENSITIVE),
        fc.constantFrom(2022, 2023, 2024, 2025),
        fc.constantFrom('04', '40'),
        async (indicator, year, province) => {
          const view = await attackerView(indicator, year, province);
          const communes = view.communes.nodes.map((n: any) => ({ ...n, cell: n.coverage[0] as Cell }));
          const all: Cell[] = [
            ...communes.map((c: any) => c.cell),
            view.province.coverage[0],
            ...view.province.districts.map((d: any) => d.coverage[0]),
            ...CLASSES.map((c) => view[c].values[0]),
            view.nation.values[0],
          ];

          // 1. No visible small count, nor a visible complement (children not supported) in 1..k−1.
          for (const c of all.filter((x) => !hidden(x))) {
            expect(small(c.denominator)).toBe(false);
            if (indicator !== 'FUND_PER_CHILD_IN_NEED') {
              expect(small(c.numerator)).toBe(false);
              expect(c.numerator !== null && c.denominator !== null && small(c.denominator - c.numerator)).toBe(false);
            }
          }
          // 2. Classification totals are not published outside the area.
          for (const c of CLASSES) expect(view[c].values[0].status).toBe('SUPPRESSED');
          // 3. Under every visible total, never exactly one hidden member: total − visible members would reveal it.
          const constraints: { parent: Cell; members: Cell[] }[] = [
            { parent: view.province.coverage[0], members: communes.map((c: any) => c.cell) },
          ];
          if (year < 2025) {
            constraints.push({ parent: view.province.coverage[0], members: view.province.districts.map((d: any) => d.coverage[0]) });
            for (const d of view.province.districts) {
              constraints.push({
                parent: d.coverage[0],
                members: communes.filter((c: any) => c.district?.code === d.code).map((c: any) => c.cell),
              });
            }
          }
          for (const cls of CLASSES) {
            const members = communes.filter((c: any) => c.classifications.some((k: any) => k.kind === cls)).map((c: any) => c.cell);
            if (members.length) constraints.push({ parent: view[cls].values[0], members });
          }
          for (const { parent, members } of constraints) {
            if (hidden(parent) || parent.denominator === null) continue;
            expect(members.filter(hidden).length).not.toBe(1);
          }
        },
      ),
      { numRuns: 20, seed: 17 },
    );
  }, 600_000); // the first read of each year computes its audited pattern (seconds of CPU each)

  it('hides cells, and keeps totals right: a visible province equals the unsuppressed figures', async () => {
    const q = `{ province(code: "40", date: "2024-12-31") { coverage(year: 2024, indicators: ["POOR_HOUSEHOLD_SUPPORT"]) { numerator denominator status } } }`;
    const analyst = (await ask('analyst', q)).data.province.coverage[0];
    const admin = (await ask('admin', q)).data.province.coverage[0];
    if (analyst.status !== 'SUPPRESSED') expect(analyst).toEqual(admin);
    const communes = await ask(
      'analyst',
      `{ communes(provinceCode: "40", date: "2024-12-31", first: 1000) { nodes { coverage(year: 2024, indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT"]) { status suppressionReason } } } }`,
    );
    const statuses = communes.data.communes.nodes.map((n: any) => n.coverage[0]);
    expect(statuses.filter((s: any) => s.status === 'SUPPRESSED').length).toBeGreaterThan(0);
    expect(statuses.find((s: any) => s.status === 'SUPPRESSED').suppressionReason).toMatch(/children/);
  });

  it('never publishes sensitive figures of an ad-hoc group of communes', async () => {
    const list = await ask('analyst', `{ communes(provinceCode: "04", date: "2024-12-31", first: 30) { nodes { code } } }`);
    const codes = list.data.communes.nodes.map((n: any) => n.code);
    const res = await ask(
      'analyst',
      `query($codes: [String!]) { coverageGroup(year: 2024, codes: $codes) { values { indicator status } } }`,
      { codes },
    );
    for (const v of res.data.coverageGroup.values) expect(v.status === 'SUPPRESSED').toBe(SENSITIVE_IN_REGISTRY.includes(v.indicator));
  });

  it('keeps suppressed cells out of filters and sort order', async () => {
    const res = await ask(
      'analyst',
      `{ communeCoverage(year: 2024, provinceCode: "40", orderBy: { indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT" },
      indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT"], first: 1000) { nodes { values { value status } } } }`,
    );
    const values = res.data.communeCoverage.nodes.map((n: any) => n.values[0]);
    const firstHidden = values.findIndex((v: any) => v.value === null);
    // Every known value comes before every unknown one: a hidden cell has no place in the order.
    expect(values.slice(firstHidden === -1 ? values.length : firstHidden).every((v: any) => v.value === null)).toBe(true);
    const below = await ask(
      'analyst',
      `{ communeCoverage(year: 2024, provinceCode: "40", where: [{ indicator: "SPECIAL_CIRCUMSTANCE_SUPPORT", lessThan: 101 }],
      indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT"], first: 1000) { nodes { values { status } } } }`,
    );
    for (const n of below.data.communeCoverage.nodes) expect(n.values[0].status).not.toBe('SUPPRESSED');
  });
});

describe('inside the area', () => {
  it('shows an officer the unsuppressed figures of their province, and suppresses the others', async () => {
    const q = (p: string) =>
      `{ communes(provinceCode: "${p}", date: "2024-12-31", first: 1000) { nodes { coverage(year: 2024, indicators: ["SPECIAL_CIRCUMSTANCE_SUPPORT"]) { numerator denominator status } } } }`;
    const own = await ask('officer04', q('04'));
    const ownAdmin = await ask('admin', q('04'));
    expect(own.data).toEqual(ownAdmin.data);
    const other = await ask('officer04', q('40'));
    expect(other.data.communes.nodes.some((n: any) => n.coverage[0].status === 'SUPPRESSED')).toBe(true);
  });

  it("withholds labour's own sensitive counts outside the area", async () => {
    const q = `{ commune(code: "01279", date: "2024-12-31") { childPopulation(year: 2024) { total poor specialCircumstances specialCircumstancesByGroup { children } } childSupport(year: 2024) { childrenSupported } } }`;
    const analyst = (await ask('analyst', q)).data.commune;
    expect(analyst.childPopulation).toMatchObject({ poor: null, specialCircumstances: null, specialCircumstancesByGroup: null });
    expect(analyst.childPopulation.total).toBeGreaterThan(0);
    expect(analyst.childSupport).toBeNull();
    const officer = (await ask('officer04', q)).data.commune;
    expect(officer.childPopulation.poor).toEqual(expect.any(Number));
    expect(officer.childSupport).not.toBeNull();
  });
});
