import type { FilingLevel } from '../../../lib/directory/lineage.ts';
import type { WindowYear } from '../../../lib/periods.ts';
import { sql, type ExpressionBuilder, type Kysely, type RawBuilder } from 'kysely';
import { insertInChunks, keyTable } from '../../../lib/db.ts';
import {
  HINH_THUC,
  NGUON,
  type LabourDB,
  type NewBaoCao,
  type NewCuTru,
  type NewHoanCanh,
  type NewHoNgheo,
  type NewKhoanChi,
  type NewKhoanThu,
  type NewPhanBo,
  type NewNhaTaiTro,
  type NewTreEm,
  type NewTroGiup,
} from './tables.ts';

/**
 * Every SQL statement of the labour subgraph. Read functions take a batch of keys (a unit
 * version's half-open window of row dates plus a calendar year) and run ONE statement joining
 * the native tables to `keyTable()`, grouped by key. No function returns child-level rows.
 */
type Db = Kysely<LabourDB>;

/** Which code column of the native rows a key is matched against. */
const unitColumn = (level: FilingLevel) => (level === 'commune' ? 'ma_xa' : 'ma_tinh');

export const yearEnd = (year: number) => `${year}-12-31`;
/** Whether the window holds 31 December of the key's year (the day children are counted). */
export const holdsYearEnd = (k: WindowYear) => k.from <= yearEnd(k.year) && yearEnd(k.year) < k.to;
/** The part of the key's year inside the window, half-open; null when they do not overlap. */
export function yearSpan(k: WindowYear): { from: string; to: string } | null {
  const from = k.from > `${k.year}-01-01` ? k.from : `${k.year}-01-01`;
  const to = k.to < `${k.year + 1}-01-01` ? k.to : `${k.year + 1}-01-01`;
  return from < to ? { from, to } : null;
}

interface KeyRow extends Record<string, string | number> {
  code: string;
  win_from: string;
  win_to: string;
  year: number;
  ref: string;
  span_from: string;
  span_to: string;
}
const KEY_TYPES = { code: 'text', win_from: 'date', win_to: 'date', year: 'int', ref: 'date', span_from: 'date', span_to: 'date' } as const;
function keyRows(keys: readonly WindowYear[]): KeyRow[] {
  return keys.flatMap((k) => {
    const span = yearSpan(k);
    return span
      ? [{ code: k.code, win_from: k.from, win_to: k.to, year: k.year, ref: yearEnd(k.year), span_from: span.from, span_to: span.to }]
      : [];
  });
}
const keyColumns = ['k.code', 'k.win_from', 'k.win_to', 'k.year'] as const;
const keySelection = [
  sql<string>`k.code`.as('code'),
  sql<string>`k.win_from`.as('from'),
  sql<string>`k.win_to`.as('to'),
  sql<number>`k.year`.as('year'),
];

export const AGE_BANDS = [
  { band: 'AGE_0_2', min: 0, max: 2 },
  { band: 'AGE_3_5', min: 3, max: 5 },
  { band: 'AGE_6_10', min: 6, max: 10 },
  { band: 'AGE_11_15', min: 11, max: 15 },
] as const;
export const CIRCUMSTANCE_GROUPS = Array.from({ length: 16 }, (_, i) => i + 1);

/**
 * The art. 10 groups of children harmed by violence or abuse, as this register numbers them
 * (9: seriously harmed in body or mind by violence; 11: sexually abused): the population of
 * Decision 1863/QĐ-TTg's target "100% of child victims of violence or abuse are supported".
 */
export const VIOLENCE_OR_ABUSE_GROUPS = [9, 11];

/**
 * A resident child's (`r`) special-circumstance groups on the key's 31 December (`k.ref`), read
 * once for both flags: `hc.any_group`, and `hc.abuse_group` (a victim of violence or abuse).
 */
export const groupsAtYearEnd = (eb: ExpressionBuilder<LabourDB & { r: LabourDB['tre_em_cu_tru'] }, 'r'>) =>
  eb
    .selectFrom('tre_em_hoan_canh as h')
    .select([
      sql<boolean>`count(*) > 0`.as('any_group'),
      sql<boolean>`coalesce(bool_or(h.nhom in (${sql.join(VIOLENCE_OR_ABUSE_GROUPS)})), false)`.as('abuse_group'),
    ])
    .whereRef('h.ma_tre', '=', 'r.ma_tre')
    .where(sql<boolean>`h.tu_ngay <= k.ref and (h.den_ngay is null or h.den_ngay > k.ref)`)
    .as('hc');

