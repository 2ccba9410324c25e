import { pushTo } from '../../lib/collections.ts';
import { audit, type AuditResult, type CellTerms, type Failure, type Protection, type TableSystem } from './disclosure-audit.ts';
import type { Indicator } from './registry.ts';

/**
 * Small-count suppression for viewers outside the area, checked by the attacker's own LP audit
 * (disclosure-audit.ts) and extended until that audit finds nothing.
 *
 * The published table system of a year: each commune, and the sums over the communes of a
 * district, a province and the nation. Totals over the communes of one classification (in a
 * district, a province or the nation) are not published outside the area: they differ from
 * their area by a handful of communes, and protecting both would hide most of the table.
 *
 * The three sensitive indicators are linked (an area hidden for one is hidden for all), so the
 * relation between their counts (children in need are those in special circumstances or poor)
 * gives an attacker nothing a single indicator does not.
 *  - Primary: an area is hidden when, for any sensitive indicator, its numerator, denominator or,
 *    for a rate, their difference is in 1..k−1. Zero may be shown.
 *  - Complementary: while the audit finds a failure, for an outsider or for a respondent
 *    (a commune officer, a province officer), a cell is added next to the failing one (a commune
 *    with the same constraints, else of the same district or province, smallest first; for an
 *    aggregate, a sibling or a child), and only then the audit runs again, to a fixed point.
 * Totals are computed from the true figures and only then hidden.
 */
export interface CommuneCell {
  key: string; // code|validFrom
  provinceCode: string;
  districtCode: string | null;
  classes: string[];
  /** Per sensitive indicator id, its two terms. */
  terms: Record<string, CellTerms>;
}

