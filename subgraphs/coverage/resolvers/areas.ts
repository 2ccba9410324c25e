import type { Level } from '../../../lib/directory/lineage.ts';
import { yearArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { recordWindow, type VersionRef } from '../../../lib/periods.ts';
import type { AreaKey } from '../db/repository.ts';
import type { CoverageContext } from '../context.ts';
import { insideViewerArea, type AreaRef } from '../publication.ts';
import { agencyFigures } from './agency-figures.ts';
import type { MeasureSums } from '../db/repository.ts';
import { NO_FILTER, OPEN_WINDOW, published, selectIndicators, valuesOf } from './values.ts';
import { geographyArg, onBasis } from './basis.ts';
import type { IndicatorValue } from '../evaluate.ts';

/** The read-model rows an entity version owns in a year. */
function keyFor(level: Level, ref: VersionRef, year: number, basis: string | null): AreaKey {
  const base = { key: `${level}|${ref.code}|${ref.validFrom}|${year}|${basis ?? ''}`, year, ...NO_FILTER, basis_date: basis };
  if (level === 'commune') return { ...base, ...OPEN_WINDOW, code: ref.code, valid_from: ref.validFrom };
  const window = recordWindow(ref);
  return { ...base, win_from: window.from, win_to: window.to, [`${level}_code`]: ref.code };
}

function areaOf(level: Level, ref: VersionRef, sums: MeasureSums): AreaRef {
  const provinceCode = (sums.province_code as string | null) ?? null;
  if (level === 'commune') return { kind: 'commune', key: `${ref.code}|${ref.validFrom}`, provinceCode: provinceCode ?? '' };
  return { kind: level, code: ref.code, provinceCode: level === 'province' ? ref.code : provinceCode };
}

/** A province is a whole population a target can name; communes and districts are not. */
const populationOf = (level: Level, ref: VersionRef) => (level === 'province' ? { provinceCode: ref.code, classification: null } : null);

function yearRange(fromYear: unknown, toYear: unknown): number[] {
  const from = yearArg(fromYear, 'fromYear');
  const to = yearArg(toYear, 'toYear');
  if (to < from) throw badUserInput('toYear', 'must not be before fromYear');
  if (to - from > 50) throw badUserInput('toYear', 'a series spans at most 50 years');
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** A commune's own values as filed, before any viewer's publication: for public facts derived from them (child-friendly.ts). */
export async function communeValuesAsFiled(ref: VersionRef, year: number, indicatorIds: string[], ctx: CoverageContext) {
  const indicators = await selectIndicators(ctx, indicatorIds);
  return valuesOf(indicators, year, await ctx.loaders.sums.load(keyFor('commune', ref, year, null)));
}

/** `coverage(year)` and `coverageSeries(indicator, fromYear, toYear)` for one level of the directory. */
export function areaResolvers(level: Level) {
  /** As filed: the viewer's publication pattern; on a date's geography: basis.ts. */
  const shown = (ctx: CoverageContext, ref: VersionRef, year: number, sums: MeasureSums, values: IndicatorValue[], basis: string | null) =>
    basis
      ? onBasis(ctx, values, sums, basis, areaOf(level, ref, sums))
      : published(ctx, year, sums.year_stamp, values, areaOf(level, ref, sums));
  return {
    async coverage(ref: VersionRef, args: { year: unknown; indicators?: string[] | null; geographyDate?: unknown }, ctx: CoverageContext) {
      const year = yearArg(args.year);
      const basis = geographyArg(args.geographyDate);
      const indicators = await selectIndicators(ctx, args.indicators);
      const sums = await ctx.loaders.sums.load(keyFor(level, ref, year, basis));
      return shown(ctx, ref, year, sums, valuesOf(indicators, year, sums, populationOf(level, ref)), basis);
    },
    async agencyFigures(ref: VersionRef, args: { year: unknown; geographyDate?: unknown }, ctx: CoverageContext) {
      const year = yearArg(args.year);
      const basis = geographyArg(args.geographyDate);
      const sums = await ctx.loaders.measureSums.load(keyFor(level, ref, year, basis));
      const inside = insideViewerArea(ctx.viewer, areaOf(level, ref, sums));
      return { year, geographyDate: basis, figures: agencyFigures(await ctx.loaders.indicators(), sums, basis, inside) };
    },
    async coverageSeries(
      ref: VersionRef,
      args: { indicator: string; fromYear: unknown; toYear: unknown; geographyDate?: unknown },
      ctx: CoverageContext,
    ) {
      const years = yearRange(args.fromYear, args.toYear);
      const basis = geographyArg(args.geographyDate);
      const indicators = await selectIndicators(ctx, [args.indicator], 'indicator');
      const sums = await Promise.all(years.map((y) => ctx.loaders.sums.load(keyFor(level, ref, y, basis))));
      // One indicator asked, so each year's list holds its one value.
      return (
        await Promise.all(
          years.map((y, i) => shown(ctx, ref, y, sums[i]!, valuesOf(indicators, y, sums[i]!, populationOf(level, ref)), basis)),
        )
      ).flat();
    },
  };
}
