import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { IndicatorValue } from './evaluate.ts';

const criterionSchema = z.object({
  number: z.number().int().min(1).max(13),
  nameVi: z.string(),
  nameEn: z.string(),
  scoring: z.string(),
  feed: z.object({ indicator: z.string(), atLeast: z.number(), thresholdSource: z.enum(['DECISION', 'OURS']) }).nullable(),
});
export type Criterion = z.infer<typeof criterionSchema>;

const file = z
  .object({ document: z.string(), citation: z.string(), criteria: z.array(criterionSchema).length(13) })
  .parse(JSON.parse(readFileSync(new URL('./data/child-friendly.json', import.meta.url), 'utf8')));

/** Decision 06/2019/QĐ-TTg's 13 criteria, as data (data/child-friendly.json). */
export const CHILD_FRIENDLY_CRITERIA: Criterion[] = file.criteria;
export const CHILD_FRIENDLY_DOCUMENT = file.document;
/** The indicators that feed a criterion. */
export const FEEDING_INDICATORS = [...new Set(CHILD_FRIENDLY_CRITERIA.flatMap((c) => (c.feed ? [c.feed.indicator] : [])))];

export type CriterionStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'SUPPRESSED' | 'NOT_RECORDED';

/** A commune's own assessment of a criterion, as an officer of its area recorded it (latest wins). */
export interface RecordedAssessment {
  criterion: number;
  met: boolean;
  note: string | null;
  recordedBy: string;
  recordedAt: string;
}

export interface CriterionResult extends Criterion {
  source: string;
  basis: 'COMPUTED' | 'ASSESSED_BY_COMMUNE';
  status: CriterionStatus;
  value: number | null;
  why: string;
  recorded: RecordedAssessment | null;
  feedIndicator: string | null;
  threshold: number | null;
  thresholdSource: 'DECISION' | 'OURS' | null;
  recordedBy: string | null;
  recordedAt: string | null;
  note: string | null;
}

export interface Scorecard {
  year: number;
  document: string;
  criteria: CriterionResult[];
  met: number[];
  missing: { number: number; status: CriterionStatus; why: string }[];
  qualifies: boolean | null;
  verdict: string;
}

const sourceOf = (c: Criterion) => `${file.citation}, art. 2, criterion ${c.number}`;

function computed(feed: NonNullable<Criterion['feed']>, v: IndicatorValue | undefined): Pick<CriterionResult, 'status' | 'value' | 'why'> {
  const rule = `${feed.indicator} at least ${feed.atLeast}${feed.thresholdSource === 'OURS' ? " (threshold ours, pending the decision's scoring annex)" : " (the decision's threshold)"}`;
  if (!v || v.status === 'SUPPRESSED')
    return { status: 'SUPPRESSED', value: null, why: `${rule}: hidden from you outside the commune's area (small counts of children)` };
  // Nobody the criterion counts (no child victim on the register, say): none was left out, so it is met.
  if (v.value === null && v.numerator === 0 && v.denominator === 0)
    return { status: 'MET', value: null, why: `${rule}: no child it counts in the commune (0 of 0), none left out` };
  if (v.value === null)
    return {
      status: 'NO_DATA',
      value: null,
      why: `${rule}: no value for the year (${v.status}${v.dataQuality.length ? `, ${v.dataQuality.join(', ')}` : ''})`,
    };
  const met = v.value >= feed.atLeast;
  return { status: met ? 'MET' : 'NOT_MET', value: v.value, why: `${rule}: ${v.value}` };
}

