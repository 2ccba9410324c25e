import type { FilingLevel } from '../../../lib/directory/lineage.ts';
import type { WindowKey } from '../../../lib/periods.ts';
import { sql, type Kysely } from 'kysely';
import { keyTable } from '../../../lib/db.ts';
import type { EducationDB, NewEnrolment, NewMeals, NewSchool, NewSchoolLocation } from './tables.ts';

/**
 * Every SQL statement of the education subgraph. Functions take `db` first and are shaped for
 * batches: each read joins the native tables to one `keyTable` of all the keys of a DataLoader
 * batch and groups by key, so a whole batch costs one statement.
 */
type Db = Kysely<EducationDB>;

/** A unit (commune or province code) on the counting day (5 September) of a school year. */
export type SchoolYearKey = {
  code: string;
  school_year: string;
  /** the counting day, YYYY-09-05 of the start year */
  date: string;
};
/** Which code of the location history a key names. */
const unitColumn = (unit: FilingLevel) => (unit === 'commune' ? 'l.ma_xa' : 'l.ma_tinh') as 'l.ma_xa';

/** Schools filed under the window's code at any time inside the window, one row per key and school. */
export function findSchoolsInWindows(db: Db, keys: readonly WindowKey[]) {
  return db
    .selectFrom(keyTable('k', keys, { code: 'text', win_from: 'date', win_to: 'date' }))
    .innerJoin('truong_dia_ban as l', (j) =>
      j.onRef('l.ma_xa', '=', 'k.code').on(sql<boolean>`l.tu_ngay < k.win_to and (l.den_ngay is null or l.den_ngay > k.win_from)`),
    )
    .innerJoin('dm_truong as t', 't.ma_truong', 'l.ma_truong')
    .select(['k.code', 'k.win_from', 'k.win_to', 't.ma_truong', 't.ten_truong', 't.cap_hoc', 't.loai_hinh', 't.nam_thanh_lap'])
    .distinct()
    .orderBy('t.ma_truong')
    .execute();
}
export type SchoolInWindowRow = Awaited<ReturnType<typeof findSchoolsInWindows>>[number];

/**
 * Enrolment of the schools located in each unit on the counting day, grouped by key and level:
 * schools located there, schools that reported, and the pupils they reported.
 */
export function sumEnrolment(db: Db, unit: FilingLevel, keys: readonly SchoolYearKey[]) {
  return db
    .selectFrom(keyTable('k', keys, { code: 'text', school_year: 'text', date: 'date' }))
    .innerJoin('truong_dia_ban as l', (j) =>
      j.onRef(unitColumn(unit), '=', 'k.code').on(sql<boolean>`l.tu_ngay <= k.date and (l.den_ngay is null or l.den_ngay > k.date)`),
    )
    .innerJoin('dm_truong as t', 't.ma_truong', 'l.ma_truong')
    .leftJoin('ts_hoc_sinh as s', (j) => j.onRef('s.ma_truong', '=', 't.ma_truong').onRef('s.nam_hoc', '=', 'k.school_year'))
    .select((eb) => [
      'k.code',
      'k.school_year',
      't.cap_hoc',
      eb.fn.count<number>('t.ma_truong').as('schools'),
      eb.fn.count<number>('s.ma_truong').as('reported'),
      eb.fn.sum<number | null>('s.so_hoc_sinh').as('pupils'),
    ])
    .groupBy(['k.code', 'k.school_year', 't.cap_hoc'])
    .execute();
}
export type EnrolmentGroupRow = Awaited<ReturnType<typeof sumEnrolment>>[number];

/**
 * Semi-boarding meals of the schools located in each unit on the counting day, grouped by key,
 * level and funder (null funder: schools that did not report). Enrolment is summed only over
 * schools that reported meals, so served and enrolled cover the same schools.
 */
export function sumMeals(db: Db, unit: FilingLevel, keys: readonly SchoolYearKey[]) {
  return db
    .selectFrom(keyTable('k', keys, { code: 'text', school_year: 'text', date: 'date' }))
    .innerJoin('truong_dia_ban as l', (j) =>
      j.onRef(unitColumn(unit), '=', 'k.code').on(sql<boolean>`l.tu_ngay <= k.date and (l.den_ngay is null or l.den_ngay > k.date)`),
    )
    .innerJoin('dm_truong as t', 't.ma_truong', 'l.ma_truong')
    .leftJoin('ban_tru as b', (j) => j.onRef('b.ma_truong', '=', 't.ma_truong').onRef('b.nam_hoc', '=', 'k.school_year'))
    .leftJoin('ts_hoc_sinh as s', (j) => j.onRef('s.ma_truong', '=', 't.ma_truong').onRef('s.nam_hoc', '=', 'k.school_year'))
    .select((eb) => [
      'k.code',
      'k.school_year',
      't.cap_hoc',
      'b.nguon_kinh_phi',
      eb.fn.count<number>('t.ma_truong').as('schools'),
      eb.fn.count<number>('b.ma_truong').as('reported'),
      eb.fn.sum<number | null>('b.so_hs_ban_tru').as('served'),
      sql<number | null>`sum(s.so_hoc_sinh) filter (where b.ma_truong is not null)`.as('enrolled'),
      sql<number>`count(*) filter (where b.ma_truong is not null and s.ma_truong is null)`.as('reported_without_enrolment'),
      sql<number | null>`sum(b.so_hs_ban_tru * b.so_ngay_an)`.as('meal_days'),
    ])
    .groupBy(['k.code', 'k.school_year', 't.cap_hoc', 'b.nguon_kinh_phi'])
    .execute();
}
export type MealsGroupRow = Awaited<ReturnType<typeof sumMeals>>[number];

// ---- Writing (demo seeding) ----

export async function clearAll(db: Db): Promise<void> {
  await db.deleteFrom('ban_tru').execute();
  await db.deleteFrom('ts_hoc_sinh').execute();
  await db.deleteFrom('truong_dia_ban').execute();
  await db.deleteFrom('dm_truong').execute();
}
export const insertSchools = (db: Db, rows: NewSchool[]) => db.insertInto('dm_truong').values(rows).execute();
export const insertSchoolLocations = (db: Db, rows: NewSchoolLocation[]) => db.insertInto('truong_dia_ban').values(rows).execute();
export const insertEnrolment = (db: Db, rows: NewEnrolment[]) => db.insertInto('ts_hoc_sinh').values(rows).execute();
export const insertMeals = (db: Db, rows: NewMeals[]) => db.insertInto('ban_tru').values(rows).execute();
