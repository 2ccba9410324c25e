import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readRegistryFile } from '../subgraphs/coverage/registry.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect } from '../lib/db.ts';
import { getDirectory, inForceOn } from '../lib/directory/lineage.ts';
import { refreshAll } from '../scripts/refresh-coverage.ts';
import { refreshPattern } from '../subgraphs/coverage/patterns.ts';
import { PLACED_FIELDS } from '../subgraphs/coverage/refresh-basis.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { MEASURE_COLUMNS } from '../subgraphs/coverage/db/tables.ts';
import { decideByCodeOn } from '../lib/directory/onto-date.ts';
import { CHILD_MEASURES, apportionWhole, communeId, mapVersion, rebaseYear, type Placed } from '../subgraphs/coverage/rebase.ts';
import type { HealthDB } from '../subgraphs/health/db/tables.ts';
import { clientToken } from './support/keys.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

const dir = getDirectory();
const communesOn = (date: string) => [...dir.byId.values()].filter((v) => v.level === 'commune' && inForceOn(v, date)).map((v) => v.id);

describe('lineage onto a date (pure, on the shipped directory)', () => {
  it('Đại Đồng of 2025-07-01 holds Thanh Lĩnh (2021 merger) and Thanh Chương 17713 (two hops) whole', () => {
    for (const source of ['17761|2021-11-01', '17713|2021-11-01', '17713|2025-03-01']) {
      const m = mapVersion(`commune:${source}`, '2025-07-01', new Map());
      expect(m).toEqual({ shares: [{ target: 'commune:17713|2025-07-01', weight: 1, estimates: [] }] });
    }
  });

  it('Ba Đình 00004 takes Trúc Bạch and Quán Thánh whole and a stated share of Ngọc Hà', () => {
    const predecessors = (dir.predecessors.get('commune:00004|2025-07-01') ?? []).map((l) => ({ ...l, v: dir.byId.get(l.id)! }));
    const partial = predecessors.filter((p) => p.transfer === 'PARTIAL');
    expect(partial.length).toBeGreaterThan(0);
    const ngocHa = partial[0]!.id;
    const successors = dir.successors.get(ngocHa)!.map((l) => l.id);
    // 30 of its children went to Ba Đình, 10 elsewhere: Ba Đình gets 0.75 of its figures, marked.
    const transitions = new Map(
      successors.map((s) => [`${ngocHa}>${s}`, s === 'commune:00004|2025-07-01' ? 30 : 10 / (successors.length - 1)]),
    );
    const m = mapVersion(ngocHa, '2025-07-01', transitions);
    if (!('shares' in m)) throw new Error('unmapped');
    const toBaDinh = m.shares.find((s) => s.target === 'commune:00004|2025-07-01')!;
    expect(toBaDinh.weight).toBeCloseTo(0.75, 10);
    expect(toBaDinh.estimates).toEqual([{ from: ngocHa, to: 'commune:00004|2025-07-01', weight: 0.75, method: 'CHILD_RESIDENCE_SHARE' }]);
    for (const full of predecessors.filter((p) => p.transfer === 'FULL')) {
      expect(mapVersion(full.id, '2025-07-01', new Map())).toEqual({
        shares: [{ target: 'commune:00004|2025-07-01', weight: 1, estimates: [] }],
      });
    }
  });

  it('apportions money in whole đồng that add up to the amount filed, to the đồng', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1e12, max: 1e12 }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 8 }),
        (amount, weights) => {
          const parts = apportionWhole(amount, weights)!;
          expect(parts.every(Number.isSafeInteger)).toBe(true);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        },
      ),
      { numRuns: 300, seed: 12 },
    );
    expect(apportionWhole(1000, [0.75, 0.25])).toEqual([750, 250]);
    expect(apportionWhole(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(() => apportionWhole(0.5, [1])).toThrow(RangeError);
    // a divided commune's disbursements land on its successors in whole đồng
    const ngocHa = (dir.predecessors.get('commune:00004|2025-07-01') ?? []).find((l) => l.transfer === 'PARTIAL')!.id;
    const [a, b] = dir.successors.get(ngocHa)!.map((l) => l.id);
    const { rows, ledger } = rebaseYear(
      [{ id: ngocHa, measures: { fund_disbursed: 1_000_001 } }],
      '2025-07-01',
      new Map([
        [`${ngocHa}>${a}`, 1],
        [`${ngocHa}>${b}`, 2],
      ]),
    );
    expect(rows.map((r) => r.measures.fund_disbursed).every(Number.isSafeInteger)).toBe(true);
    expect([ledger.onBasis.fund_disbursed, ledger.filed.fund_disbursed]).toEqual([1_000_001, 1_000_001]);
  });

  it("a child's residence on the boundary day settles a divided commune's hop exactly; elsewhere the weights apply", () => {
    const baDinh = 'commune:00004|2025-07-01';
    const ngocHa = (dir.predecessors.get(baDinh) ?? []).find((l) => l.transfer === 'PARTIAL')!.id;
    const other = dir.successors.get(ngocHa)!.find((l) => l.id !== baDinh)!.id;
    const weights = new Map([
      [`${ngocHa}>${baDinh}`, 3],
      [`${ngocHa}>${other}`, 1],
    ]);
    const livesIn = (code: string | null) => decideByCodeOn((day) => (day === '2025-07-01' ? code : null));
    expect(mapVersion(ngocHa, '2025-07-01', weights, dir, livesIn('00004'))).toEqual({
      shares: [{ target: baDinh, weight: 1, estimates: [] }],
    });
    expect(mapVersion(ngocHa, '2025-07-01', weights, dir, livesIn(dir.byId.get(other)!.code))).toEqual({
      shares: [{ target: other, weight: 1, estimates: [] }],
    });
    // moved out of every successor, or off the register: the stated weights, marked
    for (const code of ['99999', null]) {
      const m = mapVersion(ngocHa, '2025-07-01', weights, dir, livesIn(code));
      if (!('shares' in m)) throw new Error('unmapped');
      expect(m.shares.find((s) => s.target === baDinh)!.weight).toBeCloseTo(0.75, 10);
      expect(m.shares.every((s) => s.estimates.length === 1)).toBe(true);
    }
    // going back, a Ba Đình child is placed in the 2025 predecessor it lived in on 2025-06-30
    const back = mapVersion(
      baDinh,
      '2021-11-01',
      new Map(),
      dir,
      decideByCodeOn((day) => (day === '2025-06-30' ? dir.byId.get(ngocHa)!.code : null)),
    );
    expect(back).toEqual({ shares: [{ target: ngocHa, weight: 1, estimates: [] }] });
  });

  it('conservation with children placed by residence: exact where placed, weights for the rest, nothing gained or lost', () => {
    const pool = [...communesOn('2024-12-31'), ...communesOn('2025-12-31')];
    const count = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 40 }),
        fc.array(count, { minLength: MEASURE_COLUMNS.length, maxLength: MEASURE_COLUMNS.length }),
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 30 }),
        fc.constantFrom('2021-11-01', '2025-07-01'),
        (ids, values, fractions, date) => {
          const filed = ids.map((id, i) => ({
            id,
            measures: Object.fromEntries(MEASURE_COLUMNS.map((m, j) => [m, values[(i + j) % values.length]!])),
          }));
          // each source's children placed on its own targets, a random part of each count (all of it for every third source)
          const placed = new Map<string, Placed>();
          let f = 0;
          for (const [i, source] of filed.entries()) {
            const m = mapVersion(source.id, date, new Map());
            if (!('shares' in m) || (m.shares.length === 1 && !m.shares[0]!.estimates.length)) continue;
            const groups: Placed = m.shares.map((s) => ({ target: s.target, counts: {} }));
            for (const c of CHILD_MEASURES) {
              let left = source.measures[c] as number;
              for (const [k, g] of groups.entries()) {
                const last = k === groups.length - 1 && i % 3 === 0;
                const n = last ? left : Math.floor(left * fractions[f++ % fractions.length]!);
                g.counts[c] = n;
                left -= n;
              }
            }
            placed.set(source.id, groups);
          }
          const { rows, ledger } = rebaseYear(filed, date, new Map(), dir, placed);
          for (const m of MEASURE_COLUMNS) {
            expect(ledger.onBasis[m] + ledger.unmapped[m]).toBeCloseTo(ledger.filed[m], 6);
            expect(rows.reduce((sum, r) => sum + (r.measures[m] ?? 0), 0)).toBeCloseTo(ledger.onBasis[m], 6);
            const placedTotal = [...placed.values()].flat().reduce((a, g) => a + ((g.counts as Record<string, number>)[m] ?? 0), 0);
            expect(ledger.placedByRecords[m]).toBe(placedTotal);
          }
          // a source whose every child was placed marks its parts as such, and its children land exactly where placed
          for (const [i, source] of filed.entries()) {
            const groups = placed.get(source.id);
            if (!groups || i % 3 !== 0) continue;
            const parts = rows.flatMap((r) => r.estimates.filter((e) => e.source === source.id));
            expect(parts.every((p) => p.childRecordsPlaced)).toBe(true);
            if (filed.length === 1)
              for (const g of groups)
                for (const c of CHILD_MEASURES) expect(rows.find((r) => r.target === g.target)!.measures[c]).toBe(g.counts[c]);
          }
        },
      ),
      { numRuns: 80, seed: 11 },
    );
  });

  it('a commune with no known successor is unmapped, with why', () => {
    const [id, reason] = [...dir.unknownSuccessor][0]!;
    expect(mapVersion(id, '2025-07-01', new Map())).toEqual({ unmapped: reason });
  });

  it('conservation on generated data: on-basis + unmapped = filed, for every measure, both ways in time', () => {
    const pool = [...communesOn('2024-12-31'), ...communesOn('2025-04-01'), ...communesOn('2025-12-31')];
    const measure = fc.option(fc.integer({ min: 0, max: 5000 }), { nil: null });
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...pool), { minLength: 1, maxLength: 60 }),
        fc.array(measure, { minLength: MEASURE_COLUMNS.length, maxLength: MEASURE_COLUMNS.length }),
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 40 }),
        fc.constantFrom('2021-11-01', '2025-07-01'),
        (ids, values, children, date) => {
          const filed = ids.map((id, i) => ({
            id,
            measures: Object.fromEntries(MEASURE_COLUMNS.map((m, j) => [m, values[(i + j) % values.length]!])),
          }));
          // random child transitions across every link of the sampled versions
          const transitions = new Map<string, number>();
          let c = 0;
          for (const id of ids)
            for (const l of [...(dir.successors.get(id) ?? []), ...(dir.predecessors.get(id) ?? [])]) {
              transitions.set(`${id}>${l.id}`, children[c++ % children.length]!);
              transitions.set(`${l.id}>${id}`, children[c++ % children.length]!);
            }
          const { rows, ledger } = rebaseYear(filed, date, transitions);
          for (const m of MEASURE_COLUMNS) {
            expect(ledger.onBasis[m] + ledger.unmapped[m]).toBeCloseTo(ledger.filed[m], 6);
            expect(rows.reduce((sum, r) => sum + (r.measures[m] ?? 0), 0)).toBeCloseTo(ledger.onBasis[m], 6);
          }
          for (const r of rows) expect(inForceOn(dir.byId.get(r.target)!, date)).toBe(true);
        },
      ),
      { numRuns: 60, seed: 10 },
    );
  });
});

