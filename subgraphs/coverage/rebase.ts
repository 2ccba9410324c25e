import { getDirectory, versionId, type Directory } from '../../lib/directory/lineage.ts';
import { mapVersion, type Share, type Transitions } from '../../lib/directory/onto-date.ts';
import { MEASURE_COLUMNS, MONEY_COLUMNS, type MeasureColumn } from './db/tables.ts';

/**
 * The read model on the geography of a date: every commune version's filed figures for a year
 * moved onto the communes in force on that date by lib/directory/onto-date.ts (ESTIMATED where
 * apportioned). Figures of a version that reaches no commune of the date are not moved but
 * counted (unmapped). Linear in every measure, so totals are conserved: on-basis + unmapped = filed.
 */
export { mapVersion, type Mapping, type Method, type Share, type Transitions } from '../../lib/directory/onto-date.ts';
export type Measures = Partial<Record<MeasureColumn, number | null>>;

/**
 * Labour's year-end counts of children (the denominators of check-ups and preschool, and both
 * terms of the support indicators): child-level records, placed child by child by residence
 * where it decides (labour's Commune.childrenOnGeography).
 */
export const CHILD_MEASURES = [
  'checkup_population',
  'preschool_age_children',
  'special_children',
  'special_supported',
  'poor_children',
  'poor_supported',
  'in_need_children',
  'abuse_victims',
  'abuse_supported',
] as const satisfies readonly MeasureColumn[];
export type ChildMeasure = (typeof CHILD_MEASURES)[number];

/** One source version's children as labour placed them on the date: per commune of the date (version id), the counts placed exactly. */
export type Placed = { target: string; counts: Partial<Record<ChildMeasure, number | null>> }[];

export interface EstimatePart {
  source: string;
  from: string;
  to: string;
  weight: number;
  method: Share['estimates'][number]['method'];
  /** true when the source's child-level counts were all placed by residence: the weight applied to its aggregates only */
  childRecordsPlaced: boolean;
}

export interface RebasedRow {
  target: string;
  measures: Record<MeasureColumn, number | null>;
  /** the apportioned hops behind this row; empty when every figure moved whole */
  estimates: EstimatePart[];
  sources: number;
}

export interface Ledger {
  filed: Record<MeasureColumn, number>;
  onBasis: Record<MeasureColumn, number>;
  unmapped: Record<MeasureColumn, number>;
  /** of onBasis, what records placed exactly across an apportioned hop (children by residence) */
  placedByRecords: Record<MeasureColumn, number>;
  unmappedVersions: { id: string; reason: string }[];
}

const zeros = () => Object.fromEntries(MEASURE_COLUMNS.map((m) => [m, 0])) as Record<MeasureColumn, number>;

/**
 * The part of a source's child-level measures placed exactly, per target, and the remainder left
 * to the weights. A measure whose placed counts exceed what was filed (the register changed between
 * the two reads) is left wholly to the weights: never more than was filed.
 */
function splitChildMeasures(measures: Measures, placed: Placed | undefined) {
  const exact = new Map<string, Partial<Record<MeasureColumn, number>>>();
  const remainder: Measures = { ...measures };
  if (!placed) return { exact, remainder, allPlaced: false };
  let allPlaced = true;
  for (const m of CHILD_MEASURES) {
    const filed = measures[m];
    if (filed === null || filed === undefined) continue;
    const sum = placed.reduce((a, p) => a + (p.counts[m] ?? 0), 0);
    if (sum > filed || placed.some((p) => p.counts[m] === null || p.counts[m] === undefined)) {
      allPlaced = false;
      continue;
    }
    for (const p of placed) {
      const row = exact.get(p.target) ?? {};
      row[m] = p.counts[m]!;
      exact.set(p.target, row);
    }
    remainder[m] = filed - sum;
    if (filed - sum !== 0) allPlaced = false;
  }
  return { exact, remainder, allPlaced };
}