/** Each criterion: computed from the indicator values given, or as the latest record of the commune's own assessment. */
function criteriaOf(values: IndicatorValue[], recorded: RecordedAssessment[]): CriterionResult[] {
  const latest = new Map<number, RecordedAssessment>();
  for (const r of [...recorded].sort((a, b) => a.recordedAt.localeCompare(b.recordedAt))) latest.set(r.criterion, r);
  return CHILD_FRIENDLY_CRITERIA.map((c) => {
    const common = {
      ...c,
      source: sourceOf(c),
      feedIndicator: c.feed?.indicator ?? null,
      threshold: c.feed?.atLeast ?? null,
      thresholdSource: c.feed?.thresholdSource ?? null,
    };
    if (c.feed) {
      return {
        ...common,
        basis: 'COMPUTED',
        recorded: null,
        recordedBy: null,
        recordedAt: null,
        note: null,
        ...computed(
          c.feed,
          values.find((v) => v.indicator === c.feed!.indicator),
        ),
      };
    }
    const r = latest.get(c.number) ?? null;
    return {
      ...common,
      basis: 'ASSESSED_BY_COMMUNE',
      recorded: r,
      value: null,
      recordedBy: r?.recordedBy ?? null,
      recordedAt: r?.recordedAt ?? null,
      note: r?.note ?? null,
      status: r ? (r.met ? 'MET' : 'NOT_MET') : 'NOT_RECORDED',
      why: r
        ? `assessed by the commune, recorded by ${r.recordedBy} on ${r.recordedAt.slice(0, 10)}${r.note ? `: ${r.note}` : ''}`
        : 'assessed by the commune, not in the data: not recorded yet',
    };
  });
}

/** Qualifies only when all 13 are met; not when one is not; undecided while any lacks data or a record. */
const verdictOf = (criteria: CriterionResult[]): boolean | null =>
  criteria.some((c) => c.status === 'NOT_MET') ? false : criteria.every((c) => c.status === 'MET') ? true : null;

/**
 * Whether a commune-year would qualify, on its own figures as filed (never a viewer's suppressed
 * view: whether a commune is child-friendly is a public fact), and whether every criterion the
 * commune assesses itself has been recorded. The one rule behind the scorecard's `qualifies`
 * and the CHILD_FRIENDLY_COMMUNE roll-up (child-friendly-share.ts).
 */
export function qualification(
  asFiled: IndicatorValue[],
  recorded: RecordedAssessment[],
): { qualifies: boolean | null; assessedAll: boolean } {
  const criteria = criteriaOf(asFiled, recorded);
  return {
    qualifies: verdictOf(criteria),
    assessedAll: criteria.every((c) => c.basis === 'COMPUTED' || c.status !== 'NOT_RECORDED'),
  };
}

/**
 * A commune's scorecard for a year: each criterion as the viewer may see it (computed from the
 * commune's indicator values, suppressed outside the area where a count is small; or as an
 * officer of the area recorded it, else NOT_RECORDED). `qualifies` is `qualification()` on the
 * figures as filed, the same for every viewer and equal to the roll-up's numerator. The
 * decision's points and totals (art. 3) are the commune's to score.
 */
export function scorecard(year: number, shown: IndicatorValue[], recorded: RecordedAssessment[], asFiled: IndicatorValue[]): Scorecard {
  const criteria = criteriaOf(shown, recorded);
  const met = criteria.filter((c) => c.status === 'MET').map((c) => c.number);
  const missing = criteria.filter((c) => c.status !== 'MET').map((c) => ({ number: c.number, status: c.status, why: c.why }));
  const failed = missing.filter((m) => m.status === 'NOT_MET').length;
  const { qualifies } = qualification(asFiled, recorded);
  const verdict =
    qualifies === true
      ? 'All 13 criteria met: qualifies, subject to the points and total of Decision 06/2019/QĐ-TTg, art. 3'
      : qualifies === false
        ? failed > 0
          ? `Does not qualify: ${failed} criteria not met`
          : 'Does not qualify: a criterion hidden from you (small counts of children) is not met'
        : `Cannot be decided: ${missing.length} criteria without data or not recorded`;
  return { year, document: CHILD_FRIENDLY_DOCUMENT, criteria, met, missing, qualifies, verdict };
}
