import type { FilingLevel } from '../../../lib/directory/lineage.ts';
import type { WindowYear } from '../../../lib/periods.ts';
import { sql, type Kysely, type RawBuilder } from 'kysely';
import { insertInChunks, keyTable } from '../../../lib/db.ts';
import type {
  DonViThucHien,
  HealthDB,
  LoaiDot,
  NewBaoCaoTramYTe,
  NewDotKham,
  NewHoTroDieuTri,
  NewKetQuaKham,
  NewTheBhytTreEm,
} from './tables.ts';

/**
 * Every SQL statement of the health subgraph. Functions take `db` first and are batch-shaped:
 * each read joins the agency's rows to a key table of (unit window, year) and groups by key, so
 * a whole DataLoader batch costs one statement. This module translates the Department of
 * Health's native codes (KSK_TQ, nhom_tuoi '0-2', …) into plain figures; resolvers name them.
 */
type Db = Kysely<HealthDB>;

/** A unit version's window of row dates and a calendar year, with an opaque key echoed back on every row. */
export interface WindowYearKey extends WindowYear {
  key: string;
}
/** Which code the rows are matched on: the commune's (ma_xa) or the province's (ma_tinh). */
const codeColumn = (level: FilingLevel, alias: string) => sql.ref(`${alias}.${level === 'commune' ? 'ma_xa' : 'ma_tinh'}`);

/** The loai code of a free general check-up round (khám sức khỏe tổng quát miễn phí). */
export const GENERAL_CHECKUP = 'KSK_TQ';

const keys = (rows: readonly WindowYearKey[]) =>
  keyTable(
    'k',
    rows.map((r) => ({ key: r.key, code: r.code, win_from: r.from, win_to: r.to, year: r.year })),
    { key: 'text', code: 'text', win_from: 'date', win_to: 'date', year: 'int' },
  );
/** Rows dated inside both the unit's window and the calendar year. */
const datedInKey = (column: string) =>
  sql<boolean>`${sql.ref(column)} >= greatest(k.win_from, make_date(k.year, 1, 1)) and ${sql.ref(column)} < least(k.win_to, make_date(k.year + 1, 1, 1))`;
/** Yearly rows whose reference date falls inside the unit's window. */
const referenceInWindow = (date: RawBuilder<unknown>) => sql<boolean>`${date} >= k.win_from and ${date} < k.win_to`;

export interface CheckupTotalsRow {
  key: string;
  /** Station reports due for the year under this unit (a commune: 0 or 1). */
  stations_due: number;
  stations_reported: number;
  stations_late: number;
  last_submitted: string | null;
  rounds: number;
  examined: number;
  examined_0_2: number;
  examined_3_5: number;
  examined_6_10: number;
  examined_11_15: number;
  referred: number;
  malnourished: number;
}

/**
 * Free general check-ups (loai KSK_TQ) of a year per commune or province version, with the
 * station reports behind them. Screening rounds of other kinds are left out. One statement.
 */
