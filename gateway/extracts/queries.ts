/**
 * The operations an extract runs through the gateway, with the caller's identity: rows come
 * from the same execution, suppression and cost limits as any query the caller could send.
 */
const VALUE = `fragment ExtractValue on IndicatorValue {
  indicator period value numerator numeratorAmount denominator target gap status completeness
  unitsExpected unitsReported excludedMembers dataQuality suppressionReason refreshedAt
  geographyDate estimate { methods }
}`;
const UNIT = 'code validFrom validUntil name fullName';

export const COMMUNE_PAGE = `query ExtractCommunes($year: Int!, $provinceCode: String, $indicators: [String!], $geographyDate: Date, $first: Int!, $after: String) {
  communeCoverage(year: $year, provinceCode: $provinceCode, indicators: $indicators, geographyDate: $geographyDate, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { commune { ${UNIT} district { code name } province { code name } } values { ...ExtractValue } }
  }
}
${VALUE}`;

export const DISTRICTS = `query ExtractDistricts($year: Int!, $date: Date!, $indicators: [String!], $geographyDate: Date) {
  provinces(date: $date) { code name districts(date: $date) { ${UNIT} coverage(year: $year, indicators: $indicators, geographyDate: $geographyDate) { ...ExtractValue } } }
}
${VALUE}`;

export const PROVINCES = `query ExtractProvinces($year: Int!, $date: Date!, $indicators: [String!], $geographyDate: Date) {
  provinces(date: $date) { ${UNIT} coverage(year: $year, indicators: $indicators, geographyDate: $geographyDate) { ...ExtractValue } }
}
${VALUE}`;

export const NATION = `query ExtractNation($year: Int!, $indicators: [String!], $geographyDate: Date) {
  nationalCoverage(year: $year, indicators: $indicators, geographyDate: $geographyDate) { values { ...ExtractValue } }
}
${VALUE}`;

export const PROVENANCE = `query ExtractProvenance {
  dataProvenance { geography sectorData sectorDataSynthetic seed scope loadedAt }
  coverageFreshness { year provinceCode refreshedAt }
}`;

export interface Unit {
  code: string;
  validFrom: string;
  validUntil: string | null;
  name: string;
  fullName: string;
}
export interface Value {
  indicator: string;
  period: string;
  value: number | null;
  numerator: number | null;
  /** money numerators only: exact đồng as a decimal string, written as text */
  numeratorAmount: string | null;
  denominator: number | null;
  target: number | null;
  gap: number | null;
  status: string;
  completeness: number | null;
  unitsExpected: number;
  unitsReported: number;
  excludedMembers: number;
  dataQuality: string[];
  suppressionReason: string | null;
  refreshedAt: string | null;
  /** null: as filed */
  geographyDate: string | null;
  /** set where a figure on a date's geography rests on apportioned parts */
  estimate: { methods: string[] } | null;
}
