import { yearArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { recordWindow } from '../../../lib/periods.ts';
import type { AreaKey } from '../db/repository.ts';
import type { CoverageContext } from '../context.ts';
import { NO_FILTER, OPEN_WINDOW, selectIndicators, valuesOf } from './values.ts';

interface VersionRef {
  code: string;
  validFrom: string;
  validUntil?: string | null;
}
type Level = 'commune' | 'district' | 'province';

/** The read-model rows an entity version owns in a year. */
function keyFor(level: Level, ref: VersionRef, year: number): AreaKey {
  const base = { key: `${level}|${ref.code}|${ref.validFrom}|${year}`, year, ...NO_FILTER };
  if (level === 'commune') return { ...base, ...OPEN_WINDOW, code: ref.code, valid_from: ref.validFrom };
  const window = recordWindow(ref);
  return { ...base, d_from: window.from, d_to: window.to, [`${level}_code`]: ref.code };
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

/** `coverage(year)` and `coverageSeries(indicator, fromYear, toYear)` for one level of the directory. */
export function areaResolvers(level: Level) {
  return {
    async coverage(ref: VersionRef, args: { year: unknown; indicators?: string[] | null }, ctx: CoverageContext) {
      const year = yearArg(args.year);
      const indicators = await selectIndicators(ctx, args.indicators);
      return valuesOf(indicators, year, await ctx.loaders.sums.load(keyFor(level, ref, year)), populationOf(level, ref));
    },
    async coverageSeries(ref: VersionRef, args: { indicator: string; fromYear: unknown; toYear: unknown }, ctx: CoverageContext) {
      const years = yearRange(args.fromYear, args.toYear);
      const indicators = await selectIndicators(ctx, [args.indicator], 'indicator');
      const sums = await Promise.all(years.map((y) => ctx.loaders.sums.load(keyFor(level, ref, y))));
      return years.map((y, i) => valuesOf(indicators, y, sums[i]!, populationOf(level, ref))[0]);
    },
  };
}
