import type { ClassificationKind } from '../__generated__/resolvers-types.ts';
import type { Generated, Insertable, Selectable } from 'kysely';

/** Versions of units: one row per place-under-a-code for the period it was in force. */
interface UnitVersionTable {
  code: string;
  valid_from: string;
  /** inclusive; null while in force */
  valid_until: string | null;
  name: string;
  full_name: string;
  name_en: string;
  kind: string;
}
export interface ProvinceTable extends UnitVersionTable {}
export interface DistrictTable extends UnitVersionTable {
  province_code: string;
}
export interface CommuneTable extends UnitVersionTable {
  province_code: string;
  district_code: string | null;
}
export interface SnapshotTable {
  date: string;
  legal_basis: string;
  provinces: number;
  districts: number;
  communes: number;
}
/** The 2025 reform crosswalk, row for row as published. */
export interface ReformCrosswalkTable {
  id: Generated<number>;
  province_code: string;
  code: string;
  name: string;
  predecessor_code: string;
  predecessor_name: string;
  transfer: 'full' | 'partial';
}
/** Communes of 2021-11-01 gone by 2025-03-01: the unit each merged into, or why that is unknown. */
export interface CommuneMergerTable {
  id: Generated<number>;
  code: string;
  valid_from: string;
  name: string;
  successor_code: string | null;
  successor_valid_from: string | null;
  successor_name: string | null;
  transfer: 'full' | 'partial' | null;
  /** MERGER_LIST (the public list) or SAME_NAME_IN_DISTRICT (derived); null when not linked */
  basis: 'MERGER_LIST' | 'SAME_NAME_IN_DISTRICT' | null;
  source_url: string | null;
  source_year: number | null;
  /** null when linked */
  unmatched_reason: 'NOT_IN_SOURCE' | 'NO_MATCHING_UNIT' | 'AMBIGUOUS' | null;
  source_names: string | null;
}
export type LinkBasis = 'SAME_CODE' | 'REFORM_CROSSWALK_2025' | 'COMMUNE_MERGER_2021_2025' | 'SAME_NAME_IN_DISTRICT_2025';
/** A view: every link between two commune versions the directory holds. */
export interface CommuneLinkView {
  from_code: string;
  from_valid_from: string;
  to_code: string;
  to_valid_from: string;
  transfer: 'full' | 'partial';
  basis: LinkBasis;
}
export interface ClassificationTable {
  id: Generated<number>;
  commune_code: string;
  commune_valid_from: string;
  kind: ClassificationKind;
  valid_from: string;
  valid_until: string | null;
  source: string;
  synthetic: boolean;
}
export interface DatasetInfoTable {
  key: string;
  value: string;
}

export type PlaceLevel = 'PROVINCE' | 'DISTRICT' | 'COMMUNE';
/** The name-search index: each word-suffix of a unit version's folded names (see names.ts). */
export interface PlaceNameTable {
  level: PlaceLevel;
  code: string;
  valid_from: string;
  valid_until: string | null;
  key: string;
  whole: boolean;
}

export interface GeographyDB {
  province: ProvinceTable;
  district: DistrictTable;
  commune: CommuneTable;
  snapshot: SnapshotTable;
  reform_crosswalk: ReformCrosswalkTable;
  commune_merger: CommuneMergerTable;
  commune_link: CommuneLinkView;
  classification: ClassificationTable;
  dataset_info: DatasetInfoTable;
  place_name: PlaceNameTable;
}

export type Province = Selectable<ProvinceTable>;
export type District = Selectable<DistrictTable>;
export type Commune = Selectable<CommuneTable>;
export type Snapshot = Selectable<SnapshotTable>;
export type CrosswalkRow = Selectable<ReformCrosswalkTable>;
export type MergerRow = Selectable<CommuneMergerTable>;
export type Classification = Selectable<ClassificationTable>;
export type NewClassification = Insertable<ClassificationTable>;
