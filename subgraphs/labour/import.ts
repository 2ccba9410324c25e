import { sql } from 'kysely';
import { z } from 'zod';
import { cell } from '../../lib/import/cells.ts';
import type { ColumnSpec } from '../../lib/import/read.ts';
import { communeCells, defineTemplate } from '../../lib/import/template.ts';
import { FIRST_YEAR, LAST_YEAR } from '../../lib/periods.ts';
import type { HinhThuc, MucNgheo, Nguon } from './db/tables.ts';

/**
 * Danh sách trẻ em (the child list of the child-information software): one row per child per
 * year, with the child's details, residence (commune code and the day it started), the
 * household's poverty status that year and the special-circumstance groups (Luật Trẻ em 2016,
 * điều 10, nhóm 1–16). Personal data: rows never reach logs; rejected rows go only to the submitter.
 */
const columns: ColumnSpec[] = [
  { key: 'ma_tre', headers: ['Mã trẻ', 'Mã định danh trẻ', 'Child ID'], required: true },
  { key: 'ho_ten', headers: ['Họ và tên', 'Họ tên', 'Full name', 'Name'], required: true },
  { key: 'ngay_sinh', headers: ['Ngày sinh', 'Birth date', 'Date of birth'], required: true },
  { key: 'gioi_tinh', headers: ['Giới tính', 'Sex'], required: true },
  { key: 'dan_toc', headers: ['Dân tộc', 'Ethnic group', 'Ethnicity'], required: true },
  { key: 'nam', headers: ['Năm', 'Năm báo cáo', 'Year'], required: true },
  { key: 'ma_xa', headers: ['Mã xã cư trú', 'Mã xã', 'Residence commune code', 'Commune code'], required: true },
  { key: 'ten_xa', headers: ['Tên xã cư trú', 'Tên xã', 'Commune name'], required: false },
  { key: 'cu_tru_tu', headers: ['Cư trú từ ngày', 'Ngày bắt đầu cư trú', 'Resident since'], required: true },
  { key: 'ho_ngheo', headers: ['Hộ nghèo/cận nghèo', 'Tình trạng hộ', 'Household poverty'], required: false },
  { key: 'hoan_canh', headers: ['Hoàn cảnh đặc biệt', 'Nhóm hoàn cảnh đặc biệt', 'Special circumstances'], required: false },
];

const GIOI_TINH: Record<string, 'NAM' | 'NU'> = { Nam: 'NAM', Nữ: 'NU', Male: 'NAM', Female: 'NU', M: 'NAM', F: 'NU' };
const HO_NGHEO: Record<string, MucNgheo | 'KHONG'> = {
  Nghèo: 'NGHEO',
  'Hộ nghèo': 'NGHEO',
  Poor: 'NGHEO',
  'Cận nghèo': 'CAN_NGHEO',
  'Hộ cận nghèo': 'CAN_NGHEO',
  'Near poor': 'CAN_NGHEO',
  Không: 'KHONG',
  None: 'KHONG',
  No: 'KHONG',
};
const NHOM: Record<string, number> = Object.fromEntries(
  Array.from({ length: 16 }, (_, i) => i + 1).flatMap((n) => [
    [`${n}`, n],
    [`Nhóm ${n}`, n],
    [`Group ${n}`, n],
  ]),
);
/** The 54 ethnic groups of Viet Nam (Tổng cục Thống kê, danh mục các dân tộc Việt Nam), stored by name; common spellings accepted. */
const ETHNIC_GROUPS = [
  'Kinh',
  'Tày',
  'Thái',
  'Mường',
  'Khmer',
  'Hoa',
  'Nùng',
  "H'Mông",
  'Dao',
  'Gia Rai',
  'Ê Đê',
  'Ba Na',
  'Xơ Đăng',
  'Sán Chay',
  'Cơ Ho',
  'Chăm',
  'Sán Dìu',
  'Hrê',
  'Ra Glai',
  'Mnông',
  'Xtiêng',
  'Bru-Vân Kiều',
  'Thổ',
  'Khơ Mú',
  'Cơ Tu',
  'Giáy',
  'Giẻ Triêng',
  'Tà Ôi',
  'Mạ',
  'Co',
  'Chơ Ro',
  'Xinh Mun',
  'Hà Nhì',
  'Chu Ru',
  'Lào',
  'Kháng',
  'La Chí',
  'Phù Lá',
  'La Hủ',
  'La Ha',
  'Pà Thẻn',
  'Chứt',
  'Lự',
  'Lô Lô',
  'Mảng',
  'Cờ Lao',
  'Bố Y',
  'Cống',
  'Ngái',
  'Si La',
  'Pu Péo',
  'Rơ Măm',
  'Brâu',
  'Ơ Đu',
];
const DAN_TOC: Record<string, string> = {
  ...Object.fromEntries(ETHNIC_GROUPS.map((g) => [g, g])),
  Mông: "H'Mông",
  Hmong: "H'Mông",
  Khơme: 'Khmer',
  Jrai: 'Gia Rai',
  Ede: 'Ê Đê',
};

