import { sql, type Kysely } from 'kysely';
import { keyTable } from '../../../lib/db.ts';
import type { WindowYear } from '../../../lib/periods.ts';
import { yearSpan } from './repository.ts';
import type { CapQuy, HinhThuc, LabourDB } from './tables.ts';
import type { RecordWindow } from '../../../lib/periods.ts';

/**
 * Reads of the Child Protection Fund ledger. Money is selected as text (exact VND strings,
 * never the double lib/db.ts makes of bigint); amounts are net of reversals, which are rows of
 * the opposite sign. Batched reads take many keys and run one statement.
 */
type Db = Kysely<LabourDB>;

export interface DonationRow {
  id: number;
  ngay: string;
  ma_nha_tai_tro: string;
  so_tien: string;
  cap: CapQuy;
  ma_tinh: string;
  ma_don_vi: string;
  hien_vat: boolean;
  mo_ta_hien_vat: string | null;
  chi_dinh_xa: string | null;
  chi_dinh_chuong_trinh: string | null;
  chi_dinh_hinh_thuc: HinhThuc | null;
  reversed_on: string | null;
  /** net of reversed disbursements */
  disbursed: string;
}

const donationColumns = (db: Db) =>
  db
    .selectFrom('quy_khoan_thu as t')
    .leftJoin('quy_khoan_thu as r', 'r.dao_nguoc_id', 't.id')
    .where('t.dao_nguoc_id', 'is', null)
    .select((eb) => [
      't.id',
      't.ngay',
      't.ma_nha_tai_tro',
      sql<string>`t.so_tien::text`.as('so_tien'),
      't.cap',
      't.ma_tinh',
      't.ma_don_vi',
      't.hien_vat',
      't.mo_ta_hien_vat',
      't.chi_dinh_xa',
      't.chi_dinh_chuong_trinh',
      't.chi_dinh_hinh_thuc',
      sql<string | null>`r.ngay`.as('reversed_on'),
      sql<string>`coalesce(${eb.selectFrom('quy_phan_bo as p').select(sql`sum(p.so_tien)`.as('s')).whereRef('p.ma_khoan_thu', '=', 't.id')}, 0)::text`.as(
        'disbursed',
      ),
    ]);

export async function donationsById(db: Db, ids: readonly number[]): Promise<DonationRow[]> {
  if (!ids.length) return [];
  return (await donationColumns(db)
    .where('t.id', 'in', [...ids])
    .execute()) as DonationRow[];
}

export async function donationsOfDonors(db: Db, donorIds: readonly string[]): Promise<DonationRow[]> {
  if (!donorIds.length) return [];
  return (await donationColumns(db)
    .where('t.ma_nha_tai_tro', 'in', [...donorIds])
    .orderBy('t.ngay')
    .orderBy('t.id')
    .execute()) as DonationRow[];
}

export interface DonorRow {
  ma_nha_tai_tro: string;
  ten: string;
  loai: 'CA_NHAN' | 'DOANH_NGHIEP' | 'TO_CHUC';
  /** net of reversals */
  total: string;
  /** provinces the donor gave to */
  provinces: string[];
}
export async function donorsById(db: Db, ids: readonly string[]): Promise<DonorRow[]> {
  if (!ids.length) return [];
  return (await db
    .selectFrom('quy_nha_tai_tro as d')
    .leftJoin('quy_khoan_thu as t', 't.ma_nha_tai_tro', 'd.ma_nha_tai_tro')
    .where('d.ma_nha_tai_tro', 'in', [...ids])
    .groupBy(['d.ma_nha_tai_tro', 'd.ten', 'd.loai'])
    .select([
      'd.ma_nha_tai_tro',
      'd.ten',
      'd.loai',
      sql<string>`coalesce(sum(t.so_tien), 0)::text`.as('total'),
      sql<string[]>`coalesce(array_agg(distinct t.ma_tinh) filter (where t.ma_tinh is not null), '{}')`.as('provinces'),
    ])
    .execute()) as DonorRow[];
}