type Term = {
  indicator: string;
  numerator: number | null;
  numeratorAmount: string | null;
  denominator: number | null;
  dataQuality: string[];
  estimate: { methods: string[]; parts: Part[] } | null;
};
type Part = { source: string; from: string; to: string; weight: number; method: string; childRecordsPlaced: boolean };
/** A term as a number: a money numerator comes as the exact `numeratorAmount` (numerator null). */
const termOf = (t: Pick<Term, 'numerator' | 'numeratorAmount' | 'denominator'>, k: 'numerator' | 'denominator') =>
  k === 'denominator'
    ? t.denominator
    : (t.numerator ?? (t.numeratorAmount === null || t.numeratorAmount === undefined ? null : Number(t.numeratorAmount)));
const registry = JSON.parse(readFileSync(new URL('../subgraphs/coverage/data/indicators.json', import.meta.url), 'utf8')) as {
  indicators: { id: string; numerator: { measure: string }; denominator: { measure: string } }[];
};
/** labour's ChildrenPlaced field behind each child-level measure (rebase.ts CHILD_MEASURES) */
const PLACED = PLACED_FIELDS;
const CHILD_MEASURE_LIST: readonly string[] = CHILD_MEASURES;
/** The read-model measure behind an indicator's term. */
const measureOf = (indicator: string, k: 'numerator' | 'denominator') => registry.indicators.find((i) => i.id === indicator)![k].measure;
/**
 * Whether an indicator's figures move onto a date's geography. The child-friendly share does not:
 * a commune formed by a merger, a division or a rename is assessed anew (NO_DATA until it is).
 */
