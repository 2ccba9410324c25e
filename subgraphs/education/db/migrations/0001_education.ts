import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // Danh mục trường: the Department's school register.
  await db.schema
    .createTable('dm_truong')
    .addColumn('ma_truong', 'text', (c) => c.primaryKey())
    .addColumn('ten_truong', 'text', (c) => c.notNull())
    .addColumn('cap_hoc', 'text', (c) => c.notNull().check(sql`cap_hoc in ('MN', 'TH', 'THCS')`))
    .addColumn('loai_hinh', 'text', (c) => c.notNull().check(sql`loai_hinh in ('CL', 'TT')`))
    .addColumn('nam_thanh_lap', 'integer', (c) => c.notNull())
    .execute();

  // Địa bàn trường: where a school is filed, one row per period under each code.
  await db.schema
    .createTable('truong_dia_ban')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ma_truong', 'text', (c) => c.notNull().references('dm_truong.ma_truong'))
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('tu_ngay', 'date', (c) => c.notNull())
    .addColumn('den_ngay', 'date')
    .execute();
  await db.schema.createIndex('truong_dia_ban_xa_idx').on('truong_dia_ban').columns(['ma_xa', 'tu_ngay']).execute();
  await db.schema.createIndex('truong_dia_ban_tinh_idx').on('truong_dia_ban').columns(['ma_tinh', 'tu_ngay']).execute();
  await db.schema.createIndex('truong_dia_ban_truong_idx').on('truong_dia_ban').column('ma_truong').execute();

  // Thống kê học sinh: enrolment reported by each school for each school year.
  await db.schema
    .createTable('ts_hoc_sinh')
    .addColumn('ma_truong', 'text', (c) => c.notNull().references('dm_truong.ma_truong'))
    .addColumn('nam_hoc', 'text', (c) => c.notNull())
    .addColumn('so_hoc_sinh', 'integer', (c) => c.notNull().check(sql`so_hoc_sinh >= 0`))
    .addColumn('ngay_bao_cao', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('ts_hoc_sinh_pk', ['ma_truong', 'nam_hoc'])
    .execute();

  // Bán trú: semi-boarding meals reported by each school for each school year.
  await db.schema
    .createTable('ban_tru')
    .addColumn('ma_truong', 'text', (c) => c.notNull().references('dm_truong.ma_truong'))
    .addColumn('nam_hoc', 'text', (c) => c.notNull())
    .addColumn('so_hs_ban_tru', 'integer', (c) => c.notNull().check(sql`so_hs_ban_tru >= 0`))
    .addColumn('so_ngay_an', 'integer', (c) => c.notNull().check(sql`so_ngay_an >= 0`))
    .addColumn('nguon_kinh_phi', 'text', (c) => c.notNull().check(sql`nguon_kinh_phi in ('NSNN', 'CTMT', 'XHH', 'PHHS')`))
    .addColumn('ngay_bao_cao', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('ban_tru_pk', ['ma_truong', 'nam_hoc'])
    .execute();
}
