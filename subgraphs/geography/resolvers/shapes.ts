import { addDays, todayInVietnam } from '../../../lib/periods.ts';
import type { CommuneParts, CommuneWithParts } from '../db/repository.ts';
import type { District, Province, Snapshot } from '../db/tables.ts';

/** GraphQL-facing shapes of directory rows; resolvers below receive these as parents. */
export interface UnitShape {
  code: string;
  validFrom: string;
  validUntil: string | null;
  name: string;
  fullName: string;
  nameEn: string;
  kind: string;
}
export interface CommuneShape extends UnitShape {
  provinceCode: string;
  districtCode: string | null;
  /** Brought by the statement that found the commune, when the operation asked for them. */
  parts?: CommuneParts;
}
export interface DistrictShape extends UnitShape {
  provinceCode: string;
}

const unit = (r: Province): UnitShape => ({
  code: r.code,
  validFrom: r.valid_from,
  validUntil: r.valid_until,
  name: r.name,
  fullName: r.full_name,
  nameEn: r.name_en,
  kind: r.kind,
});
export const toProvince = (r: Province): UnitShape => unit(r);
export const toDistrict = (r: District): DistrictShape => ({ ...unit(r), provinceCode: r.province_code });
export const toCommune = (r: CommuneWithParts): CommuneShape => ({
  ...unit(r),
  provinceCode: r.province_code,
  districtCode: r.district_code,
  ...(r.parts ? { parts: r.parts } : {}),
});
export const toSnapshot = (r: Snapshot) => ({
  date: r.date,
  legalBasis: r.legal_basis,
  provinces: r.provinces,
  districts: r.districts,
  communes: r.communes,
});

/** The default "as of" date inside a version: today, or its last day if it has ended. */
export function lastDayOf(version: { validFrom: string; validUntil: string | null }): string {
  const today = todayInVietnam();
  if (version.validUntil && version.validUntil < today) return version.validUntil;
  return today < version.validFrom ? version.validFrom : today;
}

/** A version's parent, which the directory always holds: its absence is a data error, never null. */
export function parentOf<T>(hit: { row: T } | null | undefined, what: string): T {
  if (!hit) throw new Error(`the directory has no ${what}`);
  return hit.row;
}

export const dayBefore = (date: string) => addDays(date, -1);