const moves = (indicator: string) => (MEASURE_COLUMNS as readonly string[]).includes(measureOf(indicator, 'numerator'));
/** The read model's filed rows of a year for the versions given (`code|validFrom`), each with its weight. */
async function filedRows(sg: TestSupergraph, year: number, versions: { id: string; weight: number }[]) {
  const db = connect<CoverageDB>(sg.schemas.settings('coverage'));
  try {
    const rows = await db.db
      .selectFrom('commune_year')
      .selectAll()
      .where('year', '=', year)
      .where(
        'code',
        'in',
        versions.map((v) => v.id.split('|')[0]!),
      )
      .execute();
    return rows.flatMap((r) => {
      const id = `${r.code}|${typeof r.valid_from === 'string' ? r.valid_from : new Date(r.valid_from as unknown as string).toISOString().slice(0, 10)}`;
      const v = versions.find((x) => x.id === id);
      return v ? [{ id, weight: v.weight, row: r as unknown as Record<string, unknown> }] : [];
    });
  } finally {
    await db.close();
  }
}

/** The years' suppression patterns, computed before the requests that read them (on a loaded machine one outlasts a subgraph call's timeout). */
async function warmPatterns(sg: TestSupergraph, years: number[]) {
  const coverage = connect<CoverageDB>(sg.schemas.settings('coverage'));
  try {
    for (const year of years) await refreshPattern(coverage.db, year);
  } finally {
    await coverage.close();
  }
}

