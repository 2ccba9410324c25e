import { sql } from 'kysely';
import { z } from 'zod';
import { cell, partNotAboveWhole } from '../../lib/import/cells.ts';
import type { ColumnSpec } from '../../lib/import/read.ts';
import { COMMUNE_COLUMNS, communeCells, defineTemplate } from '../../lib/import/template.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../lib/periods.ts';
import { NHOM_TUOI, type DonViThucHien, type LoaiDot, type NhomTuoi } from './db/tables.ts';

/**
 * Báo cáo đợt khám (check-up round report): one row per round held in a commune, with children
 * examined, referred (chuyển tuyến) and malnourished per age band. The age bands sit under
 * merged header cells (`Số trẻ được khám` over `0-2 tuổi | 3-5 tuổi | …`), as the stations' template has them.
 */
const BAND_LABEL: Record<NhomTuoi, string[]> = {
  '0-2': ['0-2', '0-2 tuổi'],
  '3-5': ['3-5', '3-5 tuổi'],
  '6-10': ['6-10', '6-10 tuổi'],
  '11-15': ['11-15', '11-15 tuổi'],
};
const MEASURES = {
  kham: { vi: 'Số trẻ được khám', en: 'Examined' },
  chuyen: { vi: 'Số trẻ chuyển tuyến', en: 'Referred' },
  sdd: { vi: 'Số trẻ suy dinh dưỡng', en: 'Malnourished' },
} as const;
const bandColumn = (measure: keyof typeof MEASURES, band: NhomTuoi) => `${measure}_${band}`;
/** A parsed row's count of one measure and band. Cast: those columns are named at run time, so the row's type cannot list them. */
const bandCount = (row: object, measure: keyof typeof MEASURES, band: NhomTuoi) =>
  (row as Record<string, number>)[bandColumn(measure, band)]!;

const columns: ColumnSpec[] = [
  { key: 'ma_dot', headers: ['Mã đợt', 'Round code'], required: false },
  ...COMMUNE_COLUMNS,
  { key: 'ngay_kham', headers: ['Ngày khám', 'Check-up date', 'Date'], required: true },
  { key: 'loai', headers: ['Loại đợt', 'Loại đợt khám', 'Round type'], required: true },
  { key: 'don_vi', headers: ['Đơn vị thực hiện', 'Provider'], required: true },
  { key: 'doi_kham', headers: ['Đội khám', 'Team'], required: true },
  ...(Object.keys(MEASURES) as (keyof typeof MEASURES)[]).flatMap((m) =>
    NHOM_TUOI.map((band) => ({
      key: bandColumn(m, band),
      headers: [...BAND_LABEL[band].map((b) => `${MEASURES[m].vi} ${b}`), `${MEASURES[m].en} ${band}`],
      required: true,
    })),
  ),
];

const LOAI: Record<string, LoaiDot> = {
  'Khám sức khỏe tổng quát': 'KSK_TQ',
  'Khám sức khoẻ tổng quát': 'KSK_TQ',
  'KSK tổng quát': 'KSK_TQ',
  KSK_TQ: 'KSK_TQ',
  'General check-up': 'KSK_TQ',
  'Sàng lọc': 'SANG_LOC',
  'Khám sàng lọc': 'SANG_LOC',
  SANG_LOC: 'SANG_LOC',
  Screening: 'SANG_LOC',
};
const DON_VI: Record<string, DonViThucHien> = {
  'Trạm y tế': 'TYT',
  'Trạm y tế xã': 'TYT',
  TYT: 'TYT',
  'Commune health station': 'TYT',
  'Trung tâm y tế': 'TTYT',
  'Trung tâm y tế khu vực': 'TTYT',
  TTYT: 'TTYT',
  'District health centre': 'TTYT',
  'Regional health centre': 'TTYT',
};

