import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
// The Department of Health's own tables, in its own (Vietnamese, ASCII snake_case) names and codes.
export async function up(db: Kysely<any>): Promise<void> {
  // Đợt khám: check-up rounds. loai: 'KSK_TQ' free general check-up, 'SANG_LOC' other screening.
  // don_vi_thuc_hien: 'TYT' commune health station, 'TTYT' district (regional) health centre.
  await db.schema
    .createTable('dot_kham')
    .addColumn('ma_dot', 'text', (c) => c.primaryKey())
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('ngay_kham', 'date', (c) => c.notNull())
    .addColumn('loai', 'text', (c) => c.notNull().check(sql`loai in ('KSK_TQ', 'SANG_LOC')`))
    .addColumn('doi_kham', 'text', (c) => c.notNull())
    .addColumn('don_vi_thuc_hien', 'text', (c) => c.notNull().check(sql`don_vi_thuc_hien in ('TYT', 'TTYT')`))
    .execute();
  await db.schema.createIndex('dot_kham_xa_idx').on('dot_kham').columns(['ma_xa', 'ngay_kham']).execute();
  await db.schema.createIndex('dot_kham_tinh_idx').on('dot_kham').columns(['ma_tinh', 'ngay_kham']).execute();

  // Kết quả khám: results of a round per age band.
  await db.schema
    .createTable('ket_qua_kham')
    .addColumn('ma_dot', 'text', (c) => c.notNull().references('dot_kham.ma_dot'))
    .addColumn('nhom_tuoi', 'text', (c) => c.notNull().check(sql`nhom_tuoi in ('0-2', '3-5', '6-10', '11-15')`))
    .addColumn('so_tre_kham', 'integer', (c) => c.notNull().check(sql`so_tre_kham >= 0`))
    .addColumn('so_chuyen_tuyen', 'integer', (c) => c.notNull().check(sql`so_chuyen_tuyen >= 0`))
    .addColumn('so_suy_dinh_duong', 'integer', (c) => c.notNull().check(sql`so_suy_dinh_duong >= 0`))
    .addPrimaryKeyConstraint('ket_qua_kham_pk', ['ma_dot', 'nhom_tuoi'])
    .execute();

  // Hỗ trợ chi phí điều trị: anonymous treatment-cost support cases (amount in VND).
  await db.schema
    .createTable('ho_tro_dieu_tri')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('ngay', 'date', (c) => c.notNull())
    .addColumn('so_tien', 'bigint', (c) => c.notNull().check(sql`so_tien >= 0`))
    .addColumn('nguon', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ho_tro_xa_idx').on('ho_tro_dieu_tri').columns(['ma_xa', 'ngay']).execute();
  await db.schema.createIndex('ho_tro_tinh_idx').on('ho_tro_dieu_tri').columns(['ma_tinh', 'ngay']).execute();

  // Thẻ BHYT trẻ em dưới 6 tuổi: yearly, counted on 31 December under the code valid that day.
  await db.schema
    .createTable('the_bhyt_tre_em')
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('nam', 'integer', (c) => c.notNull())
    .addColumn('so_tre_duoi_6', 'integer', (c) => c.notNull().check(sql`so_tre_duoi_6 >= 0`))
    .addColumn('so_the_cap', 'integer', (c) => c.notNull().check(sql`so_the_cap >= 0`))
    .addPrimaryKeyConstraint('the_bhyt_tre_em_pk', ['ma_xa', 'nam'])
    .execute();
  await db.schema.createIndex('the_bhyt_tinh_idx').on('the_bhyt_tre_em').columns(['ma_tinh', 'nam']).execute();

  // Báo cáo trạm y tế: the yearly report each commune health station owes, one row per station
  // (code) and year it was due; den_ngay is the last day of the period it covers under that code
  // (31 December, or the day the code ended); ngay_nop is null while it has not been submitted.
  await db.schema
    .createTable('bao_cao_tram_y_te')
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('nam', 'integer', (c) => c.notNull())
    .addColumn('den_ngay', 'date', (c) => c.notNull())
    .addColumn('han_nop', 'date', (c) => c.notNull())
    .addColumn('ngay_nop', 'date')
    .addPrimaryKeyConstraint('bao_cao_tram_y_te_pk', ['ma_xa', 'nam', 'den_ngay'])
    .execute();
  await db.schema.createIndex('bao_cao_tinh_idx').on('bao_cao_tram_y_te').columns(['ma_tinh', 'nam']).execute();
}
