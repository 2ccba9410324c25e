import type { HealthContext } from '../context.ts';
import { toInsurance, toProvinceCheckups, toTreatmentSupport, windowYear, type UnitRef } from './shapes.ts';

type YearArgs = { year?: unknown };

/** Province-level sums of the rows filed under the province code inside its version. */
export const Province = {
  __resolveReference: (ref: UnitRef) => ref,
  async checkups(province: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(province, args);
    return toProvinceCheckups(await ctx.loaders.provinceCheckups.load(key), key.year);
  },
  async treatmentSupport(province: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(province, args);
    return toTreatmentSupport(await ctx.loaders.provinceTreatmentSupport.load(key), key.year);
  },
  async childHealthInsurance(province: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(province, args);
    return toInsurance(await ctx.loaders.provinceInsurance.load(key), key.year);
  },
};
