import { yearArg } from '../../../lib/args.ts';
import type { LabourContext } from '../context.ts';
import { seesSensitiveCounts } from '../access.ts';
import { toFund, toPopulation, toReportingSummary, toSupport, withoutSensitiveCounts, yearKey, type UnitRef } from './shapes.ts';

interface YearArgs {
  year: unknown;
}

/** The commune measures summed over rows filed under the province code, inside the province version's window. */
export const Province = {
  __resolveReference(ref: UnitRef): UnitRef {
    return ref;
  },
  async childPopulation(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provincePopulation.load(yearKey(province, yearArg(args.year)));
    if (!row) return null;
    return seesSensitiveCounts(ctx.viewer, { provinceCodes: [province.code] }) ? toPopulation(row) : withoutSensitiveCounts(toPopulation(row));
  },
  async childSupport(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provinceSupport.load(yearKey(province, yearArg(args.year)));
    if (!row || row.registered === 0 || !seesSensitiveCounts(ctx.viewer, { provinceCodes: [province.code] })) return null;
    return toSupport(row);
  },
  async childProtectionFund(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provinceFund.load(yearKey(province, yearArg(args.year)));
    return row ? toFund(row) : null;
  },
  async labourReportingSummary(province: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.provinceReporting.load(yearKey(province, yearArg(args.year)));
    return row ? toReportingSummary(row) : null;
  },
};