/** Donations largest first, then by id; `after` is the last row's (amount, id). */
export async function listDonations(
  db: Db,
  filter: { provinceCode: string | null; year: number | null },
  page: { limit: number; after: { amount: string; id: number } | null },
): Promise<{ rows: DonationRow[]; total: number }> {
  let q = donationColumns(db);
  if (filter.provinceCode !== null) q = q.where('t.ma_tinh', '=', filter.provinceCode);
  if (filter.year !== null)
    q = q.where(sql<boolean>`t.ngay >= make_date(${filter.year}, 1, 1) and t.ngay < make_date(${filter.year + 1}, 1, 1)`);
  const total = await db.selectFrom(q.as('q')).select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow();
  const after = page.after;
  if (after)
    q = q.where(sql<boolean>`(t.so_tien < ${after.amount}::bigint or (t.so_tien = ${after.amount}::bigint and t.id > ${after.id}))`);
  const rows = (await q
    .orderBy(sql`t.so_tien`, 'desc')
    .orderBy('t.id')
    .limit(page.limit + 1)
    .execute()) as DonationRow[];
  return { rows, total: Number(total.n) };
}

export interface TraceRow {
  ma_tinh: string;
  ma_xa: string;
  amount: string;
  disbursements: number;
}
export interface TraceFormRow {
  ma_xa: string;
  hinh_thuc: HinhThuc | null;
  children: number;
  events: number;
  amount: string;
}
/**
 * Forwards from one donation: per commune, its money (net of reversals) and the number of live
 * disbursements; per commune and form, the children paid from those disbursements (`hinh_thuc`
 * null: every form, distinct children).
 */
export async function traceDonation(db: Db, id: number): Promise<{ communes: TraceRow[]; forms: TraceFormRow[] }> {
  const communes = await db
    .selectFrom('quy_phan_bo as p')
    .innerJoin('quy_khoan_chi as c', 'c.id', 'p.ma_khoan_chi')
    .where('p.ma_khoan_thu', '=', id)
    .groupBy(['c.ma_tinh', 'c.ma_xa'])
    .select(['c.ma_tinh', 'c.ma_xa', sql<string>`sum(p.so_tien)::text`.as('amount')])
    .orderBy('c.ma_xa')
    .execute();
  const live = db
    .selectFrom('quy_phan_bo as p')
    .innerJoin('quy_khoan_chi as c', 'c.id', 'p.ma_khoan_chi')
    .leftJoin('quy_khoan_chi as r', 'r.dao_nguoc_id', 'c.id')
    .where('p.ma_khoan_thu', '=', id)
    .where('c.dao_nguoc_id', 'is', null)
    .where('r.id', 'is', null)
    .select('c.id');
  const forms = await db
    .selectFrom('tro_giup as g')
    .where('g.ma_khoan_chi', 'in', live)
    .groupBy(sql`grouping sets ((g.ma_xa, g.hinh_thuc), (g.ma_xa))`)
    .select([
      'g.ma_xa',
      sql<HinhThuc | null>`case when grouping(g.hinh_thuc) = 0 then g.hinh_thuc end`.as('hinh_thuc'),
      sql<number>`count(distinct g.ma_tre)`.as('children'),
      sql<number>`count(*)`.as('events'),
      sql<string>`sum(g.so_tien)::text`.as('amount'),
    ])
    .execute();
  const liveCounts = await db
    .selectFrom(live.as('l'))
    .innerJoin('quy_khoan_chi as c', 'c.id', 'l.id')
    .groupBy('c.ma_xa')
    .select(['c.ma_xa', sql<number>`count(*)`.as('n')])
    .execute();
  const byCommune = new Map(liveCounts.map((r) => [r.ma_xa, Number(r.n)]));
  return {
    communes: communes.map((c) => ({ ma_tinh: c.ma_tinh, ma_xa: c.ma_xa, amount: c.amount, disbursements: byCommune.get(c.ma_xa) ?? 0 })),
    forms: forms as TraceFormRow[],
  };
}

export type SourceLevel = 'commune' | 'province' | 'nation';
export interface SourceRow {
  code: string;
  from: string;
  to: string;
  year: number;
  ma_khoan_thu: number;
  amount: string;
}
/** Backwards: per key, the donations the money disbursed in its window and year was drawn on. */
export async function fundSources(db: Db, level: SourceLevel, keys: readonly WindowYear[]): Promise<SourceRow[]> {
  const rows = keys.flatMap((k) => {
    const span = yearSpan(k);
    return span ? [{ code: k.code, win_from: k.from, win_to: k.to, year: k.year, span_from: span.from, span_to: span.to }] : [];
  });
  if (!rows.length) return [];
  const place = level === 'commune' ? sql`c.ma_xa = k.code` : level === 'province' ? sql`c.ma_tinh = k.code` : sql`true`;
  return (await db
    .selectFrom(keyTable('k', rows, { code: 'text', win_from: 'date', win_to: 'date', year: 'int', span_from: 'date', span_to: 'date' }))
    .innerJoin('quy_khoan_chi as c', (j) => j.on(sql<boolean>`${place} and c.ngay >= k.span_from and c.ngay < k.span_to`))
    .innerJoin('quy_phan_bo as p', 'p.ma_khoan_chi', 'c.id')
    .groupBy([sql`k.code`, sql`k.win_from`, sql`k.win_to`, sql`k.year`, 'p.ma_khoan_thu'])
    .having(sql<boolean>`sum(p.so_tien) <> 0`)
    .select([
      sql<string>`k.code`.as('code'),
      sql<string>`k.win_from`.as('from'),
      sql<string>`k.win_to`.as('to'),
      sql<number>`k.year`.as('year'),
      'p.ma_khoan_thu',
      sql<string>`sum(p.so_tien)::text`.as('amount'),
    ])
    .execute()) as SourceRow[];
}

