import { sql, type Kysely } from 'kysely';

// Frozen: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('tre_em')
    .addColumn('ma_tre', 'text', (c) => c.primaryKey())
    .addColumn('ho_ten', 'text', (c) => c.notNull())
    .addColumn('ngay_sinh', 'date', (c) => c.notNull())
    .addColumn('gioi_tinh', 'text', (c) => c.notNull().check(sql`gioi_tinh in ('NAM', 'NU')`))
    .addColumn('dan_toc', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('tre_em_cu_tru')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ma_tre', 'text', (c) => c.notNull().references('tre_em.ma_tre'))
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('tu_ngay', 'date', (c) => c.notNull())
    .addColumn('den_ngay', 'date')
    .addCheckConstraint('tre_em_cu_tru_khoang', sql`den_ngay is null or den_ngay > tu_ngay`)
    .execute();
  await db.schema.createIndex('tre_em_cu_tru_xa_idx').on('tre_em_cu_tru').columns(['ma_xa', 'tu_ngay']).execute();
  await db.schema.createIndex('tre_em_cu_tru_tinh_idx').on('tre_em_cu_tru').columns(['ma_tinh', 'tu_ngay']).execute();
  await db.schema.createIndex('tre_em_cu_tru_tre_idx').on('tre_em_cu_tru').column('ma_tre').execute();

  await db.schema
    .createTable('tre_em_ho_ngheo')
    .addColumn('ma_tre', 'text', (c) => c.notNull().references('tre_em.ma_tre'))
    .addColumn('nam', 'integer', (c) => c.notNull())
    .addColumn('muc', 'text', (c) => c.notNull().check(sql`muc in ('NGHEO', 'CAN_NGHEO')`))
    .addPrimaryKeyConstraint('tre_em_ho_ngheo_pk', ['ma_tre', 'nam'])
    .execute();

  await db.schema
    .createTable('tre_em_hoan_canh')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ma_tre', 'text', (c) => c.notNull().references('tre_em.ma_tre'))
    .addColumn('nhom', 'smallint', (c) => c.notNull().check(sql`nhom between 1 and 16`))
    .addColumn('tu_ngay', 'date', (c) => c.notNull())
    .addColumn('den_ngay', 'date')
    .execute();
  await db.schema.createIndex('tre_em_hoan_canh_tre_idx').on('tre_em_hoan_canh').column('ma_tre').execute();

  await db.schema
    .createTable('tro_giup')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ma_tre', 'text', (c) => c.notNull().references('tre_em.ma_tre'))
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('ngay', 'date', (c) => c.notNull())
    .addColumn('hinh_thuc', 'text', (c) =>
      c
        .notNull()
        .check(
          sql`hinh_thuc in ('CHAM_SOC_SUC_KHOE', 'TRO_GIUP_XA_HOI', 'HO_TRO_GIAO_DUC', 'TRO_GIUP_PHAP_LY', 'TU_VAN_TAM_LY', 'DO_DUNG_MUA_DONG')`,
        ),
    )
    .addColumn('nguon', 'text', (c) => c.notNull().check(sql`nguon in ('NGAN_SACH', 'QUY_BTTE', 'XA_HOI_HOA')`))
    .addColumn('so_tien', 'bigint', (c) => c.notNull().check(sql`so_tien >= 0`))
    .execute();
  await db.schema.createIndex('tro_giup_xa_idx').on('tro_giup').columns(['ma_xa', 'ngay']).execute();
  await db.schema.createIndex('tro_giup_tinh_idx').on('tro_giup').columns(['ma_tinh', 'ngay']).execute();
  await db.schema.createIndex('tro_giup_tre_idx').on('tro_giup').columns(['ma_tre', 'ngay']).execute();

  await db.schema
    .createTable('quy_nha_tai_tro')
    .addColumn('ma_nha_tai_tro', 'text', (c) => c.primaryKey())
    .addColumn('ten', 'text', (c) => c.notNull())
    .addColumn('loai', 'text', (c) => c.notNull().check(sql`loai in ('CA_NHAN', 'DOANH_NGHIEP', 'TO_CHUC')`))
    .execute();
  await db.schema
    .createTable('quy_khoan_thu')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ngay', 'date', (c) => c.notNull())
    .addColumn('ma_nha_tai_tro', 'text', (c) => c.notNull().references('quy_nha_tai_tro.ma_nha_tai_tro'))
    .addColumn('so_tien', 'bigint', (c) => c.notNull().check(sql`so_tien > 0`))
    .addColumn('cap', 'text', (c) => c.notNull().check(sql`cap in ('TINH', 'HUYEN', 'XA')`))
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_don_vi', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quy_khoan_thu_tinh_idx').on('quy_khoan_thu').columns(['ma_tinh', 'ngay']).execute();
  await db.schema
    .createTable('quy_khoan_chi')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ngay', 'date', (c) => c.notNull())
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_huyen', 'text')
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('so_tien', 'bigint', (c) => c.notNull().check(sql`so_tien > 0`))
    .addColumn('muc_dich', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('quy_khoan_chi_xa_idx').on('quy_khoan_chi').columns(['ma_xa', 'ngay']).execute();
  await db.schema.createIndex('quy_khoan_chi_tinh_idx').on('quy_khoan_chi').columns(['ma_tinh', 'ngay']).execute();

  await db.schema
    .createTable('bao_cao_xa')
    .addColumn('id', 'serial', (c) => c.primaryKey())
    .addColumn('ma_tinh', 'text', (c) => c.notNull())
    .addColumn('ma_xa', 'text', (c) => c.notNull())
    .addColumn('nam', 'integer', (c) => c.notNull())
    .addColumn('ky', 'text', (c) => c.notNull().check(sql`ky in ('6T', 'NAM')`))
    .addColumn('ngay_nop', 'date', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('bao_cao_xa_xa_idx').on('bao_cao_xa').columns(['ma_xa', 'nam']).execute();
}