const schema = z
  .object({
    ma_tre: cell.required(),
    ho_ten: cell.required(),
    ngay_sinh: cell.date('2000-01-01', `${LAST_YEAR}-12-31`),
    gioi_tinh: cell.label(GIOI_TINH),
    dan_toc: cell.label(DAN_TOC),
    nam: cell.year(FIRST_YEAR, LAST_YEAR),
    ...communeCells(),
    cu_tru_tu: cell.date('2000-01-01', `${LAST_YEAR}-12-31`),
    ho_ngheo: cell.label(HO_NGHEO, { optional: true }),
    hoan_canh: cell
      .labels(NHOM)
      .optional()
      .transform((v) => v ?? []),
  })
  .superRefine((row, ctx) => {
    if (row.cu_tru_tu < row.ngay_sinh)
      ctx.addIssue({
        code: 'custom',
        message: 'BAD_VALUE',
        path: ['cu_tru_tu'],
        params: { code: 'BAD_VALUE', detail: 'cư trú trước ngày sinh / before birth' },
      });
    if (row.cu_tru_tu > `${row.nam}-12-31`)
      ctx.addIssue({
        code: 'custom',
        message: 'DATE_OUT_OF_PERIOD',
        path: ['cu_tru_tu'],
        params: { code: 'DATE_OUT_OF_PERIOD', detail: `≤ ${row.nam}-12-31` },
      });
  });

export interface ChildYear {
  ma_tre: string;
  ho_ten: string;
  ngay_sinh: string;
  gioi_tinh: 'NAM' | 'NU';
  dan_toc: string;
  nam: number;
  ma_xa: string;
  cu_tru_tu: string;
  ho_ngheo: MucNgheo | null;
  hoan_canh: number[];
}

