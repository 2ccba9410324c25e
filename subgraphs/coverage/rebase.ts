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

export interface RebasedRow {
  target: string;
  measures: Record<MeasureColumn, number | null>;
  /** the apportioned hops behind this row; empty when every figure moved whole */
  estimates: (Share['estimates'][number] & { source: string })[];
  sources: number;
}

export interface Ledger {
  filed: Record<MeasureColumn, number>;
  onBasis: Record<MeasureColumn, number>;
  unmapped: Record<MeasureColumn, number>;
  unmappedVersions: { id: string; reason: string }[];
}

const zeros = () => Object.fromEntries(MEASURE_COLUMNS.map((m) => [m, 0])) as Record<MeasureColumn, number>;

/**
 * Rebases one year: every filed version's measures onto the versions in force on `date`. A
 * measure stays null (missing, never zero) on a target when no source filed it.
 */
export function rebaseYear(
  filed: { id: string; measures: Measures }[],
  date: string,
  transitions: Transitions,
  dir: Directory = getDirectory(),
): { rows: RebasedRow[]; ledger: Ledger } {
  const rows = new Map<string, RebasedRow>();
  const ledger: Ledger = { filed: zeros(), onBasis: zeros(), unmapped: zeros(), unmappedVersions: [] };
  for (const source of filed) {
    for (const m of MEASURE_COLUMNS) ledger.filed[m] += source.measures[m] ?? 0;
    const mapping = mapVersion(source.id, date, transitions, dir);
    if ('unmapped' in mapping) {
      ledger.unmappedVersions.push({ id: source.id, reason: mapping.unmapped });
      for (const m of MEASURE_COLUMNS) ledger.unmapped[m] += source.measures[m] ?? 0;
      continue;
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
      let row = rows.get(share.target);
      if (!row) {
        row = {
          target: share.target,
          measures: Object.fromEntries(MEASURE_COLUMNS.map((m) => [m, null])) as RebasedRow['measures'],
          estimates: [],
          sources: 0,
        };
        rows.set(share.target, row);
      }
      row.sources++;
      row.estimates.push(...share.estimates.map((e) => ({ ...e, source: source.id })));
      for (const m of MEASURE_COLUMNS) {
        const v = source.measures[m];
        if (v === null || v === undefined) continue;
        const moved = money.get(m)?.[k] ?? v * share.weight;
        row.measures[m] = (row.measures[m] ?? 0) + moved;
        ledger.onBasis[m] += moved;
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
