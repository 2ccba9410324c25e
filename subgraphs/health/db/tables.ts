import type { Generated, Insertable, Selectable } from 'kysely';

/** Category codes of the Department of Health, as stored. */
export type LoaiDot = 'KSK_TQ' | 'SANG_LOC';
export type DonViThucHien = 'TYT' | 'TTYT';
export type NhomTuoi = '0-2' | '3-5' | '6-10' | '11-15';
export const NHOM_TUOI: readonly NhomTuoi[] = ['0-2', '3-5', '6-10', '11-15'];

/** Đợt khám: a check-up or screening round held in one commune. */
export interface DotKhamTable {
  ma_dot: string;
  ma_tinh: string;
  /** null after 1 July 2025 (districts abolished) */
  ma_huyen: string | null;
  /** the commune code valid on ngay_kham */
  ma_xa: string;
  ngay_kham: string;
  loai: LoaiDot;
  doi_kham: string;
  don_vi_thuc_hien: DonViThucHien;
}
/** Kết quả khám: results of a round for one age band. */
export interface KetQuaKhamTable {
  ma_dot: string;
  nhom_tuoi: NhomTuoi;
  so_tre_kham: number;
  so_chuyen_tuyen: number;
  so_suy_dinh_duong: number;
}
/** Hỗ trợ chi phí điều trị: an anonymous treatment-cost support case. */
export interface HoTroDieuTriTable {
  id: Generated<number>;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  ngay: string;
  /** VND */
  so_tien: number;
  nguon: string;
}
/** Thẻ BHYT trẻ em: under-6 health-insurance cards, counted on 31 December of `nam`. */
export interface TheBhytTreEmTable {
  ma_tinh: string;
  ma_xa: string;
  nam: number;
  so_tre_duoi_6: number;
  so_the_cap: number;
}
/** Báo cáo trạm y tế: a yearly station report that was due; ngay_nop null = not submitted. */
export interface BaoCaoTramYTeTable {
  ma_tinh: string;
  ma_xa: string;
  nam: number;
  den_ngay: string;
  han_nop: string;
  ngay_nop: string | null;
}

export interface HealthDB {
  dot_kham: DotKhamTable;
  ket_qua_kham: KetQuaKhamTable;
  ho_tro_dieu_tri: HoTroDieuTriTable;
  the_bhyt_tre_em: TheBhytTreEmTable;
  bao_cao_tram_y_te: BaoCaoTramYTeTable;
}

export type DotKham = Selectable<DotKhamTable>;
export type NewDotKham = Insertable<DotKhamTable>;
export type NewKetQuaKham = Insertable<KetQuaKhamTable>;
export type NewHoTroDieuTri = Insertable<HoTroDieuTriTable>;
export type NewTheBhytTreEm = Insertable<TheBhytTreEmTable>;
export type NewBaoCaoTramYTe = Insertable<BaoCaoTramYTeTable>;
