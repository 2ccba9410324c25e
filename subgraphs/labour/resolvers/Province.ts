import { yearArg } from '../../../lib/args.ts';
import { seesInside } from '../../../lib/directory/viewer-area.ts';
import { redact, withhold } from '../../../lib/sensitivity.ts';
import type { ProvinceResolvers } from '../__generated__/resolvers-types.ts';
import { LABOUR_MEASURES } from '../measures.ts';
import { toFund, toPopulation, toReportingSummary, toSupport, windowYear } from './shapes.ts';

/**
 * The commune measures summed over rows filed under the province code, inside the province
 * version's window. Sensitive measures are withheld unless the whole province version lies
 * inside the viewer's area.
 */
export const Province: ProvinceResolvers = {
  __resolveReference: (ref) => ref,
  async childPopulation(province, args, ctx) {
    const row = await ctx.loaders.provincePopulation.load(windowYear(province, yearArg(args.year)));
    return row ? redact(LABOUR_MEASURES, 'ChildPopulation', toPopulation(row), seesInside(ctx.viewer, 'province', province)) : null;
  },
  async childSupport(province, args, ctx) {
    const row = await ctx.loaders.provinceSupport.load(windowYear(province, yearArg(args.year)));
    if (!row || row.registered === 0) return null;
    return withhold(LABOUR_MEASURES, 'Province.childSupport', toSupport(row), seesInside(ctx.viewer, 'province', province));
  },
  async childProtectionFund(province, args, ctx) {
    const row = await ctx.loaders.provinceFund.load(windowYear(province, yearArg(args.year)));
    return row ? redact(LABOUR_MEASURES, 'ChildProtectionFundYear', toFund(row), seesInside(ctx.viewer, 'province', province)) : null;
  },
  async labourReportingSummary(province, args, ctx) {
    const row = await ctx.loaders.provinceReporting.load(windowYear(province, yearArg(args.year)));
    return row ? toReportingSummary(row) : null;
  },
};
