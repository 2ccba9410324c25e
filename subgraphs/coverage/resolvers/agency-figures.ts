import type { MeasureSums } from '../db/repository.ts';
import { MEASURE_COLUMNS, MONEY_COLUMNS, type MeasureColumn } from '../db/tables.ts';
import { CHILD_MEASURES } from '../rebase.ts';
import type { Indicator } from '../registry.ts';

/**
 * The agencies' own figures behind the indicators (each registry term's agency field), from the
 * same read model the indicators divide: as filed, or on a date's geography. A figure that counts
 * children in a sensitive group, or money paid to them (a term of a sensitive indicator), is
 * withheld outside the viewer's area, as the agency field itself is.
 */
const isAgencyMeasure = (m: string): m is MeasureColumn => (MEASURE_COLUMNS as readonly string[]).includes(m);

export function agencyFigures(registry: Indicator[], sums: MeasureSums, basis: string | null, inside: boolean) {
  const terms = new Map<MeasureColumn, { field: string; subgraph: string; sensitive: boolean }>();
  for (const i of registry)
    for (const t of [i.numerator, i.denominator]) {
      // The child-friendly share's terms are the coverage subgraph's own assessments, not an agency's figures.
      if (!isAgencyMeasure(t.measure)) continue;
      const known = terms.get(t.measure);
      terms.set(t.measure, { field: t.field, subgraph: t.subgraph, sensitive: (known?.sensitive ?? false) || i.sensitive });
    }
  const estimatedMembers = (m: MeasureColumn) =>
    basis ? Number(((CHILD_MEASURES as readonly string[]).includes(m) ? sums.estimated_child_members : sums.estimated_members) ?? 0) : 0;
  return [...terms].map(([measure, t]) => {
    const members = Number(sums[`m:${measure}:n`] ?? 0);
    const sum = sums[`m:${measure}`];
    const shown = members > 0 && sum !== null && sum !== undefined && (inside || !t.sensitive);
    const money = MONEY_COLUMNS.includes(measure);
    return {
      field: t.field,
      subgraph: t.subgraph,
      measure,
      value: shown && !money ? Number(sum) : null,
      amount: shown && money ? String(sum) : null,
      members,
      estimatedMembers: members > 0 ? estimatedMembers(measure) : 0,
    };
  });
}