/** Where a report's rows are filed: a commune version's window, a province code, or everywhere. */
export interface ReportScope {
  level: SourceLevel;
  code: string;
  /** the window of row dates, half-open */
  from: string;
  to: string;
  /**
   * On the geography of a date instead: the unit versions whose rows land wholly on the scope
   * there (lib/directory/onto-date.ts). Commune-level donations and every disbursement by their
   * commune; province- and district-level donations by their province.
   */
  onDate?: { communes: RecordWindow[]; provinces: RecordWindow[] };
}

/** `code` filed on `day` under one of `windows`. */
const inAnyWindow = (windows: RecordWindow[], code: string, day: string) => sql<boolean>`exists (select 1 from unnest(
  ${windows.map((w) => w.code)}::text[], ${windows.map((w) => w.from)}::date[], ${windows.map((w) => w.to)}::date[]) as w(code, f, u)
  where w.code = ${sql.ref(code)} and ${sql.ref(day)} >= w.f and ${sql.ref(day)} < w.u)`;
export interface ReportLevelRow {
  year: number;
  cap: CapQuy;
  donations: number;
  cash: string;
  in_kind: string;
  disbursed: string;
  unspent: string;
}
export interface ReportFormRow {
  year: number;
  hinh_thuc: HinhThuc | null;
  children: number;
  events: number;
  amount: string;
}

/**
 * The plan's reporting form for one scope, year by year: per level, donations received (cash,
 * in kind), money of that level disbursed in the scope, and unspent at year end; per form,
 * children paid from the scope's disbursements (`hinh_thuc` null: all forms, distinct children).
 */