export const CLASSES = ['MOUNTAINOUS', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT'] as const;

export function isSmall(indicator: Indicator, t: CellTerms, k: number): boolean {
  const small = (n: number) => n >= 1 && n < k;
  const countNumerator = indicator.unit === 'PERCENT';
  return small(t.denominator) || (countNumerator && (small(t.numerator) || small(t.denominator - t.numerator)));
}

/**
 * The aggregates of sensitive indicators published outside the area that a commune belongs to
 * (area keys as publication.ts names them): its district, province and the nation. Totals over
 * one classification are not published outside the area (see publication.ts).
 */
export function aggregatesOf(cell: Pick<CommuneCell, 'provinceCode' | 'districtCode'>): string[] {
  return cell.districtCode
    ? [`district:${cell.districtCode}`, `province:${cell.provinceCode}`, 'nation']
    : [`province:${cell.provinceCode}`, 'nation'];
}

/** The true figures of every published area of a year: each commune and each aggregate. */
export function areaTotals(indicators: Indicator[], cells: CommuneCell[]): Map<string, Record<string, CellTerms>> {
  const totals = new Map<string, Record<string, CellTerms>>();
  const add = (area: string, terms: Record<string, CellTerms>) => {
    const t = totals.get(area) ?? Object.fromEntries(indicators.map((i) => [i.id, { numerator: 0, denominator: 0 }]));
    for (const i of indicators) {
      t[i.id]!.numerator += terms[i.id]!.numerator;
      t[i.id]!.denominator += terms[i.id]!.denominator;
    }
    totals.set(area, t);
  };
  for (const c of cells) {
    add(`commune:${c.key}`, c.terms);
    for (const a of aggregatesOf(c)) add(a, c.terms);
  }
  return totals;
}

/** The table system an outsider reads when `hidden` areas are suppressed for every sensitive indicator. */
export function tableSystem(
  indicators: Indicator[],
  cells: CommuneCell[],
  totals: Map<string, Record<string, CellTerms>>,
  hidden: (area: string, indicator: string) => boolean,
): TableSystem {
  return {
    indicators,
    communes: cells.map((c) => ({ area: `commune:${c.key}`, aggregates: aggregatesOf(c) })),
    truth: (area, indicator) => totals.get(area)![indicator]!,
    published: (area, indicator) => (hidden(area, indicator) ? null : totals.get(area)![indicator]!),
  };
}

export interface SuppressionResult {
  /** Hidden area keys, the same for every sensitive indicator. */
  hidden: Set<string>;
  /** The primary cells alone, for the information-loss figure. */
  primary: number;
  rounds: number;
  audit: AuditResult;
}

export async function suppressedAreas(indicators: Indicator[], cells: CommuneCell[], protection: Protection): Promise<SuppressionResult> {
  const totals = areaTotals(indicators, cells);
  const hidden = new Set([...totals].filter(([, t]) => indicators.some((i) => isSmall(i, t[i.id]!, protection.k))).map(([area]) => area));
  const primary = hidden.size;
  const neighbours = new Neighbours(indicators, cells, totals);
  neighbours.hierarchyRule(hidden);
  let lps = 0;
  for (let rounds = 1; ; rounds++) {
    const result = await audit(
      tableSystem(indicators, cells, totals, (area) => hidden.has(area)),
      protection,
    );
    lps += result.lps;
    if (!result.failures.length) return { hidden, primary, rounds, audit: { ...result, lps } };
    const before = hidden.size;
    for (const f of result.failures) {
      const cell = neighbours.complement(f, hidden);
      if (cell) hidden.add(cell);
    }
    if (hidden.size === before) throw new Error(`suppression: no complementary cell for ${result.failures[0]!.area}`);
  }
}

/** Where complementary cells come from: the failing cell's neighbourhood in the table system. */
class Neighbours {
  private readonly communesOf = new Map<string, string[]>(); // aggregate -> commune areas
  private readonly byKey = new Map<string, CommuneCell>();
  private readonly size = new Map<string, number>();

  constructor(indicators: Indicator[], cells: CommuneCell[], totals: Map<string, Record<string, CellTerms>>) {
    for (const c of cells) {
      this.byKey.set(`commune:${c.key}`, c);
      for (const a of aggregatesOf(c)) pushTo(this.communesOf, a, `commune:${c.key}`);
    }
    // The contribution a complementary cell costs: the children it holds.
    for (const [area, t] of totals)
      this.size.set(
        area,
        indicators.reduce((s, i) => s + t[i.id]!.denominator, 0),
      );
  }

  /** The visible candidate holding the fewest children, among those holding any (an empty one moves nothing). */
  private smallest(candidates: string[], hidden: Set<string>): string | null {
    let best: string | null = null;
    const rank = (c: string) => (this.size.get(c)! === 0 ? Infinity : this.size.get(c)!);
    for (const c of candidates) {
      if (hidden.has(c)) continue;
      if (best === null || rank(c) < rank(best) || (rank(c) === rank(best) && c < best)) best = c;
    }
    return best;
  }

  /** Districts of the same province, or the other provinces. */
  private siblings(area: string): string[] {
    const parent = this.parent(area);
    if (!parent) return [];
    return this.children(parent).filter((a) => a !== area);
  }

  /** A province's districts (when every commune has one), the nation's provinces. */
  private children(area: string): string[] {
    const out = new Set<string>();
    for (const m of this.communesOf.get(area) ?? []) {
      const cell = this.byKey.get(m)!;
      if (area === 'nation') out.add(`province:${cell.provinceCode}`);
      else if (area.startsWith('province:')) {
        if (!cell.districtCode) return [];
        out.add(`district:${cell.districtCode}`);
      }
    }
    return [...out];
  }

  private parent(area: string): string | null {
    const cell = this.byKey.get((this.communesOf.get(area) ?? [])[0]!);
    if (!cell) return null;
    if (area.startsWith('district:')) return `province:${cell.provinceCode}`;
    if (area.startsWith('province:')) return 'nation';
    return null;
  }

  /**
   * Before any LP: the classic rule down the hierarchy, so most rounds of the audit are not
   * spent on it. A hidden total has a hidden child (else it is the sum of visible ones), and a
   * visible total has no hidden child or at least two (else subtraction gives it away).
   */
  hierarchyRule(hidden: Set<string>): void {
    const parents = [...this.communesOf.keys()];
    const kids = new Map(parents.map((a) => [a, this.children(a).length ? this.children(a) : this.communesOf.get(a)!]));
    for (let changed = true; changed; ) {
      changed = false;
      for (const [area, children] of kids) {
        const hiddenKids = children.filter((c) => hidden.has(c)).length;
        const add = hidden.has(area) ? hiddenKids === 0 : hiddenKids === 1;
        if (!add) continue;
        const next = this.smallest(children, hidden) ?? (hidden.has(area) ? null : area);
        if (next) hidden.add(next), (changed = true);
      }
    }
  }

  /** One more cell to hide for a failure, or null when none is left near it. */
  complement(f: Failure, hidden: Set<string>): string | null {
    const insiderCommunes = new Set(f.insider?.startsWith('commune:') ? [f.insider] : f.insider ? this.communesOf.get(f.insider) : []);
    const hiddenIn = (a: string) => (this.communesOf.get(a) ?? []).some((c) => hidden.has(c) && !insiderCommunes.has(c));
    const cell = this.byKey.get(f.area);
    if (cell) {
      // Another commune under the same totals, then further up; a total itself last.
      const areas = aggregatesOf(cell);
      for (const a of areas) {
        const next = this.smallest(this.communesOf.get(a) ?? [], hidden);
        if (next) return next;
      }
      return areas.find((a) => !hidden.has(a)) ?? null;
    }
    const members = this.communesOf.get(f.area) ?? [];
    const children = this.children(f.area);
    const parent = this.parent(f.area);
    return (
      (hiddenIn(f.area) ? null : this.smallest(members, hidden)) ??
      (children.length && children.every((c) => !hidden.has(c)) ? this.smallest(children, hidden) : null) ??
      this.smallest(this.siblings(f.area), hidden) ??
      (parent && !hidden.has(parent) ? parent : null) ??
      this.smallest(members, hidden) ??
      this.smallest(children, hidden)
    );
  }
}
