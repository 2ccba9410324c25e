import type { EducationContext } from '../context.ts';
import type { UnitRef } from './Commune.ts';
import { enrolment, schoolMeals, schoolYearKey } from './figures.ts';

/**
 * Province-wide figures: schools are filed with the province code valid on their date, so the
 * same rule as for communes applies (location on 5 September, inside the province version).
 */
export const Province = {
  __resolveReference: (ref: UnitRef) => ref,

  async enrolment(province: UnitRef, args: { schoolYear: unknown }, ctx: EducationContext) {
    const key = schoolYearKey(province, args.schoolYear);
    return key && enrolment(key, await ctx.loaders.provinceEnrolment.load(key));
  },

  async schoolMeals(province: UnitRef, args: { schoolYear: unknown }, ctx: EducationContext) {
    const key = schoolYearKey(province, args.schoolYear);
    return key && schoolMeals(key, await ctx.loaders.provinceMeals.load(key));
  },
};
