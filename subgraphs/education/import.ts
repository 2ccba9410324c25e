import { sql } from 'kysely';
import { z } from 'zod';
import { cell, partNotAboveWhole } from '../../lib/import/cells.ts';
import { fileLocations } from '../../lib/import/locations.ts';
import type { ColumnSpec } from '../../lib/import/read.ts';
import { COMMUNE_COLUMNS, communeCells, defineTemplate } from '../../lib/import/template.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../lib/periods.ts';
import type { BanTruTable, DmTruongTable } from './db/tables.ts';

/**
 * Báo cáo trường theo năm học (a school's yearly report): one row per school per school year,
 * with the school's register entry (level, ownership, commune), its enrolment and, when it
 * serves them, its semi-boarding meals. The school is filed in the row's commune from the
 * school year's counting day (5 September, as the Department counts).
 */
const columns: ColumnSpec[] = [
  { key: 'ma_truong', headers: ['Mã trường', 'School code'], required: true },
  { key: 'ten_truong', headers: ['Tên trường', 'School name'], required: true },
  { key: 'cap_hoc', headers: ['Cấp học', 'Level'], required: true },
  { key: 'loai_hinh', headers: ['Loại hình', 'Ownership'], required: true },
  { key: 'nam_thanh_lap', headers: ['Năm thành lập', 'Founded'], required: true },
  ...COMMUNE_COLUMNS,
  { key: 'nam_hoc', headers: ['Năm học', 'School year'], required: true },
  { key: 'ngay_bao_cao', headers: ['Ngày báo cáo', 'Report date'], required: true },
  { key: 'so_hoc_sinh', headers: ['Số học sinh', 'Tổng số học sinh', 'Enrolment', 'Pupils'], required: true },
  { key: 'so_hs_ban_tru', headers: ['Số học sinh bán trú', 'Số HS bán trú', 'Semi-boarding pupils'], required: false },
  { key: 'so_ngay_an', headers: ['Số ngày ăn', 'Số ngày ăn bán trú', 'Meal days'], required: false },
  { key: 'nguon_kinh_phi', headers: ['Nguồn kinh phí', 'Meal funding'], required: false },
];

const CAP_HOC: Record<string, DmTruongTable['cap_hoc']> = {
  'Mầm non': 'MN',
  MN: 'MN',
  Preschool: 'MN',
  'Tiểu học': 'TH',
  TH: 'TH',
  Primary: 'TH',
  'Trung học cơ sở': 'THCS',
  THCS: 'THCS',
  'Lower secondary': 'THCS',
};
const LOAI_HINH: Record<string, DmTruongTable['loai_hinh']> = {
  'Công lập': 'CL',
  CL: 'CL',
  Public: 'CL',
  'Tư thục': 'TT',
  'Dân lập': 'TT',
  TT: 'TT',
  Private: 'TT',
};
const NGUON: Record<string, BanTruTable['nguon_kinh_phi']> = {
  'Ngân sách nhà nước': 'NSNN',
  NSNN: 'NSNN',
  'State budget': 'NSNN',
  'Chương trình mục tiêu': 'CTMT',
  CTMT: 'CTMT',
  'Targeted programme': 'CTMT',
  'Xã hội hóa': 'XHH',
  XHH: 'XHH',
  Donations: 'XHH',
  'Phụ huynh': 'PHHS',
  'Phụ huynh đóng góp': 'PHHS',
  PHHS: 'PHHS',
  Parents: 'PHHS',
};

/** `2024-2025` (spaces and `/` allowed): the first calendar year of a school year inside the plan period. */
const schoolYear = z.string().transform((s, ctx) => {
  const m = /^(\d{4})\s*[-/–]\s*(\d{4})$/.exec(s);
  if (!m || Number(m[2]) !== Number(m[1]) + 1) {
    ctx.addIssue({ code: 'custom', message: 'BAD_VALUE', params: { code: s ? 'BAD_VALUE' : 'REQUIRED', detail: 'YYYY-YYYY' } });
    return z.NEVER;
  }
  const first = Number(m[1]);
  if (first < FIRST_YEAR || first > LAST_YEAR) {
    ctx.addIssue({
      code: 'custom',
      message: 'DATE_OUT_OF_PERIOD',
      params: { code: 'DATE_OUT_OF_PERIOD', detail: `${FIRST_YEAR}-${FIRST_YEAR + 1} … ${LAST_YEAR}-${LAST_YEAR + 1}` },
    });
    return z.NEVER;
  }
  return first;
});

const schema = z
  .object({
    ma_truong: cell.required(),
    ten_truong: cell.required(),
    cap_hoc: cell.label(CAP_HOC),
    loai_hinh: cell.label(LOAI_HINH),
    nam_thanh_lap: cell.year(1900, LAST_YEAR),
    ...communeCells(),
    nam_hoc: schoolYear,
    ngay_bao_cao: cell.date(`${FIRST_YEAR}-01-01`, `${LAST_YEAR + 1}-12-31`),
    so_hoc_sinh: cell.count(),
    so_hs_ban_tru: cell.optionalCount(),
    so_ngay_an: cell.optionalCount(),
    nguon_kinh_phi: cell.label(NGUON, { optional: true }),
  })
  .superRefine((row, ctx) => {
    if (row.so_hs_ban_tru === null) return;
    partNotAboveWhole(ctx, row.so_hs_ban_tru, row.so_hoc_sinh, 'so_hs_ban_tru');
    // A meal report is whole or absent: pupils without meal days or funding cannot be counted.
    for (const key of ['so_ngay_an', 'nguon_kinh_phi'] as const) {
      if (row[key] === null)
        ctx.addIssue({ code: 'custom', message: 'REQUIRED', path: [key], params: { code: 'REQUIRED', detail: 'bán trú / semi-boarding' } });
    }
  });