describe('history through the gateway (Nghệ An demo)', () => {
  let sg: TestSupergraph;
  let admin: Record<string, string>;
  beforeAll(async () => {
    sg = await startTestSupergraph({ demo: { seed: 7, provinces: ['40'], childrenPerCommune: 12 } });
    admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN', subject: 'history-test' })}` };
    await warmPatterns(sg, [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
  }, 1_200_000);
  afterAll(async () => sg?.stop());

  it('Đại Đồng on 2025-07-01 answers every indicator 2019–2025, each term the sum of the places it was formed from', async () => {
    const res = await sg.query(
      `{ commune(code: "17713", date: "2025-08-01") {
      series: coverage(year: 2019, geographyDate: "2025-07-01") { indicator status numerator denominator geographyDate }
      y24: coverage(year: 2024, geographyDate: "2025-07-01") { indicator status numerator denominator geographyDate dataQuality }
      filed24: coverage(year: 2024) { indicator status geographyDate } } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    const c = res.data.commune;
    expect(
      c.filed24.every((v: { status: string; geographyDate: string | null }) => v.status === 'NO_DATA' && v.geographyDate === null),
    ).toBe(true);
    expect(c.y24.every((v: { geographyDate: string }) => v.geographyDate === '2025-07-01')).toBe(true);
    expect(c.y24.filter((v: { status: string }) => v.status !== 'NO_DATA').length).toBeGreaterThan(0);
    // every indicator, every year 2019–2025: both terms known on today's geography
    const years = await sg.query(
      `{ commune(code: "17713", date: "2025-08-01") { ${[2019, 2020, 2021, 2022, 2023, 2024, 2025]
        .map((y) => `y${y}: coverage(year: ${y}, geographyDate: "2025-07-01") { indicator numerator numeratorAmount denominator status }`)
        .join(' ')} } }`,
      {},
      admin,
    );
    expect(years.errors).toBeUndefined();
    const missing = Object.entries(years.data.commune as Record<string, Term[]>).flatMap(([y, values]) =>
      values
        .filter((v) => moves(v.indicator) && (termOf(v, 'numerator') === null || v.denominator === null))
        .map((v) => `${y} ${v.indicator}`),
    );
    expect(missing).toEqual([]);
    // …while a commune formed in 2025 has no child-friendly assessment of its own before it existed
    const assessedAnew = Object.values(years.data.commune as Record<string, (Term & { status: string })[]>).flatMap((values) =>
      values.filter((v) => !moves(v.indicator)),
    );
    expect(assessedAnew.length).toBeGreaterThan(0);
    expect(assessedAnew.every((v) => v.status === 'NO_DATA' && termOf(v, 'numerator') === null)).toBe(true);
    // each term, every indicator, 2019–2024 = the sum of the same measure as filed (the read model's rows) by every version
    // that maps wholly into it (Thanh Lĩnh 17761 and the other 2021 communes, however many hops)
    const sources = [...dir.byId.values()]
      .filter((v) => v.level === 'commune' && v.validFrom < '2025-07-01')
      .filter((v) => {
        const m = mapVersion(v.id, '2025-07-01', new Map());
        return 'shares' in m && m.shares.some((s) => s.target === 'commune:17713|2025-07-01');
      });
    expect(sources.map((v) => v.id)).toEqual(
      expect.arrayContaining([communeId('17761', '2021-11-01'), communeId('17713', '2021-11-01'), communeId('17713', '2025-03-01')]),
    );
    for (const v of sources)
      expect(mapVersion(v.id, '2025-07-01', new Map())).toEqual({
        shares: [{ target: 'commune:17713|2025-07-01', weight: 1, estimates: [] }],
      });
    const yearsBefore = [2019, 2020, 2021, 2022, 2023, 2024];
    let compared = 0;
    for (const y of yearsBefore) {
      const filed = await filedRows(
        sg,
        y,
        sources.map((v) => ({ id: `${v.code}|${v.validFrom}`, weight: 1 })),
      );
      expect(filed.length).toBeGreaterThan(0);
      for (const onBasis of (years.data.commune[`y${y}`] as Term[]).filter((v) => moves(v.indicator))) {
        for (const term of ['numerator', 'denominator'] as const) {
          const sum = filed.reduce((s, r) => s + r.weight * Number(r.row[measureOf(onBasis.indicator, term)] ?? 0), 0);
          expect([y, onBasis.indicator, term, termOf(onBasis, term)]).toEqual([y, onBasis.indicator, term, expect.closeTo(sum, 6)]);
          compared++;
        }
      }
    }
    // every indicator of the registry that moves (the six of Hải Phòng's plan and the other plans'), two terms, six years
    expect(compared).toBe(readRegistryFile().filter((i) => moves(i.id)).length * yearsBefore.length * 2);
    // the first read of each year computes its suppression pattern (test harnesses compute on first use)
  }, 600_000);

  it('conservation on the demo: for every year and measure, filed = on 2025-07-01 + unmapped, and filed = as filed before 2025', async () => {
    for (let year = 2019; year <= 2025; year++) {
      const res = await sg.query(
        `query($y: Int!) { r: geographyReconciliation(year: $y, geographyDate: "2025-07-01") { measures { measure filed onBasis unmapped placedByRecords } unmappedCommunes { commune { code validFrom } reason } } }`,
        { y: year },
        admin,
      );
      expect(res.errors).toBeUndefined();
      for (const m of res.data.r.measures) {
        expect(m.onBasis + m.unmapped).toBeCloseTo(m.filed, 4);
        // only labour's children are placed by their own records, and never more than moved
        if (CHILD_MEASURE_LIST.includes(m.measure)) expect(m.placedByRecords).toBeLessThanOrEqual(m.onBasis + 1e-6);
        else expect([m.measure, m.placedByRecords]).toEqual([m.measure, 0]);
      }
      if (year < 2025) {
        const db = connect<CoverageDB>(sg.schemas.settings('coverage'));
        try {
          const row = await db.db
            .selectFrom('commune_year')
            .select((eb) => eb.fn.sum<number>('checkup_examined').as('s'))
            .where('year', '=', year)
            .executeTakeFirstOrThrow();
          const m = res.data.r.measures.find((x: { measure: string }) => x.measure === 'checkup_examined');
          expect(m.filed).toBeCloseTo(Number(row.s ?? 0), 4);
        } finally {
          await db.close();
        }
      }
    }
    // going back, 2025's children counted in today's communes are placed in the communes of 2021 they lived in on 2025-06-30
    const back = await sg.query(
      `{ r: geographyReconciliation(year: 2025, geographyDate: "2021-11-01") { measures { measure filed onBasis unmapped placedByRecords } } }`,
      {},
      admin,
    );
    expect(back.errors).toBeUndefined();
    const population = back.data.r.measures.find((m: { measure: string }) => m.measure === 'checkup_population');
    expect(population.placedByRecords).toBeGreaterThan(0);
    expect(population.onBasis + population.unmapped).toBeCloseTo(population.filed, 4);
  });

  it("2025 on today's geography counts spring records filed under old codes (a planted April round is found)", async () => {
    const SPRING = `{ commune(code: "17713", date: "2025-08-01") { c: coverage(year: 2025, geographyDate: "2025-07-01", indicators: ["CHECKUP_COVERAGE"]) { numerator }
      f: coverage(year: 2025, indicators: ["CHECKUP_COVERAGE"]) { numerator } checkups(year: 2025) { examinedPreschoolAndPrimaryAge } }
      dung: commune(code: "17713", date: "2025-04-01") { validFrom checkups(year: 2025) { examinedPreschoolAndPrimaryAge } } }`;
    const before = await sg.query(SPRING, {}, admin);
    expect(before.errors).toBeUndefined();
    const health = connect<HealthDB>(sg.schemas.settings('health'));
    try {
      await health.db
        .insertInto('dot_kham')
        .values({
          ma_dot: 'PLANTED-SPRING',
          ma_tinh: '40',
          ma_huyen: '428',
          ma_xa: '17713',
          ngay_kham: '2025-04-15',
          loai: 'KSK_TQ',
          doi_kham: 'planted',
          don_vi_thuc_hien: 'TYT',
        })
        .execute();
      // the old station's closing report for its half year, as an agency would file it
      await health.db
        .insertInto('bao_cao_tram_y_te')
        .values({ ma_tinh: '40', ma_xa: '17713', nam: 2025, den_ngay: '2025-06-30', han_nop: '2025-07-15', ngay_nop: '2025-07-10' })
        .execute();
      await health.db
        .insertInto('ket_qua_kham')
        .values({ ma_dot: 'PLANTED-SPRING', nhom_tuoi: '6-10', so_tre_kham: 7, so_chuyen_tuyen: 0, so_suy_dinh_duong: 0 })
        .execute();
    } finally {
      await health.close();
    }
    const db = connect<CoverageDB>(sg.schemas.settings('coverage'));
    try {
      await refreshAll(db.db, sg.gateway.url, admin, { years: [2025], provinces: ['40'] });
    } finally {
      await db.close();
    }
    const after = await sg.query(SPRING, {}, admin);
    expect(after.errors).toBeUndefined();
    // the April round is filed under Dùng (17713 of 2025-03-01), the version in force that day …
    expect(after.data.dung.validFrom).toBe('2025-03-01');
    expect(after.data.dung.checkups.examinedPreschoolAndPrimaryAge).toBe(
      (before.data.dung.checkups?.examinedPreschoolAndPrimaryAge ?? 0) + 7,
    );
    // … so the new commune's own figures as filed (July to December) are unchanged, agency field and coverage term alike …
    expect(after.data.commune.checkups).toEqual(before.data.commune.checkups);
    expect(after.data.commune.f[0].numerator).toBe(before.data.commune.f[0].numerator);
    // … and on today's geography the whole year counts it
    expect(after.data.commune.c[0].numerator).toBe((before.data.commune.c[0].numerator ?? 0) + 7);
  });

  it("ranks the communes of a date's geography, each value saying which", async () => {
    for (const geographyDate of ['2021-11-01', '2025-07-01']) {
      const res = await sg.query(
        `query($g: Date!) { communeCoverage(year: 2025, provinceCode: "40", geographyDate: $g, orderBy: { indicator: "CHECKUP_COVERAGE" }, first: 5) {
        totalCount nodes { commune { code validFrom } values { indicator value geographyDate } } } }`,
        { g: geographyDate },
        admin,
      );
      expect(res.errors).toBeUndefined();
      const expected = [...dir.byId.values()].filter(
        (v) => v.level === 'commune' && v.provinceCode === '40' && inForceOn(v, geographyDate),
      ).length;
      expect(res.data.communeCoverage.totalCount).toBe(expected);
      for (const n of res.data.communeCoverage.nodes) {
        expect(inForceOn(dir.byId.get(communeId(n.commune.code, n.commune.validFrom))!, geographyDate)).toBe(true);
        expect(n.values.every((v: { geographyDate: string }) => v.geographyDate === geographyDate)).toBe(true);
      }
    }
  });

  it("sensitive indicators on a date's geography are SUPPRESSED outside the viewer's area, with the reason", async () => {
    const res = await sg.query(
      `{ nationalCoverage(year: 2024, geographyDate: "2025-07-01") { geographyDate values { indicator status suppressionReason definition { sensitive } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.nationalCoverage.geographyDate).toBe('2025-07-01');
    for (const v of res.data.nationalCoverage.values) {
      if (v.definition.sensitive)
        expect([v.status, v.suppressionReason]).toEqual(['SUPPRESSED', expect.stringMatching(/geography other than as filed/)]);
      else expect(v.status).not.toBe('SUPPRESSED');
    }
    const bad = await sg.query(`{ nationalCoverage(year: 2024, geographyDate: "2025-03-15") { communes } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('Ba Đình through the gateway (Hà Nội demo)', () => {
  let sg: TestSupergraph;
  let admin: Record<string, string>;
  beforeAll(async () => {
    sg = await startTestSupergraph({ demo: { seed: 7, provinces: ['01'], childrenPerCommune: 6 } });
    admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN', subject: 'history-test' })}` };
    await warmPatterns(sg, [2024]);
  }, 1_200_000);
  afterAll(async () => sg?.stop());

  it('00004 of 2025-07-01 holds Trúc Bạch and Quán Thánh in full and a stated share of Ngọc Hà; every term is that weighted sum', async () => {
    const res = await sg.query(
      `{ commune(code: "00004", date: "2025-08-01") { name coverage(year: 2024, geographyDate: "2025-07-01") {
      indicator numerator numeratorAmount denominator dataQuality estimate { methods parts { source from to weight method childRecordsPlaced } } } } }`,
      {},
      admin,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data.commune.name).toBe('Ba Đình');
    const values: Term[] = res.data.commune.coverage;
    const parts = values[0]!.estimate!.parts.filter((p) => p.to === '00004|2025-07-01');
    // Ngọc Hà: a stated share, by children's residence (or an equal split when none crossed), never all of it
    const ngocHa = parts.find((p) => p.source === '00016|2021-11-01')!;
    expect(ngocHa.weight).toBeGreaterThan(0);
    expect(ngocHa.weight).toBeLessThan(1);
    expect(['CHILD_RESIDENCE_SHARE', 'EQUAL_SPLIT']).toContain(ngocHa.method);
    // each apportioned source's children counted on 2024-12-31, placed by labour child by child on 2025-07-01's communes
    type Group = { commune: { code: string; validFrom: string } | null; placement: string } & Record<string, number>;
    const placedOf = async (source: string) => {
      const [code, validFrom] = source.split('|');
      const r = await sg.query(
        `query($c: String!, $d: Date!) { commune(code: $c, date: $d) { childPopulation(year: 2024) { preschoolAndPrimaryAge }
          childSupport(year: 2024) { specialCircumstanceChildren }
          childrenOnGeography(year: 2024, geographyDate: "2025-07-01") { unmappedReason groups { commune { code validFrom } placement
            ${Object.values(PLACED).join(' ')} } } } }`,
        { c: code, d: validFrom },
        admin,
      );
      expect(r.errors).toBeUndefined();
      const c = r.data.commune;
      const groups: Group[] = c.childrenOnGeography.groups;
      // every child counted there is in exactly one group
      const sum = (f: string, keep: (g: Group) => boolean = () => true) => groups.filter(keep).reduce((a, g) => a + g[f]!, 0);
      expect(sum('preschoolAndPrimaryAge')).toBe(c.childPopulation?.preschoolAndPrimaryAge ?? 0);
      expect(sum('specialCircumstanceChildren')).toBe(c.childSupport?.specialCircumstanceChildren ?? 0);
      for (const g of groups) expect(g.commune === null).toBe(g.placement === 'UNDECIDED');
      for (const g of groups.filter((x) => x.commune))
        expect(inForceOn(dir.byId.get(communeId(g.commune!.code, g.commune!.validFrom))!, '2025-07-01')).toBe(true);
      return {
        groups,
        // undecided children outside every measure (aged 11–15, none in a group) leave no measure to a weight
        allPlaced: groups.filter((g) => !g.commune).every((g) => Object.values(PLACED).every((f) => g[f] === 0)),
        /** placed in Ba Đình exactly, and placed anywhere (the rest is apportioned by the weight) */
        here: (f: string) => sum(f, (g) => g.commune?.code === '00004'),
        decided: (f: string) => sum(f, (g) => g.commune !== null),
      };
    };
    const placed = new Map(await Promise.all([...new Set(parts.map((p) => p.source))].map(async (p) => [p, await placedOf(p)] as const)));
    // Ngọc Hà's children moved on with their new residence: the records placed some of them exactly
    expect(placed.get('00016|2021-11-01')!.groups.some((g) => g.placement === 'RESIDENCE')).toBe(true);
    for (const p of parts) expect([p.source, p.childRecordsPlaced]).toEqual([p.source, placed.get(p.source)!.allPlaced]);
    const allPlaced = [...placed.values()].every((p) => p.allPlaced);
    for (const v of values) {
      const childLevel =
        CHILD_MEASURE_LIST.includes(measureOf(v.indicator, 'numerator')) &&
        CHILD_MEASURE_LIST.includes(measureOf(v.indicator, 'denominator'));
      // values resting on a weight say so; the support indicators rest on none once every child was placed
      expect([v.indicator, v.dataQuality.includes('ESTIMATED')]).toEqual([v.indicator, !(childLevel && allPlaced)]);
    }
    // Trúc Bạch (with Nguyễn Trung Trực, merged into it in 2025) and Quán Thánh: whole, so never among the apportioned parts
    const whole = [...dir.byId.values()]
      .filter((v) => v.level === 'commune' && v.validFrom < '2025-07-01')
      .filter((v) => {
        const m = mapVersion(v.id, '2025-07-01', new Map());
        return (
          'shares' in m && m.shares.length === 1 && m.shares[0]!.target === 'commune:00004|2025-07-01' && !m.shares[0]!.estimates.length
        );
      })
      .map((v) => `${v.code}|${v.validFrom}`);
    expect(whole.sort()).toEqual(['00004|2021-11-01', '00010|2021-11-01', '00013|2021-11-01']);
    expect(parts.map((p) => p.source).filter((s) => whole.includes(s))).toEqual([]);
    const filedOf = async (id: string) => {
      const [code, validFrom] = id.split('|');
      const r = await sg.query(
        `query($c: String!, $d: Date!) { commune(code: $c, date: $d) { name validFrom coverage(year: 2024) { indicator numerator numeratorAmount denominator } } }`,
        { c: code, d: validFrom },
        admin,
      );
      expect(r.errors).toBeUndefined();
      return r.data.commune as { name: string; coverage: Term[] };
    };
    const wholeFiled = await Promise.all(whole.map(filedOf));
    expect(wholeFiled.map((c) => c.name).sort()).toEqual(['Nguyễn Trung Trực', 'Quán Thánh', 'Trúc Bạch']);
    expect((await filedOf('00016|2021-11-01')).name).toBe('Ngọc Hà');
    // each term = the read model's filed measures of the whole sources, plus each apportioned source's times its stated weight
    const filed = await filedRows(sg, 2024, [
      ...whole.map((id) => ({ id, weight: 1 })),
      ...parts.map((p) => ({ id: p.source, weight: p.weight })),
    ]);
    expect(filed.map((r) => r.id).sort()).toEqual([...whole, ...parts.map((p) => p.source)].sort());
    // a child-level count: the apportioned sources' children placed in Ba Đình exactly, only their undecided rest by the weight
    const expectedOf = (measure: string) => {
      const field = PLACED[measure as keyof typeof PLACED];
      return filed.reduce((s, r) => {
        const value = Number(r.row[measure] ?? 0);
        const p = placed.get(r.id);
        return s + (field && p ? p.here(field) + r.weight * (value - p.decided(field)) : r.weight * value);
      }, 0);
    };
    for (const v of values.filter((x) => moves(x.indicator))) {
      for (const k of ['numerator', 'denominator'] as const) {
        const expected = expectedOf(measureOf(v.indicator, k));
        // money is apportioned in whole đồng: each apportioned source may round by less than one đồng
        if (k === 'numerator' && v.numeratorAmount !== null)
          expect(Math.abs(termOf(v, k)! - expected), v.indicator).toBeLessThanOrEqual(parts.length);
        else expect([v.indicator, k, termOf(v, k)]).toEqual([v.indicator, k, expect.closeTo(expected, 3)]);
      }
    }
    // the agencies' own figures on today's geography: the same moved measures, each saying whether it rests on a weight
    const FIGURES = `query($c: String!, $d: Date!, $g: Date) { commune(code: $c, date: $d) { agencyFigures(year: 2024, geographyDate: $g) {
      geographyDate figures { field subgraph measure value amount members estimatedMembers } } } }`;
    const figures = await sg.query(FIGURES, { c: '00004', d: '2025-08-01', g: '2025-07-01' }, admin);
    expect(figures.errors).toBeUndefined();
    expect(figures.data.commune.agencyFigures.geographyDate).toBe('2025-07-01');
    type Figure = {
      field: string;
      measure: string;
      value: number | null;
      amount: string | null;
      members: number;
      estimatedMembers: number;
    };
    const shown: Figure[] = figures.data.commune.agencyFigures.figures;
    // every agency figure behind an indicator (the child-friendly share's terms are coverage's own assessments)
    expect(shown.map((f) => f.measure).sort()).toEqual(
      [...new Set(registry.indicators.filter((i) => moves(i.id)).flatMap((i) => [i.numerator.measure, i.denominator.measure]))].sort(),
    );
    for (const f of shown) {
      const number = f.amount !== null ? Number(f.amount) : f.value;
      if (f.members === 0) {
        expect([f.measure, number]).toEqual([f.measure, null]);
        continue;
      }
      if (f.amount !== null) expect(Math.abs(number! - expectedOf(f.measure)), f.measure).toBeLessThanOrEqual(parts.length);
      else expect([f.measure, number]).toEqual([f.measure, expect.closeTo(expectedOf(f.measure), 3)]);
      expect([f.measure, f.estimatedMembers]).toEqual([f.measure, CHILD_MEASURE_LIST.includes(f.measure) && allPlaced ? 0 : 1]);
    }
    // as filed, a figure is the agency field's own answer (Ngọc Hà, 2024)
    const ngocHaFiled = await sg.query(
      `{ commune(code: "00016", date: "2021-11-01") { childPopulation(year: 2024) { preschoolAndPrimaryAge }
        childSupport(year: 2024) { specialCircumstanceChildren }
        agencyFigures(year: 2024) { geographyDate figures { measure value estimatedMembers } } } }`,
      {},
      admin,
    );
    expect(ngocHaFiled.errors).toBeUndefined();
    const own = ngocHaFiled.data.commune;
    const figure = (m: string) => own.agencyFigures.figures.find((f: Figure) => f.measure === m);
    expect(own.agencyFigures.geographyDate).toBeNull();
    expect(figure('checkup_population')).toEqual({
      measure: 'checkup_population',
      value: own.childPopulation.preschoolAndPrimaryAge,
      estimatedMembers: 0,
    });
    expect(figure('special_children').value).toBe(own.childSupport.specialCircumstanceChildren);
    // labour's placement outside the area: the population counts stay, the sensitive groups are withheld; a bad date is refused
    const placedOutside = await sg.query(
      `{ commune(code: "00016", date: "2021-11-01") { childrenOnGeography(year: 2024, geographyDate: "2025-07-01") { groups { preschoolAndPrimaryAge specialCircumstanceChildren } } } }`,
    );
    expect(placedOutside.errors).toBeUndefined();
    for (const g of placedOutside.data.commune.childrenOnGeography.groups) {
      expect(g.specialCircumstanceChildren).toBeNull();
      expect(typeof g.preschoolAndPrimaryAge).toBe('number');
    }
    const badDate = await sg.query(
      `{ commune(code: "00016", date: "2021-11-01") { childrenOnGeography(year: 2024, geographyDate: "2020-01-01") { year } } }`,
      {},
      admin,
    );
    expect(badDate.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // without a token: the public figures are shown, those counting children in sensitive groups are withheld
    const anonymous = await sg.query(FIGURES, { c: '00004', d: '2025-08-01', g: '2025-07-01' });
    expect(anonymous.errors).toBeUndefined();
    const outside: Figure[] = anonymous.data.commune.agencyFigures.figures;
    expect(outside.find((f) => f.measure === 'checkup_population')!.value).toBe(
      shown.find((f) => f.measure === 'checkup_population')!.value,
    );
    for (const m of ['special_children', 'poor_children', 'fund_disbursed'])
      expect([m, outside.find((f) => f.measure === m)!.value, outside.find((f) => f.measure === m)!.amount]).toEqual([m, null, null]);
  }, 600_000);
});