/** Whether child `r` was given any support during the key's year: the one meaning of "supported". */
export const supportedInYear = (eb: ExpressionBuilder<LabourDB & { r: LabourDB['tre_em_cu_tru'] }, 'r'>) =>
  eb
    .exists(
      eb
        .selectFrom('tro_giup as s')
        .select(sql`1`.as('one'))
        .whereRef('s.ma_tre', '=', 'r.ma_tre')
        .where(sql<boolean>`s.ngay >= make_date(k.year, 1, 1) and s.ngay < make_date(k.year + 1, 1, 1)`),
    )
    .as('supported');

const count = (filter: RawBuilder<unknown>) => sql<number>`count(*) filter (where ${filter})`;

export interface PopulationRow {
  code: string;
  from: string;
  to: string;
  year: number;
  total: number;
  poor: number;
  near_poor: number;
  special: number;
  in_need: number;
  /** age_<min>: children of that band */
  [column: string]: string | number;
}

/**
 * Children resident on 31 December of each key's year (when the window holds that day):
 * totals, age bands, household poverty that year, special circumstances in force that day
 * (by art. 10 group). Keys whose window does not hold 31 December, or with no child
 * resident, have no row.
 */
export async function childPopulation(db: Db, level: FilingLevel, keys: readonly WindowYear[]): Promise<PopulationRow[]> {
  const rows = keyRows(keys.filter(holdsYearEnd));
  if (!rows.length) return [];
  const unit = sql.ref(`r.${unitColumn(level)}`);
  const age = sql<number>`date_part('year', age(k.ref, t.ngay_sinh))`;
  const special = sql`hc.nhom is not null`;
  const poorOrNear = sql`hn.muc is not null`;
  const result = await db
    .selectFrom(keyTable('k', rows, KEY_TYPES))
    .innerJoin('tre_em_cu_tru as r', (join) =>
      join.on(sql<boolean>`${unit} = k.code and r.tu_ngay <= k.ref and (r.den_ngay is null or r.den_ngay > k.ref)`),
    )
    .innerJoin('tre_em as t', 't.ma_tre', 'r.ma_tre')
    .leftJoin('tre_em_ho_ngheo as hn', (join) => join.onRef('hn.ma_tre', '=', 'r.ma_tre').on(sql<boolean>`hn.nam = k.year`))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('tre_em_hoan_canh as h')
          .select(sql<number[] | null>`array_agg(distinct h.nhom)`.as('nhom'))
          .whereRef('h.ma_tre', '=', 'r.ma_tre')
          .where(sql<boolean>`h.tu_ngay <= k.ref and (h.den_ngay is null or h.den_ngay > k.ref)`)
          .as('hc'),
      (join) => join.onTrue(),
    )
    .select([
      ...keySelection,
      sql<number>`count(*)`.as('total'),
      ...AGE_BANDS.map((b) => count(sql`${age} between ${sql.lit(b.min)} and ${sql.lit(b.max)}`).as(`age_${b.min}`)),
      count(sql`hn.muc = 'NGHEO'`).as('poor'),
      count(sql`hn.muc = 'CAN_NGHEO'`).as('near_poor'),
      count(special).as('special'),
      count(sql`${special} or ${poorOrNear}`).as('in_need'),
      ...CIRCUMSTANCE_GROUPS.map((g) => count(sql`${sql.lit(g)} = any(hc.nhom)`).as(`nhom_${g}`)),
    ])
    .groupBy([...keyColumns])
    .execute();
  // Cast: the columns are selected by computed names (one per form, source and band), which Kysely cannot type; PopulationRow names them.
  return result as unknown as PopulationRow[];
}

/** Children of one commune version's last day, counted by the commune code they live in on the next day. */
export interface OnwardRow {
  code: string;
  last_day: string;
  onward_code: string;
  children: number;
}

/**
 * Where the children resident in each version on its last day (inclusive) live on the next day:
 * the weight that apportions a divided commune's figures among its successors (and a new
 * commune's among its predecessors). Children with no residence that next day have no row.
 */
