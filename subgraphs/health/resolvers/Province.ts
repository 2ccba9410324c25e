import { seesInside } from '../../../lib/directory/viewer-area.ts';
import type { ProvinceResolvers } from '../__generated__/resolvers-types.ts';
import { redacted, toInsurance, toProvinceCheckups, toTreatmentSupport, windowYear } from './shapes.ts';

/**
 * Province-level sums of the rows filed under the province code inside its version. Sensitive
 * measures are withheld unless the whole province version lies inside the viewer's area.
 */
export const Province: ProvinceResolvers = {
  __resolveReference: (ref) => ref,
  async checkups(province, args, ctx) {
    const key = windowYear(province, args);
    return redacted(
      'ProvinceCheckups',
      toProvinceCheckups(await ctx.loaders.provinceCheckups.load(key), key.year),
      seesInside(ctx.viewer, 'province', province),
    );
  },
  async treatmentSupport(province, args, ctx) {
    const key = windowYear(province, args);
    return redacted(
      'TreatmentSupport',
      toTreatmentSupport(await ctx.loaders.provinceTreatmentSupport.load(key), key.year),
      seesInside(ctx.viewer, 'province', province),
    );
  },
  async childHealthInsurance(province, args, ctx) {
    const key = windowYear(province, args);
    return toInsurance(await ctx.loaders.provinceInsurance.load(key), key.year);
  },
};
