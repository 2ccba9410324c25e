import type { Kysely } from 'kysely';
import type { LoaderKit } from '../../lib/loaders.ts';
import { windowKeyId, type WindowKey } from '../../lib/periods.ts';
import * as repo from './db/repository.ts';
import type { EducationDB } from './db/tables.ts';

const yearKey = (k: { code: string; school_year: string }) => `${k.code}|${k.school_year}`;

/** Per-request DataLoaders: each batch runs one repository statement for all its keys. */
export function createLoaders(db: Kysely<EducationDB>, { loadMany }: LoaderKit) {
  return {
    schoolsInWindow: loadMany((keys: readonly WindowKey[]) => repo.findSchoolsInWindows(db, keys), windowKeyId, windowKeyId),
    communeEnrolment: loadMany((keys: readonly repo.SchoolYearKey[]) => repo.sumEnrolment(db, 'commune', keys), yearKey, yearKey),
    provinceEnrolment: loadMany((keys: readonly repo.SchoolYearKey[]) => repo.sumEnrolment(db, 'province', keys), yearKey, yearKey),
    communeMeals: loadMany((keys: readonly repo.SchoolYearKey[]) => repo.sumMeals(db, 'commune', keys), yearKey, yearKey),
    provinceMeals: loadMany((keys: readonly repo.SchoolYearKey[]) => repo.sumMeals(db, 'province', keys), yearKey, yearKey),
  };
}
export type EducationLoaders = ReturnType<typeof createLoaders>;
