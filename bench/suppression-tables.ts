import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { Random } from '../scripts/demo/random.ts';
import type { CellTerms, TableSystem } from '../subgraphs/coverage/disclosure-audit.ts';
import type { Indicator } from '../subgraphs/coverage/registry.ts';
import { aggregatesOf, areaTotals, CLASSES, type CommuneCell } from '../subgraphs/coverage/suppression.ts';
import { suppressedAreas as legacySuppressedAreas } from './legacy-suppression.ts';

/**
 * Tables for measuring suppression and its audit: a national year drawn from the real
 * directory (communes in force on 2021-11-01, with their districts), with small random counts
 * like the demo's, and the old pattern (two hidden members per visible total) for comparison.
 */
export function directoryCommunes(): { code: string; provinceCode: string; districtCode: string }[] {
  const rows = parse(readFileSync(new URL('../subgraphs/geography/data/communes.tsv', import.meta.url)), {
    delimiter: '\t',
    columns: true,
    quote: false,
  }) as Record<string, string>[];
  return rows
    .filter((r) => r.valid_from! <= '2021-11-01' && (!r.valid_until || r.valid_until >= '2021-11-01'))
    .map((r) => ({ code: r.code!, provinceCode: r.province_code!, districtCode: r.district_code! }));
}

/** One year of counts: special circumstances and poor children, those in need (special or poor), fund money. */
export function syntheticCells(
  sensitive: Indicator[],
  communes: { code: string; provinceCode: string; districtCode: string | null }[],
  seed: number,
  scale = 1,
): CommuneCell[] {
  const province = new Map<string, number>();
  return communes.map((c) => {
    const r = new Random(seed, c.code);
    // Classifications cluster by province: upland provinces are mostly mountainous and ethnic-minority areas.
    if (!province.has(c.provinceCode)) province.set(c.provinceCode, new Random(seed, `p${c.provinceCode}`).next());
    const upland = province.get(c.provinceCode)!;
    const classes = CLASSES.filter((k) => r.chance(k === 'EXTREMELY_DIFFICULT' ? upland * 0.4 : upland * 0.9));
    const special = r.int(0, 8 * scale);
    const poor = r.int(0, (classes.length ? 30 : 12) * scale);
    const inNeed = Math.max(special, poor) + r.int(0, Math.min(special, poor));
    const supported = (n: number) => Math.min(n, Math.round(n * (0.6 + 0.4 * r.next())));
    const byMeasure: Record<string, CellTerms> = {
      special_children: { numerator: supported(special), denominator: special },
      poor_children: { numerator: supported(poor), denominator: poor },
      in_need_children: { numerator: r.chance(0.8) ? inNeed * r.int(200, 800) * 1000 : 0, denominator: inNeed },
    };
    return {
      key: `${c.code}|2021-11-01`,
      provinceCode: c.provinceCode,
      districtCode: c.districtCode,
      classes,
      terms: Object.fromEntries(sensitive.map((i) => [i.id, byMeasure[i.denominator.measure]!])),
    };
  });
}

/** The old pattern as an attacker read it: per indicator, with every classification total published. */
export function legacySystem(sensitive: Indicator[], cells: CommuneCell[], k: number): TableSystem {
  const hidden = new Map(
    sensitive.map((i) => [
      i.id,
      legacySuppressedAreas(
        i,
        cells.map((c) => ({ ...c, ...c.terms[i.id]! })),
        k,
      ),
    ]),
  );
  const totals = areaTotals(sensitive, cells);
  const districtClasses = (c: CommuneCell) =>
    c.classes.flatMap((k) => [
      ...(c.districtCode ? [`district:${c.districtCode}|${k}`] : []),
      `province:${c.provinceCode}|${k}`,
      `nation|${k}`,
    ]);
  for (const c of cells) {
    for (const a of districtClasses(c)) {
      const t = totals.get(a) ?? Object.fromEntries(sensitive.map((i) => [i.id, { numerator: 0, denominator: 0 }]));
      for (const i of sensitive) (t[i.id]!.numerator += c.terms[i.id]!.numerator), (t[i.id]!.denominator += c.terms[i.id]!.denominator);
      totals.set(a, t);
    }
  }
  return {
    indicators: sensitive,
    communes: cells.map((c) => ({ area: `commune:${c.key}`, aggregates: [...aggregatesOf(c), ...districtClasses(c)] })),
    truth: (area, indicator) => totals.get(area)![indicator]!,
    published: (area, indicator) => (hidden.get(indicator)!.has(area) ? null : totals.get(area)![indicator]!),
  };
}
