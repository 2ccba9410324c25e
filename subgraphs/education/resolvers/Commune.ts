import { recordWindow, windowKey } from '../../../lib/periods.ts';
import type { CommuneResolvers } from '../__generated__/resolvers-types.ts';
import { enrolment, schoolMeals, schoolYearKey } from './shapes.ts';

export const Commune: CommuneResolvers = {
  /** Education holds no commune rows of its own: the representation is the commune. */
  __resolveReference: (ref) => ref,

  // `level` arrives as the Department's code: the SchoolLevel enum's internal values (enums.ts).
  async schools(commune, args, ctx) {
    const level = args.level ?? undefined;
    const rows = await ctx.loaders.schoolsInWindow.load(windowKey(recordWindow(commune)));
    return rows
      .filter((r) => level === undefined || r.cap_hoc === level)
      .map((r) => ({ code: r.ma_truong, name: r.ten_truong, level: r.cap_hoc, ownership: r.loai_hinh, founded: r.nam_thanh_lap }));
  },

  async enrolment(commune, args, ctx) {
    const key = schoolYearKey(commune, args.schoolYear);
    return key && enrolment(key, await ctx.loaders.communeEnrolment.load(key));
  },

  async schoolMeals(commune, args, ctx) {
    const key = schoolYearKey(commune, args.schoolYear);
    return key && schoolMeals(key, await ctx.loaders.communeMeals.load(key));
  },
};
