import { yearArg } from '../../../lib/args.ts';
import { seesInside } from '../../../lib/directory/viewer-area.ts';
import { redact, withhold } from '../../../lib/sensitivity.ts';
import type { LabourContext } from '../context.ts';
import { LABOUR_MEASURES } from '../measures.ts';
import { toFund, toPopulation, toReportingSummary, toSupport, yearKey, type UnitRef } from './shapes.ts';

interface YearArgs {
  year: unknown;
}

/**
 * The commune measures summed over rows filed under the province code, inside the province
 * version's window. Sensitive measures are withheld unless the whole province version lies
 * inside the viewer's area.
 */
export const Province = {
  __resolveReference(ref: UnitRef): UnitRef {
    return ref;
  },
  async childPopulation(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provincePopulation.load(yearKey(province, yearArg(args.year)));
    return row ? redact(LABOUR_MEASURES, 'ChildPopulation', toPopulation(row), seesInside(ctx.viewer, 'province', province)) : null;
  },
  async childSupport(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provinceSupport.load(yearKey(province, yearArg(args.year)));
    if (!row || row.registered === 0) return null;
    return withhold(LABOUR_MEASURES, 'Province.childSupport', toSupport(row), seesInside(ctx.viewer, 'province', province));
  },
  async childProtectionFund(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provinceFund.load(yearKey(province, yearArg(args.year)));
    return row ? redact(LABOUR_MEASURES, 'ChildProtectionFundYear', toFund(row), seesInside(ctx.viewer, 'province', province)) : null;
  },
  async labourReportingSummary(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provinceReporting.load(yearKey(province, yearArg(args.year)));
    return row ? toReportingSummary(row) : null;
  },
};
