import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // Khu vui chơi trẻ em: children's play areas.
  await db.schema
    .createTable('khu_vui_choi')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ten', 'text', (c) => c.notNull())
    .addColumn('loai', 'text', (c) => c.notNull().check(sql`loai in ('NVH', 'TRUONG', 'CONG_VIEN', 'DIEM_THON')`))
    .addColumn('ngay_dua_vao_su_dung', 'date', (c) => c.notNull())
    .execute();

  // Địa bàn: where a play area is filed, one row per period under each code.
  await db.schema
    .createTable('khu_vui_choi_dia_ban')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('khu_id', 'text', (c) => c.notNull().references('khu_vui_choi.id'))
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('tu_ngay', 'date', (c) => c.notNull())
    .addColumn('den_ngay', 'date')
    .execute();
  await db.schema.createIndex('kvc_dia_ban_xa_idx').on('khu_vui_choi_dia_ban').columns(['ma_xa', 'tu_ngay']).execute();
  await db.schema.createIndex('kvc_dia_ban_khu_idx').on('khu_vui_choi_dia_ban').column('khu_id').execute();

  // Trang thiết bị: equipment, with its latest assessed condition and the day it was found broken.
  await db.schema
    .createTable('trang_thiet_bi')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('khu_id', 'text', (c) => c.notNull().references('khu_vui_choi.id'))
    .addColumn('loai', 'text', (c) => c.notNull().check(sql`loai in ('XICH_DU', 'CAU_TRUOT', 'BAP_BENH', 'LEO_NUI', 'THE_THAO')`))
    .addColumn('nha_tai_tro', 'text')
    .addColumn('ngay_lap_dat', 'date', (c) => c.notNull())
    .addColumn('tinh_trang', 'text', (c) => c.notNull().check(sql`tinh_trang in ('TOT', 'HONG_NHE', 'HONG')`))
    .addColumn('ngay_danh_gia', 'date', (c) => c.notNull())
    .addColumn('ngay_hong', 'date')
    .execute();
  await db.schema.createIndex('trang_thiet_bi_khu_idx').on('trang_thiet_bi').column('khu_id').execute();

  // Kiểm tra an toàn: safety inspections.
  await db.schema
    .createTable('kiem_tra_an_toan')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('khu_id', 'text', (c) => c.notNull().references('khu_vui_choi.id'))
    .addColumn('ngay', 'date', (c) => c.notNull())
    .addColumn('ket_qua', 'text', (c) => c.notNull().check(sql`ket_qua in ('DAT', 'KHONG_DAT')`))
    .addColumn('ghi_chu', 'text')
    .execute();
  await db.schema.createIndex('kiem_tra_khu_idx').on('kiem_tra_an_toan').columns(['khu_id', 'ngay']).execute();

  // Báo cáo văn hóa: a commune's yearly report submission, under the code valid that year.
  await db.schema
    .createTable('bao_cao_van_hoa')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('nam', 'integer', (c) => c.notNull())
    .addColumn('ngay_nop', 'date', (c) => c.notNull())
    .addPrimaryKeyConstraint('bao_cao_van_hoa_pk', ['ma_xa', 'nam'])
    .execute();
}
