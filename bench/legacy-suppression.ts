import { pushTo } from '../lib/collections.ts';
import type { Indicator } from '../subgraphs/coverage/registry.ts';

/**
 * Small-count suppression for viewers outside the area, by complementary cell suppression over
 * every additive constraint the API publishes.
 *
 * A cell is one sensitive indicator for one area and year, with two published terms (numerator
 * and denominator). The published constraints are: a district's, a province's and the nation's
 * terms equal the sums over their communes, and over their districts; each of these also
 * restricted to the communes of one classification. A cell is suppressed:
 *  - primarily, when its numerator, its denominator or, for counts, their difference (the
 *    children *not* supported) is in 1..k−1;
 *  - complementarily, until every constraint whose total is visible has zero or at least two
 *    suppressed members (a visible total with one hidden member would give it away by subtraction),
 *    and a total with a single member is hidden with it. Repeated to a fixed point.
 * Zero may be shown. Totals are computed from the true figures and only then suppressed.
 */
export interface CellTerms {
  numerator: number;
  denominator: number;
}

export function isSmall(indicator: Indicator, t: CellTerms, k: number): boolean {
  const small = (n: number) => n >= 1 && n < k;
  const countNumerator = indicator.unit === 'PERCENT';
  return small(t.denominator) || (countNumerator && (small(t.numerator) || small(t.denominator - t.numerator)));
}

export interface CommuneCell extends CellTerms {
  key: string; // code|validFrom
  provinceCode: string;
  districtCode: string | null;
  classes: string[];
}

export const CLASSES = ['MOUNTAINOUS', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT'] as const;

/**
 * The constraints published for a year: each parent area's terms equal the sum over one set of
 * member areas. A parent can decompose several ways (a province into its communes, or into its
 * districts); each is a separate constraint an attacker can subtract along.
 */
export interface Constraint {
  parent: string;
  members: string[];
}

export function publishedAreas(cells: CommuneCell[]): { communesOf: Map<string, string[]>; constraints: Constraint[] } {
  const communesOf = new Map<string, string[]>();
  const parts = new Map<string, Map<string, Set<string>>>(); // parent -> decomposition name -> members
  const member = (parent: string, decomposition: string, area: string) => {
    const byName = parts.get(parent) ?? new Map<string, Set<string>>();
    const set = byName.get(decomposition) ?? new Set<string>();
    set.add(area);
    byName.set(decomposition, set);
    parts.set(parent, byName);
  };
  for (const cell of cells) {
    const commune = `commune:${cell.key}`;
    communesOf.set(commune, [cell.key]);
    for (const cls of [null, ...cell.classes]) {
      const suffix = cls ? `|${cls}` : '';
      const province = `province:${cell.provinceCode}${suffix}`;
      const nation = `nation${suffix}`;
      for (const area of [province, nation]) pushTo(communesOf, area, cell.key);
      member(province, 'communes', commune);
      member(nation, 'provinces', province);
      if (cell.districtCode) {
        const district = `district:${cell.districtCode}${suffix}`;
        pushTo(communesOf, district, cell.key);
        member(district, 'communes', commune);
        member(province, 'districts', district);
      }
    }
  }
  const constraints: Constraint[] = [];
  for (const [parent, byName] of parts) for (const members of byName.values()) constraints.push({ parent, members: [...members] });
  return { communesOf, constraints };
}

/**
 * The suppressed area keys (`commune:…`, `district:…`, `province:…`, `nation`, each with an
 * optional `|CLASSIFICATION`) of one sensitive indicator in one year.
 */
export function suppressedAreas(indicator: Indicator, cells: CommuneCell[], k: number): Set<string> {
  const { communesOf, constraints } = publishedAreas(cells);
  const byKey = new Map(cells.map((c) => [c.key, c]));
  const totals = new Map<string, CellTerms>();
  for (const [area, keys] of communesOf) {
    totals.set(
      area,
      keys.reduce(
        (t, key) => ({ numerator: t.numerator + byKey.get(key)!.numerator, denominator: t.denominator + byKey.get(key)!.denominator }),
        { numerator: 0, denominator: 0 },
      ),
    );
  }
  const suppressed = new Set([...totals].filter(([, t]) => isSmall(indicator, t, k)).map(([area]) => area));

  // Complementary suppression to a fixed point; the smallest visible member is the one added.
  for (let changed = true; changed; ) {
    changed = false;
    for (const { parent, members } of constraints) {
      if (suppressed.has(parent) || members.filter((m) => suppressed.has(m)).length !== 1) continue;
      const visible = members
        .filter((m) => !suppressed.has(m))
        .sort((a, b) => totals.get(a)!.denominator - totals.get(b)!.denominator || a.localeCompare(b));
      suppressed.add(visible[0] ?? parent);
      changed = true;
    }
  }
  return suppressed;
}