export interface SchoolYearReport {
  ma_truong: string;
  ten_truong: string;
  cap_hoc: DmTruongTable['cap_hoc'];
  loai_hinh: DmTruongTable['loai_hinh'];
  nam_thanh_lap: number;
  ma_xa: string;
  nam_hoc: string;
  ngay_bao_cao: string;
  so_hoc_sinh: number;
  ban_tru: { so_hs_ban_tru: number; so_ngay_an: number; nguon_kinh_phi: BanTruTable['nguon_kinh_phi'] } | null;
}

export const schoolYearReports = defineTemplate({
  id: 'education.schools',
  agency: 'education',
  title: { vi: 'Báo cáo trường theo năm học (sĩ số, bán trú)', en: 'School reports per school year (enrolment, semi-boarding meals)' },
  columns,
  schema,
  toRecord(r) {
    const namHoc = `${r.nam_hoc}-${r.nam_hoc + 1}`;
    const record: SchoolYearReport = {
      ma_truong: r.ma_truong,
      ten_truong: r.ten_truong,
      cap_hoc: r.cap_hoc!,
      loai_hinh: r.loai_hinh!,
      nam_thanh_lap: r.nam_thanh_lap,
      ma_xa: r.ma_xa,
      nam_hoc: namHoc,
      ngay_bao_cao: r.ngay_bao_cao,
      so_hoc_sinh: r.so_hoc_sinh,
      ban_tru:
        r.so_hs_ban_tru === null ? null : { so_hs_ban_tru: r.so_hs_ban_tru, so_ngay_an: r.so_ngay_an!, nguon_kinh_phi: r.nguon_kinh_phi! },
    };
    return { record, key: `${r.ma_truong}|${namHoc}`, date: `${r.nam_hoc}-09-05` };
  },
  async write(db, changed) {
    await sql`create temp table truong_nhap on commit drop as select c.n, c.ma_tinh, c.ma_huyen, c.ma_xa, c.xa_tu, r.*
      from ${changed} c, jsonb_to_record(c.du_lieu) as r(ma_truong text, ten_truong text, cap_hoc text, loai_hinh text, nam_thanh_lap int,
        nam_hoc text, ngay_bao_cao date, so_hoc_sinh int, ban_tru jsonb)`.execute(db);
    // The register entry: the file's last row of a school wins.
    await sql`insert into ${sql.table('dm_truong')} (ma_truong, ten_truong, cap_hoc, loai_hinh, nam_thanh_lap)
      select distinct on (ma_truong) ma_truong, ten_truong, cap_hoc, loai_hinh, nam_thanh_lap from truong_nhap order by ma_truong, n desc
      on conflict (ma_truong) do update set ten_truong = excluded.ten_truong, cap_hoc = excluded.cap_hoc, loai_hinh = excluded.loai_hinh, nam_thanh_lap = excluded.nam_thanh_lap`.execute(
      db,
    );
    // Where the school is filed: from the counting day of its first school year in the file under that code.
    await fileLocations(
      db,
      { table: 'truong_dia_ban', thing: 'ma_truong' },
      { table: 'truong_nhap', thing: 'ma_truong', since: sql`make_date(split_part(nam_hoc, '-', 1)::int, 9, 5)` },
    );
    await sql`insert into ${sql.table('ts_hoc_sinh')} (ma_truong, nam_hoc, so_hoc_sinh, ngay_bao_cao)
      select ma_truong, nam_hoc, so_hoc_sinh, ngay_bao_cao from truong_nhap
      on conflict (ma_truong, nam_hoc) do update set so_hoc_sinh = excluded.so_hoc_sinh, ngay_bao_cao = excluded.ngay_bao_cao`.execute(db);
    // A corrected year without meals removes the meals it had.
    await sql`delete from ${sql.table('ban_tru')} b using truong_nhap t where b.ma_truong = t.ma_truong and b.nam_hoc = t.nam_hoc`.execute(
      db,
    );
    await sql`insert into ${sql.table('ban_tru')} (ma_truong, nam_hoc, so_hs_ban_tru, so_ngay_an, nguon_kinh_phi, ngay_bao_cao)
      select ma_truong, nam_hoc, (ban_tru->>'so_hs_ban_tru')::int, (ban_tru->>'so_ngay_an')::int, ban_tru->>'nguon_kinh_phi', ngay_bao_cao
      from truong_nhap where ban_tru <> 'null'::jsonb`.execute(db);
    await sql`drop table truong_nhap`.execute(db);
  },
});

export const EDUCATION_TEMPLATES = { schools: schoolYearReports };
