import type { Generated, Insertable, Selectable } from 'kysely';

/** Native tables of the Department of Education and Training, in its own names and codes. */

/** dm_truong: the school register. */
export interface DmTruongTable {
  ma_truong: string;
  ten_truong: string;
  /** 'MN' mầm non (preschool), 'TH' tiểu học (primary), 'THCS' trung học cơ sở (lower secondary) */
  cap_hoc: 'MN' | 'TH' | 'THCS';
  /** 'CL' công lập (public), 'TT' tư thục (private) */
  loai_hinh: 'CL' | 'TT';
  nam_thanh_lap: number;
}
/** truong_dia_ban: where a school is filed; rows carry the codes valid in their period. */
export interface TruongDiaBanTable {
  id: Generated<number>;
  ma_truong: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  tu_ngay: string;
  /** exclusive; null while current */
  den_ngay: string | null;
}
/** ts_hoc_sinh: enrolment per school per school year ("2024-2025"). A missing row means no report. */
export interface TsHocSinhTable {
  ma_truong: string;
  nam_hoc: string;
  so_hoc_sinh: number;
  ngay_bao_cao: string;
}
/** ban_tru: semi-boarding meals per school per school year. A missing row means no report. */
export interface BanTruTable {
  ma_truong: string;
  nam_hoc: string;
  so_hs_ban_tru: number;
  so_ngay_an: number;
  /** 'NSNN' state budget, 'CTMT' target programme, 'XHH' socialised (donors), 'PHHS' parents */
  nguon_kinh_phi: 'NSNN' | 'CTMT' | 'XHH' | 'PHHS';
  ngay_bao_cao: string;
}

export interface EducationDB {
  dm_truong: DmTruongTable;
  truong_dia_ban: TruongDiaBanTable;
  ts_hoc_sinh: TsHocSinhTable;
  ban_tru: BanTruTable;
}

export type School = Selectable<DmTruongTable>;
export type NewSchool = Insertable<DmTruongTable>;
export type NewSchoolLocation = Insertable<TruongDiaBanTable>;
export type NewEnrolment = Insertable<TsHocSinhTable>;
export type NewMeals = Insertable<BanTruTable>;