export async function onwardResidence(db: Db, keys: readonly { code: string; lastDay: string }[]): Promise<OnwardRow[]> {
  if (!keys.length) return [];
  const k = keyTable(
    'k',
    keys.map((x) => ({ code: x.code, last_day: x.lastDay })),
    { code: 'text', last_day: 'date' },
  );
  const result = await db
    .selectFrom(k)
    .innerJoin('tre_em_cu_tru as r', (join) =>
      join.on(sql<boolean>`r.ma_xa = k.code and r.tu_ngay <= k.last_day and (r.den_ngay is null or r.den_ngay > k.last_day)`),
    )
    .innerJoin('tre_em_cu_tru as n', (join) =>
      join.on(sql<boolean>`n.ma_tre = r.ma_tre and n.tu_ngay <= k.last_day + 1 and (n.den_ngay is null or n.den_ngay > k.last_day + 1)`),
    )
    .select([
      sql<string>`k.code`.as('code'),
      sql<string>`k.last_day::text`.as('last_day'),
      sql<string>`n.ma_xa`.as('onward_code'),
      sql<number>`count(*)::int`.as('children'),
    ])
    .groupBy([sql`k.code`, sql`k.last_day`, sql`n.ma_xa`])
    .execute();
  return result as OnwardRow[];
}

export interface SupportRow {
  code: string;
  from: string;
  to: string;
  year: number;
  /** children on the register resident in the window at some time during the year */
  registered: number;
  /** residents on 31 December (null when the window does not hold that day) */
  resident_year_end: number | null;
  special: number | null;
  special_supported: number | null;
  poor_or_near: number | null;
  poor_or_near_supported: number | null;
  in_need: number | null;
  in_need_supported: number | null;
  abuse_victims: number | null;
  abuse_victims_supported: number | null;
  events: number;
  children_supported: number;
  /** VND, exact */
  amount: string;
  /** ev_<hinh_thuc>, ch_<hinh_thuc>, am_<hinh_thuc>, ev_<nguon>, am_<nguon> */
  [column: string]: string | number | null;
}

/**
 * Support in each key's year: events filed under the unit inside the window (by form and
 * source, distinct children, amount), and, for residents on 31 December, how many children in
 * special circumstances / of poor or near-poor households received any support that year
 * (wherever it was filed). Keys whose window misses the year have no row.
 */
