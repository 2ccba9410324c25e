import { seesInside } from '../../../lib/directory/viewer-area.ts';
import type { HealthContext } from '../context.ts';
import { redacted, toInsurance, toProvinceCheckups, toTreatmentSupport, windowYear, type UnitRef } from './shapes.ts';

type YearArgs = { year?: unknown };

/**
 * Province-level sums of the rows filed under the province code inside its version. Sensitive
 * measures are withheld unless the whole province version lies inside the viewer's area.
 */
export const Province = {
  __resolveReference: (ref: UnitRef) => ref,
  async checkups(province: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(province, args);
    return redacted('ProvinceCheckups', toProvinceCheckups(await ctx.loaders.provinceCheckups.load(key), key.year), seesInside(ctx.viewer, 'province', province));
  },
  async treatmentSupport(province: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(province, args);
    return redacted('TreatmentSupport', toTreatmentSupport(await ctx.loaders.provinceTreatmentSupport.load(key), key.year), seesInside(ctx.viewer, 'province', province));
  },
  async childHealthInsurance(province: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(province, args);
    return toInsurance(await ctx.loaders.provinceInsurance.load(key), key.year);
  },
};
