import type { CapQuy, HinhThuc } from './db/tables.ts';

/**
 * The fund's allocation rule, written once for every reader (db/fund.ts runs it in SQL; the
 * demo generator runs this copy): a disbursement draws on the donations that may pay it (the
 * donation's level and unit hold the commune, its earmarks match, it arrived on or before the
 * day), in this order:
 *  1. the nearest level first: commune, then district, then province money;
 *  2. the most specific earmark first (money earmarked for this use is spent before money
 *     that could go anywhere, so general money stays free for uses nobody earmarked for);
 *  3. first in, first out: the oldest donation first, then the lowest id.
 */
export const PROGRAMME = {
  /** Decision 588: extremely difficult communes (khu vực III). */
  EXTREMELY_DIFFICULT: 'QD588',
  /** Mountainous communes. */
  MOUNTAINOUS: 'MIEN_NUI',
} as const;

export const LEVEL_ORDER: Record<CapQuy, number> = { XA: 0, HUYEN: 1, TINH: 2 };

export interface DonationTerms {
  id: number;
  ngay: string;
  cap: CapQuy;
  ma_tinh: string;
  ma_don_vi: string;
  chi_dinh_xa: string | null;
  chi_dinh_chuong_trinh: string | null;
  chi_dinh_hinh_thuc: HinhThuc | null;
}
export interface DisbursementTerms {
  ngay: string;
  ma_tinh: string;
  ma_huyen: string | null;
  ma_xa: string;
  chuong_trinh: string | null;
  hinh_thuc: HinhThuc | null;
}

export const mayPay = (d: DonationTerms, c: DisbursementTerms) =>
  d.ma_tinh === c.ma_tinh &&
  ((d.cap === 'TINH' && d.ma_don_vi === c.ma_tinh) ||
    (d.cap === 'HUYEN' && d.ma_don_vi === c.ma_huyen) ||
    (d.cap === 'XA' && d.ma_don_vi === c.ma_xa)) &&
  (d.chi_dinh_xa === null || d.chi_dinh_xa === c.ma_xa) &&
  (d.chi_dinh_chuong_trinh === null || d.chi_dinh_chuong_trinh === c.chuong_trinh) &&
  (d.chi_dinh_hinh_thuc === null || d.chi_dinh_hinh_thuc === c.hinh_thuc) &&
  d.ngay <= c.ngay;

const specificity = (d: DonationTerms) =>
  Number(d.chi_dinh_xa !== null) + Number(d.chi_dinh_chuong_trinh !== null) + Number(d.chi_dinh_hinh_thuc !== null);

/** The donations that may pay `c`, in the order the rule draws on them. */
export function allocationOrder<D extends DonationTerms>(donations: readonly D[], c: DisbursementTerms): D[] {
  return donations
    .filter((d) => mayPay(d, c))
    .sort(
      (a, b) => LEVEL_ORDER[a.cap] - LEVEL_ORDER[b.cap] || specificity(b) - specificity(a) || a.ngay.localeCompare(b.ngay) || a.id - b.id,
    );
}
