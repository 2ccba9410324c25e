import type { MeasureTable } from '../../lib/sensitivity.ts';

/**
 * Every measure the education subgraph publishes, with its sensitivity and why
 * (lib/sensitivity.ts). All are public: they count pupils and schools, not children's conditions.
 */
const ENROLMENT = 'pupils enrolled and schools: the general school population';
const MEALS =
  'semi-boarding meals are a school service given to every boarding pupil of a school; the counts describe schools, not a finding about individual children';
const COMPLETENESS = 'schools that reported: completeness, about administrations';

export const EDUCATION_MEASURES: MeasureTable = [
  ...['Enrolment', 'EnrolmentByLevel'].flatMap((type) => [
    { field: `${type}.pupils`, sensitivity: 'PUBLIC' as const, reason: ENROLMENT },
    { field: `${type}.schools`, sensitivity: 'PUBLIC' as const, reason: ENROLMENT },
    { field: `${type}.schoolsReported`, sensitivity: 'PUBLIC' as const, reason: COMPLETENESS },
  ]),
  { field: 'Enrolment.byLevel', sensitivity: 'PUBLIC', reason: ENROLMENT },
  ...['SchoolMeals', 'SchoolMealFigures', 'SchoolMealsByLevel'].flatMap((type) => [
    { field: `${type}.pupilsServed`, sensitivity: 'PUBLIC' as const, reason: MEALS },
    { field: `${type}.pupilsEnrolled`, sensitivity: 'PUBLIC' as const, reason: ENROLMENT },
    { field: `${type}.mealDays`, sensitivity: 'PUBLIC' as const, reason: MEALS },
    { field: `${type}.schools`, sensitivity: 'PUBLIC' as const, reason: ENROLMENT },
    { field: `${type}.schoolsReported`, sensitivity: 'PUBLIC' as const, reason: COMPLETENESS },
  ]),
  { field: 'SchoolMeals.byLevel', sensitivity: 'PUBLIC', reason: MEALS },
  { field: 'SchoolMeals.preschoolAndPrimary', sensitivity: 'PUBLIC', reason: MEALS },
  { field: 'SchoolMeals.byFunder', sensitivity: 'PUBLIC', reason: `${MEALS}; the funder is a programme or the parents of a whole school` },
  { field: 'SchoolMealsByFunder.pupilsServed', sensitivity: 'PUBLIC', reason: MEALS },
  { field: 'SchoolMealsByFunder.mealDays', sensitivity: 'PUBLIC', reason: MEALS },
  { field: 'SchoolMealsByFunder.schools', sensitivity: 'PUBLIC', reason: ENROLMENT },
];
