import type { WindowKey } from '../../../lib/periods.ts';
import { sql, type Kysely } from 'kysely';
import { jsonArrayFrom, jsonObjectFrom } from 'kysely/helpers/postgres';
import { keyTable } from '../../../lib/db.ts';
import type { CultureDB, NewCultureReport, NewEquipment, NewInspection, NewPlayArea, NewPlayAreaLocation } from './tables.ts';

/**
 * Every SQL statement of the culture subgraph. Functions take `db` first and are shaped for
 * batches: each read joins the native tables to one `keyTable` of all the keys of a DataLoader
 * batch and groups by key, so a whole batch costs one statement.
 */
type Db = Kysely<CultureDB>;

/** A commune code at the end (31 December) of a calendar year. */
export type YearKey = {
  code: string;
  year: number;
  /** 31 December of `year` */
  year_end: string;
};

/**
 * Play areas filed under the window's code at any time inside it, with their equipment and
 * latest safety inspection, in one statement (equipment and inspection as JSON).
 */
export function findPlayAreasInWindows(db: Db, keys: readonly WindowKey[]) {
  return db
    .selectFrom(keyTable('k', keys, { code: 'text', win_from: 'date', win_to: 'date' }))
    .innerJoin('khu_vui_choi_dia_ban as l', (j) =>
      j.onRef('l.ma_xa', '=', 'k.code').on(sql<boolean>`l.tu_ngay < k.win_to and (l.den_ngay is null or l.den_ngay > k.win_from)`),
    )
    .innerJoin('khu_vui_choi as v', 'v.id', 'l.khu_id')
    .select((eb) => [
      'k.code',
      'k.win_from',
      'k.win_to',
      'v.id',
      'v.ten',
      'v.loai',
      'v.ngay_dua_vao_su_dung',
      jsonArrayFrom(
        eb
          .selectFrom('trang_thiet_bi as t')
          .select(['t.id', 't.loai', 't.nha_tai_tro', 't.ngay_lap_dat', 't.tinh_trang', 't.ngay_danh_gia'])
          .whereRef('t.khu_id', '=', 'v.id')
          .orderBy('t.id'),
      ).as('equipment'),
      jsonObjectFrom(
        eb
          .selectFrom('kiem_tra_an_toan as x')
          .select(['x.ngay', 'x.ket_qua', 'x.ghi_chu'])
          .whereRef('x.khu_id', '=', 'v.id')
          .orderBy('x.ngay', 'desc')
          .orderBy('x.id', 'desc')
          .limit(1),
      ).as('last_inspection'),
    ])
    .distinctOn(['k.code', 'k.win_from', 'k.win_to', 'v.id'])
    .orderBy('k.code')
    .orderBy('k.win_from')
    .orderBy('k.win_to')
    .orderBy('v.id')
    .execute();
}
export type PlayAreaRow = Awaited<ReturnType<typeof findPlayAreasInWindows>>[number];

/**
 * Play-area figures at the end of each key's year, grouped by key: play areas open and filed
 * under the code on 31 December, their equipment installed by then and still working (not
 * broken), the areas inspected during the year and those whose last inspection of the year
 * passed, and whether the commune submitted its yearly report.
 */