export async function fundReport(
  db: Db,
  scope: ReportScope,
  fromYear: number,
  toYear: number,
): Promise<{ levels: ReportLevelRow[]; forms: ReportFormRow[] }> {
  const on = scope.onDate;
  const donationHere = on
    ? sql`((t.cap = 'XA' and ${inAnyWindow(on.communes, 't.ma_don_vi', 't.ngay')}) or (t.cap <> 'XA' and ${inAnyWindow(on.provinces, 't.ma_tinh', 't.ngay')}))`
    : scope.level === 'commune'
      ? sql`t.cap = 'XA' and t.ma_don_vi = ${scope.code}`
      : scope.level === 'province'
        ? sql`t.ma_tinh = ${scope.code}`
        : sql`true`;
  const paidHere = on
    ? inAnyWindow(on.communes, 'c.ma_xa', 'c.ngay')
    : scope.level === 'commune'
      ? sql`c.ma_xa = ${scope.code}`
      : scope.level === 'province'
        ? sql`c.ma_tinh = ${scope.code}`
        : sql`true`;
  const inWindow = (col: string) => sql`${sql.ref(col)} >= ${scope.from}::date and ${sql.ref(col)} < ${scope.to}::date`;
  const years = sql`generate_series(${fromYear}::int, ${toYear}::int)`;
  // y.y: each year; l.l: each level
  const inYear = (col: string) => sql`${sql.ref(col)} >= make_date(y.y, 1, 1) and ${sql.ref(col)} < make_date(y.y + 1, 1, 1)`;
  const byYearEnd = (col: string) => sql`${sql.ref(col)} < make_date(y.y + 1, 1, 1)`;
  const levels = await db
    .selectFrom(sql<{ y: number }>`${years}`.as('y'))
    .crossJoin(sql<{ l: CapQuy }>`unnest(array['XA', 'HUYEN', 'TINH'])`.as('l'))
    .select((eb) => [
      sql<number>`y.y`.as('year'),
      sql<CapQuy>`l.l`.as('cap'),
      sql<number>`(${eb
        .selectFrom('quy_khoan_thu as t')
        .select(sql`count(*)`.as('n'))
        .where(
          sql<boolean>`t.cap = l.l and t.dao_nguoc_id is null and ${donationHere} and ${inWindow('t.ngay')} and ${inYear('t.ngay')}`,
        )})`.as('donations'),
      sql<string>`coalesce((${eb
        .selectFrom('quy_khoan_thu as t')
        .select(sql`sum(t.so_tien)`.as('s'))
        .where(
          sql<boolean>`t.cap = l.l and not t.hien_vat and ${donationHere} and ${inWindow('t.ngay')} and ${inYear('t.ngay')}`,
        )}), 0)::text`.as('cash'),
      sql<string>`coalesce((${eb
        .selectFrom('quy_khoan_thu as t')
        .select(sql`sum(t.so_tien)`.as('s'))
        .where(
          sql<boolean>`t.cap = l.l and t.hien_vat and ${donationHere} and ${inWindow('t.ngay')} and ${inYear('t.ngay')}`,
        )}), 0)::text`.as('in_kind'),
      sql<string>`coalesce((${eb
        .selectFrom('quy_phan_bo as p')
        .innerJoin('quy_khoan_chi as c', 'c.id', 'p.ma_khoan_chi')
        .innerJoin('quy_khoan_thu as t', 't.id', 'p.ma_khoan_thu')
        .select(sql`sum(p.so_tien)`.as('s'))
        .where(sql<boolean>`t.cap = l.l and ${paidHere} and ${inWindow('c.ngay')} and ${inYear('c.ngay')}`)}), 0)::text`.as('disbursed'),
      sql<string>`(coalesce((${eb
        .selectFrom('quy_khoan_thu as t')
        .select(sql`sum(t.so_tien)`.as('s'))
        .where(sql<boolean>`t.cap = l.l and ${donationHere} and ${inWindow('t.ngay')} and ${byYearEnd('t.ngay')}`)}), 0)
        - coalesce((${eb
          .selectFrom('quy_phan_bo as p')
          .innerJoin('quy_khoan_chi as c', 'c.id', 'p.ma_khoan_chi')
          .innerJoin('quy_khoan_thu as t', 't.id', 'p.ma_khoan_thu')
          .select(sql`sum(p.so_tien)`.as('s'))
          .where(sql<boolean>`t.cap = l.l and ${donationHere} and ${inWindow('t.ngay')} and ${byYearEnd('c.ngay')}`)}), 0))::text`.as(
        'unspent',
      ),
    ])
    .execute();
  const forms = await db
    .selectFrom('tro_giup as g')
    .innerJoin('quy_khoan_chi as c', 'c.id', 'g.ma_khoan_chi')
    .where(
      sql<boolean>`${paidHere} and ${inWindow('c.ngay')} and g.ngay >= make_date(${fromYear}::int, 1, 1) and g.ngay < make_date(${toYear}::int + 1, 1, 1)`,
    )
    .groupBy(sql`grouping sets ((extract(year from g.ngay), g.hinh_thuc), (extract(year from g.ngay)))`)
    .select([
      sql<number>`extract(year from g.ngay)::int`.as('year'),
      sql<HinhThuc | null>`case when grouping(g.hinh_thuc) = 0 then g.hinh_thuc end`.as('hinh_thuc'),
      sql<number>`count(distinct g.ma_tre)`.as('children'),
      sql<number>`count(*)`.as('events'),
      sql<string>`sum(g.so_tien)::text`.as('amount'),
    ])
    .execute();
  // Cast: the levels are selected under grouping-set aliases Kysely cannot type; ReportLevelRow names them.
  return { levels: levels as unknown as ReportLevelRow[], forms: forms as ReportFormRow[] };
}

