import { sql, type Kysely } from 'kysely';
import { keyTable } from '../../../lib/db.ts';
import type { Visibility } from '../access.ts';
import type { HinhThuc, LabourDB, Nguon } from './tables.ts';

/**
 * Child-level reads and the audit trail. Every read is narrowed by the viewer's visibility in
 * the same statement, so no filter, alias or representation can reach past it.
 */
type Db = Kysely<LabourDB>;

export interface ChildListKey {
  code: string;
  from: string;
  to: string;
  year: number;
}

export interface ChildRow {
  key_code: string;
  key_from: string;
  key_year: number;
  ma_tre: string;
  ho_ten: string;
  ngay_sinh: string;
  gioi_tinh: 'NAM' | 'NU';
  dan_toc: string;
  muc: 'NGHEO' | 'CAN_NGHEO' | null;
  nhom: number[] | null;
}

/** Children living in each commune version on 31 December of the key's year, that the viewer may see. */
export function findChildrenInCommunes(db: Db, keys: readonly ChildListKey[], visibility: Visibility): Promise<ChildRow[]> {
  const k = keyTable(
    'k',
    keys.map((x) => ({ code: x.code, w_from: x.from, w_to: x.to, year: x.year, ref: `${x.year}-12-31` })),
    {
      code: 'text',
      w_from: 'date',
      w_to: 'date',
      year: 'int',
      ref: 'date',
    },
  );
  return db
    .selectFrom(k)
    .innerJoin('tre_em_cu_tru as r', (j) =>
      j
        .onRef('r.ma_xa', '=', 'k.code')
        .on(sql<boolean>`k.ref >= k.w_from and k.ref < k.w_to and r.tu_ngay <= k.ref and (r.den_ngay is null or r.den_ngay > k.ref)`),
    )
    .innerJoin('tre_em as c', 'c.ma_tre', 'r.ma_tre')
    .leftJoin('tre_em_ho_ngheo as p', (j) => j.onRef('p.ma_tre', '=', 'c.ma_tre').onRef('p.nam', '=', 'k.year'))
    .where((eb) =>
      visibility.all
        ? sql<boolean>`true`
        : eb.exists(
            eb
              .selectFrom('tre_em_cu_tru as seen')
              .select(sql`1`.as('one'))
              .whereRef('seen.ma_tre', '=', 'c.ma_tre')
              // A residence row counts when its dates meet a commune version inside the area under the row's code.
              .where(sql<boolean>`exists (select 1 from unnest(${visibility.communes.map((w) => w.code)}::text[], ${visibility.communes.map((w) => w.from)}::date[],
                ${visibility.communes.map((w) => w.to)}::date[]) as a(code, w_from, w_to)
                where a.code = seen.ma_xa and seen.tu_ngay < a.w_to and (seen.den_ngay is null or seen.den_ngay > a.w_from))`),
          ),
    )
    .select((eb) => [
      sql<string>`k.code`.as('key_code'),
      sql<string>`k.w_from::text`.as('key_from'),
      sql<number>`k.year`.as('key_year'),
      'c.ma_tre',
      'c.ho_ten',
      'c.ngay_sinh',
      'c.gioi_tinh',
      'c.dan_toc',
      'p.muc',
      eb
        .selectFrom('tre_em_hoan_canh as h')
        .select(sql<number[] | null>`array_agg(h.nhom order by h.nhom)`.as('groups'))
        .whereRef('h.ma_tre', '=', 'c.ma_tre')
        .where(sql<boolean>`h.tu_ngay <= k.ref and (h.den_ngay is null or h.den_ngay > k.ref)`)
        .as('nhom'),
    ])
    .orderBy('c.ma_tre')
    .execute() as Promise<ChildRow[]>;
}

export interface SupportRecordRow {
  ma_tre: string;
  ngay: string;
  hinh_thuc: HinhThuc;
  nguon: Nguon;
  /** VND, exact */
  so_tien: string;
}

/** Support given to these children in a year (they were already narrowed to what the viewer may see). */
export function findSupportOfChildren(db: Db, ids: readonly string[], year: number): Promise<SupportRecordRow[]> {
  return db
    .selectFrom('tro_giup')
    .select(['ma_tre', 'ngay', 'hinh_thuc', 'nguon', sql<string>`so_tien::text`.as('so_tien')])
    .where('ma_tre', '=', sql<string>`any(${[...ids]}::text[])`)
    .where('ngay', '>=', `${year}-01-01`)
    .where('ngay', '<=', `${year}-12-31`)
    .orderBy('ma_tre')
    .orderBy('ngay')
    .execute();
}

export interface AuditEntry {
  subject: string;
  role: string;
  area: string[];
  requestId: string;
  correlationId?: string;
  query: string;
  childIds: string[];
}

export async function appendAudit(db: Db, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('nhat_ky_truy_cap')
    .values({
      chu_the: entry.subject,
      vai_tro: entry.role,
      dia_ban: entry.area.join(','),
      ma_yeu_cau: entry.requestId,
      ma_tuong_quan: entry.correlationId ?? null,
      truy_van: entry.query,
      ma_tre: entry.childIds.join(','),
      so_tre: entry.childIds.length,
    })
    .execute();
}

export function listAudit(db: Db, page: { afterId?: string; limit: number }) {
  let query = db.selectFrom('nhat_ky_truy_cap').selectAll().orderBy('id', 'desc').limit(page.limit);
  if (page.afterId) query = query.where('id', '<', page.afterId);
  return query.execute();
}
