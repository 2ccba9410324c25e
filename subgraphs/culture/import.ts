import { sql } from 'kysely';
import { z } from 'zod';
import { cell } from '../../lib/import/cells.ts';
import { fileLocations } from '../../lib/import/locations.ts';
import type { ColumnSpec } from '../../lib/import/read.ts';
import { COMMUNE_COLUMNS, communeCells, defineTemplate } from '../../lib/import/template.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../lib/periods.ts';
import type { CultureDB } from './db/tables.ts';

type Area = CultureDB['khu_vui_choi'];
type Equipment = CultureDB['trang_thiet_bi'];
type Inspection = CultureDB['kiem_tra_an_toan'];

/**
 * Kiểm kê khu vui chơi (play-area inventory): one row per piece of equipment, with its play
 * area (kind, in service since, commune), its condition on the day it was assessed, and the
 * area's latest safety inspection when there was one. A row's place is checked on the
 * assessment day; the area is filed there from the day it entered service (or from the day the
 * code came into force, when that is later).
 */
const columns: ColumnSpec[] = [
  { key: 'ma_khu', headers: ['Mã khu vui chơi', 'Mã khu', 'Play area code'], required: true },
  { key: 'ten_khu', headers: ['Tên khu vui chơi', 'Tên khu', 'Play area name'], required: true },
  { key: 'loai_khu', headers: ['Loại khu', 'Loại khu vui chơi', 'Play area kind'], required: true },
  { key: 'ngay_su_dung', headers: ['Ngày đưa vào sử dụng', 'In service since'], required: true },
  ...COMMUNE_COLUMNS,
  { key: 'ma_thiet_bi', headers: ['Mã thiết bị', 'Equipment code'], required: true },
  { key: 'loai_thiet_bi', headers: ['Loại thiết bị', 'Equipment kind'], required: true },
  { key: 'nha_tai_tro', headers: ['Nhà tài trợ', 'Donor'], required: false },
  { key: 'ngay_lap_dat', headers: ['Ngày lắp đặt', 'Installed on'], required: true },
  { key: 'tinh_trang', headers: ['Tình trạng', 'Condition'], required: true },
  { key: 'ngay_danh_gia', headers: ['Ngày đánh giá', 'Assessed on'], required: true },
  { key: 'ngay_kiem_tra', headers: ['Ngày kiểm tra an toàn', 'Ngày kiểm tra', 'Inspected on'], required: false },
  { key: 'ket_qua_kiem_tra', headers: ['Kết quả kiểm tra', 'Inspection result'], required: false },
];

const LOAI_KHU: Record<string, Area['loai']> = {
  'Nhà văn hóa': 'NVH',
  NVH: 'NVH',
  'Cultural house': 'NVH',
  'Trường học': 'TRUONG',
  TRUONG: 'TRUONG',
  School: 'TRUONG',
  'Công viên': 'CONG_VIEN',
  CONG_VIEN: 'CONG_VIEN',
  Park: 'CONG_VIEN',
  'Điểm thôn': 'DIEM_THON',
  'Điểm vui chơi thôn': 'DIEM_THON',
  DIEM_THON: 'DIEM_THON',
  'Village spot': 'DIEM_THON',
};
const LOAI_THIET_BI: Record<string, Equipment['loai']> = {
  'Xích đu': 'XICH_DU',
  Swing: 'XICH_DU',
  'Cầu trượt': 'CAU_TRUOT',
  Slide: 'CAU_TRUOT',
  'Bập bênh': 'BAP_BENH',
  Seesaw: 'BAP_BENH',
  'Leo núi': 'LEO_NUI',
  'Tường leo núi': 'LEO_NUI',
  'Climbing wall': 'LEO_NUI',
  'Thể thao': 'THE_THAO',
  'Dụng cụ thể thao': 'THE_THAO',
  'Sports equipment': 'THE_THAO',
};
const TINH_TRANG: Record<string, Equipment['tinh_trang']> = {
  Tốt: 'TOT',
  Good: 'TOT',
  'Hỏng nhẹ': 'HONG_NHE',
  'Minor damage': 'HONG_NHE',
  Hỏng: 'HONG',
  Broken: 'HONG',
};
const KET_QUA: Record<string, Inspection['ket_qua']> = {
  Đạt: 'DAT',
  Pass: 'DAT',
  Passed: 'DAT',
  'Không đạt': 'KHONG_DAT',
  Fail: 'KHONG_DAT',
  Failed: 'KHONG_DAT',
};

