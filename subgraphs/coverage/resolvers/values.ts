import { badUserInput } from '../../../lib/errors.ts';
import { ALL_ROW_DATES } from '../../../lib/periods.ts';
import type { AreaKey, MeasureSums } from '../db/repository.ts';
import { evaluate, type AreaScope, type IndicatorValue } from '../evaluate.ts';
import { vndText } from '../../../lib/scalars.ts';
import { numeratorIsMoney, type Indicator } from '../registry.ts';
import type { CommuneYear } from '../db/tables.ts';
import type { CoverageContext } from '../context.ts';
import { auditedForPublication, insideViewerArea, suppress, type AreaRef } from '../publication.ts';

const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

/** Which of the plans' targets can apply: what every member of the area shares. */
export function scopeOf(sums: MeasureSums, population: AreaScope['population'] = null): AreaScope {
  return {
    population,
    provinceCode: (sums.province_code as string | null) ?? null,
    districtCode: (sums.district_code as string | null) ?? null,
    classifications: [
      ...(sums.all_mountainous ? ['MOUNTAINOUS'] : []),
      ...(sums.all_ethnic_minority_area ? ['ETHNIC_MINORITY_AREA'] : []),
      ...(sums.all_extremely_difficult ? ['EXTREMELY_DIFFICULT'] : []),
    ],
  };
}

export function valuesOf(
  indicators: Indicator[],
  year: number,
  sums: MeasureSums,
  population: AreaScope['population'] = null,
): IndicatorValue[] {
  const scope = scopeOf(sums, population);
  return indicators.map((i) =>
    withAmount(
      i,
      sums[`${i.id}:num`],
      evaluate(
        i,
        year,
        {
          numerator: num(sums[`${i.id}:num`]),
          denominator: num(sums[`${i.id}:den`]),
          contributing: num(sums[`${i.id}:n`]) ?? 0,
          excluded: num(sums[`${i.id}:excluded`]) ?? 0,
          unitsExpected: num(sums[`${i.id}:expected`]) ?? 0,
          unitsReported: num(sums[`${i.id}:reported`]) ?? 0,
          unitsExcluded: num(sums[`${i.id}:reported_excluded`]) ?? 0,
          refreshedAt: (sums.refreshed_at as string | null) ?? null,
        },
        scope,
      ),
    ),
  );
}

/** Money terms keep the exact decimal text PostgreSQL summed (numeric), never a float's rounding. */
const withAmount = (i: Indicator, raw: unknown, v: IndicatorValue): IndicatorValue =>
  numeratorIsMoney(i) && v.numerator !== null ? { ...v, numeratorAmount: vndText(raw) } : v;

/**
 * One read-model row as the per-indicator sums of a one-commune area, so it is evaluated like
 * any roll-up, with one difference: a commune shows its own terms as filed even when they are
 * withheld from its value (NUMERATOR_EXCEEDS_DENOMINATOR), so the problem can be seen and fixed
 * at the source; every roll-up, a group of that one commune included, leaves them out.
 */
export function communeRowSums(indicators: Indicator[], row: CommuneYear): MeasureSums {
  // Cast: measures are read by the registry's column names (data), not by typed fields.
  const r = row as unknown as Record<string, number | string | boolean | null>;
  const sums: Record<string, unknown> = {
    key: row.code,
    communes: 1,
    refreshed_at: new Date(row.refreshed_at).toISOString(),
    province_code: row.province_code,
    district_code: row.district_code,
    all_mountainous: row.mountainous,
    all_ethnic_minority_area: row.ethnic_minority_area,
    all_extremely_difficult: row.extremely_difficult,
  };
  for (const i of indicators) {
    const both = r[i.numerator.measure] !== null && r[i.denominator.measure] !== null;
    sums[`${i.id}:num`] = both ? r[i.numerator.measure] : null;
    sums[`${i.id}:den`] = both ? r[i.denominator.measure] : null;
    sums[`${i.id}:n`] = both ? 1 : 0;
    sums[`${i.id}:expected`] = r[i.completeness.expected];
    sums[`${i.id}:reported`] = r[i.completeness.reported];
  }
  return sums as MeasureSums;
}

/** The registry, narrowed to the ids asked for; an unknown id is a BAD_USER_INPUT naming the argument. */
export async function selectIndicators(
  ctx: CoverageContext,
  ids: string[] | null | undefined,
  argument = 'indicators',
): Promise<Indicator[]> {
  const all = await ctx.loaders.indicators();
  if (!ids) return all;
  const unknown = ids.filter((id) => !all.some((i) => i.id === id));
  if (unknown.length) throw badUserInput(argument, `unknown indicator ${unknown.join(', ')}; see Query.indicators`);
  return all.filter((i) => ids.includes(i.id));
}

export const OPEN_WINDOW = { win_from: ALL_ROW_DATES.from, win_to: ALL_ROW_DATES.to };
export const NO_FILTER: Omit<AreaKey, 'key' | 'year' | 'win_from' | 'win_to'> = {
  province_code: null,
  district_code: null,
  code: null,
  valid_from: null,
  classification: null,
};

/** Applies the viewer's publication to one area's values: sensitive cells it may not see become SUPPRESSED. */
export async function published(
  ctx: CoverageContext,
  year: number,
  stamp: string,
  values: IndicatorValue[],
  area: AreaRef,
): Promise<IndicatorValue[]> {
  // Inside the viewer's area nothing is hidden: no pattern is needed (nor its audit computed on first use).
  if (!values.some((v) => v.definition.sensitive) || insideViewerArea(ctx.viewer, area)) return values;
  // Indicators published only inside the area are hidden outside it, pattern or not.
  if (!values.some((v) => auditedForPublication(v.definition))) return values.map((v) => (v.definition.sensitive ? suppress(v) : v));
  const publication = await ctx.loaders.publication(year, stamp, ctx.viewer);
  return values.map((v) => (v.definition.sensitive && publication.isHidden(v.indicator, area) ? suppress(v) : v));
}