const bandCounts = Object.fromEntries(columns.filter((c) => c.key.includes('_') && /\d/.test(c.key)).map((c) => [c.key, cell.count()]));
const schema = z
  .object({
    ma_dot: cell.optional(),
    ...communeCells(),
    ngay_kham: cell.date(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`),
    loai: cell.label(LOAI),
    don_vi: cell.label(DON_VI),
    doi_kham: cell.required(),
    ...bandCounts,
  })
  .superRefine((row, ctx) => {
    for (const band of NHOM_TUOI) {
      const whole = bandCount(row, 'kham', band);
      partNotAboveWhole(ctx, bandCount(row, 'chuyen', band), whole, bandColumn('chuyen', band));
      partNotAboveWhole(ctx, bandCount(row, 'sdd', band), whole, bandColumn('sdd', band));
    }
  });

export interface CheckupRound {
  ma_dot: string;
  ma_xa: string;
  ngay_kham: string;
  loai: LoaiDot;
  don_vi_thuc_hien: DonViThucHien;
  doi_kham: string;
  ket_qua: { nhom_tuoi: NhomTuoi; so_tre_kham: number; so_chuyen_tuyen: number; so_suy_dinh_duong: number }[];
}

export const checkupRounds = defineTemplate({
  id: 'health.checkups',
  agency: 'health',
  title: { vi: 'Báo cáo đợt khám sức khỏe trẻ em', en: 'Child check-up rounds' },
  columns,
  schema,
  toRecord(row) {
    // A round without its own code is known by where, when, what and who.
    const maDot = row.ma_dot ?? `${row.ma_xa}-${row.ngay_kham}-${row.loai}-${row.doi_kham}`;
    const record: CheckupRound = {
      ma_dot: maDot,
      ma_xa: row.ma_xa,
      ngay_kham: row.ngay_kham,
      loai: row.loai!,
      don_vi_thuc_hien: row.don_vi!,
      doi_kham: row.doi_kham,
      ket_qua: NHOM_TUOI.map((band) => ({
        nhom_tuoi: band,
        so_tre_kham: bandCount(row, 'kham', band),
        so_chuyen_tuyen: bandCount(row, 'chuyen', band),
        so_suy_dinh_duong: bandCount(row, 'sdd', band),
      })),
    };
    return { record, key: maDot, date: row.ngay_kham };
  },
  async write(db, changed) {
    const rounds = sql`(select c.ma_tinh, c.ma_huyen, c.du_lieu, r.* from ${changed} c,
      jsonb_to_record(c.du_lieu) as r(ma_dot text, ma_xa text, ngay_kham date, loai text, doi_kham text, don_vi_thuc_hien text))`;
    await sql`insert into ${sql.table('dot_kham')} (ma_dot, ma_tinh, ma_huyen, ma_xa, ngay_kham, loai, doi_kham, don_vi_thuc_hien)
      select ma_dot, ma_tinh, ma_huyen, ma_xa, ngay_kham, loai, doi_kham, don_vi_thuc_hien from ${rounds} x
      on conflict (ma_dot) do update set ma_tinh = excluded.ma_tinh, ma_huyen = excluded.ma_huyen, ma_xa = excluded.ma_xa, ngay_kham = excluded.ngay_kham,
        loai = excluded.loai, doi_kham = excluded.doi_kham, don_vi_thuc_hien = excluded.don_vi_thuc_hien`.execute(db);
    await sql`delete from ${sql.table('ket_qua_kham')} where ma_dot in (select x.ma_dot from ${rounds} x)`.execute(db);
    await sql`insert into ${sql.table('ket_qua_kham')} (ma_dot, nhom_tuoi, so_tre_kham, so_chuyen_tuyen, so_suy_dinh_duong)
      select x.ma_dot, k.nhom_tuoi, k.so_tre_kham, k.so_chuyen_tuyen, k.so_suy_dinh_duong from ${rounds} x
      cross join lateral jsonb_to_recordset(x.du_lieu->'ket_qua') as k(nhom_tuoi text, so_tre_kham int, so_chuyen_tuyen int, so_suy_dinh_duong int)`.execute(
      db,
    );
  },
  async markSubmitted(db, communeYears, today) {
    await sql`update ${sql.table('bao_cao_tram_y_te')} b set ngay_nop = ${today}::date
      from unnest(${communeYears.map((c) => c.code)}::text[], ${communeYears.map((c) => c.year)}::int[]) as t(ma_xa, nam)
      where b.ma_xa = t.ma_xa and b.nam = t.nam and b.ngay_nop is null`.execute(db);
  },
});

export const HEALTH_TEMPLATES = { checkups: checkupRounds };
