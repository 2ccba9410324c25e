import type { Generated } from 'kysely';

/** The import tables every importing agency holds (lib/import/migration-v1.ts). */
export type BatchStatus = 'RUNNING' | 'ACCEPTED' | 'PARTIAL' | 'REJECTED';
export type WritePolicy = 'ALL_OR_NOTHING' | 'VALID_ROWS';

export interface LoNhapTable {
  ma_lo: string;
  mau: string;
  ten_tep: string;
  tong_kiem: string;
  nguoi_nop: string;
  vai_tro: string;
  dia_ban: string;
  chinh_sach: WritePolicy;
  trang_thai: BatchStatus;
  bat_dau: Generated<string>;
  ket_thuc: string | null;
  so_dong: Generated<number>;
  so_moi: Generated<number>;
  so_sua: Generated<number>;
  so_da_co: Generated<number>;
  so_loi: Generated<number>;
  so_khong_luu: Generated<number>;
  /** issue code → rows */
  tom_tat_loi: Generated<unknown>;
  /** [{ province, year }] the stored rows touched */
  tinh_nam: Generated<unknown>;
  /** commune version ids (`code|validFrom`) the stored rows were filed under */
  xa: Generated<string[]>;
}
export interface DongNhapTable {
  mau: string;
  khoa: string;
  ma_lo: string;
  trang_tinh: string;
  dong: number;
  bam: string;
  du_lieu: unknown;
}
export interface DongNhapLichSuTable extends DongNhapTable {
  id: Generated<string>;
  thay_boi_lo: string;
  thay_luc: Generated<string>;
}
export interface LoiNhapTable {
  id: Generated<string>;
  ma_lo: string;
  trang_tinh: string;
  dong: number;
  cot: string;
  gia_tri: string;
  ma_loi: string;
  thong_diep_vi: string;
  thong_diep_en: string;
  dong_goc: unknown;
}
export interface ImportDB {
  lo_nhap: LoNhapTable;
  dong_nhap: DongNhapTable;
  dong_nhap_lich_su: DongNhapLichSuTable;
  loi_nhap: LoiNhapTable;
}
