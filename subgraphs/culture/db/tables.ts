import type { Generated, Insertable, Selectable } from 'kysely';

/** Native tables of the Department of Culture and Sports and the Youth Union, in their own names and codes. */

/** khu_vui_choi: children's play areas. */
export interface KhuVuiChoiTable {
  id: string;
  ten: string;
  /** 'NVH' at a cultural house, 'TRUONG' at a school, 'CONG_VIEN' park, 'DIEM_THON' village play point */
  loai: 'NVH' | 'TRUONG' | 'CONG_VIEN' | 'DIEM_THON';
  ngay_dua_vao_su_dung: string;
}
/** khu_vui_choi_dia_ban: where a play area is filed; rows carry the codes valid in their period. */
export interface KhuVuiChoiDiaBanTable {
  id: Generated<number>;
  khu_id: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  tu_ngay: string;
  /** exclusive; null while current */
  den_ngay: string | null;
}
/** trang_thiet_bi: equipment of a play area. */
export interface TrangThietBiTable {
  id: string;
  khu_id: string;
  /** 'XICH_DU' swing, 'CAU_TRUOT' slide, 'BAP_BENH' seesaw, 'LEO_NUI' climbing frame, 'THE_THAO' sports */
  loai: 'XICH_DU' | 'CAU_TRUOT' | 'BAP_BENH' | 'LEO_NUI' | 'THE_THAO';
  /** donor (nhà tài trợ); null when paid from the budget */
  nha_tai_tro: string | null;
  ngay_lap_dat: string;
  /** latest assessed condition: 'TOT' working, 'HONG_NHE' minor damage (still usable), 'HONG' broken */
  tinh_trang: 'TOT' | 'HONG_NHE' | 'HONG';
  ngay_danh_gia: string;
  /** the day the item was found broken; null if it never broke */
  ngay_hong: string | null;
}
/** kiem_tra_an_toan: safety inspections. */
export interface KiemTraAnToanTable {
  id: Generated<number>;
  khu_id: string;
  ngay: string;
  /** 'DAT' passed, 'KHONG_DAT' failed */
  ket_qua: 'DAT' | 'KHONG_DAT';
  ghi_chu: string | null;
}
/** bao_cao_van_hoa: yearly culture report submissions of communes. A missing row means no report. */
export interface BaoCaoVanHoaTable {
  ma_xa: string;
  nam: number;
  ngay_nop: string;
}

export interface CultureDB {
  khu_vui_choi: KhuVuiChoiTable;
  khu_vui_choi_dia_ban: KhuVuiChoiDiaBanTable;
  trang_thiet_bi: TrangThietBiTable;
  kiem_tra_an_toan: KiemTraAnToanTable;
  bao_cao_van_hoa: BaoCaoVanHoaTable;
}

export type PlayArea = Selectable<KhuVuiChoiTable>;
export type NewPlayArea = Insertable<KhuVuiChoiTable>;
export type NewPlayAreaLocation = Insertable<KhuVuiChoiDiaBanTable>;
export type NewEquipment = Insertable<TrangThietBiTable>;
export type NewInspection = Insertable<KiemTraAnToanTable>;
export type NewCultureReport = Insertable<BaoCaoVanHoaTable>;
