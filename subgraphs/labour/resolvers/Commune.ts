import { yearArg } from '../../../lib/args.ts';
import type { LabourContext } from '../context.ts';
import { seesSensitiveCounts } from '../access.ts';
import { toFund, toPopulation, toReporting, toSupport, withoutSensitiveCounts, yearKey, type UnitRef } from './shapes.ts';

interface YearArgs {
  year: unknown;
}

/**
 * Labour measures of a commune version. Each field validates its year, then goes through a
 * per-request DataLoader (one SQL statement for every commune of the request). Rows carry
 * the commune code valid on their date; recordWindow decides which belong to this version.
 */
async function sensitiveVisible(commune: UnitRef, ctx: LabourContext): Promise<boolean> {
  if (ctx.viewer.role === 'ADMIN') return true;
  if (ctx.viewer.role !== 'OFFICER') return false;
  const provinces = (await ctx.loaders.provincesOfCommune.load(commune.code)).map((r) => r.ma_tinh);
  return seesSensitiveCounts(ctx.viewer, { communeCode: commune.code, provinceCodes: provinces });
}

export const Commune = {
  __resolveReference(ref: UnitRef): UnitRef {
    return ref;
  },
  async childPopulation(commune: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.communePopulation.load(yearKey(commune, yearArg(args.year)));
    if (!row) return null;
    return (await sensitiveVisible(commune, ctx)) ? toPopulation(row) : withoutSensitiveCounts(toPopulation(row));
  },
  async childSupport(commune: UnitRef, args: YearArgs, ctx: LabourContext) {
    const row = await ctx.loaders.communeSupport.load(yearKey(commune, yearArg(args.year)));
    if (!row || row.registered === 0 || !(await sensitiveVisible(commune, ctx))) return null;
    return toSupport(row);
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
