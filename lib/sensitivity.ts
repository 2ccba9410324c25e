import { readFileSync } from 'node:fs';

/**
 * Sensitivity as data: each agency subgraph lists, in its `measures.ts`, every GraphQL field
 * that carries a measure (`Type.field`), whether it is SENSITIVE or PUBLIC, and why. Sensitive
 * measures are findings about individual children (a condition, a need, a payment to a child):
 * they are withheld (null) from every viewer outside the unit's area, at every level. Counts of
 * children in a sensitive group that the plans report to the public (children reached by the
 * fund) are SMALL_COUNT: outside the area only a suppression pattern audited against
 * differencing may publish them (the fund's: subgraphs/labour/fund-disclosure.ts, with the k
 * and P of the coverage indicators); `redact` withholds them, and the resolver puts the
 * pattern's cells back where it publishes them. The primary rule alone (`smallCountShown`) is
 * where a pattern starts, never what is published: a count suppressed by it alone is the
 * difference of published ones. Public measures describe the general child population,
 * services or facilities.
 */
export type Sensitivity = 'SENSITIVE' | 'SMALL_COUNT' | 'PUBLIC';

/**
 * k and the protection level P of every small-count rule: the coverage registry's
 * (subgraphs/coverage/data/indicators.json), the one place they are set, so the fund's counts
 * and the indicators are suppressed alike.
 */
const SUPPRESSION = (
  JSON.parse(readFileSync(new URL('../subgraphs/coverage/data/indicators.json', import.meta.url), 'utf8')) as {
    suppression: { k: number; protection: number };
  }
).suppression;
export const SMALL_COUNT_K: number = SUPPRESSION.k;
export const SMALL_COUNT_PROTECTION: number = SUPPRESSION.protection;

/** The primary small-count rule: null (suppressed) from 1 to k − 1; zero is shown. A pattern's first cells, not yet safe. */
export const smallCountShown = (n: number, k = SMALL_COUNT_K): number | null => (n >= 1 && n < k ? null : n);

export interface Measure {
  /** `Type.field`, as in the subgraph's SDL */
  field: string;
  sensitivity: Sensitivity;
  reason: string;
}

export type MeasureTable = readonly Measure[];

const sensitiveFields = new WeakMap<MeasureTable, Set<string>>();
function sensitiveOf(table: MeasureTable): Set<string> {
  let set = sensitiveFields.get(table);
  if (!set) sensitiveFields.set(table, (set = new Set(table.filter((m) => m.sensitivity === 'SENSITIVE').map((m) => m.field))));
  return set;
}

export function isSensitive(table: MeasureTable, field: string): boolean {
  return sensitiveOf(table).has(field);
}

/**
 * `value` (an object of GraphQL type `type`) as a viewer outside the area sees it, unless
 * `visible`: sensitive fields and small counts null (a small count only comes back from an
 * audited pattern, never from its own value).
 */
export function redact<T extends object>(table: MeasureTable, type: string, value: T, visible: boolean): T {
  if (visible) return value;
  const sensitive = sensitiveOf(table);
  const small = smallCountOf(table);
  return Object.fromEntries(
    Object.entries(value).map(([k, v]) => {
      const field = `${type}.${k}`;
      return [k, sensitive.has(field) || small.has(field) ? null : v];
    }),
  ) as T;
}

const smallCountFields = new WeakMap<MeasureTable, Set<string>>();
function smallCountOf(table: MeasureTable): Set<string> {
  let set = smallCountFields.get(table);
  if (!set) smallCountFields.set(table, (set = new Set(table.filter((m) => m.sensitivity === 'SMALL_COUNT').map((m) => m.field))));
  return set;
}

/** A whole field's value, or null when the field is sensitive and the viewer does not see it. */
export function withhold<T>(table: MeasureTable, field: string, value: T, visible: boolean): T | null {
  return visible || !isSensitive(table, field) ? value : null;
}
