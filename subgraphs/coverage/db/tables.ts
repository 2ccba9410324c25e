import type { Generated, Insertable, Selectable } from 'kysely';

/**
 * The read model: one row per commune version and calendar year, holding every measure the
 * indicators divide, as the subgraphs reported them at `refreshed_at`. Null is "not reported"
 * (missing), never zero.
 */
export interface CommuneYearTable {
  code: string;
  valid_from: string;
  valid_until: string | null;
  year: number;
  province_code: string;
  district_code: string | null;
  mountainous: boolean;
  ethnic_minority_area: boolean;
  extremely_difficult: boolean;
  // health ÷ labour
  checkup_examined: number | null;
  checkup_population: number | null;
  checkup_units_expected: number;
  checkup_units_reported: number;
  // education (school year starting in September of `year`)
  meal_served: number | null;
  meal_enrolled: number | null;
  meal_schools: number;
  meal_schools_reported: number;
  // culture
  play_equipped: number | null;
  play_known: number | null;
  play_units_expected: number;
  play_units_reported: number;
  // labour
  special_supported: number | null;
  special_children: number | null;
  poor_supported: number | null;
  poor_children: number | null;
  in_need_children: number | null;
  /** VND: written as the exact decimal string the graph serves (numeric column) */
  fund_disbursed: number | string | null;
  labour_units_expected: number;
  labour_units_reported: number;
  // the other plans' measures (migration 0005): labour; education ÷ labour (school year); health
  abuse_supported: number | null;
  abuse_victims: number | null;
  preschool_enrolled: number | null;
  preschool_age_children: number | null;
  preschool_schools: number;
  preschool_schools_reported: number;
  insurance_cards: number | null;
  insurance_children: number | null;
  insurance_units_expected: number;
  insurance_units_reported: number;
  // child-friendly communes (migration 0007): computed at refresh from this row and the recorded assessments
  /** 1 qualifies, 0 does not, null cannot be decided yet (child-friendly.ts qualification) */
  child_friendly_qualifying: number | null;
  /** 1 per commune-year: the share's denominator */
  child_friendly_communes: number | null;
  /** 1 when every criterion the commune assesses itself has been recorded */
  child_friendly_assessed: number | null;
  // report submissions (migration 0002)
  district_valid_from: string | null;
  labour_yearly_submitted_on: string | null;
  labour_six_month_submitted_on: string | null;
  health_submitted_on: string | null;
  culture_submitted_on: string | null;
  refreshed_at: string;
}

/**
 * The read model on the geography of a date (rebase.ts): the same measures for the communes in
 * force on `basis_date`, moved there through the lineage from every version that filed figures
 * in the year, apportioned where a commune was divided (`estimates` says where, how and by what
 * weight). Filled at refresh time, so a request on a basis costs what one as filed costs.
 */
export interface CommuneYearBasisTable
  extends Omit<
    CommuneYearTable,
    'district_valid_from' | 'labour_yearly_submitted_on' | 'labour_six_month_submitted_on' | 'health_submitted_on' | 'culture_submitted_on'
  > {
  basis_date: string;
  estimates: unknown;
  sources: number;
}

/** Per basis date and year: measure totals filed, moved onto the basis, and left unmapped (rebase.ts Ledger). */
export interface BasisLedgerTable {
  basis_date: string;
  year: number;
  ledger: unknown;
  refreshed_at: string;
}

/** The indicator registry: each indicator's definition document, targets included. */
export interface IndicatorTable {
  id: string;
  position: number;
  definition: unknown;
}

export interface RefreshLogTable {
  year: number;
  province_code: string;
  refreshed_at: string;
  communes: number;
}

/** Reporting deadlines of the plans (data/deadlines.json). */
export interface ReportingDeadlineTable {
  position: number;
  province_code: string | null;
  agency: string | null;
  level: 'COMMUNE' | 'DISTRICT' | 'DEPARTMENT';
  period: 'YEARLY' | 'SIX_MONTH';
  month_day: string;
  document: string;
}

/** One year's suppression pattern (publication.ts StoredPattern), valid while the year's refresh stamp is `stamp`. */
export interface SuppressionPatternTable {
  year: number;
  stamp: string;
  pattern: unknown;
  computed_at: Generated<string>;
}

/** Child-friendly criteria recorded by an officer of the commune's area (migration 0006): append-only, its own audit trail. */
export interface ChildFriendlyAssessmentTable {
  id: Generated<number>;
  code: string;
  valid_from: string;
  year: number;
  criterion: number;
  met: boolean;
  note: string | null;
  recorded_by: string;
  role: string;
  request_id: string;
  recorded_at: Generated<string>;
}

export interface CoverageDB {
  child_friendly_assessment: ChildFriendlyAssessmentTable;
  suppression_pattern: SuppressionPatternTable;
  commune_year: CommuneYearTable;
  reporting_deadline: ReportingDeadlineTable;
  indicator: IndicatorTable;
  refresh_log: RefreshLogTable;
  commune_year_basis: CommuneYearBasisTable;
  basis_ledger: BasisLedgerTable;
}

export type CommuneYear = Selectable<CommuneYearTable>;
export type NewCommuneYear = Insertable<CommuneYearTable>;

/** Measure columns moved onto a date's geography (rebase.ts); with VERSION_MEASURES, what the registry may name. */
export const MEASURE_COLUMNS = [
  'checkup_examined',
  'checkup_population',
  'checkup_units_expected',
  'checkup_units_reported',
  'meal_served',
  'meal_enrolled',
  'meal_schools',
  'meal_schools_reported',
  'play_equipped',
  'play_known',
  'play_units_expected',
  'play_units_reported',
  'special_supported',
  'special_children',
  'poor_supported',
  'poor_children',
  'in_need_children',
  'fund_disbursed',
  'labour_units_expected',
  'labour_units_reported',
  'abuse_supported',
  'abuse_victims',
  'preschool_enrolled',
  'preschool_age_children',
  'preschool_schools',
  'preschool_schools_reported',
  'insurance_cards',
  'insurance_children',
  'insurance_units_expected',
  'insurance_units_reported',
] as const;
/**
 * Measures that stay with the commune version they belong to: a commune's child-friendly
 * qualification is of the version assessed, so it is not moved or apportioned onto a date's
 * geography (refresh-basis.ts carries it only to that same, unchanged version).
 */
export const VERSION_MEASURES = ['child_friendly_qualifying', 'child_friendly_communes', 'child_friendly_assessed'] as const;
/** Every measure an indicator may name. */
export const INDICATOR_MEASURES = [...MEASURE_COLUMNS, ...VERSION_MEASURES] as const;
export type MeasureColumn = (typeof MEASURE_COLUMNS)[number];
export type IndicatorMeasure = (typeof INDICATOR_MEASURES)[number];
/** Measure columns that hold money (VND, whole đồng): apportioned in whole đồng, served as the VND scalar. */
export const MONEY_COLUMNS: readonly MeasureColumn[] = ['fund_disbursed'];