export const childList = defineTemplate({
  id: 'labour.children',
  agency: 'labour',
  title: { vi: 'Danh sách trẻ em theo năm', en: 'Child list, a row per child per year' },
  columns,
  schema,
  toRecord(r) {
    const record: ChildYear = {
      ma_tre: r.ma_tre,
      ho_ten: r.ho_ten,
      ngay_sinh: r.ngay_sinh,
      gioi_tinh: r.gioi_tinh!,
      dan_toc: r.dan_toc!,
      nam: r.nam,
      ma_xa: r.ma_xa,
      cu_tru_tu: r.cu_tru_tu,
      ho_ngheo: r.ho_ngheo === 'KHONG' ? null : r.ho_ngheo,
      hoan_canh: [...r.hoan_canh].sort((a, b) => a - b),
    };
    // Filed where the child lived from `cu_tru_tu`; the figures are the row's year's.
    return { record, key: `${r.ma_tre}|${r.nam}`, date: r.cu_tru_tu, year: r.nam };
  },
  async write(db, changed) {
    const rows = sql`(select c.n, c.ma_tinh, c.ma_huyen, r.* from ${changed} c,
      jsonb_to_record(c.du_lieu) as r(ma_tre text, ho_ten text, ngay_sinh date, gioi_tinh text, dan_toc text, nam int, ma_xa text, cu_tru_tu date, ho_ngheo text, hoan_canh jsonb))`;
    await sql`create temp table tre_nhap on commit drop as select * from ${rows} x`.execute(db);
    // The child's details: the last row of the file wins (a later year's line corrects a name).
    await sql`insert into ${sql.table('tre_em')} (ma_tre, ho_ten, ngay_sinh, gioi_tinh, dan_toc)
      select distinct on (ma_tre) ma_tre, ho_ten, ngay_sinh, gioi_tinh, dan_toc from tre_nhap order by ma_tre, n desc
      on conflict (ma_tre) do update set ho_ten = excluded.ho_ten, ngay_sinh = excluded.ngay_sinh, gioi_tinh = excluded.gioi_tinh, dan_toc = excluded.dan_toc`.execute(
      db,
    );

    // Residence: one period per (child, start day); a period ends where the child's next one starts.
    const stays = sql`(select distinct on (ma_tre, cu_tru_tu) ma_tre, ma_tinh, ma_huyen, ma_xa, cu_tru_tu as tu_ngay from tre_nhap order by ma_tre, cu_tru_tu, n desc)`;
    await sql`update ${sql.table('tre_em_cu_tru')} c set ma_tinh = t.ma_tinh, ma_huyen = t.ma_huyen, ma_xa = t.ma_xa from ${stays} t
      where c.ma_tre = t.ma_tre and c.tu_ngay = t.tu_ngay and (c.ma_xa, c.ma_tinh) is distinct from (t.ma_xa, t.ma_tinh)`.execute(db);
    await sql`insert into ${sql.table('tre_em_cu_tru')} (ma_tre, ma_tinh, ma_huyen, ma_xa, tu_ngay)
      select t.* from ${stays} t where not exists (select 1 from ${sql.table('tre_em_cu_tru')} c where c.ma_tre = t.ma_tre and c.tu_ngay = t.tu_ngay)`.execute(
      db,
    );
    await sql`update ${sql.table('tre_em_cu_tru')} c set den_ngay = n.next
      from (select id, lead(tu_ngay) over (partition by ma_tre order by tu_ngay) as next from ${sql.table('tre_em_cu_tru')} where ma_tre in (select ma_tre from tre_nhap)) n
      where c.id = n.id and c.den_ngay is distinct from n.next`.execute(db);

    // Poverty and special circumstances of the row's year replace what that year held.
    await sql`delete from ${sql.table('tre_em_ho_ngheo')} h using tre_nhap t where h.ma_tre = t.ma_tre and h.nam = t.nam`.execute(db);
    await sql`insert into ${sql.table('tre_em_ho_ngheo')} (ma_tre, nam, muc) select ma_tre, nam, ho_ngheo from tre_nhap where ho_ngheo is not null`.execute(
      db,
    );
    await sql`delete from ${sql.table('tre_em_hoan_canh')} h using tre_nhap t
      where h.ma_tre = t.ma_tre and h.tu_ngay = make_date(t.nam, 1, 1) and h.den_ngay = make_date(t.nam + 1, 1, 1)`.execute(db);
    await sql`insert into ${sql.table('tre_em_hoan_canh')} (ma_tre, nhom, tu_ngay, den_ngay)
      select t.ma_tre, g::int, make_date(t.nam, 1, 1), make_date(t.nam + 1, 1, 1) from tre_nhap t cross join lateral jsonb_array_elements_text(t.hoan_canh) as g`.execute(
      db,
    );
    await sql`drop table tre_nhap`.execute(db);
  },
  async markSubmitted(db, communeYears, today) {
    await sql`insert into ${sql.table('bao_cao_xa')} (ma_tinh, ma_xa, nam, ky, ngay_nop)
      select t.ma_tinh, t.ma_xa, t.nam, 'NAM', ${today}::date from unnest(${communeYears.map((c) => c.provinceCode)}::text[], ${communeYears.map((c) => c.code)}::text[], ${communeYears.map((c) => c.year)}::int[]) as t(ma_tinh, ma_xa, nam)
      where not exists (select 1 from ${sql.table('bao_cao_xa')} b where b.ma_xa = t.ma_xa and b.nam = t.nam and b.ky = 'NAM')`.execute(db);
  },
});

/**
 * Danh sách trẻ được hỗ trợ (support records): one row per support given to a child. The child
 * must already be on the stored child list (UNKNOWN_REFERENCE otherwise). Support paid from the
 * Child Protection Fund is not taken here: it must name the fund disbursement it drew on, and
 * comes with the fund's ledger (`npm run import:fund`, docs/fund.md).
 */
