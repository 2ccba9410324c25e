import { schoolYearForCalendarYear } from '../../lib/periods.ts';
import type { Indicator, Target } from './registry.ts';

/** What an area is, for deciding which of the plans' targets apply to it. */
export interface AreaScope {
  /** The province every member lies in, when there is one. */
  provinceCode: string | null;
  /** The district every member lies in, when there is one (years before 2025, or a date's geography). */
  districtCode?: string | null;
  /** Classifications every member carries (a commune's own, or the group's filter). */
  classifications: string[];
  /**
   * Set when the area is exactly a whole population a target can name (a province, or a
   * province's communes of one classification). Count targets ("14 communes equipped") apply
   * only to exactly their population; rate targets apply to any area inside it.
   */
  population: { provinceCode: string; classification: string | null } | null;
}

export interface TermTotals {
  numerator: number | null;
  denominator: number | null;
  /** members whose terms are in the sums: both known, and not withheld */
  contributing: number;
  /** members whose terms were both known but withheld for a data-quality reason (a roll-up leaves them out of both terms) */
  excluded: number;
  unitsExpected: number;
  unitsReported: number;
  /** of unitsReported, those of excluded members: reported, but not in the value */
  unitsExcluded: number;
  refreshedAt: string | null;
}

export type CoverageStatus = 'MET' | 'NOT_MET' | 'NO_DATA' | 'NO_TARGET' | 'NOT_REPORTED' | 'SUPPRESSED';
export type DataQualityFlag = 'NUMERATOR_EXCEEDS_DENOMINATOR' | 'INCOMPLETE_REPORTING' | 'PARTS_EXCLUDED' | 'ESTIMATED';

export interface IndicatorValue {
  /** The geography the figures are on: null as filed (resolvers/basis.ts sets it). */
  geographyDate?: string | null;
  /** Apportioned figures behind the value, on a date's geography. */
  estimate?: unknown;
  indicator: string;
  year: number;
  period: string;
  value: number | null;
  numerator: number | null;
  /** The numerator as an exact whole number of đồng (a decimal string), for indicators whose numerator is money. */
  numeratorAmount: string | null;
  denominator: number | null;
  target: number | null;
  targetTerm: Target['term'] | null;
  targetComparison: Target['comparison'] | null;
  targetSource: Target | null;
  gap: number | null;
  status: CoverageStatus;
  completeness: number | null;
  unitsExpected: number;
  unitsReported: number;
  excludedMembers: number;
  dataQuality: DataQualityFlag[];
  refreshedAt: string | null;
  definition: Indicator;
  suppressionReason?: string | null;
}

/** The plan target that applies to an area and year, if any: the area must lie wholly inside the target's population. */
export function applicableTarget(indicator: Indicator, year: number, scope: AreaScope): Target | null {
  return (
    indicator.targets.find(
      (t) =>
        year >= t.fromYear &&
        year <= t.year &&
        scope.provinceCode === t.population.provinceCode &&
        (!t.population.districtCode || scope.districtCode === t.population.districtCode) &&
        (t.population.classification === null || scope.classifications.includes(t.population.classification)) &&
        (t.term === 'VALUE' ||
          (scope.population?.provinceCode === t.population.provinceCode &&
            scope.population.classification === t.population.classification)),
    ) ?? null
  );
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A commune's own terms that no roll-up may contain: the same rule as the roll-up SQL (db/repository.ts termSums). */
const withheld = (indicator: Indicator, numerator: number, denominator: number) => indicator.unit === 'PERCENT' && numerator > denominator;

/**
 * One indicator for one area and year, from the summed terms. Missing data is NO_DATA, never
 * zero; a numerator above its denominator is flagged, and not judged against the target; a
 * roll-up says how many members it left out for that reason; and a value no report backs
 * (completeness 0) is shown but not judged: NOT_REPORTED.
 */
export function evaluate(indicator: Indicator, year: number, totals: TermTotals, scope: AreaScope): IndicatorValue {
  const { numerator, denominator } = totals;
  // Terms are shown whenever both were reported; a value needs a positive denominator too.
  const known = totals.contributing > 0 && numerator !== null && denominator !== null;
  const exceeds = known && withheld(indicator, numerator!, denominator!);
  const value = known && denominator! > 0 && !exceeds ? round((numerator! / denominator!) * indicator.factor) : null;
  const target = applicableTarget(indicator, year, scope);
  // The share of the expected reports whose figures are in the value: withheld members' reports are not.
  const completeness = totals.unitsExpected > 0 ? round((totals.unitsReported - totals.unitsExcluded) / totals.unitsExpected) : null;
  const dataQuality: DataQualityFlag[] = [];
  if (exceeds) dataQuality.push('NUMERATOR_EXCEEDS_DENOMINATOR');
  if (totals.unitsReported < totals.unitsExpected) dataQuality.push('INCOMPLETE_REPORTING');
  if (totals.excluded > 0) dataQuality.push('PARTS_EXCLUDED');

  let status: CoverageStatus = 'NO_DATA';
  let gap: number | null = null;
  if (value !== null) {
    // Figures from a standing register that no report for the period confirmed: shown, never judged.
    if (completeness === 0) status = 'NOT_REPORTED';
    else if (!target) status = 'NO_TARGET';
    else {
      const actual = target.term === 'NUMERATOR' ? numerator! : value;
      gap = round(actual - target.value);
      status = (target.comparison === 'AT_LEAST' ? actual >= target.value : actual <= target.value) ? 'MET' : 'NOT_MET';
    }
  }
  return {
    indicator: indicator.id,
    year,
    period: indicator.periodType === 'SCHOOL_YEAR' ? schoolYearForCalendarYear(year) : String(year),
    value,
    numerator: known ? numerator : null,
    numeratorAmount: null,
    denominator: known ? denominator : null,
    target: target?.value ?? null,
    targetTerm: target?.term ?? null,
    targetComparison: target?.comparison ?? null,
    targetSource: target,
    gap,
    status,
    completeness,
    unitsExpected: totals.unitsExpected,
    unitsReported: totals.unitsReported,
    excludedMembers: totals.excluded,
    dataQuality,
    refreshedAt: totals.refreshedAt,
    definition: indicator,
  };
}