export async function childSupport(db: Db, level: FilingLevel, keys: readonly WindowYear[]): Promise<SupportRow[]> {
  const rows = keyRows(keys);
  if (!rows.length) return [];
  const col = unitColumn(level);
  const yearEndHeld = sql`k.ref >= k.win_from and k.ref < k.win_to`;
  const result = await db
    .with('k', (qb) => qb.selectFrom(keyTable('kt', rows, KEY_TYPES)).selectAll())
    .with('ev', (qb) =>
      qb
        .selectFrom('k')
        .innerJoin('tro_giup as g', (join) =>
          join.on(sql<boolean>`${sql.ref(`g.${col}`)} = k.code and g.ngay >= k.span_from and g.ngay < k.span_to`),
        )
        .select([
          ...keyColumns.map((c) => sql.ref(c).as(c.slice(2))),
          sql<number>`count(*)`.as('events'),
          sql<number>`count(distinct g.ma_tre)`.as('children_supported'),
          sql<string>`coalesce(sum(g.so_tien), 0)::text`.as('amount'),
          ...HINH_THUC.flatMap((f) => [
            sql<number>`count(*) filter (where g.hinh_thuc = ${f})`.as(`ev_${f}`),
            sql<number>`count(distinct g.ma_tre) filter (where g.hinh_thuc = ${f})`.as(`ch_${f}`),
            sql<string>`coalesce(sum(g.so_tien) filter (where g.hinh_thuc = ${f}), 0)::text`.as(`am_${f}`),
          ]),
          ...NGUON.flatMap((s) => [
            sql<number>`count(*) filter (where g.nguon = ${s})`.as(`ev_${s}`),
            sql<string>`coalesce(sum(g.so_tien) filter (where g.nguon = ${s}), 0)::text`.as(`am_${s}`),
          ]),
        ])
        .groupBy([...keyColumns]),
    )
    .with('res', (qb) =>
      qb
        .selectFrom('k')
        .innerJoin('tre_em_cu_tru as r', (join) =>
          join.on(
            sql<boolean>`${sql.ref(`r.${col}`)} = k.code and r.tu_ngay < k.span_to and (r.den_ngay is null or r.den_ngay > k.span_from)`,
          ),
        )
        .leftJoin('tre_em_ho_ngheo as hn', (join) => join.onRef('hn.ma_tre', '=', 'r.ma_tre').on(sql<boolean>`hn.nam = k.year`))
        // The child's special-circumstance groups on 31 December, read once for both flags.
        .leftJoinLateral(groupsAtYearEnd, (join) => join.onTrue())
        .select((eb) => [
          ...keyColumns.map((c) => sql.ref(c).as(c.slice(2))),
          sql.ref('r.ma_tre').as('ma_tre'),
          sql<boolean>`${yearEndHeld} and r.tu_ngay <= k.ref and (r.den_ngay is null or r.den_ngay > k.ref)`.as('at_year_end'),
          sql<boolean>`hn.muc is not null`.as('poor_or_near'),
          sql<boolean>`hc.any_group`.as('special'),
          sql<boolean>`hc.abuse_group`.as('abuse_victim'),
          supportedInYear(eb),
        ]),
    )
    .with('pop', (qb) =>
      qb
        .selectFrom('res')
        .select([
          'res.code',
          'res.win_from',
          'res.win_to',
          'res.year',
          sql<number>`count(distinct res.ma_tre)`.as('registered'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end)`.as('resident_year_end'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and special)`.as('special'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and special and supported)`.as('special_supported'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and poor_or_near)`.as('poor_or_near'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and poor_or_near and supported)`.as('poor_or_near_supported'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and (special or poor_or_near))`.as('in_need'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and (special or poor_or_near) and supported)`.as(
            'in_need_supported',
          ),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and abuse_victim)`.as('abuse_victims'),
          sql<number>`count(distinct res.ma_tre) filter (where at_year_end and abuse_victim and supported)`.as('abuse_victims_supported'),
        ])
        .groupBy(['res.code', 'res.win_from', 'res.win_to', 'res.year']),
    )
    .selectFrom('k')
    .leftJoin('ev', (join) =>
      join.on(sql<boolean>`ev.code = k.code and ev.win_from = k.win_from and ev.win_to = k.win_to and ev.year = k.year`),
    )
    .leftJoin('pop', (join) =>
      join.on(sql<boolean>`pop.code = k.code and pop.win_from = k.win_from and pop.win_to = k.win_to and pop.year = k.year`),
    )
    .select([
      ...keySelection,
      sql<number>`coalesce(pop.registered, 0)`.as('registered'),
      ...[
        'resident_year_end',
        'special',
        'special_supported',
        'poor_or_near',
        'poor_or_near_supported',
        'in_need',
        'in_need_supported',
        'abuse_victims',
        'abuse_victims_supported',
      ].map((c) => sql<number | null>`case when ${yearEndHeld} then coalesce(${sql.ref(`pop.${c}`)}, 0) end`.as(c)),
      ...[
        'events',
        'children_supported',
        'amount',
        ...HINH_THUC.flatMap((f) => [`ev_${f}`, `ch_${f}`, `am_${f}`]),
        ...NGUON.flatMap((s) => [`ev_${s}`, `am_${s}`]),
      ].map((c) =>
        sql<number | string>`coalesce(${sql.ref(`ev.${c}`)}, ${c === 'amount' || c.startsWith('am_') ? sql.lit('0') : sql.lit(0)})`.as(c),
      ),
    ])
    .execute();
  // Cast: the columns are selected by computed names (one per form, source and band), which Kysely cannot type; SupportRow names them.
  return result as unknown as SupportRow[];
}

export interface FundRow {
  code: string;
  from: string;
  to: string;
  year: number;
  /** VND, exact, net of reversals */
  disbursed: string;
  disbursements: number;
  /** VND, exact, net of reversals */
  donated: string;
  donations: number;
}

/**
 * The Child Protection Fund in each key's year, inside the window: disbursements to the unit
 * and (for provinces) donations received at any level of the province. Keys whose window
 * misses the year have no row.
 */