export async function findCheckupTotals(db: Db, level: FilingLevel, rows: readonly WindowYearKey[]): Promise<CheckupTotalsRow[]> {
  if (!rows.length) return [];
  const result = await db
    .selectFrom(keys(rows))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('bao_cao_tram_y_te as b')
          .select([
            sql<number>`count(*)::int`.as('stations_due'),
            sql<number>`count(b.ngay_nop)::int`.as('stations_reported'),
            sql<number>`count(*) filter (where b.ngay_nop > b.han_nop)::int`.as('stations_late'),
            sql<string | null>`max(b.ngay_nop)`.as('last_submitted'),
          ])
          .where(sql<boolean>`${codeColumn(level, 'b')} = k.code and b.nam = k.year`)
          .where(referenceInWindow(sql`b.den_ngay`))
          .as('rep'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('dot_kham as d')
          .innerJoin('ket_qua_kham as r', 'r.ma_dot', 'd.ma_dot')
          .select([
            sql<number>`count(distinct d.ma_dot)::int`.as('rounds'),
            sql<number>`coalesce(sum(r.so_tre_kham), 0)::int`.as('examined'),
            sql<number>`coalesce(sum(r.so_tre_kham) filter (where r.nhom_tuoi = '0-2'), 0)::int`.as('examined_0_2'),
            sql<number>`coalesce(sum(r.so_tre_kham) filter (where r.nhom_tuoi = '3-5'), 0)::int`.as('examined_3_5'),
            sql<number>`coalesce(sum(r.so_tre_kham) filter (where r.nhom_tuoi = '6-10'), 0)::int`.as('examined_6_10'),
            sql<number>`coalesce(sum(r.so_tre_kham) filter (where r.nhom_tuoi = '11-15'), 0)::int`.as('examined_11_15'),
            sql<number>`coalesce(sum(r.so_chuyen_tuyen), 0)::int`.as('referred'),
            sql<number>`coalesce(sum(r.so_suy_dinh_duong), 0)::int`.as('malnourished'),
          ])
          .where('d.loai', '=', GENERAL_CHECKUP)
          .where(sql<boolean>`${codeColumn(level, 'd')} = k.code`)
          .where(datedInKey('d.ngay_kham'))
          .as('kham'),
      (join) => join.onTrue(),
    )
    .select([
      sql<string>`k.key`.as('key'),
      sql<number>`rep.stations_due`.as('stations_due'),
      sql<number>`rep.stations_reported`.as('stations_reported'),
      sql<number>`rep.stations_late`.as('stations_late'),
      sql<string | null>`rep.last_submitted`.as('last_submitted'),
      sql<number>`kham.rounds`.as('rounds'),
      sql<number>`kham.examined`.as('examined'),
      sql<number>`kham.examined_0_2`.as('examined_0_2'),
      sql<number>`kham.examined_3_5`.as('examined_3_5'),
      sql<number>`kham.examined_6_10`.as('examined_6_10'),
      sql<number>`kham.examined_11_15`.as('examined_11_15'),
      sql<number>`kham.referred`.as('referred'),
      sql<number>`kham.malnourished`.as('malnourished'),
    ])
    .execute();
  return result as CheckupTotalsRow[];
}

export interface CheckupRoundRow {
  key: string;
  ma_dot: string;
  ngay_kham: string;
  loai: LoaiDot;
  doi_kham: string;
  don_vi_thuc_hien: DonViThucHien;
  examined: number;
  referred: number;
  malnourished: number;
}

/** Every round (any kind) held in a commune version during a year, oldest first. One statement. */
export async function findCheckupRounds(db: Db, rows: readonly WindowYearKey[]): Promise<CheckupRoundRow[]> {
  if (!rows.length) return [];
  const result = await db
    .selectFrom(keys(rows))
    .innerJoin('dot_kham as d', (join) => join.on(sql<boolean>`d.ma_xa = k.code`).on(datedInKey('d.ngay_kham')))
    .leftJoin('ket_qua_kham as r', 'r.ma_dot', 'd.ma_dot')
    .select([
      sql<string>`k.key`.as('key'),
      'd.ma_dot',
      'd.ngay_kham',
      'd.loai',
      'd.doi_kham',
      'd.don_vi_thuc_hien',
      sql<number>`coalesce(sum(r.so_tre_kham), 0)::int`.as('examined'),
      sql<number>`coalesce(sum(r.so_chuyen_tuyen), 0)::int`.as('referred'),
      sql<number>`coalesce(sum(r.so_suy_dinh_duong), 0)::int`.as('malnourished'),
    ])
    .groupBy([sql`k.key`, 'd.ma_dot'])
    .orderBy('d.ngay_kham')
    .orderBy('d.ma_dot')
    .execute();
  return result as CheckupRoundRow[];
}

export interface TreatmentSupportRow {
  key: string;
  /** Whether the unit version was in force on some day of the year. */
  in_force: boolean;
  cases: number;
  /** VND, exact (bigint as a string) */
  amount: string;
  by_source: { nguon: string; cases: number; amount: string }[] | null;
}

/** Treatment-cost support cases of a year per commune or province version, by funding source. One statement. */
export async function findTreatmentSupport(db: Db, level: FilingLevel, rows: readonly WindowYearKey[]): Promise<TreatmentSupportRow[]> {
  if (!rows.length) return [];
  const result = await db
    .selectFrom(keys(rows))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('ho_tro_dieu_tri as h')
          .select(['h.nguon', sql<number>`count(*)::int`.as('cases'), sql<string>`sum(h.so_tien)`.as('amount')])
          .where(sql<boolean>`${codeColumn(level, 'h')} = k.code`)
          .where(datedInKey('h.ngay'))
          .groupBy('h.nguon')
          .as('s'),
      (join) => join.onTrue(),
    )
    .select([
      sql<string>`k.key`.as('key'),
      sql<boolean>`bool_and(k.win_from < make_date(k.year + 1, 1, 1) and k.win_to > make_date(k.year, 1, 1))`.as('in_force'),
      sql<number>`coalesce(sum(s.cases), 0)::int`.as('cases'),
      sql<string>`coalesce(sum(s.amount), 0)::text`.as('amount'),
      sql<
        TreatmentSupportRow['by_source']
      >`json_agg(json_build_object('nguon', s.nguon, 'cases', s.cases, 'amount', s.amount::text) order by s.nguon) filter (where s.nguon is not null)`.as(
        'by_source',
      ),
    ])
    .groupBy(sql`k.key`)
    .execute();
  return result as TreatmentSupportRow[];
}

