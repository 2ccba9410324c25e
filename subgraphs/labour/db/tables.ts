import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The DOLISA child-information database in its native shape (Vietnamese ASCII snake_case,
 * its own codes). Since 2025 the function belongs to the Ministry of Health; the shape is unchanged.
 * Every row carries the province (ma_tinh), district (ma_huyen, before 1 July 2025) and commune
 * (ma_xa) codes valid on the row's own date or period.
 */

/** Hồ sơ trẻ em: one row per child. Personal data: never leaves the subgraph except as aggregates. */
export interface TreEmTable {
  ma_tre: string;
  ho_ten: string;
  ngay_sinh: string;
  gioi_tinh: 'NAM' | 'NU';
  dan_toc: string;
}
/** Nơi cư trú: one row per period under one commune code. `den_ngay` is exclusive, null while current. */
export interface TreEmCuTruTable {
  id: Generated<number>;
  ma_tre: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  tu_ngay: string;
  den_ngay: string | null;
}
export type MucNgheo = 'NGHEO' | 'CAN_NGHEO';
/** Household poverty status by year (hộ nghèo / hộ cận nghèo at the year's review). */
export interface TreEmHoNgheoTable {
  ma_tre: string;
  nam: number;
  muc: MucNgheo;
}
/** Special-circumstance group (Luật Trẻ em 2016, điều 10, nhóm 1–16). `den_ngay` exclusive, null while current. */
export interface TreEmHoanCanhTable {
  id: Generated<number>;
  ma_tre: string;
  nhom: number;
  tu_ngay: string;
  den_ngay: string | null;
}

/** Forms of support (hình thức trợ giúp). */
export const HINH_THUC = [
  'CHAM_SOC_SUC_KHOE',
  'TRO_GIUP_XA_HOI',
  'HO_TRO_GIAO_DUC',
  'TRO_GIUP_PHAP_LY',
  'TU_VAN_TAM_LY',
  'DO_DUNG_MUA_DONG',
] as const;
export type HinhThuc = (typeof HINH_THUC)[number];
/** Sources of support (nguồn): state budget, child protection fund, socialised (donors). */
export const NGUON = ['NGAN_SACH', 'QUY_BTTE', 'XA_HOI_HOA'] as const;
export type Nguon = (typeof NGUON)[number];

/** Trợ giúp: one support event given to one child. */
export interface TroGiupTable {
  id: Generated<number>;
  ma_tre: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  ngay: string;
  hinh_thuc: HinhThuc;
  nguon: Nguon;
  /** VND, an integer (bigint: read as a string) */
  so_tien: string | number;
  /** The fund disbursement this support drew on: set exactly when nguon = QUY_BTTE. */
  ma_khoan_chi: number | null;
}

/** Quỹ Bảo trợ trẻ em: donors. */
export interface QuyNhaTaiTroTable {
  ma_nha_tai_tro: string;
  ten: string;
  loai: 'CA_NHAN' | 'DOANH_NGHIEP' | 'TO_CHUC';
}
export type CapQuy = 'TINH' | 'HUYEN' | 'XA';
/**
 * Donations received by the fund at one level; `ma_don_vi` is the code of the receiving unit at
 * that level. Append-only: a reversal is a row with `dao_nguoc_id` and the opposite amount.
 * Amounts are integer VND (bigint, read as strings). In-kind gifts carry their valuation.
 */
export interface QuyKhoanThuTable {
  id: Generated<number>;
  ngay: string;
  ma_nha_tai_tro: string;
  so_tien: string | number;
  cap: CapQuy;
  ma_tinh: string;
  ma_don_vi: string;
  hien_vat: Generated<boolean>;
  mo_ta_hien_vat: string | null;
  /** earmarks: a commune, a programme (e.g. QD588), a form of support; null = none */
  chi_dinh_xa: string | null;
  chi_dinh_chuong_trinh: string | null;
  chi_dinh_hinh_thuc: HinhThuc | null;
  dao_nguoc_id: number | null;
  ghi_chu: string | null;
}
/** Disbursements of the fund to a commune, approved by `nguoi_duyet`. Append-only, like donations. */
export interface QuyKhoanChiTable {
  id: Generated<number>;
  ngay: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  so_tien: string | number;
  muc_dich: string;
  chuong_trinh: string | null;
  hinh_thuc: HinhThuc | null;
  nguoi_duyet: string;
  dao_nguoc_id: number | null;
}
/** Phân bổ: how much of one donation one disbursement (or its reversal, negative) took. */
export interface QuyPhanBoTable {
  id: Generated<string>;
  ma_khoan_chi: number;
  ma_khoan_thu: number;
  so_tien: string | number;
}

/** Report periods: six-month (6 tháng) and yearly (năm). */
export type KyBaoCao = '6T' | 'NAM';
/** A commune's report submission. Deadlines are not stored here. */
export interface BaoCaoXaTable {
  id: Generated<number>;
  ma_tinh: string;
  ma_xa: string;
  nam: number;
  ky: KyBaoCao;
  ngay_nop: string;
}

/** The audit trail of child-record reads (append-only; a trigger refuses updates and deletes). */
export interface NhatKyTruyCapTable {
  id: Generated<string>;
  thoi_diem: Generated<string>;
  chu_the: string;
  vai_tro: string;
  /** the reader's area, comma-separated codes */
  dia_ban: string;
  /** the gateway's request id */
  ma_yeu_cau: string;
  /** the client's own id for the request, if it sent one (a label, never the request id) */
  ma_tuong_quan: string | null;
  /** which field and arguments */
  truy_van: string;
  /** child ids read, comma-separated */
  ma_tre: string;
  so_tre: number;
}

export interface LabourDB {
  nhat_ky_truy_cap: NhatKyTruyCapTable;
  tre_em: TreEmTable;
  tre_em_cu_tru: TreEmCuTruTable;
  tre_em_ho_ngheo: TreEmHoNgheoTable;
  tre_em_hoan_canh: TreEmHoanCanhTable;
  tro_giup: TroGiupTable;
  quy_nha_tai_tro: QuyNhaTaiTroTable;
  quy_khoan_thu: QuyKhoanThuTable;
  quy_khoan_chi: QuyKhoanChiTable;
  quy_phan_bo: QuyPhanBoTable;
  bao_cao_xa: BaoCaoXaTable;
}

export type NewTreEm = Insertable<TreEmTable>;
export type NewCuTru = Insertable<TreEmCuTruTable>;
export type NewHoNgheo = Insertable<TreEmHoNgheoTable>;
export type NewHoanCanh = Insertable<TreEmHoanCanhTable>;
export type NewTroGiup = Insertable<TroGiupTable>;
export type NewNhaTaiTro = Insertable<QuyNhaTaiTroTable>;
export type NewKhoanThu = Insertable<QuyKhoanThuTable>;
export type NewKhoanChi = Insertable<QuyKhoanChiTable>;
export type NewPhanBo = Insertable<QuyPhanBoTable>;
export type NewBaoCao = Insertable<BaoCaoXaTable>;
export type BaoCaoXa = Selectable<BaoCaoXaTable>;
