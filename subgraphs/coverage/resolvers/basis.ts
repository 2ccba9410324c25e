import { dateArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { DIRECTORY_START } from '../../../lib/periods.ts';
import type { MeasureSums } from '../db/repository.ts';
import type { IndicatorValue } from '../evaluate.ts';
import { insideViewerArea, suppress, type AreaRef } from '../publication.ts';
import { BASIS_DATES, basisFor } from '../refresh-basis.ts';
import type { CoverageContext } from '../context.ts';
import { CHILD_MEASURES } from '../rebase.ts';

/** `geographyDate`: null (as filed, the default), or the basis date whose communes are those in force on it. */
export function geographyArg(value: unknown): string | null {
  if (value === undefined || value === null) return null;
  const date = dateArg(value, 'geographyDate', { min: DIRECTORY_START });
  const basis = basisFor(date);
  if (!basis)
    throw badUserInput(
      'geographyDate',
      `the read model is kept on the geography of ${BASIS_DATES.join(' and ')} (and any date with the same communes); ${date} is not one of them`,
    );
  return basis;
}

export const BASIS_SUPPRESSION_REASON =
  "A count of children in a sensitive group on a geography other than as filed: published only inside the viewer's area, since differencing it against the figures as filed could reveal a small count.";

interface Estimate {
  source: string;
  from: string;
  to: string;
  weight: number;
  method: string;
  childRecordsPlaced?: boolean;
}

/**
 * An indicator both of whose terms are labour's year-end counts of children: on a basis it rests
 * on a weight only where some of those children could not be placed by their residence.
 */
const childLevel = (v: IndicatorValue) =>
  [v.definition.numerator.measure, v.definition.denominator.measure].every((m) => (CHILD_MEASURES as readonly string[]).includes(m));

/**
 * Says which geography a value is on and whether it rests on apportioned figures; on a date's
 * geography, sensitive indicators are shown only inside the viewer's area (docs/security.md).
 */
export function onBasis(ctx: CoverageContext, values: IndicatorValue[], sums: MeasureSums, basis: string, area: AreaRef): IndicatorValue[] {
  const all = sums.estimates ? (JSON.parse(String(sums.estimates)) as Estimate[]) : [];
  const estimateOf = (children: boolean) => {
    const members = Number((children ? sums.estimated_child_members : sums.estimated_members) ?? 0);
    const parts = children ? all.filter((p) => !p.childRecordsPlaced) : all;
    return members > 0
      ? {
          methods: [...new Set(parts.map((p) => p.method))].sort(),
          estimatedMembers: members,
          parts: parts.map((p) => ({
            source: p.source,
            from: p.from,
            to: p.to,
            weight: p.weight,
            method: p.method,
            childRecordsPlaced: p.childRecordsPlaced ?? false,
          })),
        }
      : null;
  };
  const [aggregates, children] = [estimateOf(false), estimateOf(true)];
  const inside = insideViewerArea(ctx.viewer, area);
  return values.map((v) => {
    const estimate = childLevel(v) ? children : aggregates;
    const shown: IndicatorValue = {
      ...v,
      geographyDate: basis,
      estimate,
      dataQuality: estimate ? [...v.dataQuality, 'ESTIMATED'] : v.dataQuality,
    };
    return v.definition.sensitive && !inside ? { ...suppress(shown), suppressionReason: BASIS_SUPPRESSION_REASON } : shown;
  });
}
