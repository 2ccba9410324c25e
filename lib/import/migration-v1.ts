import { sql, type Kysely } from 'kysely';

// Frozen: a migration step shared by every agency that takes imports; never edit it, add a new
// file for a new shape. It imports nothing from the application.
//  - lo_nhap: one import batch (a file submitted once): who, when, which file, what became of it.
//  - dong_nhap: provenance of every stored record, by template and natural key: the batch,
//    sheet and row it came from, and a hash of its content (idempotence, corrections).
//  - dong_nhap_lich_su: what a correction replaced (the old content and where it came from).
//  - loi_nhap: every rejected row and why, for the summary and the rejected-rows CSV.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('lo_nhap')
    .addColumn('ma_lo', 'text', (c) => c.primaryKey())
    .addColumn('mau', 'text', (c) => c.notNull())
    .addColumn('ten_tep', 'text', (c) => c.notNull())
    .addColumn('tong_kiem', 'text', (c) => c.notNull())
    .addColumn('nguoi_nop', 'text', (c) => c.notNull())
    .addColumn('vai_tro', 'text', (c) => c.notNull())
    .addColumn('dia_ban', 'text', (c) => c.notNull())
    .addColumn('chinh_sach', 'text', (c) => c.notNull().check(sql`chinh_sach in ('ALL_OR_NOTHING', 'VALID_ROWS')`))
    .addColumn('trang_thai', 'text', (c) => c.notNull().check(sql`trang_thai in ('RUNNING', 'ACCEPTED', 'PARTIAL', 'REJECTED')`))
    .addColumn('bat_dau', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('ket_thuc', 'timestamptz')
    .addColumn('so_dong', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('so_moi', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('so_sua', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('so_da_co', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('so_loi', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('so_khong_luu', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('tom_tat_loi', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('tinh_nam', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('xa', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'::text[]`))
    .execute();
  await db.schema.createIndex('lo_nhap_bat_dau_idx').on('lo_nhap').column('bat_dau').execute();

  await db.schema
    .createTable('dong_nhap')
    .addColumn('mau', 'text', (c) => c.notNull())
    .addColumn('khoa', 'text', (c) => c.notNull())
    .addColumn('ma_lo', 'text', (c) => c.notNull().references('lo_nhap.ma_lo'))
    .addColumn('trang_tinh', 'text', (c) => c.notNull())
    .addColumn('dong', 'integer', (c) => c.notNull())
    .addColumn('bam', 'text', (c) => c.notNull())
    .addColumn('du_lieu', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('dong_nhap_pk', ['mau', 'khoa'])
    .execute();

  await db.schema
    .createTable('dong_nhap_lich_su')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('mau', 'text', (c) => c.notNull())
    .addColumn('khoa', 'text', (c) => c.notNull())
    .addColumn('ma_lo', 'text', (c) => c.notNull())
    .addColumn('trang_tinh', 'text', (c) => c.notNull())
    .addColumn('dong', 'integer', (c) => c.notNull())
    .addColumn('bam', 'text', (c) => c.notNull())
    .addColumn('du_lieu', 'jsonb', (c) => c.notNull())
    .addColumn('thay_boi_lo', 'text', (c) => c.notNull())
    .addColumn('thay_luc', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema.createIndex('dong_nhap_lich_su_khoa_idx').on('dong_nhap_lich_su').columns(['mau', 'khoa']).execute();

  await db.schema
    .createTable('loi_nhap')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('ma_lo', 'text', (c) => c.notNull().references('lo_nhap.ma_lo'))
    .addColumn('trang_tinh', 'text', (c) => c.notNull())
    .addColumn('dong', 'integer', (c) => c.notNull())
    .addColumn('cot', 'text', (c) => c.notNull())
    .addColumn('gia_tri', 'text', (c) => c.notNull())
    .addColumn('ma_loi', 'text', (c) => c.notNull())
    .addColumn('thong_diep_vi', 'text', (c) => c.notNull())
    .addColumn('thong_diep_en', 'text', (c) => c.notNull())
    .addColumn('dong_goc', 'jsonb', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('loi_nhap_lo_idx').on('loi_nhap').columns(['ma_lo', 'dong']).execute();
}
