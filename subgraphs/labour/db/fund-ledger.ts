import { sql, type Kysely, type Transaction } from 'kysely';
import type { CapQuy, HinhThuc, LabourDB, Nguon } from './tables.ts';

/**
 * Writes to the Child Protection Fund ledger. Each call is one transaction: either everything
 * it writes is committed or nothing is. The database (migration 0004) checks every invariant;
 * this module allocates by the documented rule (../fund-rules.ts), in SQL, and turns the
 * database's refusals (SQLSTATE QB001–QB011) into coded FundErrors.
 */
type Db = Kysely<LabourDB>;

export const FUND_ERROR_CODES = {
  QB001: 'FUND_APPEND_ONLY',
  QB002: 'FUND_OVERDRAWN',
  QB003: 'FUND_EARMARK_VIOLATED',
  QB004: 'FUND_LEVEL_MISMATCH',
  QB005: 'FUND_NOT_YET_RECEIVED',
  QB006: 'FUND_REVERSAL_REFUSED',
  QB007: 'FUND_UNTRACED',
  QB008: 'FUND_SUPPORT_EXCEEDS_DISBURSEMENT',
  QB009: 'FUND_SUPPORT_SOURCE',
  QB010: 'FUND_DISBURSEMENT_REVERSED',
  QB011: 'FUND_SUPPORT_ELSEWHERE',
} as const;
export type FundErrorCode =
  | (typeof FUND_ERROR_CODES)[keyof typeof FUND_ERROR_CODES]
  | 'FUND_INSUFFICIENT'
  | 'FUND_BAD_AMOUNT'
  | 'FUND_NOT_FOUND';

export class FundError extends Error {
  readonly code: FundErrorCode;
  constructor(code: FundErrorCode, message: string) {
    super(message);
    this.code = code;
    this.name = 'FundError';
  }
}

/** A database refusal as a FundError; anything else unchanged. */
export function fundErrorOf(err: unknown): unknown {
  const state = (err as { code?: string } | null)?.code;
  if (state && state in FUND_ERROR_CODES)
    return new FundError(FUND_ERROR_CODES[state as keyof typeof FUND_ERROR_CODES], (err as Error).message);
  return err;
}

/** Runs `work` in its own transaction, or inside the caller's (a file import writes all or nothing). */
async function inTransaction<T>(db: Db, work: (trx: Transaction<LabourDB>) => Promise<T>): Promise<T> {
  try {
    return db.isTransaction ? await work(db as Transaction<LabourDB>) : await db.transaction().execute(work);
  } catch (err) {
    throw fundErrorOf(err);
  }
}

/** Integer VND as the decimal string the database and the API carry. */
export function vnd(amount: bigint | number | string): string {
  const text = String(amount);
  if (!/^-?\d+$/.test(text)) throw new FundError('FUND_BAD_AMOUNT', `amount ${text} is not a whole number of đồng`);
  return BigInt(text).toString();
}

export interface DonationInput {
  ngay: string;
  ma_nha_tai_tro: string;
  so_tien: bigint | number | string;
  cap: CapQuy;
  ma_tinh: string;
  ma_don_vi: string;
  hien_vat?: boolean;
  mo_ta_hien_vat?: string | null;
  chi_dinh_xa?: string | null;
  chi_dinh_chuong_trinh?: string | null;
  chi_dinh_hinh_thuc?: HinhThuc | null;
  ghi_chu?: string | null;
}