export interface InsuranceRow {
  key: string;
  /** Communes with a count for the year (a commune: 1). */
  communes: number;
  children_under_6: number;
  cards_issued: number;
}

/**
 * Under-6 health-insurance cards of a year per commune or province version: rows counted on
 * 31 December under the code valid that day. Keys with no row are absent. One statement.
 */
export async function findChildInsurance(db: Db, level: FilingLevel, rows: readonly WindowYearKey[]): Promise<InsuranceRow[]> {
  if (!rows.length) return [];
  const result = await db
    .selectFrom(keys(rows))
    .innerJoin('the_bhyt_tre_em as t', (join) =>
      join.on(sql<boolean>`${codeColumn(level, 't')} = k.code and t.nam = k.year`).on(referenceInWindow(sql`make_date(t.nam, 12, 31)`)),
    )
    .select([
      sql<string>`k.key`.as('key'),
      sql<number>`count(*)::int`.as('communes'),
      sql<number>`sum(t.so_tre_duoi_6)::int`.as('children_under_6'),
      sql<number>`sum(t.so_the_cap)::int`.as('cards_issued'),
    ])
    .groupBy(sql`k.key`)
    .execute();
  return result as InsuranceRow[];
}

export interface StationReportRow {
  key: string;
  ma_xa: string;
  nam: number;
  den_ngay: string;
  han_nop: string;
  ngay_nop: string | null;
}

/** The yearly station reports due under commune or province versions. One statement. */
export async function findStationReports(db: Db, level: FilingLevel, rows: readonly WindowYearKey[]): Promise<StationReportRow[]> {
  if (!rows.length) return [];
  const result = await db
    .selectFrom(keys(rows))
    .innerJoin('bao_cao_tram_y_te as b', (join) =>
      join.on(sql<boolean>`${codeColumn(level, 'b')} = k.code and b.nam = k.year`).on(referenceInWindow(sql`b.den_ngay`)),
    )
    .select([sql<string>`k.key`.as('key'), 'b.ma_xa', 'b.nam', 'b.den_ngay', 'b.han_nop', 'b.ngay_nop'])
    .orderBy('b.ma_xa')
    .execute();
  return result as StationReportRow[];
}

// ---- Writes (demo seeding) ----

export interface HealthRows {
  rounds: NewDotKham[];
  results: NewKetQuaKham[];
  support: NewHoTroDieuTri[];
  insurance: NewTheBhytTreEm[];
  reports: NewBaoCaoTramYTe[];
}

/** Deletes every row of the agency's tables, so seeding can be repeated. */
export async function clearAll(db: Db): Promise<void> {
  await db.deleteFrom('ket_qua_kham').execute();
  await db.deleteFrom('dot_kham').execute();
  await db.deleteFrom('ho_tro_dieu_tri').execute();
  await db.deleteFrom('the_bhyt_tre_em').execute();
  await db.deleteFrom('bao_cao_tram_y_te').execute();
}

/** Writes a generated or imported batch of rows with multi-row inserts, in one transaction. */
export async function insertHealthRows(db: Db, rows: HealthRows): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await insertInChunks(rows.rounds, (chunk) => trx.insertInto('dot_kham').values(chunk).execute());
    await insertInChunks(rows.results, (chunk) => trx.insertInto('ket_qua_kham').values(chunk).execute());
    await insertInChunks(rows.support, (chunk) => trx.insertInto('ho_tro_dieu_tri').values(chunk).execute());
    await insertInChunks(rows.insurance, (chunk) => trx.insertInto('the_bhyt_tre_em').values(chunk).execute());
    await insertInChunks(rows.reports, (chunk) => trx.insertInto('bao_cao_tram_y_te').values(chunk).execute());
  });
}
