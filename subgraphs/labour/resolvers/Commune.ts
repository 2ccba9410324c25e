import { yearArg } from '../../../lib/args.ts';
import type { LabourContext } from '../context.ts';
import { toFund, toPopulation, toReporting, toSupport, yearKey, type UnitRef } from './shapes.ts';

interface YearArgs {
  year: unknown;
}

/**
 * Labour measures of a commune version. Each field validates its year, then goes through a
 * per-request DataLoader (one SQL statement for every commune of the request). Rows carry
 * the commune code valid on their date; recordWindow decides which belong to this version.
 */
export const Commune = {
  __resolveReference(ref: UnitRef): UnitRef {
    return ref;
  },
  async childPopulation(commune: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.communePopulation.load(yearKey(commune, yearArg(args.year)));
    return row ? toPopulation(row) : null;
  },
  async childSupport(commune: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.communeSupport.load(yearKey(commune, yearArg(args.year)));
    return row && row.registered > 0 ? toSupport(row) : null;
  },
  async childProtectionFund(commune: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.communeFund.load(yearKey(commune, yearArg(args.year)));
    return row ? toFund(row) : null;
  },
  async labourReporting(commune: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.communeReporting.load(yearKey(commune, yearArg(args.year)));
    return row ? toReporting(row) : null;
  },
};
