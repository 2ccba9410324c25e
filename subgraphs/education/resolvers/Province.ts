import type { ProvinceResolvers } from '../__generated__/resolvers-types.ts';
import { enrolment, schoolMeals, schoolYearKey } from './shapes.ts';

/**
 * Province-wide figures: schools are filed with the province code valid on their date, so the
 * same rule as for communes applies (location on 5 September, inside the province version).
 */
export const Province: ProvinceResolvers = {
  __resolveReference: (ref) => ref,

  async enrolment(province, args, ctx) {
    const key = schoolYearKey(province, args.schoolYear);
    return key && enrolment(key, await ctx.loaders.provinceEnrolment.load(key));
  },

  async schoolMeals(province, args, ctx) {
    const key = schoolYearKey(province, args.schoolYear);
    return key && schoolMeals(key, await ctx.loaders.provinceMeals.load(key));
  },
};