const supportColumns: ColumnSpec[] = [
  { key: 'ma_tre', headers: ['Mã trẻ', 'Mã định danh trẻ', 'Child ID'], required: true },
  { key: 'ma_xa', headers: ['Mã xã', 'Mã xã hỗ trợ', 'Commune code'], required: true },
  { key: 'ten_xa', headers: ['Tên xã', 'Commune name'], required: false },
  { key: 'ngay', headers: ['Ngày hỗ trợ', 'Ngày', 'Date'], required: true },
  { key: 'hinh_thuc', headers: ['Hình thức hỗ trợ', 'Hình thức', 'Form of support'], required: true },
  { key: 'nguon', headers: ['Nguồn kinh phí', 'Nguồn', 'Source'], required: true },
  { key: 'so_tien', headers: ['Số tiền (đồng)', 'Số tiền', 'Amount (VND)', 'Amount'], required: true },
];
const HINH_THUC: Record<string, HinhThuc> = {
  'Chăm sóc sức khỏe': 'CHAM_SOC_SUC_KHOE',
  'Chăm sóc sức khoẻ': 'CHAM_SOC_SUC_KHOE',
  'Health care': 'CHAM_SOC_SUC_KHOE',
  'Trợ giúp xã hội': 'TRO_GIUP_XA_HOI',
  'Social assistance': 'TRO_GIUP_XA_HOI',
  'Hỗ trợ giáo dục': 'HO_TRO_GIAO_DUC',
  'Education support': 'HO_TRO_GIAO_DUC',
  'Trợ giúp pháp lý': 'TRO_GIUP_PHAP_LY',
  'Legal aid': 'TRO_GIUP_PHAP_LY',
  'Tư vấn tâm lý': 'TU_VAN_TAM_LY',
  Counselling: 'TU_VAN_TAM_LY',
  'Đồ dùng mùa đông': 'DO_DUNG_MUA_DONG',
  'Áo ấm mùa đông': 'DO_DUNG_MUA_DONG',
  'Winter supplies': 'DO_DUNG_MUA_DONG',
};
const NGUON: Record<string, Nguon | 'QUY'> = {
  'Ngân sách': 'NGAN_SACH',
  'Ngân sách nhà nước': 'NGAN_SACH',
  'State budget': 'NGAN_SACH',
  'Xã hội hóa': 'XA_HOI_HOA',
  Donations: 'XA_HOI_HOA',
  'Quỹ Bảo trợ trẻ em': 'QUY',
  'Quỹ BTTE': 'QUY',
  'Child Protection Fund': 'QUY',
};
const supportSchema = z.object({
  ma_tre: cell.required(),
  ...communeCells(),
  ngay: cell.date(`${FIRST_YEAR}-01-01`, `${LAST_YEAR}-12-31`),
  hinh_thuc: cell.label(HINH_THUC),
  nguon: cell.label(NGUON).transform((v, ctx) => {
    if (v !== 'QUY') return v;
    ctx.addIssue({
      code: 'custom',
      message: 'BAD_VALUE',
      params: { code: 'BAD_VALUE', detail: 'chi từ Quỹ nhập cùng sổ quỹ (npm run import:fund) / fund payments come with the fund ledger' },
    });
    return z.NEVER;
  }),
  so_tien: cell.count(),
});

export interface SupportRecord {
  ma_tre: string;
  ngay: string;
  hinh_thuc: HinhThuc;
  nguon: Nguon;
  so_tien: number;
}

export const supportRecords = defineTemplate({
  id: 'labour.support',
  agency: 'labour',
  title: { vi: 'Danh sách trẻ được hỗ trợ', en: 'Support given to children' },
  columns: supportColumns,
  references: [{ field: 'ma_tre', table: 'tre_em', key: 'ma_tre' }],
  schema: supportSchema,
  toRecord(r) {
    const record: SupportRecord = { ma_tre: r.ma_tre, ngay: r.ngay, hinh_thuc: r.hinh_thuc!, nguon: r.nguon as Nguon, so_tien: r.so_tien };
    return { record, key: `${r.ma_tre}|${r.ngay}|${record.hinh_thuc}|${record.nguon}`, date: r.ngay };
  },
  async write(db, changed) {
    // A support is known by child, day, form and source: a correction replaces it.
    await sql`create temp table tro_giup_nhap on commit drop as select c.ma_tinh, c.ma_huyen, c.ma_xa, r.*
      from ${changed} c, jsonb_to_record(c.du_lieu) as r(ma_tre text, ngay date, hinh_thuc text, nguon text, so_tien bigint)`.execute(db);
    await sql`delete from ${sql.table('tro_giup')} g using tro_giup_nhap t
      where g.ma_tre = t.ma_tre and g.ngay = t.ngay and g.hinh_thuc = t.hinh_thuc and g.nguon = t.nguon`.execute(db);
    await sql`insert into ${sql.table('tro_giup')} (ma_tre, ma_tinh, ma_huyen, ma_xa, ngay, hinh_thuc, nguon, so_tien)
      select ma_tre, ma_tinh, ma_huyen, ma_xa, ngay, hinh_thuc, nguon, so_tien from tro_giup_nhap`.execute(db);
    await sql`drop table tro_giup_nhap`.execute(db);
  },
});

export const LABOUR_TEMPLATES = { children: childList, support: supportRecords };