export async function recordDonation(db: Db, d: DonationInput): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('quy_khoan_thu')
      .values({
        ngay: d.ngay,
        ma_nha_tai_tro: d.ma_nha_tai_tro,
        so_tien: vnd(d.so_tien),
        cap: d.cap,
        ma_tinh: d.ma_tinh,
        ma_don_vi: d.ma_don_vi,
        hien_vat: d.hien_vat ?? false,
        mo_ta_hien_vat: d.mo_ta_hien_vat ?? null,
        chi_dinh_xa: d.chi_dinh_xa ?? null,
        chi_dinh_chuong_trinh: d.chi_dinh_chuong_trinh ?? null,
        chi_dinh_hinh_thuc: d.chi_dinh_hinh_thuc ?? null,
        ghi_chu: d.ghi_chu ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

export interface DisbursementInput {
  ngay: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  so_tien: bigint | number | string;
  muc_dich: string;
  nguoi_duyet: string;
  chuong_trinh?: string | null;
  hinh_thuc?: HinhThuc | null;
  /** Named donations and amounts; omitted: allocated by the rule (../fund-rules.ts). */
  from?: { ma_khoan_thu: number; so_tien: bigint | number | string }[];
}

export async function recordDisbursement(db: Db, c: DisbursementInput): Promise<number> {
  const amount = vnd(c.so_tien);
  if (BigInt(amount) <= 0n) throw new FundError('FUND_BAD_AMOUNT', 'a disbursement is a positive amount; a correction is a reversal');
  return inTransaction(db, async (trx) => {
    const { id } = await trx
      .insertInto('quy_khoan_chi')
      .values({
        ngay: c.ngay,
        ma_tinh: c.ma_tinh,
        ma_huyen: c.ma_huyen,
        ma_xa: c.ma_xa,
        so_tien: amount,
        muc_dich: c.muc_dich,
        nguoi_duyet: c.nguoi_duyet,
        chuong_trinh: c.chuong_trinh ?? null,
        hinh_thuc: c.hinh_thuc ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (c.from) {
      for (const f of c.from)
        await trx
          .insertInto('quy_phan_bo')
          .values({ ma_khoan_chi: id, ma_khoan_thu: f.ma_khoan_thu, so_tien: vnd(f.so_tien) })
          .execute();
    } else {
      await allocateByRule(trx, id, amount);
    }
    return id;
  });
}

/**
 * The rule in one statement: lock the donations that may pay the disbursement (so concurrent
 * writers queue on them), then take from each in rule order until the amount is reached.
 */
const ELIGIBLE = sql<boolean>`t.dao_nguoc_id is null and t.ngay <= c.ngay and t.ma_tinh = c.ma_tinh
  and (t.cap = 'TINH' and t.ma_don_vi = c.ma_tinh or t.cap = 'HUYEN' and t.ma_don_vi = c.ma_huyen or t.cap = 'XA' and t.ma_don_vi = c.ma_xa)
  and (t.chi_dinh_xa is null or t.chi_dinh_xa = c.ma_xa)
  and (t.chi_dinh_chuong_trinh is null or t.chi_dinh_chuong_trinh = c.chuong_trinh)
  and (t.chi_dinh_hinh_thuc is null or t.chi_dinh_hinh_thuc = c.hinh_thuc)`;

async function allocateByRule(trx: Transaction<LabourDB>, chiId: number, amount: string): Promise<void> {
  const eligible = () =>
    trx
      .selectFrom('quy_khoan_thu as t')
      .innerJoin('quy_khoan_chi as c', (j) => j.on(ELIGIBLE))
      .where('c.id', '=', chiId);
  await eligible().select('t.id').orderBy('t.id').forUpdate('t').execute();
  const inserted = await trx
    .with('con', () =>
      eligible().select((eb) => [
        't.id',
        't.ngay',
        sql<string>`t.so_tien + ${eb.fn.coalesce(eb.selectFrom('quy_khoan_thu as r').select(sql<string>`sum(r.so_tien)`.as('s')).whereRef('r.dao_nguoc_id', '=', 't.id'), sql.lit(0))}
          - ${eb.fn.coalesce(eb.selectFrom('quy_phan_bo as p').select(sql<string>`sum(p.so_tien)`.as('s')).whereRef('p.ma_khoan_thu', '=', 't.id'), sql.lit(0))}`.as(
          'con_lai',
        ),
        sql<number>`case t.cap when 'XA' then 0 when 'HUYEN' then 1 else 2 end`.as('cap_thu_tu'),
        sql<number>`(t.chi_dinh_xa is not null)::int + (t.chi_dinh_chuong_trinh is not null)::int + (t.chi_dinh_hinh_thuc is not null)::int`.as(
          'cu_the',
        ),
      ]),
    )
    .with('thu_tu', (qb) =>
      qb
        .selectFrom('con')
        // Cast: a literal compared with a CTE's computed column, which Kysely cannot type.
        .where('con_lai', '>', sql.lit(0) as never)
        .select(['id', 'con_lai', sql<string>`sum(con_lai) over (order by cap_thu_tu, cu_the desc, ngay, id) - con_lai`.as('truoc')]),
    )
    .insertInto('quy_phan_bo')
    .columns(['ma_khoan_chi', 'ma_khoan_thu', 'so_tien'])
    .expression((eb) =>
      eb
        .selectFrom('thu_tu')
        .where(sql<boolean>`truoc < ${amount}::bigint`)
        .select([
          sql<number>`${chiId}::int`.as('ma_khoan_chi'),
          'id',
          sql<string>`least(con_lai, ${amount}::bigint - truoc)`.as('so_tien'),
        ]),
    )
    .returning('so_tien')
    .execute();
  const total = inserted.reduce((a, r) => a + BigInt(r.so_tien), 0n);
  if (total !== BigInt(amount)) {
    throw new FundError('FUND_INSUFFICIENT', `the donations that may pay this disbursement hold ${total} VND of the ${amount} VND asked`);
  }
}

export interface SupportInput {
  ma_tre: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  ngay: string;
  hinh_thuc: HinhThuc;
  so_tien: bigint | number | string;
  ma_khoan_chi: number;
}

/** Support paid from the fund, drawing on one disbursement. */
export async function recordFundSupport(db: Db, s: SupportInput): Promise<number> {
  return inTransaction(db, async (trx) => {
    const row = await trx
      .insertInto('tro_giup')
      .values({ ...s, so_tien: vnd(s.so_tien), nguon: 'QUY_BTTE' satisfies Nguon })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** Reverses a whole donation (refused while any of it is allocated). */
export async function reverseDonation(db: Db, id: number, ngay: string, ghi_chu: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    const d = await trx.selectFrom('quy_khoan_thu').selectAll().where('id', '=', id).executeTakeFirst();
    if (!d) throw new FundError('FUND_NOT_FOUND', `no donation ${id}`);
    const row = await trx
      .insertInto('quy_khoan_thu')
      .values({
        ngay,
        ma_nha_tai_tro: d.ma_nha_tai_tro,
        so_tien: (-BigInt(d.so_tien)).toString(),
        cap: d.cap,
        ma_tinh: d.ma_tinh,
        ma_don_vi: d.ma_don_vi,
        dao_nguoc_id: id,
        ghi_chu,
        hien_vat: d.hien_vat,
        mo_ta_hien_vat: d.mo_ta_hien_vat,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  });
}

/** Reverses a whole disbursement, returning its allocations to their donations (refused once support drew on it). */
export async function reverseDisbursement(db: Db, id: number, ngay: string, nguoi_duyet: string): Promise<number> {
  return inTransaction(db, async (trx) => {
    const c = await trx.selectFrom('quy_khoan_chi').selectAll().where('id', '=', id).executeTakeFirst();
    if (!c) throw new FundError('FUND_NOT_FOUND', `no disbursement ${id}`);
    const { id: reversal } = await trx
      .insertInto('quy_khoan_chi')
      .values({
        ngay,
        ma_tinh: c.ma_tinh,
        ma_huyen: c.ma_huyen,
        ma_xa: c.ma_xa,
        so_tien: (-BigInt(c.so_tien)).toString(),
        muc_dich: `Đảo ngược: ${c.muc_dich}`,
        nguoi_duyet,
        chuong_trinh: c.chuong_trinh,
        hinh_thuc: c.hinh_thuc,
        dao_nguoc_id: id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('quy_phan_bo')
      .columns(['ma_khoan_chi', 'ma_khoan_thu', 'so_tien'])
      .expression(
        trx
          .selectFrom('quy_phan_bo')
          .where('ma_khoan_chi', '=', id)
          .groupBy('ma_khoan_thu')
          .having(sql<boolean>`sum(so_tien) <> 0`)
          .select([sql<number>`${reversal}::int`.as('ma_khoan_chi'), 'ma_khoan_thu', sql<string>`-sum(so_tien)`.as('so_tien')]),
      )
      .execute();
    return reversal;
  });
}
