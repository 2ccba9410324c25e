import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CountCellRow } from '../subgraphs/labour/db/fund-reads.ts';
import { HINH_THUC, type HinhThuc } from '../subgraphs/labour/db/tables.ts';
import {
  auditFundYear,
  cellKey,
  FORM_KEYS,
  fundPattern,
  fundYears,
  NATION,
  primaryCells,
  publishedCell,
  type FormKey,
  type FundYear,
} from '../subgraphs/labour/fund-disclosure.ts';
import type { Indicator } from '../subgraphs/coverage/registry.ts';
import type { TableSystem } from '../subgraphs/coverage/disclosure-audit.ts';
import { referenceAudit } from './support/reference-audit.ts';

/**
 * The fund's published counts of children against an attacker, without a database: support
 * events are generated, their cells counted as the ledger's SQL does (fundCountCells), and the
 * published pattern audited by the fund's LP audit and, for the differencing between the
 * nation and its provinces, by the independent reference audit of the coverage indicators.
 */
interface SupportEvent {
  child: string;
  province: string;
  commune: string;
  form: HinhThuc;
}

/** The cells fundCountCells would return for these events of one year. */
function cellsOf(events: SupportEvent[], year: number): CountCellRow[] {
  const groups = new Map<string, { row: Omit<CountCellRow, 'children' | 'events'>; children: Set<string>; events: number }>();
  const add = (ma_tinh: string | null, ma_xa: string | null, hinh_thuc: HinhThuc | null, child: string) => {
    const key = `${ma_tinh}|${ma_xa}|${hinh_thuc}`;
    const g = groups.get(key) ?? { row: { year, ma_tinh, ma_xa, hinh_thuc }, children: new Set(), events: 0 };
    g.children.add(child);
    g.events++;
    groups.set(key, g);
  };
  for (const e of events)
    for (const form of [e.form, null]) {
      add(null, null, form, e.child);
      add(e.province, null, form, e.child);
      add(e.province, e.commune, form, e.child);
    }
  return [...groups.values()].map((g) => ({ ...g.row, children: g.children.size, events: g.events }));
}

const yearOf = (events: SupportEvent[]) => fundYears(cellsOf(events, 2024), 2024, 2024)[0]!;
const many = (n: number, e: Omit<SupportEvent, 'child'>, prefix: string) =>
  Array.from({ length: n }, (_, i) => ({ ...e, child: `${prefix}${i}` }));

/**
 * Province 31: 40 children in social assistance, 3 of whom also had legal aid (small); province
 * 04: 30 in social assistance, 25 of whom also had legal aid. Children in two forms, so the
 * all-forms counts are not the sums of the forms: only the nation gives the small cell away.
 */
const twoProvinces = (): SupportEvent[] => [
  ...many(3, { province: '31', commune: '11311', form: 'TRO_GIUP_PHAP_LY' }, 'b'),
  ...many(40, { province: '31', commune: '11311', form: 'TRO_GIUP_XA_HOI' }, 'b'),
  ...many(25, { province: '04', commune: '01234', form: 'TRO_GIUP_PHAP_LY' }, 'd'),
  ...many(30, { province: '04', commune: '01234', form: 'TRO_GIUP_XA_HOI' }, 'd'),
];

/** The nation and its provinces as the coverage indicators' table system, one additive measure per form: the reference audit's input. */
function referenceSystem(y: FundYear, hidden: ReadonlySet<string>): TableSystem {
  const measures = FORM_KEYS.flatMap((key): [FormKey, 'children' | 'events'][] =>
    key === 'ALL'
      ? [[key, 'children']]
      : [
          [key, 'children'],
          [key, 'events'],
        ],
  );
  const indicators = measures.map(
    ([key, m]) => ({ id: `${key}:${m}`, unit: 'COUNT', denominator: { measure: `${key}:${m}` } }) as unknown as Indicator,
  );
  const value = (scope: string, id: string) => {
    const [key, m] = id.split(':') as [FormKey, 'children' | 'events'];
    return { numerator: 0, denominator: (y.scopes.get(scope)?.get(key) ?? { children: 0, events: 0 })[m] };
  };
  const scopeOf = (area: string) => (area === NATION ? NATION : area.slice('commune:'.length));
  return {
    indicators,
    communes: [...y.scopes.keys()].filter((s) => s !== NATION).map((p) => ({ area: `commune:${p}`, aggregates: [NATION] })),
    truth: (area, id) => value(scopeOf(area), id),
    published: (area, id) => (hidden.has(cellKey(scopeOf(area), id.split(':')[0] as FormKey)) ? null : value(scopeOf(area), id)),
  };
}

