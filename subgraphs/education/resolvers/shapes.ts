import { schoolYearArg } from '../../../lib/args.ts';
import { recordWindow, type VersionRef } from '../../../lib/periods.ts';
import type { MealFunder } from '../__generated__/resolvers-types.ts';
import type { EnrolmentGroupRow, MealsGroupRow, SchoolYearKey } from '../db/repository.ts';

/** Native level codes in display order. */
const LEVELS = ['MN', 'TH', 'THCS'] as const;

/**
 * The counting day of a school year (5 September of its start year) for a unit version, or null
 * when that day falls outside the version's window of rows.
 */
export function schoolYearKey(ref: VersionRef, value: unknown): SchoolYearKey | null {
  const schoolYear = schoolYearArg(value);
  const date = `${schoolYear.slice(0, 4)}-09-05`;
  const window = recordWindow(ref);
  if (date < window.from || date >= window.to) return null;
  return { code: ref.code, school_year: schoolYear, date };
}

const sumOrNull = (values: (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null && v !== undefined);
  return present.length ? present.reduce((a, b) => a + Number(b), 0) : null;
};

export function enrolment(key: SchoolYearKey, rows: EnrolmentGroupRow[]) {
  const byLevel = LEVELS.map((level) => rows.filter((r) => r.cap_hoc === level))
    .filter((group) => group.length > 0)
    .map((group) => {
      const schoolsReported = group.reduce((a, r) => a + r.reported, 0);
      return {
        level: group[0]!.cap_hoc,
        pupils: schoolsReported ? sumOrNull(group.map((r) => r.pupils)) : null,
        schools: group.reduce((a, r) => a + r.schools, 0),
        schoolsReported,
      };
    });
  const schools = byLevel.reduce((a, l) => a + l.schools, 0);
  const schoolsReported = byLevel.reduce((a, l) => a + l.schoolsReported, 0);
  return {
    schoolYear: key.school_year,
    countedOn: key.date,
    pupils: schoolsReported ? sumOrNull(byLevel.map((l) => l.pupils)) : null,
    schools,
    schoolsReported,
    complete: schools > 0 && schoolsReported === schools,
    byLevel,
  };
}

function mealFigures(rows: MealsGroupRow[]) {
  const schoolsReported = rows.reduce((a, r) => a + r.reported, 0);
  const incomplete = rows.some((r) => r.reported_without_enrolment > 0);
  return {
    pupilsServed: schoolsReported ? sumOrNull(rows.map((r) => r.served)) : null,
    pupilsEnrolled: schoolsReported && !incomplete ? sumOrNull(rows.map((r) => r.enrolled)) : null,
    mealDays: schoolsReported ? sumOrNull(rows.map((r) => r.meal_days)) : null,
    schools: rows.reduce((a, r) => a + r.schools, 0),
    schoolsReported,
  };
}

export function schoolMeals(key: SchoolYearKey, rows: MealsGroupRow[]) {
  const total = mealFigures(rows);
  const byLevel = LEVELS.map((level) => rows.filter((r) => r.cap_hoc === level))
    .filter((group) => group.length > 0)
    .map((group) => ({ level: group[0]!.cap_hoc, ...mealFigures(group) }));
  const funders = new Map<MealFunder, { funder: MealFunder; pupilsServed: number; mealDays: number; schools: number }>();
  for (const r of rows) {
    if (r.nguon_kinh_phi === null) continue;
    const f = funders.get(r.nguon_kinh_phi) ?? { funder: r.nguon_kinh_phi, pupilsServed: 0, mealDays: 0, schools: 0 };
    f.pupilsServed += Number(r.served ?? 0);
    f.mealDays += Number(r.meal_days ?? 0);
    f.schools += r.reported;
    funders.set(r.nguon_kinh_phi, f);
  }
  return {
    schoolYear: key.school_year,
    countedOn: key.date,
    ...total,
    complete: total.schools > 0 && total.schoolsReported === total.schools,
    byLevel,
    preschoolAndPrimary: mealFigures(rows.filter((r) => r.cap_hoc === 'MN' || r.cap_hoc === 'TH')),
    byFunder: [...funders.values()].sort((a, b) => a.funder.localeCompare(b.funder)),
  };
}
