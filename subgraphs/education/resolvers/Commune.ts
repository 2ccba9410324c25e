import { badUserInput } from '../../../lib/errors.ts';
import { recordWindow } from '../../../lib/periods.ts';
import type { EducationContext } from '../context.ts';
import { CODE_OF_LEVEL } from './enums.ts';
import { enrolment, schoolMeals, schoolYearKey } from './figures.ts';

/** The representation the gateway sends, with `validUntil` required from geography. */
export interface UnitRef {
  code: string;
  validFrom: string;
  validUntil?: string | null;
}

export const Commune = {
  /** Education holds no commune rows of its own: the representation is the commune. */
  __resolveReference: (ref: UnitRef) => ref,

  async schools(commune: UnitRef, args: { level?: string | null }, ctx: EducationContext) {
    let level: string | undefined;
    if (args.level != null) {
      level = CODE_OF_LEVEL[args.level] ?? args.level;
      if (!['MN', 'TH', 'THCS'].includes(level)) throw badUserInput('level', 'is not a known school level');
    }
    const window = recordWindow(commune);
    const rows = await ctx.loaders.schoolsInWindow.load({ code: window.code, win_from: window.from, win_to: window.to });
    return rows
      .filter((r) => level === undefined || r.cap_hoc === level)
      .map((r) => ({ code: r.ma_truong, name: r.ten_truong, level: r.cap_hoc, ownership: r.loai_hinh, founded: r.nam_thanh_lap }));
  },

  async enrolment(commune: UnitRef, args: { schoolYear: unknown }, ctx: EducationContext) {
    const key = schoolYearKey(commune, args.schoolYear);
    return key && enrolment(key, await ctx.loaders.communeEnrolment.load(key));
  },

  async schoolMeals(commune: UnitRef, args: { schoolYear: unknown }, ctx: EducationContext) {
    const key = schoolYearKey(commune, args.schoolYear);
    return key && schoolMeals(key, await ctx.loaders.communeMeals.load(key));
  },
};