const inPeriod = () => cell.date('2000-01-01', `${LAST_YEAR}-12-31`);
const schema = z
  .object({
    ma_khu: cell.required(),
    ten_khu: cell.required(),
    loai_khu: cell.label(LOAI_KHU),
    ngay_su_dung: inPeriod(),
    ...communeCells(),
    ma_thiet_bi: cell.required(),
    loai_thiet_bi: cell.label(LOAI_THIET_BI),
    nha_tai_tro: cell.optional(),
    ngay_lap_dat: inPeriod(),
    tinh_trang: cell.label(TINH_TRANG),
    ngay_danh_gia: cell.date(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`),
    ngay_kiem_tra: z
      .string()
      .optional()
      .transform((s) => s ?? ''),
    ket_qua_kiem_tra: cell.label(KET_QUA, { optional: true }),
  })
  .superRefine((row, ctx) => {
    const before = (a: string, b: string, column: string, detail: string) => {
      if (a > b) ctx.addIssue({ code: 'custom', message: 'BAD_VALUE', path: [column], params: { code: 'BAD_VALUE', detail } });
    };
    before(row.ngay_lap_dat, row.ngay_danh_gia, 'ngay_danh_gia', 'đánh giá trước khi lắp đặt / assessed before installed');
    // An inspection is a day and a result together.
    if (!row.ngay_kiem_tra !== (row.ket_qua_kiem_tra === null)) {
      const column = row.ngay_kiem_tra ? 'ket_qua_kiem_tra' : 'ngay_kiem_tra';
      ctx.addIssue({ code: 'custom', message: 'REQUIRED', path: [column], params: { code: 'REQUIRED', detail: 'kiểm tra / inspection' } });
    }
  })
  .transform((row, ctx) => {
    if (!row.ngay_kiem_tra) return { ...row, ngay_kiem_tra: null };
    const day = inPeriod().safeParse(row.ngay_kiem_tra);
    if (!day.success) {
      const params = (day.error.issues[0] as { params?: object }).params;
      ctx.addIssue({ code: 'custom', message: 'BAD_DATE', path: ['ngay_kiem_tra'], params });
      return z.NEVER;
    }
    return { ...row, ngay_kiem_tra: day.data };
  });

export interface InventoryRow {
  ma_khu: string;
  ten_khu: string;
  loai_khu: Area['loai'];
  ngay_su_dung: string;
  ma_thiet_bi: string;
  loai_thiet_bi: Equipment['loai'];
  nha_tai_tro: string | null;
  ngay_lap_dat: string;
  tinh_trang: Equipment['tinh_trang'];
  ngay_danh_gia: string;
  kiem_tra: { ngay: string; ket_qua: Inspection['ket_qua'] } | null;
}

export const playAreaInventory = defineTemplate({
  id: 'culture.play-areas',
  agency: 'culture',
  title: { vi: 'Kiểm kê khu vui chơi, thiết bị và kiểm tra an toàn', en: 'Play areas, equipment and safety inspections' },
  columns,
  schema,
  toRecord(r) {
    const record: InventoryRow = {
      ma_khu: r.ma_khu,
      ten_khu: r.ten_khu,
      loai_khu: r.loai_khu!,
      ngay_su_dung: r.ngay_su_dung,
      ma_thiet_bi: r.ma_thiet_bi,
      loai_thiet_bi: r.loai_thiet_bi!,
      nha_tai_tro: r.nha_tai_tro,
      ngay_lap_dat: r.ngay_lap_dat,
      tinh_trang: r.tinh_trang!,
      ngay_danh_gia: r.ngay_danh_gia,
      kiem_tra: r.ngay_kiem_tra ? { ngay: r.ngay_kiem_tra, ket_qua: r.ket_qua_kiem_tra! } : null,
    };
    return { record, key: r.ma_thiet_bi, date: r.ngay_danh_gia };
  },
  async write(db, changed) {
    await sql`create temp table kvc_nhap on commit drop as select c.n, c.ma_tinh, c.ma_huyen, c.ma_xa, c.xa_tu, r.*
      from ${changed} c, jsonb_to_record(c.du_lieu) as r(ma_khu text, ten_khu text, loai_khu text, ngay_su_dung date, ma_thiet_bi text,
        loai_thiet_bi text, nha_tai_tro text, ngay_lap_dat date, tinh_trang text, ngay_danh_gia date, kiem_tra jsonb)`.execute(db);
    await sql`insert into ${sql.table('khu_vui_choi')} (id, ten, loai, ngay_dua_vao_su_dung)
      select distinct on (ma_khu) ma_khu, ten_khu, loai_khu, ngay_su_dung from kvc_nhap order by ma_khu, n desc
      on conflict (id) do update set ten = excluded.ten, loai = excluded.loai, ngay_dua_vao_su_dung = excluded.ngay_dua_vao_su_dung`.execute(
      db,
    );
    // The area is filed from the day it entered service.
    await fileLocations(
      db,
      { table: 'khu_vui_choi_dia_ban', thing: 'khu_id' },
      { table: 'kvc_nhap', thing: 'ma_khu', since: sql`ngay_su_dung` },
    );
    // Broken equipment keeps the day it was first found broken.
    await sql`insert into ${sql.table('trang_thiet_bi')} (id, khu_id, loai, nha_tai_tro, ngay_lap_dat, tinh_trang, ngay_danh_gia, ngay_hong)
      select ma_thiet_bi, ma_khu, loai_thiet_bi, nha_tai_tro, ngay_lap_dat, tinh_trang, ngay_danh_gia, case when tinh_trang = 'HONG' then ngay_danh_gia end from kvc_nhap
      on conflict (id) do update set khu_id = excluded.khu_id, loai = excluded.loai, nha_tai_tro = excluded.nha_tai_tro, ngay_lap_dat = excluded.ngay_lap_dat,
        tinh_trang = excluded.tinh_trang, ngay_danh_gia = excluded.ngay_danh_gia,
        ngay_hong = case when excluded.tinh_trang <> 'HONG' then null else coalesce(${sql.table('trang_thiet_bi')}.ngay_hong, excluded.ngay_hong) end`.execute(
      db,
    );
    await sql`insert into ${sql.table('kiem_tra_an_toan')} (khu_id, ngay, ket_qua)
      select distinct on (ma_khu, (kiem_tra->>'ngay')::date) ma_khu, (kiem_tra->>'ngay')::date, kiem_tra->>'ket_qua' from kvc_nhap t
      where kiem_tra <> 'null'::jsonb and not exists (select 1 from ${sql.table('kiem_tra_an_toan')} k where k.khu_id = t.ma_khu and k.ngay = (t.kiem_tra->>'ngay')::date)
      order by ma_khu, (kiem_tra->>'ngay')::date, n desc`.execute(db);
    await sql`drop table kvc_nhap`.execute(db);
  },
  async markSubmitted(db, communeYears, today) {
    await sql`insert into ${sql.table('bao_cao_van_hoa')} (ma_xa, nam, ngay_nop)
      select t.ma_xa, t.nam, ${today}::date from unnest(${communeYears.map((c) => c.code)}::text[], ${communeYears.map((c) => c.year)}::int[]) as t(ma_xa, nam)
      on conflict (ma_xa, nam) do nothing`.execute(db);
  },
});

export const CULTURE_TEMPLATES = { playAreas: playAreaInventory };