export interface BalanceRow {
  cap: CapQuy;
  ma_don_vi: string;
  chi_dinh_xa: string | null;
  chi_dinh_chuong_trinh: string | null;
  chi_dinh_hinh_thuc: HinhThuc | null;
  unspent: string;
  donations: number;
  oldest: string;
  oldest_age: number;
  mean_age: number;
}
/** Unspent money in a province on `asOf` (end of day), per level, unit and earmark, with its age. */
export async function fundBalances(db: Db, provinceCode: string, asOf: string, onDate?: ReportScope['onDate']): Promise<BalanceRow[]> {
  return (await db
    .with('con', (qb) =>
      qb
        .selectFrom('quy_khoan_thu as t')
        .where('t.dao_nguoc_id', 'is', null)
        .where(
          onDate
            ? sql<boolean>`((t.cap = 'XA' and ${inAnyWindow(onDate.communes, 't.ma_don_vi', 't.ngay')}) or (t.cap <> 'XA' and ${inAnyWindow(onDate.provinces, 't.ma_tinh', 't.ngay')}))`
            : sql<boolean>`t.ma_tinh = ${provinceCode}`,
        )
        .where(sql<boolean>`t.ngay <= ${asOf}::date`)
        .select((eb) => [
          't.cap',
          't.ma_don_vi',
          't.chi_dinh_xa',
          't.chi_dinh_chuong_trinh',
          't.chi_dinh_hinh_thuc',
          't.ngay',
          sql<string>`t.so_tien
            + coalesce(${eb.selectFrom('quy_khoan_thu as r').select(sql`sum(r.so_tien)`.as('s')).whereRef('r.dao_nguoc_id', '=', 't.id').where(sql<boolean>`r.ngay <= ${asOf}::date`)}, 0)
            - coalesce(${eb.selectFrom('quy_phan_bo as p').innerJoin('quy_khoan_chi as c', 'c.id', 'p.ma_khoan_chi').select(sql`sum(p.so_tien)`.as('s')).whereRef('p.ma_khoan_thu', '=', 't.id').where(sql<boolean>`c.ngay <= ${asOf}::date`)}, 0)`.as(
            'con_lai',
          ),
        ]),
    )
    .selectFrom('con')
    .where(sql<boolean>`con_lai > 0`)
    .groupBy(['cap', 'ma_don_vi', 'chi_dinh_xa', 'chi_dinh_chuong_trinh', 'chi_dinh_hinh_thuc'])
    .select([
      'cap',
      'ma_don_vi',
      'chi_dinh_xa',
      'chi_dinh_chuong_trinh',
      'chi_dinh_hinh_thuc',
      sql<string>`sum(con_lai)::text`.as('unspent'),
      sql<number>`count(*)`.as('donations'),
      sql<string>`min(ngay)`.as('oldest'),
      sql<number>`(${asOf}::date - min(ngay))`.as('oldest_age'),
      sql<number>`floor(sum(con_lai * (${asOf}::date - ngay)) / sum(con_lai))::int`.as('mean_age'),
    ])
    .orderBy(sql`case cap when 'TINH' then 0 when 'HUYEN' then 1 else 2 end`)
    .orderBy('ma_don_vi')
    .orderBy(sql`sum(con_lai)`, 'desc')
    .execute()) as BalanceRow[];
}

export interface CountCellRow {
  year: number;
  /** null: the nation */
  ma_tinh: string | null;
  /** null: the whole province (or nation) */
  ma_xa: string | null;
  /** null: every form, distinct children */
  hinh_thuc: HinhThuc | null;
  children: number;
  events: number;
}
/**
 * Children paid from the fund in each year, per form and over all forms, for the nation, each
 * province code (disbursements filed under it) and each commune code: the cells the published
 * suppression pattern is computed on (fund-disclosure.ts). The same rows and counts as
 * `fundReport` for the nation and a province as filed.
 */
export async function fundCountCells(db: Db, fromYear: number, toYear: number): Promise<CountCellRow[]> {
  const year = sql`extract(year from g.ngay)::int`;
  const rows = await db
    .selectFrom('tro_giup as g')
    .innerJoin('quy_khoan_chi as c', 'c.id', 'g.ma_khoan_chi')
    .where(sql<boolean>`g.ngay >= make_date(${fromYear}::int, 1, 1) and g.ngay < make_date(${toYear}::int + 1, 1, 1)`)
    .groupBy(
      sql`grouping sets ((${year}, g.hinh_thuc), (${year}), (${year}, c.ma_tinh, g.hinh_thuc), (${year}, c.ma_tinh),
        (${year}, c.ma_tinh, c.ma_xa, g.hinh_thuc), (${year}, c.ma_tinh, c.ma_xa))`,
    )
    .select([
      sql<number>`${year}`.as('year'),
      sql<string | null>`case when grouping(c.ma_tinh) = 0 then c.ma_tinh end`.as('ma_tinh'),
      sql<string | null>`case when grouping(c.ma_xa) = 0 then c.ma_xa end`.as('ma_xa'),
      sql<HinhThuc | null>`case when grouping(g.hinh_thuc) = 0 then g.hinh_thuc end`.as('hinh_thuc'),
      sql<number>`count(distinct g.ma_tre)::int`.as('children'),
      sql<number>`count(*)::int`.as('events'),
    ])
    .execute();
  return rows as CountCellRow[];
}