describe("the fund's published counts of children", () => {
  it('were breakable under the primary rule alone: the nation less the other province recovers a suppressed count exactly', async () => {
    const y = yearOf(twoProvinces());
    const primary = primaryCells(y);
    expect([...primary]).toEqual([cellKey('31', 'TRO_GIUP_PHAP_LY')]);
    const { failures } = await auditFundYear(y, primary);
    expect(failures).toContainEqual(
      expect.objectContaining({
        scope: '31',
        form: 'TRO_GIUP_PHAP_LY',
        measure: 'children',
        value: 3,
        lo: 3,
        hi: 3,
        rule: 'EXACT',
        attacker: null,
      }),
    );
    // the independent reference audit agrees
    const reference = await referenceAudit(referenceSystem(y, primary), { k: 10, p: 3 });
    expect(reference.failures.some((f) => f.area === 'commune:31' && f.rule === 'EXACT')).toBe(true);
  });

  it('are safe under the audited pattern: no hidden count is recovered, by an outsider or an officer', async () => {
    const y = yearOf(twoProvinces());
    const pattern = await fundPattern(y);
    expect(pattern.hidden.has(cellKey('31', 'TRO_GIUP_PHAP_LY'))).toBe(true);
    expect(pattern.hidden.size).toBeGreaterThan(pattern.primary);
    expect((await auditFundYear(y, pattern.hidden)).failures).toEqual([]);
    const reference = await referenceAudit(referenceSystem(y, pattern.hidden), { k: 10, p: 3 });
    expect(reference.failures).toEqual([]);
    // the all-forms counts stay shown, true
    expect([publishedCell(y, pattern, '31', 'ALL'), publishedCell(y, pattern, '04', 'ALL')]).toEqual([
      { children: 40, events: 43 },
      { children: 30, events: 55 },
    ]);
  });

  it('stop an officer of one province reading the other from the nation', async () => {
    const y = yearOf(twoProvinces());
    // hiding the small cell and its sibling defeats the outsider, not the officer of 04, who knows 04's own count
    const hidden = new Set([cellKey('31', 'TRO_GIUP_PHAP_LY'), cellKey('04', 'TRO_GIUP_PHAP_LY')]);
    const { failures } = await auditFundYear(y, hidden);
    expect(failures.filter((f) => f.attacker === null)).toEqual([]);
    expect(failures).toContainEqual(
      expect.objectContaining({ scope: '31', form: 'TRO_GIUP_PHAP_LY', rule: 'EXACT', attacker: 'province:04' }),
    );
  });

  it('stop bounding across forms: a hidden form is not the all-forms count less the shown forms', async () => {
    // one province; each child in one form, so the all-forms count is the sum of the forms
    const y = yearOf([
      ...many(4, { province: '31', commune: '11311', form: 'TRO_GIUP_PHAP_LY' }, 'a'),
      ...many(40, { province: '31', commune: '11312', form: 'TRO_GIUP_XA_HOI' }, 'b'),
      ...many(20, { province: '31', commune: '11312', form: 'HO_TRO_GIAO_DUC' }, 'c'),
    ]);
    // the nation equals the province: the primary rule hides both small cells, and the all-forms counts give them away
    const primary = primaryCells(y);
    const broken = await auditFundYear(y, primary);
    expect(broken.failures).toContainEqual(
      expect.objectContaining({ scope: '31', form: 'TRO_GIUP_PHAP_LY', rule: 'EXACT', attacker: null }),
    );
    const pattern = await fundPattern(y);
    expect((await auditFundYear(y, pattern.hidden)).failures).toEqual([]);
  });

  it('hold on random ledgers (property): the pattern passes the audit, and hides every small cell', async () => {
    const event = fc.record({
      child: fc.integer({ min: 0, max: 120 }).map(String),
      province: fc.constantFrom('31', '04', '30'),
      commune: fc.integer({ min: 0, max: 5 }).map(String),
      form: fc.constantFrom(...HINH_THUC.slice(0, 3)),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(event, { minLength: 1, maxLength: 150 }), async (raw) => {
        // a child lives in one commune: its province and commune follow its id
        const events = raw.map((e) => ({ ...e, province: ['31', '04', '30'][Number(e.child) % 3]!, commune: `${Number(e.child) % 7}` }));
        const y = yearOf(events);
        const pattern = await fundPattern(y);
        for (const c of primaryCells(y)) expect(pattern.hidden.has(c)).toBe(true);
        expect((await auditFundYear(y, pattern.hidden)).failures).toEqual([]);
        // children add up across provinces here (a child lives in one), so the reference audit's equalities are the attacker's too
        expect((await referenceAudit(referenceSystem(y, pattern.hidden), { k: 10, p: 3 })).failures).toEqual([]);
      }),
      { numRuns: 25, seed: 12 },
    );
  }, 120_000);
});