export async function childProtectionFund(db: Db, level: FilingLevel, keys: readonly WindowYear[]): Promise<FundRow[]> {
  const rows = keyRows(keys);
  if (!rows.length) return [];
  const col = unitColumn(level);
  const result = await db
    .selectFrom(keyTable('k', rows, KEY_TYPES))
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('quy_khoan_chi as c')
          .select([
            sql<string>`coalesce(sum(c.so_tien), 0)::text`.as('amount'),
            sql<number>`count(*) filter (where c.dao_nguoc_id is null) - count(*) filter (where c.dao_nguoc_id is not null)`.as('n'),
          ])
          .where(sql<boolean>`${sql.ref(`c.${col}`)} = k.code and c.ngay >= k.span_from and c.ngay < k.span_to`)
          .as('chi'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('quy_khoan_thu as t')
          .select([
            sql<string>`coalesce(sum(t.so_tien), 0)::text`.as('amount'),
            sql<number>`count(*) filter (where t.dao_nguoc_id is null)`.as('n'),
          ])
          .where(
            level === 'province'
              ? sql<boolean>`t.ma_tinh = k.code and t.ngay >= k.span_from and t.ngay < k.span_to`
              : sql<boolean>`t.cap = 'XA' and t.ma_don_vi = k.code and t.ngay >= k.span_from and t.ngay < k.span_to`,
          )
          .as('thu'),
      (join) => join.onTrue(),
    )
    .select([
      ...keySelection,
      sql<number>`chi.amount`.as('disbursed'),
      sql<number>`chi.n`.as('disbursements'),
      sql<number>`thu.amount`.as('donated'),
      sql<number>`thu.n`.as('donations'),
    ])
    .execute();
  // Cast: the columns are selected by computed names (one per form, source and band), which Kysely cannot type; FundRow names them.
  return result as unknown as FundRow[];
}

export interface ReportingRow {
  code: string;
  from: string;
  to: string;
  year: number;
  six_month_submitted_on: string | null;
  yearly_submitted_on: string | null;
  communes_reporting_six_month: number;
  communes_reporting_yearly: number;
}

/**
 * Report submissions for each key's year filed under the unit and dated inside the window:
 * the first submission date of each period (for a commune), and how many communes submitted
 * (for a province). Keys whose window misses the year have no row.
 */
export async function labourReporting(db: Db, level: FilingLevel, keys: readonly WindowYear[]): Promise<ReportingRow[]> {
  const rows = keyRows(keys);
  if (!rows.length) return [];
  const col = unitColumn(level);
  const result = await db
    .selectFrom(keyTable('k', rows, KEY_TYPES))
    .leftJoin('bao_cao_xa as b', (join) =>
      join.on(sql<boolean>`${sql.ref(`b.${col}`)} = k.code and b.nam = k.year and b.ngay_nop >= k.win_from and b.ngay_nop < k.win_to`),
    )
    .select([
      ...keySelection,
      sql<string | null>`min(b.ngay_nop) filter (where b.ky = '6T')`.as('six_month_submitted_on'),
      sql<string | null>`min(b.ngay_nop) filter (where b.ky = 'NAM')`.as('yearly_submitted_on'),
      sql<number>`count(distinct b.ma_xa) filter (where b.ky = '6T')`.as('communes_reporting_six_month'),
      sql<number>`count(distinct b.ma_xa) filter (where b.ky = 'NAM')`.as('communes_reporting_yearly'),
    ])
    .groupBy([...keyColumns])
    .execute();
  // Cast: the columns are selected by computed names (one per form, source and band), which Kysely cannot type; ReportingRow names them.
  return result as unknown as ReportingRow[];
}

// ---- Writes (demo generator and loaders) ----

/** Removes every row (children last, for the foreign keys). */
export async function clearAll(db: Db): Promise<void> {
  // The fund ledger is append-only (its triggers refuse a delete): this empties a fresh
  // database's tables, and fails loudly on a ledger that holds money.
  for (const table of [
    'tro_giup',
    'tre_em_cu_tru',
    'tre_em_ho_ngheo',
    'tre_em_hoan_canh',
    'tre_em',
    'quy_phan_bo',
    'quy_khoan_chi',
    'quy_khoan_thu',
    'quy_nha_tai_tro',
    'bao_cao_xa',
  ] as const) {
    await db.deleteFrom(table).execute();
  }
}
/**
 * Bulk insert as `insert … select * from unnest($1::text[], …)`: one array parameter per
 * column, so a chunk of many thousand rows costs one statement and a handful of parameters.
 */
