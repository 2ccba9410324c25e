import { getDirectory, inForceOn, versionId, type Directory, type Link } from '../../lib/directory/lineage.ts';
import { MEASURE_COLUMNS, MONEY_COLUMNS, type MeasureColumn } from './db/tables.ts';

/**
 * The read model on the geography of a date: every commune version's filed figures for a year
 * moved, through the lineage (lib/directory/lineage.ts: same-code continuations, the 2021–2025
 * mergers, the 2025 crosswalk), onto the communes in force on that date. A whole transfer moves
 * everything (exact); a divided commune's figures, and a new commune's when going back to its
 * predecessors, are apportioned by children's residence across the boundary change (ESTIMATED,
 * method CHILD_RESIDENCE_SHARE; EQUAL_SPLIT when no child of the register moved across).
 * Figures of a version that reaches no commune of the date are not moved but counted (unmapped).
 * Linear in every measure, so totals are conserved: on-basis + unmapped = filed.
 */
export type Method = 'CHILD_RESIDENCE_SHARE' | 'EQUAL_SPLIT';

/** Children living in `from` on its last day and in `to` on the next day, keyed `fromId>toId`. */
export type Transitions = Map<string, number>;

export interface Share {
  /** version id of the commune on the target geography */
  target: string;
  weight: number;
  /** the hops that were apportioned rather than whole transfers; empty when exact */
  estimates: { from: string; to: string; weight: number; method: Method }[];
}

export type Mapping = { shares: Share[] } | { unmapped: string };

const MAX_HOPS = 12;

/** One link's weight going forward (a predecessor's figures into its successors) or backward. */
function hopWeights(dir: Directory, id: string, links: Link[], transitions: Transitions, forward: boolean) {
  const whole = links.length === 1 && links[0]!.transfer === 'FULL';
  if (whole) return links.map((l) => ({ link: l, weight: 1, method: null }));
  const children = links.map((l) => transitions.get(forward ? `${id}>${l.id}` : `${l.id}>${id}`) ?? 0);
  const total = children.reduce((a, b) => a + b, 0);
  return links.map((l, i) => ({
    link: l,
    weight: total > 0 ? children[i]! / total : 1 / links.length,
    method: (total > 0 ? 'CHILD_RESIDENCE_SHARE' : 'EQUAL_SPLIT') as Method,
  }));
}

/** Where a commune version's figures go on the geography of `date`. */
export function mapVersion(id: string, date: string, transitions: Transitions, dir: Directory = getDirectory()): Mapping {
  const start = dir.byId.get(id);
  if (!start) return { unmapped: 'NOT_IN_DIRECTORY' };
  const forward = start.validFrom <= date;
  const out = new Map<string, Share>();
  let reason: string | null = null;
  const walk = (at: string, weight: number, estimates: Share['estimates'], hops: number) => {
    const v = dir.byId.get(at)!;
    if (inForceOn(v, date)) {
      const share = out.get(at) ?? { target: at, weight: 0, estimates: [] };
      share.weight += weight;
      share.estimates.push(...estimates);
      out.set(at, share);
      return;
    }
    // Links to versions of the same time (a 2021 commune absorbed by a neighbour of the same snapshot) count as forward steps.
    const links = (forward ? dir.successors : dir.predecessors).get(at) ?? [];
    if (!links.length || hops >= MAX_HOPS) {
      reason ??= dir.unknownSuccessor.get(at) ?? (forward ? 'NO_KNOWN_SUCCESSOR' : 'NO_KNOWN_PREDECESSOR');
      return;
    }
    for (const { link, weight: w, method } of hopWeights(dir, at, links, transitions, forward)) {
      const hop = method ? [{ from: forward ? at : link.id, to: forward ? link.id : at, weight: w, method }] : [];
      walk(link.id, weight * w, [...estimates, ...hop], hops + 1);
    }
  };
  walk(id, 1, [], 0);
  // A version part of which reaches nothing stays whole in the ledger: never half-moved.
  if (reason !== null) return { unmapped: reason };
  return { shares: [...out.values()] };
}

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
    const money = new Map(MONEY_COLUMNS.map((m) => [m, apportionWhole(source.measures[m] ?? null, mapping.shares.map((s) => s.weight))]));
    for (const [k, share] of mapping.shares.entries()) {
      let row = rows.get(share.target);
      if (!row) {
        row = { target: share.target, measures: Object.fromEntries(MEASURE_COLUMNS.map((m) => [m, null])) as RebasedRow['measures'], estimates: [], sources: 0 };
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