/**
 * Rebases one year: every filed version's measures onto the versions in force on `date`. A
 * measure stays null (missing, never zero) on a target when no source filed it. Where labour
 * placed a source's children by residence (`placed`, by source id), those counts go exactly
 * where they were placed and only the rest is apportioned.
 */
export function rebaseYear(
  filed: { id: string; measures: Measures }[],
  date: string,
  transitions: Transitions,
  dir: Directory = getDirectory(),
  placed: Map<string, Placed> = new Map(),
): { rows: RebasedRow[]; ledger: Ledger } {
  const rows = new Map<string, RebasedRow>();
  const ledger: Ledger = { filed: zeros(), onBasis: zeros(), unmapped: zeros(), placedByRecords: zeros(), unmappedVersions: [] };
  const rowOf = (target: string) => {
    let row = rows.get(target);
    if (!row) {
      row = {
        target,
        measures: Object.fromEntries(MEASURE_COLUMNS.map((m) => [m, null])) as RebasedRow['measures'],
        estimates: [],
        sources: 0,
      };
      rows.set(target, row);
    }
    return row;
  };
  const add = (row: RebasedRow, m: MeasureColumn, moved: number) => {
    row.measures[m] = (row.measures[m] ?? 0) + moved;
    ledger.onBasis[m] += moved;
  };
  for (const source of filed) {
    for (const m of MEASURE_COLUMNS) ledger.filed[m] += source.measures[m] ?? 0;
    const mapping = mapVersion(source.id, date, transitions, dir);
    if ('unmapped' in mapping) {
      ledger.unmappedVersions.push({ id: source.id, reason: mapping.unmapped });
      for (const m of MEASURE_COLUMNS) ledger.unmapped[m] += source.measures[m] ?? 0;
      continue;
    }
    const apportioned = mapping.shares.length > 1 || mapping.shares.some((sh) => sh.estimates.length);
    const { exact, remainder, allPlaced } = splitChildMeasures(source.measures, apportioned ? placed.get(source.id) : undefined);
    for (const [target, counts] of exact) {
      const row = rowOf(target);
      for (const [m, v] of Object.entries(counts) as [MeasureColumn, number][]) {
        add(row, m, v);
        ledger.placedByRecords[m] += v;
      }
    }
    // Money is apportioned in whole đồng (largest remainder), so each target's amount is exact and they add up to the filed one.
    const money = new Map(
      MONEY_COLUMNS.map((m) => [
        m,
        apportionWhole(
          source.measures[m] ?? null,
          mapping.shares.map((s) => s.weight),
        ),
      ]),
    );
    for (const [k, share] of mapping.shares.entries()) {
      const row = rowOf(share.target);
      row.sources++;
      row.estimates.push(...share.estimates.map((e) => ({ ...e, source: source.id, childRecordsPlaced: allPlaced })));
      for (const m of MEASURE_COLUMNS) {
        const v = remainder[m];
        if (v === null || v === undefined) continue;
        // a measure placed wholly by records adds nothing here, but a known 0 keeps it known
        add(row, m, money.get(m)?.[k] ?? v * share.weight);
      }
    }
  }
  return { rows: [...rows.values()], ledger };
}

/** Whole đồng for each weight, largest remainder first: the parts add up to `amount` exactly. */
export function apportionWhole(amount: number | null, weights: number[]): number[] | undefined {
  if (amount === null) return undefined;
  if (!Number.isSafeInteger(amount)) throw new RangeError(`an amount of money must be a whole number of đồng, got ${amount}`);
  if (amount < 0) return apportionWhole(-amount, weights)!.map((p) => -p);
  const total = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((w) => (total > 0 ? (amount * w) / total : 0));
  const parts = exact.map(Math.floor);
  const order = exact.map((x, i) => [x - Math.floor(x), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let left = amount - parts.reduce((a, b) => a + b, 0), j = 0; left > 0; left--, j++) parts[order[j % order.length]![1]]!++;
  return parts;
}

export const communeId = (code: string, validFrom: string) => versionId('commune', code, validFrom);