export async function summarisePlayAreas(db: Db, keys: readonly YearKey[]) {
  // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
  const q = (db as unknown as Kysely<any>)
    .with('k', (qb) => qb.selectFrom(keyTable('kk', keys, { code: 'text', year: 'int', year_end: 'date' })).selectAll())
    .with('a', (qb) =>
      qb
        .selectFrom('k')
        .innerJoin('khu_vui_choi_dia_ban as l', (j) =>
          j.onRef('l.ma_xa', '=', 'k.code').on(sql<boolean>`l.tu_ngay <= k.year_end and (l.den_ngay is null or l.den_ngay > k.year_end)`),
        )
        .innerJoin('khu_vui_choi as v', (j) => j.onRef('v.id', '=', 'l.khu_id').on(sql<boolean>`v.ngay_dua_vao_su_dung <= k.year_end`))
        .select(['k.code', 'k.year', 'k.year_end', 'v.id'])
        .distinct(),
    )
    .with('e', (qb) =>
      qb
        .selectFrom('a')
        .leftJoin('trang_thiet_bi as t', (j) => j.onRef('t.khu_id', '=', 'a.id').on(sql<boolean>`t.ngay_lap_dat <= a.year_end`))
        .select([
          'a.code',
          'a.year',
          'a.id',
          sql<number>`count(t.id)`.as('items'),
          sql<number>`count(t.id) filter (where t.ngay_hong is null or t.ngay_hong > a.year_end)`.as('working'),
          sql<number>`count(t.id) filter (where extract(year from t.ngay_lap_dat) = a.year)`.as('installed'),
          sql<number>`count(t.id) filter (where extract(year from t.ngay_lap_dat) = a.year and t.nha_tai_tro is not null)`.as('donated'),
        ])
        .groupBy(['a.code', 'a.year', 'a.id']),
    )
    .with('i', (qb) =>
      qb
        .selectFrom('a')
        .innerJoin('kiem_tra_an_toan as x', (j) =>
          j.onRef('x.khu_id', '=', 'a.id').on(sql<boolean>`x.ngay <= a.year_end and extract(year from x.ngay) = a.year`),
        )
        .select(['a.code', 'a.year', 'a.id', sql<string>`(array_agg(x.ket_qua order by x.ngay desc, x.id desc))[1]`.as('last_result')])
        .groupBy(['a.code', 'a.year', 'a.id']),
    )
    .with('r', (qb) =>
      qb
        .selectFrom('k')
        .innerJoin('bao_cao_van_hoa as b', (j) => j.onRef('b.ma_xa', '=', 'k.code').onRef('b.nam', '=', 'k.year'))
        .select(['k.code', 'k.year'])
        .distinct(),
    )
    .selectFrom('k')
    .leftJoin('r', (j) => j.onRef('r.code', '=', 'k.code').onRef('r.year', '=', 'k.year'))
    .leftJoin('e', (j) => j.onRef('e.code', '=', 'k.code').onRef('e.year', '=', 'k.year'))
    .leftJoin('i', (j) => j.onRef('i.code', '=', 'e.code').onRef('i.year', '=', 'e.year').onRef('i.id', '=', 'e.id'))
    .select([
      'k.code',
      'k.year',
      sql<number>`count(e.id)`.as('play_areas'),
      sql<number>`count(e.id) filter (where e.working > 0)`.as('with_working'),
      sql<number>`coalesce(sum(e.items), 0)`.as('items'),
      sql<number>`coalesce(sum(e.working), 0)`.as('working'),
      sql<number>`coalesce(sum(e.installed), 0)`.as('installed'),
      sql<number>`coalesce(sum(e.donated), 0)`.as('donated'),
      sql<number>`count(i.id)`.as('inspected'),
      sql<number>`count(i.id) filter (where i.last_result = 'DAT')`.as('passed'),
      sql<boolean>`bool_or(r.code is not null)`.as('reported'),
    ])
    .groupBy(['k.code', 'k.year']);
  return (await q.execute()) as {
    code: string;
    year: number;
    play_areas: number;
    with_working: number;
    items: number;
    working: number;
    installed: number;
    donated: number;
    inspected: number;
    passed: number;
    reported: boolean;
  }[];
}
export type PlayAreaSummaryRow = Awaited<ReturnType<typeof summarisePlayAreas>>[number];

// ---- Writing (demo seeding) ----

/** Yearly culture reports filed under each key's code for its year, in one statement. */
export function findReports(db: Db, keys: readonly YearKey[]) {
  return db
    .selectFrom(keyTable('k', keys, { code: 'text', year: 'int', year_end: 'date' }))
    .innerJoin('bao_cao_van_hoa as b', (j) => j.onRef('b.ma_xa', '=', 'k.code').onRef('b.nam', '=', 'k.year'))
    .select(['k.code', 'k.year', 'b.ngay_nop'])
    .execute();
}

export async function clearAll(db: Db): Promise<void> {
  await db.deleteFrom('kiem_tra_an_toan').execute();
  await db.deleteFrom('trang_thiet_bi').execute();
  await db.deleteFrom('khu_vui_choi_dia_ban').execute();
  await db.deleteFrom('khu_vui_choi').execute();
  await db.deleteFrom('bao_cao_van_hoa').execute();
}
export const insertPlayAreas = (db: Db, rows: NewPlayArea[]) => db.insertInto('khu_vui_choi').values(rows).execute();
export const insertPlayAreaLocations = (db: Db, rows: NewPlayAreaLocation[]) =>
  db.insertInto('khu_vui_choi_dia_ban').values(rows).execute();
export const insertEquipment = (db: Db, rows: NewEquipment[]) => db.insertInto('trang_thiet_bi').values(rows).execute();
export const insertInspections = (db: Db, rows: NewInspection[]) => db.insertInto('kiem_tra_an_toan').values(rows).execute();
export const insertReports = (db: Db, rows: NewCultureReport[]) => db.insertInto('bao_cao_van_hoa').values(rows).execute();