type ColumnType = 'text' | 'date' | 'int' | 'numeric' | 'boolean';
function bulkInsert<T extends keyof LabourDB, R extends object>(table: T, types: { [K in keyof R]-?: ColumnType }) {
  return (db: Db, rows: readonly R[]) =>
    insertInChunks(
      rows,
      (chunk) =>
        db
          .insertInto(table)
          // Cast: bulk inserts name their columns at run time (one helper for every table); the key-table types list them.
          .columns(Object.keys(types) as never)
          .expression(
            db
              .selectFrom(keyTable('x', chunk as unknown as Record<string, string | number | null>[], types as Record<string, ColumnType>))
              .selectAll() as never,
          )
          .execute(),
      20_000,
    );
}
export const insertChildren = bulkInsert<'tre_em', NewTreEm>('tre_em', {
  ma_tre: 'text',
  ho_ten: 'text',
  ngay_sinh: 'date',
  gioi_tinh: 'text',
  dan_toc: 'text',
});
export const insertResidences = bulkInsert<'tre_em_cu_tru', Omit<NewCuTru, 'id'>>('tre_em_cu_tru', {
  ma_tre: 'text',
  ma_tinh: 'text',
  ma_huyen: 'text',
  ma_xa: 'text',
  tu_ngay: 'date',
  den_ngay: 'date',
});
export const insertPoverty = bulkInsert<'tre_em_ho_ngheo', NewHoNgheo>('tre_em_ho_ngheo', { ma_tre: 'text', nam: 'int', muc: 'text' });
export const insertCircumstances = bulkInsert<'tre_em_hoan_canh', Omit<NewHoanCanh, 'id'>>('tre_em_hoan_canh', {
  ma_tre: 'text',
  nhom: 'int',
  tu_ngay: 'date',
  den_ngay: 'date',
});
export const insertSupport = bulkInsert<'tro_giup', Omit<NewTroGiup, 'id'>>('tro_giup', {
  ma_tre: 'text',
  ma_tinh: 'text',
  ma_huyen: 'text',
  ma_xa: 'text',
  ngay: 'date',
  hinh_thuc: 'text',
  nguon: 'text',
  so_tien: 'numeric',
  ma_khoan_chi: 'int',
});
export const insertDonors = bulkInsert<'quy_nha_tai_tro', NewNhaTaiTro>('quy_nha_tai_tro', {
  ma_nha_tai_tro: 'text',
  ten: 'text',
  loai: 'text',
});
/**
 * The ledger's bulk writes carry their ids (allocations point at them); `ledgerIdsFollow`
 * moves the sequences past them. The database checks every row (migration 0004).
 */
export type LedgerDonation = Required<Omit<NewKhoanThu, 'hien_vat' | 'dao_nguoc_id' | 'ghi_chu'>> & { hien_vat: string };
export type LedgerDisbursement = Required<Omit<NewKhoanChi, 'dao_nguoc_id'>>;
export type LedgerAllocation = Omit<NewPhanBo, 'id'>;
export const insertDonations = bulkInsert<'quy_khoan_thu', LedgerDonation>('quy_khoan_thu', {
  id: 'int',
  ngay: 'date',
  ma_nha_tai_tro: 'text',
  so_tien: 'numeric',
  cap: 'text',
  ma_tinh: 'text',
  ma_don_vi: 'text',
  hien_vat: 'boolean',
  mo_ta_hien_vat: 'text',
  chi_dinh_xa: 'text',
  chi_dinh_chuong_trinh: 'text',
  chi_dinh_hinh_thuc: 'text',
});
export const insertDisbursements = bulkInsert<'quy_khoan_chi', LedgerDisbursement>('quy_khoan_chi', {
  id: 'int',
  ngay: 'date',
  ma_tinh: 'text',
  ma_huyen: 'text',
  ma_xa: 'text',
  so_tien: 'numeric',
  muc_dich: 'text',
  chuong_trinh: 'text',
  hinh_thuc: 'text',
  nguoi_duyet: 'text',
});
export const insertAllocations = bulkInsert<'quy_phan_bo', LedgerAllocation>('quy_phan_bo', {
  ma_khoan_chi: 'int',
  ma_khoan_thu: 'int',
  so_tien: 'numeric',
});
export async function ledgerIdsFollow(db: Db): Promise<void> {
  for (const table of ['quy_khoan_thu', 'quy_khoan_chi'] as const) {
    await db
      .selectFrom(table)
      .select(sql<string>`setval(pg_get_serial_sequence(tableoid::regclass::text, 'id'), max(id))`.as('next'))
      .groupBy(sql`tableoid`)
      .execute();
  }
}
export const insertReports = bulkInsert<'bao_cao_xa', Omit<NewBaoCao, 'id'>>('bao_cao_xa', {
  ma_tinh: 'text',
  ma_xa: 'text',
  nam: 'int',
  ky: 'text',
  ngay_nop: 'date',
});
