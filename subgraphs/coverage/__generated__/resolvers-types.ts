import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VersionRef as VersionRefModel } from '../../../lib/periods.ts';
import type { IndicatorValue as IndicatorValueModel } from '../evaluate.ts';
import type { Indicator as IndicatorModel } from '../registry.ts';
import type { CoverageContext } from '../context.ts';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type Omit<T, K extends keyof T> = Pick<T, Exclude<keyof T, K>>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A calendar date in ISO 8601 form, YYYY-MM-DD, without time zone. */
  Date: { input: string; output: string; }
  /** An exact amount of Vietnamese đồng: an integer, serialised as a decimal string. */
  VND: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** One agency figure of an area and year. */
export type AgencyFigure = {
  __typename?: 'AgencyFigure';
  /** For money (Commune.childProtectionFund.amountDisbursed): the exact amount; null otherwise, when nothing was filed, and outside the area. */
  amount?: Maybe<Scalars['VND']['output']>;
  /**
   * On a date's geography, members whose figure rests on an apportioning weight (ESTIMATED; see
   * the coverage values' `estimate` for how); 0 as filed and where every record was placed exactly.
   */
  estimatedMembers: Scalars['Int']['output'];
  /** The agency field it is, e.g. Commune.childPopulation.preschoolAndPrimaryAge. */
  field: Scalars['String']['output'];
  /** The read model's measure, e.g. checkup_population (GeographyReconciliation names the same). */
  measure: Scalars['String']['output'];
  /** Members of the area (communes) whose figure is in the sum. */
  members: Scalars['Int']['output'];
  /** The subgraph that owns it. */
  subgraph: Scalars['String']['output'];
  /**
   * The count (a whole number as filed; on a date's geography a share of a divided commune's count
   * may be fractional). Null when no member filed it (missing, never zero), when it is money (see
   * `amount`), and for viewers outside the area when it counts children in a sensitive group or
   * the money paid to them.
   */
  value?: Maybe<Scalars['Float']['output']>;
};

/** The agencies' own figures of one area and year (Commune.agencyFigures). */
export type AgencyFigures = {
  __typename?: 'AgencyFigures';
  /** One per measure the indicators divide, in registry order. */
  figures: Array<AgencyFigure>;
  /** The geography: null as filed, else the date whose communes the figures are on. */
  geographyDate?: Maybe<Scalars['Date']['output']>;
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** Indicators for one area (a group of communes) and year. */
export type AreaCoverage = {
  __typename?: 'AreaCoverage';
  /** Communes of the area in the read model for that year. */
  communes: Scalars['Int']['output'];
  /** The area, in words. */
  description: Scalars['String']['output'];
  /** The geography the figures are on: null as filed, else the date whose communes they are on. */
  geographyDate?: Maybe<Scalars['Date']['output']>;
  /** One value per indicator asked for (all by default), in registry order. */
  values: Array<IndicatorValue>;
  /** Calendar year (a school-year indicator uses the school year starting in September of it). */
  year: Scalars['Int']['output'];
};

/** Where a child-friendly criterion's answer comes from. */
export type ChildFriendlyBasis =
  /** Assessed by the commune, not in the agencies' data; recorded by an officer of its area. */
  | 'ASSESSED_BY_COMMUNE'
  /** Computed from an indicator of the agencies' data. */
  | 'COMPUTED';

/** One criterion of a child-friendly commune, and how it stands. */
export type ChildFriendlyCriterion = {
  __typename?: 'ChildFriendlyCriterion';
  /** COMPUTED from an indicator, or ASSESSED_BY_COMMUNE (not in the agencies' data). */
  basis: ChildFriendlyBasis;
  /** The indicator that feeds it, when computed. */
  feedIndicator?: Maybe<Scalars['String']['output']>;
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Vietnamese, as the decision words it. */
  nameVi: Scalars['String']['output'];
  /** The note recorded with it. */
  note?: Maybe<Scalars['String']['output']>;
  /** Criterion number, 1–13. */
  number: Scalars['Int']['output'];
  /** When it was recorded (ISO 8601 timestamp). */
  recordedAt?: Maybe<Scalars['String']['output']>;
  /** Who recorded a commune-assessed criterion (token subject); null when not recorded. */
  recordedBy?: Maybe<Scalars['String']['output']>;
  /** How it is scored (the decision's scoring, and what is computed here). */
  scoring: Scalars['String']['output'];
  /** Where it comes from: the decision, article and criterion. */
  source: Scalars['String']['output'];
  /** How it stands for the year. */
  status: ChildFriendlyStatus;
  /** The threshold the indicator's value must reach, when computed. */
  threshold?: Maybe<Scalars['Float']['output']>;
  /** Whether the threshold is the decision's or ours (pending its scoring annex). */
  thresholdSource?: Maybe<ThresholdSource>;
  /** The indicator's value, when computed and visible to you. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Why it stands so, in words. */
  why: Scalars['String']['output'];
};

/** A criterion missing from a commune's qualification, and why. */
export type ChildFriendlyGap = {
  __typename?: 'ChildFriendlyGap';
  /** Criterion number. */
  number: Scalars['Int']['output'];
  /** How it stands. */
  status: ChildFriendlyStatus;
  /** Why, in words. */
  why: Scalars['String']['output'];
};

/**
 * A commune's child-friendly scorecard for a year (Decision 06/2019/QĐ-TTg). A commune qualifies
 * when all 13 criteria are met; the decision's points and score thresholds are the commune's own
 * assessment and are not computed here.
 */
export type ChildFriendlyScorecard = {
  __typename?: 'ChildFriendlyScorecard';
  /** All 13 criteria, in the decision's order. */
  criteria: Array<ChildFriendlyCriterion>;
  /** The decision the criteria come from. */
  document: Scalars['String']['output'];
  /** Numbers of the criteria met. */
  met: Array<Scalars['Int']['output']>;
  /** The criteria not met, without data or not recorded, and why. */
  missing: Array<ChildFriendlyGap>;
  /** True when all 13 are met; false when any is not met; null when it cannot be decided (missing data or records). */
  qualifies?: Maybe<Scalars['Boolean']['output']>;
  /** The verdict in words. */
  verdict: Scalars['String']['output'];
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** How a child-friendly criterion stands. */
export type ChildFriendlyStatus =
  /** Met. */
  | 'MET'
  /** Not met. */
  | 'NOT_MET'
  /** Assessed by the commune and not recorded yet. */
  | 'NOT_RECORDED'
  /** Computed, but the indicator has no value for the year. */
  | 'NO_DATA'
  /** Computed, but its indicator is hidden from you (small counts, outside your area). */
  | 'SUPPRESSED';

/** Classifications that the plans target. They are data with a validity period and a source, not code. */
export type ClassificationKind =
  /** Vùng đồng bào dân tộc thiểu số: ethnic-minority area. */
  | 'ETHNIC_MINORITY_AREA'
  /** Xã đặc biệt khó khăn (khu vực III): extremely difficult commune, region III. */
  | 'EXTREMELY_DIFFICULT'
  /** Xã miền núi: mountainous commune. */
  | 'MOUNTAINOUS';

export type Commune = {
  __typename?: 'Commune';
  /**
   * The agencies' own figures behind the indicators for this commune version in a year (each indicator
   * term's field, e.g. Commune.childPopulation.preschoolAndPrimaryAge), as filed or on the
   * geography of a date. As filed they are the agency fields' answers, summed over the commune version's row;
   * on a date's geography they are what the agencies filed moved through the lineage exactly as
   * the coverage values' terms are (labour's children placed by residence, the rest apportioned
   * where a commune was divided), each saying whether it rests on a weight. The agency fields
   * themselves answer as filed only.
   */
  agencyFigures: AgencyFigures;
  /**
   * The child-friendly commune scorecard for a year (Decision 06/2019/QĐ-TTg, 13 criteria):
   * criteria the agencies' data feed are computed from this commune's indicators as you may see
   * them; the rest are assessed by the commune and shown as an officer of its area recorded them.
   */
  childFriendlyScorecard: ChildFriendlyScorecard;
  /** Five-digit statistics-office (GSO) code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /**
   * Every indicator for this commune version in a year, with its plan target where one applies.
   * Years in which this version was not in force on 31 December have NO_DATA.
   */
  coverage?: Maybe<Array<IndicatorValue>>;
  /** One indicator year by year over the plan period (2019–2025 by default). */
  coverageSeries?: Maybe<Array<IndicatorValue>>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
};


export type CommuneAgencyFiguresArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};


export type CommuneChildFriendlyScorecardArgs = {
  year: Scalars['Int']['input'];
};


export type CommuneCoverageArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  year: Scalars['Int']['input'];
};


export type CommuneCoverageSeriesArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicator: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

/** One commune version's indicators in a year. */
export type CommuneCoverage = {
  __typename?: 'CommuneCoverage';
  /** The commune version in force on 31 December of the year. */
  commune: Commune;
  /** One value per indicator asked for (all by default), in registry order. */
  values: Array<IndicatorValue>;
  /** Calendar year (a school-year indicator uses the school year starting in September of it). */
  year: Scalars['Int']['output'];
};

export type CommuneCoverageConnection = {
  __typename?: 'CommuneCoverageConnection';
  /** The rows of this page, each with its cursor. */
  edges: Array<CommuneCoverageEdge>;
  /** The rows of this page, without cursors. */
  nodes: Array<CommuneCoverage>;
  /** Whether more pages follow, and the cursor to fetch the next one. */
  pageInfo: PageInfo;
  /** Communes matching every filter, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CommuneCoverageEdge = {
  __typename?: 'CommuneCoverageEdge';
  /** Pass as `after` to get the rows that follow this one. */
  cursor: Scalars['String']['output'];
  /** The commune and its indicators. */
  node: CommuneCoverage;
};

export type CommuneReport = {
  __typename?: 'CommuneReport';
  /** The commune version that owed the report (in force on the deadline). */
  commune: Commune;
  /** Days after the deadline, for late reports. */
  daysLate?: Maybe<Scalars['Int']['output']>;
  /** The day the report was due, inclusive: a report submitted on this day is on time. */
  deadline: Scalars['Date']['output'];
  /** The plan that set the deadline. */
  deadlineSource: Scalars['String']['output'];
  /**
   * For labour's child-work report, where the gateway serves it filled from the graph (XLSX; the
   * same path ending .html is the printable page), for an OFFICER of the area or ADMIN. Null for
   * other agencies.
   */
  reportPath?: Maybe<Scalars['String']['output']>;
  /** On time, late, or missing. */
  state: ReportingState;
  /** Null when it was never submitted. */
  submittedOn?: Maybe<Scalars['Date']['output']>;
};

/** One refresh of one province-year of the read model. */
export type CoverageRefresh = {
  __typename?: 'CoverageRefresh';
  /** Commune versions refreshed. */
  communes: Scalars['Int']['output'];
  /** Province code as recorded by the refresh. */
  provinceCode: Scalars['String']['output'];
  /** When it was refreshed (ISO 8601 timestamp). */
  refreshedAt: Scalars['String']['output'];
  /** The calendar year refreshed. */
  year: Scalars['Int']['output'];
};

/** How an indicator value stands against the plan target. */
export type CoverageStatus =
  /** The value meets the applicable plan target. */
  | 'MET'
  /** The value misses the applicable plan target; see `gap`. */
  | 'NOT_MET'
  /**
   * The value is known, but from an agency's standing register only: no reporting unit behind the
   * numerator filed its report for the period (completeness 0; e.g. a commune whose yearly
   * child-list update never arrived). It is shown, flagged INCOMPLETE_REPORTING, but not judged
   * against the target (gap null): a commune that filed nothing is neither MET nor NOT_MET. Where
   * nothing at all is known, the status is NO_DATA.
   */
  | 'NOT_REPORTED'
  /** Not enough data to compute the value: a term was not reported (missing is never counted as zero), or the denominator is 0. */
  | 'NO_DATA'
  /** The value is known but no plan target applies to this area and year. */
  | 'NO_TARGET'
  /**
   * Hidden to protect children: a count of children in a sensitive group (special
   * circumstances, poor or near-poor households) from 1 to k−1 (k = 10), or a figure that would
   * reveal one by subtraction, for a viewer outside the area. Value, numerator and denominator are null; see `suppressionReason`.
   */
  | 'SUPPRESSED';

/** Problems with the data behind an indicator value. */
export type DataQualityFlag =
  /** On a date's geography, some figures come from a commune that was divided (or, going back, from a new commune formed of several) and are apportioned by a stated weight; see `estimate`. */
  | 'ESTIMATED'
  /** Some reporting units behind the numerator did not report for the period. */
  | 'INCOMPLETE_REPORTING'
  /** The numerator is larger than the denominator (e.g. more children examined than live there); the value is withheld rather than shown above 100%. */
  | 'NUMERATOR_EXCEEDS_DENOMINATOR'
  /** Some members of this roll-up were left out of both terms because their own value is withheld for a data-quality reason; see `excludedMembers`. */
  | 'PARTS_EXCLUDED';

export type District = {
  __typename?: 'District';
  /**
   * The agencies' own figures behind the indicators for this district version in a year (each indicator
   * term's field, e.g. Commune.childPopulation.preschoolAndPrimaryAge), as filed or on the
   * geography of a date. As filed they are the agency fields' answers, summed over the communes it holds;
   * on a date's geography they are what the agencies filed moved through the lineage exactly as
   * the coverage values' terms are (labour's children placed by residence, the rest apportioned
   * where a commune was divided), each saying whether it rests on a weight. The agency fields
   * themselves answer as filed only.
   */
  agencyFigures: AgencyFigures;
  /** Three-digit statistics-office code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /** Every indicator rolled up over this district version's communes in a year (ratio of sums). */
  coverage?: Maybe<Array<IndicatorValue>>;
  /**
   * One indicator year by year, rolled up over this district version's communes: for example
   * Hồng Ngự district (870) as it stood in 2021, 2020–2025, on the geography of 2021-11-01 (its
   * communes after the district was abolished carry their figures back to it).
   */
  coverageSeries?: Maybe<Array<IndicatorValue>>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; at the latest 2025-06-30. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


export type DistrictAgencyFiguresArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};


export type DistrictCoverageArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  year: Scalars['Int']['input'];
};


export type DistrictCoverageSeriesArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicator: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type DistrictReport = {
  __typename?: 'DistrictReport';
  /** Commune reports the district compiles. */
  communes: Scalars['Int']['output'];
  /** The district's own deadline where its province sets one, else the communes' deadline. */
  deadline: Scalars['Date']['output'];
  /** The plan that set the deadline. */
  deadlineSource: Scalars['String']['output'];
  /** The district version (before 1 July 2025) whose communes' reports are counted. */
  district: District;
  /** Of those, reports submitted after the commune deadline. */
  late: Scalars['Int']['output'];
  /** Of those, reports never submitted. */
  missing: Scalars['Int']['output'];
  /** Of those, reports submitted on or before the commune deadline. */
  onTime: Scalars['Int']['output'];
  /** ON_TIME when every commune report had arrived by the district's deadline; LATE when all arrived, some after it; MISSING when any never did. */
  state: ReportingState;
};

/**
 * How figures of a divided commune were shared out on a date's geography. A figure of a commune
 * split between successors (a PARTIAL transfer) goes to each in proportion to the share of its
 * children (on its last day) who lived in that successor the next day, from labour's residence
 * records (CHILD_RESIDENCE_SHARE); EQUAL_SPLIT when no child of the register crossed. Labour's
 * year-end counts of children are placed child by child by each child's residence on the boundary
 * day instead, exact; only children whose residence cannot decide are apportioned this way. An
 * indicator whose two terms are such counts is estimated only when some of them were apportioned.
 */
export type Estimate = {
  __typename?: 'Estimate';
  /** Members of the area (communes of the date) with an apportioned figure behind this value. */
  estimatedMembers: Scalars['Int']['output'];
  /** The methods used: CHILD_RESIDENCE_SHARE, EQUAL_SPLIT. */
  methods: Array<Scalars['String']['output']>;
  /** For one commune: each apportioned hop. Empty for a roll-up (see each member). */
  parts: Array<EstimatePart>;
};

/** One apportioned hop: figures of `source` moved from `from` to `to` with this weight. */
export type EstimatePart = {
  __typename?: 'EstimatePart';
  /**
   * True when every child of `source` counted by labour on 31 December was placed by the child's
   * own residence on the boundary day (labour's Commune.childrenOnGeography): the weight then
   * applied only to its commune-level aggregates, and the values of indicators whose two terms are
   * such counts (the support indicators) are exact.
   */
  childRecordsPlaced: Scalars['Boolean']['output'];
  /** The divided version (code|validFrom). */
  from: Scalars['String']['output'];
  /** CHILD_RESIDENCE_SHARE or EQUAL_SPLIT. */
  method: Scalars['String']['output'];
  /** The commune version that filed the figures (code|validFrom). */
  source: Scalars['String']['output'];
  /** The version it went to in part (code|validFrom). */
  to: Scalars['String']['output'];
  /** The share moved, 0 to 1. */
  weight: Scalars['Float']['output'];
};

/** Totals of one year before and after moving onto a date's geography. */
export type GeographyReconciliation = {
  __typename?: 'GeographyReconciliation';
  /** The date whose communes the figures were moved onto. */
  geographyDate: Scalars['Date']['output'];
  /** One row per measure of the read model. */
  measures: Array<MeasureReconciliation>;
  /** When the move was computed (ISO 8601 timestamp). */
  refreshedAt: Scalars['String']['output'];
  /** Commune versions whose figures could not be placed, with why. */
  unmappedCommunes: Array<UnmappedCommune>;
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** An entry of the indicator registry. */
export type Indicator = {
  __typename?: 'Indicator';
  /** The reporting unit that completeness counts. */
  completenessUnit: Scalars['String']['output'];
  /** Where the denominator (what it is divided by) comes from. */
  denominator: IndicatorTerm;
  /** What the indicator measures: what is counted, divided by what, on which day. */
  description: Scalars['String']['output'];
  /** Multiplier applied to numerator ÷ denominator (100 for percentages). */
  factor: Scalars['Float']['output'];
  /** Stable identifier, e.g. "CHECKUP_COVERAGE"; the id that `indicators`, `where` and `orderBy` take. */
  id: Scalars['String']['output'];
  /** The legal basis: the decision, plan or circular that asks for it. */
  legalBasis: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
  /** Name in Vietnamese. */
  nameVi: Scalars['String']['output'];
  /** Where the numerator (what is counted) comes from. */
  numerator: IndicatorTerm;
  /** What a year's figures cover: the calendar year, or the school year starting in September of it. */
  periodType: PeriodType;
  /**
   * For a sensitive indicator, where it is published: SUPPRESSION_PATTERN shows it outside the
   * area wherever the year's audited suppression pattern allows; INSIDE_AREA_ONLY never outside
   * the viewer's area (counts too rare for any published total to be safe). Null when not sensitive.
   */
  publication?: Maybe<IndicatorPublication>;
  /** Built on counts of children in sensitive groups: small counts are suppressed for viewers outside the area. */
  sensitive: Scalars['Boolean']['output'];
  /** The plans' targets for this indicator. */
  targets: Array<IndicatorTarget>;
  /** The unit of the value. */
  unit: IndicatorUnit;
};

/** A condition on one indicator's commune-level value or status. */
export type IndicatorCondition = {
  /** The value is known and at least this. */
  atLeast?: InputMaybe<Scalars['Float']['input']>;
  /** Indicator id. */
  indicator: Scalars['String']['input'];
  /** The value is known and below this. */
  lessThan?: InputMaybe<Scalars['Float']['input']>;
  /** The status is this. */
  status?: InputMaybe<CoverageStatus>;
};

/** Sorting by one indicator's value. */
export type IndicatorOrder = {
  /** ASC (the default) puts the lowest value first; DESC the highest. */
  direction?: InputMaybe<SortDirection>;
  /** Indicator id. */
  indicator: Scalars['String']['input'];
};

/** Where a sensitive indicator is published. */
export type IndicatorPublication =
  /** Only inside the viewer's area: every figure outside it is SUPPRESSED. */
  | 'INSIDE_AREA_ONLY'
  /** Outside the area wherever the year's audited small-count suppression pattern allows. */
  | 'SUPPRESSION_PATTERN';

/** A target set by a plan. */
export type IndicatorTarget = {
  __typename?: 'IndicatorTarget';
  /** The classification it is limited to, if any. */
  classification?: Maybe<ClassificationKind>;
  /** Whether the figure must be at least or at most the target. */
  comparison: TargetComparison;
  /** The district it is limited to (three-digit code), for a district's plan; null otherwise. */
  districtCode?: Maybe<Scalars['String']['output']>;
  /** The document that set it, with its number. */
  document: Scalars['String']['output'];
  /** First year the target is checked against. */
  fromYear: Scalars['Int']['output'];
  /** The date of the geography the plan names (e.g. 2021-11-01 for Hồng Ngự district as it stood in 2021); null when the target applies as filed. */
  geographyDate?: Maybe<Scalars['Date']['output']>;
  /** When it was issued: YYYY-MM-DD, or YYYY-MM when the document leaves the day blank; null when unknown. */
  issued?: Maybe<Scalars['String']['output']>;
  /** Who issued the document. */
  issuer: Scalars['String']['output'];
  /** Who it applies to, in words. */
  population: Scalars['String']['output'];
  /** The province it applies to (two-digit code). */
  provinceCode: Scalars['String']['output'];
  /** Whether the target applies to the rate (VALUE) or the count (NUMERATOR). */
  term: TargetTerm;
  /** The target: in the indicator's unit for a VALUE target (100 means 100%), a count for a NUMERATOR target. */
  value: Scalars['Float']['output'];
  /** The year by which it is to be reached. */
  year: Scalars['Int']['output'];
};

/** Where a term of an indicator comes from. */
export type IndicatorTerm = {
  __typename?: 'IndicatorTerm';
  /** The graph field the figure is read from. */
  field: Scalars['String']['output'];
  /** The measure's name in the indicator read model. */
  measure: Scalars['String']['output'];
  /** The subgraph that owns the figure. */
  subgraph: Scalars['String']['output'];
};

/** Units of an indicator's value. */
export type IndicatorUnit =
  /** Percent (factor 100). */
  | 'PERCENT'
  /** Vietnamese đồng per child. */
  | 'VND_PER_CHILD';

/**
 * One indicator for one area and year, telling the whole truth: the value with its numerator and
 * denominator, the plan's target and the gap to it, how complete the reporting behind it was, and
 * where each term came from and when.
 */
export type IndicatorValue = {
  __typename?: 'IndicatorValue';
  /**
   * Share of the reporting units behind the numerator that reported for the period and whose
   * figures are in the value (e.g. schools that reported meals ÷ schools): the reports of members
   * left out of a roll-up (`excludedMembers`) do not count. 0 when nothing was reported.
   */
  completeness?: Maybe<Scalars['Float']['output']>;
  /** Problems with the data behind this value. */
  dataQuality: Array<DataQualityFlag>;
  /** The indicator's definition. */
  definition: Indicator;
  /** Summed over the same members as `numerator`. */
  denominator?: Maybe<Scalars['Float']['output']>;
  /** On a date's geography, the apportioned figures behind this value; null when every figure moved whole (exact) or as filed. */
  estimate?: Maybe<Estimate>;
  /**
   * Members of a roll-up (communes) left out of both terms because their own value is withheld
   * for a data-quality reason (NUMERATOR_EXCEEDS_DENOMINATOR): a roll-up never contains what its
   * parts withhold. Flagged PARTS_EXCLUDED when above 0; always 0 for a commune.
   */
  excludedMembers: Scalars['Int']['output'];
  /** value − target (or numerator − target for count targets); negative is short of an AT_LEAST target. */
  gap?: Maybe<Scalars['Float']['output']>;
  /** The geography the figures are on: null as filed (each figure on the commune version that filed it), else the date whose communes they are on. */
  geographyDate?: Maybe<Scalars['Date']['output']>;
  /** Indicator id, e.g. CHECKUP_COVERAGE. */
  indicator: Scalars['String']['output'];
  /**
   * Summed over the members where both terms were reported, leaving out members whose own terms
   * are withheld for a data-quality reason (see `excludedMembers`). A commune shows its own terms
   * as filed, even when its value is withheld. Null when the numerator is money (the indicator's
   * `unit` is VND_PER_CHILD): money is never a floating-point number, see `numeratorAmount`.
   */
  numerator?: Maybe<Scalars['Float']['output']>;
  /**
   * The numerator when it is money (FUND_PER_CHILD_IN_NEED: money disbursed), exact, in VND, summed
   * over the same members as `numerator` would be; null for every other indicator, and wherever
   * the numerator is missing or suppressed.
   */
  numeratorAmount?: Maybe<Scalars['VND']['output']>;
  /** The period the figures cover: the year, or for school-year indicators the school year starting in it ("2024-2025"). */
  period: Scalars['String']['output'];
  /** When the oldest figure behind this value was read from its subgraph (ISO 8601 timestamp); null when no figure was. */
  refreshedAt?: Maybe<Scalars['String']['output']>;
  /** Where the numerator and the denominator come from. */
  sources: Array<IndicatorTerm>;
  /** How the value stands against the target: met, not met, no data, or no target. */
  status: CoverageStatus;
  /** Why the value is hidden, when `status` is SUPPRESSED. */
  suppressionReason?: Maybe<Scalars['String']['output']>;
  /** The plan target that applies to this area and year, or null when none does. */
  target?: Maybe<Scalars['Float']['output']>;
  /** Whether the figure must be at least or at most the target; null when no target applies. */
  targetComparison?: Maybe<TargetComparison>;
  /** The document that set the target. */
  targetDocument?: Maybe<Scalars['String']['output']>;
  /** Who the target applies to, in words. */
  targetPopulation?: Maybe<Scalars['String']['output']>;
  /** What the target is compared with: the rate (VALUE) or the count (NUMERATOR). */
  targetTerm?: Maybe<TargetTerm>;
  /** Reporting units expected to report, summed over the area. */
  unitsExpected: Scalars['Int']['output'];
  /** Reporting units that reported, summed over the area (members left out of the sums included). */
  unitsReported: Scalars['Int']['output'];
  /** numerator ÷ denominator × factor; null when either term is missing, the denominator is 0, or the numerator exceeds the denominator. */
  value?: Maybe<Scalars['Float']['output']>;
  /** Calendar year. */
  year: Scalars['Int']['output'];
};

/** One measure's national totals: filed = onBasis + unmapped (up to rounding of apportioned shares). */
export type MeasureReconciliation = {
  __typename?: 'MeasureReconciliation';
  /** Everything filed in the year, every commune version of the year included. */
  filed: Scalars['Float']['output'];
  /** Measure of the read model, e.g. checkup_examined. */
  measure: Scalars['String']['output'];
  /** The total on the date's geography. */
  onBasis: Scalars['Float']['output'];
  /**
   * Of `onBasis`, what crossed a divided or joined commune placed exactly by its own records
   * (labour's children by their residence on the boundary day); 0 for measures no record places
   * (the rest crossed whole or apportioned by weight). Null for a year last moved before records
   * were placed.
   */
  placedByRecords?: Maybe<Scalars['Float']['output']>;
  /** Filed under communes that reach no commune of the date. */
  unmapped: Scalars['Float']['output'];
};

/**
 * What an officer records. This graph's only writes: each is appended with who, when and under
 * which request, never updated, so the records are their own audit trail.
 */
export type Mutation = {
  __typename?: 'Mutation';
  /**
   * Records the commune's own assessment of a child-friendly criterion that the agencies' data do
   * not feed (criteria 1, 2, 4, 5, 7, 8, 11, 13). Only an OFFICER whose area holds the commune, or
   * ADMIN (FORBIDDEN otherwise); a computed criterion is BAD_USER_INPUT. The latest record counts.
   * Returns the commune's scorecard for the year as it now stands.
   */
  recordChildFriendlyAssessment: ChildFriendlyScorecard;
};


/**
 * What an officer records. This graph's only writes: each is appended with who, when and under
 * which request, never updated, so the records are their own audit trail.
 */
export type MutationRecordChildFriendlyAssessmentArgs = {
  code: Scalars['String']['input'];
  criterion: Scalars['Int']['input'];
  met: Scalars['Boolean']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  validFrom: Scalars['Date']['input'];
  year: Scalars['Int']['input'];
};

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Periods an indicator's yearly figures cover. */
export type PeriodType =
  /** January to December. */
  | 'CALENDAR_YEAR'
  /** September to May; matched with the calendar year it starts in. */
  | 'SCHOOL_YEAR';

export type Province = {
  __typename?: 'Province';
  /**
   * The agencies' own figures behind the indicators for this province version in a year (each indicator
   * term's field, e.g. Commune.childPopulation.preschoolAndPrimaryAge), as filed or on the
   * geography of a date. As filed they are the agency fields' answers, summed over the communes it holds;
   * on a date's geography they are what the agencies filed moved through the lineage exactly as
   * the coverage values' terms are (labour's children placed by residence, the rest apportioned
   * where a commune was divided), each saying whether it rests on a weight. The agency fields
   * themselves answer as filed only.
   */
  agencyFigures: AgencyFigures;
  /** Two-digit statistics-office code. Unique only together with `validFrom`: Hải Phòng (31) after 1 July 2025 includes the former Hải Dương. */
  code: Scalars['String']['output'];
  /** Every indicator rolled up over this province version's communes in a year (ratio of sums). */
  coverage?: Maybe<Array<IndicatorValue>>;
  /** One indicator year by year, rolled up over this province version's communes. */
  coverageSeries?: Maybe<Array<IndicatorValue>>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; null while in force. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


export type ProvinceAgencyFiguresArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};


export type ProvinceCoverageArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  year: Scalars['Int']['input'];
};


export type ProvinceCoverageSeriesArgs = {
  fromYear?: InputMaybe<Scalars['Int']['input']>;
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicator: Scalars['String']['input'];
  toYear?: InputMaybe<Scalars['Int']['input']>;
};

export type Query = {
  __typename?: 'Query';
  /**
   * Communes with their indicators in a year, filtered and sorted across sectors, a page at a
   * time. For example: communes of Cao Bằng (provinceCode "04") where CHECKUP_COVERAGE and
   * MEAL_COVERAGE are below 90, worst check-up coverage first; or every commune NOT_MET on any
   * indicator. Served from the read model, so national sorts are fast; `refreshedAt` on each value
   * says how fresh it is.
   */
  communeCoverage: CommuneCoverageConnection;
  /** When each province-year of the indicator read model was last refreshed from the agency subgraphs. */
  coverageFreshness: Array<CoverageRefresh>;
  /**
   * Every indicator for a group of communes: the communes in force on `date` matching every
   * filter given (a province, a district, a classification, a list of codes). A roll-up is the
   * ratio of the summed numerators and denominators, never a mean of ratios.
   */
  coverageGroup: AreaCoverage;
  /**
   * What moving a year's figures onto a date's geography did, measure by measure: the total
   * filed (every commune version of the year, those that ended during it included), the total
   * on the geography, and what could not be placed (communes with no known successor), which
   * is the only difference between the two. Null before the first refresh.
   */
  geographyReconciliation?: Maybe<GeographyReconciliation>;
  /** One indicator of the registry, or null. */
  indicator?: Maybe<Indicator>;
  /** The indicator registry: what each indicator divides, where each term comes from, and the plans' targets. */
  indicators: Array<Indicator>;
  /** Every indicator for the whole country in a year. */
  nationalCoverage: AreaCoverage;
  /** The reporting deadlines the plans set (data, per province and level). */
  reportingDeadlines: Array<ReportingDeadline>;
  /**
   * Who reported, on time, late or not at all, for one agency's commune reports in a year, against
   * the deadlines of the plans (see reportingDeadlines). A commune owes a report when it was in
   * force on the deadline. Districts (before 2025) are judged by whether every commune report they
   * compile had arrived by the district's own deadline.
   */
  reportingStatus: ReportingStatus;
  /**
   * ADMIN only (FORBIDDEN otherwise): what the attacker's LP audit found for a year's small-count
   * suppression pattern, computed when the year's read model was refreshed. Null for a year never
   * refreshed.
   */
  suppressionAudit?: Maybe<SuppressionAudit>;
};


export type QueryCommuneCoverageArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<ClassificationKind>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  notMetOnAny?: InputMaybe<Scalars['Boolean']['input']>;
  orderBy?: InputMaybe<IndicatorOrder>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<Array<IndicatorCondition>>;
  year: Scalars['Int']['input'];
};


export type QueryCoverageFreshnessArgs = {
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryCoverageGroupArgs = {
  classification?: InputMaybe<ClassificationKind>;
  codes?: InputMaybe<Array<Scalars['String']['input']>>;
  date?: InputMaybe<Scalars['Date']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  year: Scalars['Int']['input'];
};


export type QueryGeographyReconciliationArgs = {
  geographyDate: Scalars['Date']['input'];
  year: Scalars['Int']['input'];
};


export type QueryIndicatorArgs = {
  id: Scalars['String']['input'];
};


export type QueryNationalCoverageArgs = {
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  indicators?: InputMaybe<Array<Scalars['String']['input']>>;
  year: Scalars['Int']['input'];
};


export type QueryReportingStatusArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  agency: ReportingAgency;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  period?: InputMaybe<ReportingPeriod>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  state?: InputMaybe<ReportingState>;
  year: Scalars['Int']['input'];
};


export type QuerySuppressionAuditArgs = {
  year: Scalars['Int']['input'];
};

/** Agencies whose commune reports are checked against the plans' deadlines. */
export type ReportingAgency =
  /** Culture: the commune's yearly culture report. */
  | 'CULTURE'
  /** Health: the commune health station's yearly report. */
  | 'HEALTH'
  /** Labour / child affairs: the commune's child-list updates (six-month and yearly). */
  | 'LABOUR';

/** A reporting deadline set by a plan. */
export type ReportingDeadline = {
  __typename?: 'ReportingDeadline';
  /** Null: every agency. */
  agency?: Maybe<ReportingAgency>;
  /** The plan that sets the deadline, and the rule in words. */
  document: Scalars['String']['output'];
  /** Who reports by this deadline: communes, districts or province departments. */
  level: ReportingLevel;
  /** Month and day (MM-DD) in the year the report covers. */
  monthDay: Scalars['String']['output'];
  /** The report it applies to: yearly or six-month. */
  period: ReportingPeriod;
  /** Null: every province without a rule of its own. */
  provinceCode?: Maybe<Scalars['String']['output']>;
};

/** Levels of the reporting chain, from commune to province department. */
export type ReportingLevel =
  /** Commune people's committees and stations. */
  | 'COMMUNE'
  /** Province departments. */
  | 'DEPARTMENT'
  /** District people's committees (before 2025). */
  | 'DISTRICT';

/** Periods a commune report covers. */
export type ReportingPeriod =
  /** The six-month report (labour). */
  | 'SIX_MONTH'
  /** The yearly report. */
  | 'YEARLY';

/** Whether a report arrived by its deadline. */
export type ReportingState =
  /** Submitted after the deadline. */
  | 'LATE'
  /** Never submitted. */
  | 'MISSING'
  /** Submitted on or before the deadline. */
  | 'ON_TIME';

/** Reporting for one agency, area, year and period. */
export type ReportingStatus = {
  __typename?: 'ReportingStatus';
  /** The agency whose commune reports are checked. */
  agency: ReportingAgency;
  /** One page of communes, by code. */
  communes: Array<CommuneReport>;
  /** Every district of the area (before 2025), each judged against its own deadline. */
  districts: Array<DistrictReport>;
  /** Whether more pages of communes follow, and the cursor to fetch the next one. */
  pageInfo: PageInfo;
  /** The report checked: yearly or six-month. */
  period: ReportingPeriod;
  /** Counts over every commune of the area that owed a report, whatever the `state` filter and page. */
  summary: ReportingSummary;
  /** Communes listed (after the `state` filter), across all pages. */
  totalCount: Scalars['Int']['output'];
  /** The year the reports cover. */
  year: Scalars['Int']['output'];
};

export type ReportingSummary = {
  __typename?: 'ReportingSummary';
  /** Commune reports owed. */
  expected: Scalars['Int']['output'];
  /** Commune reports submitted after their deadline. */
  late: Scalars['Int']['output'];
  /** Commune reports owed and never submitted. */
  missing: Scalars['Int']['output'];
  /** Commune reports submitted on or before their deadline. */
  onTime: Scalars['Int']['output'];
  /** onTime ÷ expected; null when none was owed. */
  onTimeShare?: Maybe<Scalars['Float']['output']>;
};

/** Sort order. */
export type SortDirection =
  /** Lowest first (worst coverage first). */
  | 'ASC'
  /** Highest first. */
  | 'DESC';

/**
 * The audit of one year's suppression pattern: for every hidden cell and count (numerator,
 * denominator, and for rates the children not supported), the interval an attacker can deduce by
 * linear programming from everything published, for an outsider and for each commune or province
 * officer attacking with their own figures. Zero failures is the rule the pattern is built to.
 */
export type SuppressionAudit = {
  __typename?: 'SuppressionAudit';
  /** Published cells (areas, each commune, district, province and the nation, times sensitive indicators). */
  cells: Scalars['Int']['output'];
  /** (cell, count) pairs judged, over every attacker. */
  checked: Scalars['Int']['output'];
  /** Communes in the year's read model. */
  communes: Scalars['Int']['output'];
  /** Independent parts of the table system. */
  components: Scalars['Int']['output'];
  /** When the pattern was computed. */
  computedAt: Scalars['String']['output'];
  /** Terms recovered exactly, pinned into 1..k−1 or inside their protection interval: always 0 for a stored pattern. */
  failures: Scalars['Int']['output'];
  /** Cells hidden in all, complementary cells included. */
  hidden: Scalars['Int']['output'];
  /** Communes in the largest independent part. */
  largestComponent: Scalars['Int']['output'];
  /** Linear programs solved (feasible points known without solving settle the rest). */
  lps: Scalars['Int']['output'];
  /** Cells hidden by the primary rule (a count from 1 to k−1). */
  primaryHidden: Scalars['Int']['output'];
  /** Audit rounds until no failure was left. */
  rounds: Scalars['Int']['output'];
  /** Seconds the pattern and its audit took at refresh time. */
  seconds: Scalars['Float']['output'];
  /** Smallest slack, in children, between how high an attacker's interval reaches and v + P (≥ 0 passes). */
  worstHighMargin?: Maybe<Scalars['Int']['output']>;
  /** Smallest slack, in children, between how low an attacker's interval reaches and max(0, v − P), over hidden small counts (≥ 0 passes). */
  worstLowMargin?: Maybe<Scalars['Int']['output']>;
  /** Calendar year of the pattern. */
  year: Scalars['Int']['output'];
};

/** How a figure is compared with a plan target. */
export type TargetComparison =
  /** The figure must be at least the target. */
  | 'AT_LEAST'
  /** The figure must be at most the target. */
  | 'AT_MOST';

/** Which figure of an indicator a target applies to. */
export type TargetTerm =
  /** The count (numerator) is compared with the target, e.g. "14 communes equipped". */
  | 'NUMERATOR'
  /** The rate (value) is compared with the target. */
  | 'VALUE';

/** Whose a criterion's threshold is. */
export type ThresholdSource =
  /** Decision 06/2019/QĐ-TTg's, as public summaries state it. */
  | 'DECISION'
  /** Ours, until the decision's scoring annex is encoded. */
  | 'OURS';

/** A commune version whose figures reach no commune of the date. */
export type UnmappedCommune = {
  __typename?: 'UnmappedCommune';
  /** The commune version. */
  commune: Commune;
  /** Why: NO_MATCHING_UNIT or NOT_IN_SOURCE (2021–2025 mergers the sources do not place), NO_KNOWN_SUCCESSOR, NO_KNOWN_PREDECESSOR. */
  reason: Scalars['String']['output'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Commune: Commune;
  District: District;
  Province: Province;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Commune:
    ( { __typename: 'Commune' }
    & GraphQLRecursivePick<FederationTypes['Commune'], {"code":true,"validFrom":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true,"validFrom":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['District'], {"validUntil":true}> ) );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true,"validFrom":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AgencyFigure: ResolverTypeWrapper<AgencyFigure>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  AgencyFigures: ResolverTypeWrapper<AgencyFigures>;
  AreaCoverage: ResolverTypeWrapper<Omit<AreaCoverage, 'values'> & { values: Array<ResolversTypes['IndicatorValue']> }>;
  ChildFriendlyBasis: ChildFriendlyBasis;
  ChildFriendlyCriterion: ResolverTypeWrapper<ChildFriendlyCriterion>;
  ChildFriendlyGap: ResolverTypeWrapper<ChildFriendlyGap>;
  ChildFriendlyScorecard: ResolverTypeWrapper<ChildFriendlyScorecard>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChildFriendlyStatus: ChildFriendlyStatus;
  ClassificationKind: ClassificationKind;
  Commune: ResolverTypeWrapper<VersionRefModel>;
  CommuneCoverage: ResolverTypeWrapper<Omit<CommuneCoverage, 'commune' | 'values'> & { commune: ResolversTypes['Commune'], values: Array<ResolversTypes['IndicatorValue']> }>;
  CommuneCoverageConnection: ResolverTypeWrapper<Omit<CommuneCoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommuneCoverageEdge']>, nodes: Array<ResolversTypes['CommuneCoverage']> }>;
  CommuneCoverageEdge: ResolverTypeWrapper<Omit<CommuneCoverageEdge, 'node'> & { node: ResolversTypes['CommuneCoverage'] }>;
  CommuneReport: ResolverTypeWrapper<Omit<CommuneReport, 'commune'> & { commune: ResolversTypes['Commune'] }>;
  CoverageRefresh: ResolverTypeWrapper<CoverageRefresh>;
  CoverageStatus: CoverageStatus;
  DataQualityFlag: DataQualityFlag;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  District: ResolverTypeWrapper<VersionRefModel>;
  DistrictReport: ResolverTypeWrapper<Omit<DistrictReport, 'district'> & { district: ResolversTypes['District'] }>;
  Estimate: ResolverTypeWrapper<Estimate>;
  EstimatePart: ResolverTypeWrapper<EstimatePart>;
  GeographyReconciliation: ResolverTypeWrapper<Omit<GeographyReconciliation, 'unmappedCommunes'> & { unmappedCommunes: Array<ResolversTypes['UnmappedCommune']> }>;
  Indicator: ResolverTypeWrapper<IndicatorModel>;
  IndicatorCondition: IndicatorCondition;
  IndicatorOrder: IndicatorOrder;
  IndicatorPublication: IndicatorPublication;
  IndicatorTarget: ResolverTypeWrapper<IndicatorTarget>;
  IndicatorTerm: ResolverTypeWrapper<IndicatorTerm>;
  IndicatorUnit: IndicatorUnit;
  IndicatorValue: ResolverTypeWrapper<IndicatorValueModel>;
  MeasureReconciliation: ResolverTypeWrapper<MeasureReconciliation>;
  Mutation: ResolverTypeWrapper<Record<PropertyKey, never>>;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PeriodType: PeriodType;
  Province: ResolverTypeWrapper<VersionRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  ReportingAgency: ReportingAgency;
  ReportingDeadline: ResolverTypeWrapper<ReportingDeadline>;
  ReportingLevel: ReportingLevel;
  ReportingPeriod: ReportingPeriod;
  ReportingState: ReportingState;
  ReportingStatus: ResolverTypeWrapper<Omit<ReportingStatus, 'communes' | 'districts'> & { communes: Array<ResolversTypes['CommuneReport']>, districts: Array<ResolversTypes['DistrictReport']> }>;
  ReportingSummary: ResolverTypeWrapper<ReportingSummary>;
  SortDirection: SortDirection;
  SuppressionAudit: ResolverTypeWrapper<SuppressionAudit>;
  TargetComparison: TargetComparison;
  TargetTerm: TargetTerm;
  ThresholdSource: ThresholdSource;
  UnmappedCommune: ResolverTypeWrapper<Omit<UnmappedCommune, 'commune'> & { commune: ResolversTypes['Commune'] }>;
  VND: ResolverTypeWrapper<Scalars['VND']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AgencyFigure: AgencyFigure;
  Int: Scalars['Int']['output'];
  String: Scalars['String']['output'];
  Float: Scalars['Float']['output'];
  AgencyFigures: AgencyFigures;
  AreaCoverage: Omit<AreaCoverage, 'values'> & { values: Array<ResolversParentTypes['IndicatorValue']> };
  ChildFriendlyCriterion: ChildFriendlyCriterion;
  ChildFriendlyGap: ChildFriendlyGap;
  ChildFriendlyScorecard: ChildFriendlyScorecard;
  Boolean: Scalars['Boolean']['output'];
  Commune: VersionRefModel;
  CommuneCoverage: Omit<CommuneCoverage, 'commune' | 'values'> & { commune: ResolversParentTypes['Commune'], values: Array<ResolversParentTypes['IndicatorValue']> };
  CommuneCoverageConnection: Omit<CommuneCoverageConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommuneCoverageEdge']>, nodes: Array<ResolversParentTypes['CommuneCoverage']> };
  CommuneCoverageEdge: Omit<CommuneCoverageEdge, 'node'> & { node: ResolversParentTypes['CommuneCoverage'] };
  CommuneReport: Omit<CommuneReport, 'commune'> & { commune: ResolversParentTypes['Commune'] };
  CoverageRefresh: CoverageRefresh;
  Date: Scalars['Date']['output'];
  District: VersionRefModel;
  DistrictReport: Omit<DistrictReport, 'district'> & { district: ResolversParentTypes['District'] };
  Estimate: Estimate;
  EstimatePart: EstimatePart;
  GeographyReconciliation: Omit<GeographyReconciliation, 'unmappedCommunes'> & { unmappedCommunes: Array<ResolversParentTypes['UnmappedCommune']> };
  Indicator: IndicatorModel;
  IndicatorCondition: IndicatorCondition;
  IndicatorOrder: IndicatorOrder;
  IndicatorTarget: IndicatorTarget;
  IndicatorTerm: IndicatorTerm;
  IndicatorValue: IndicatorValueModel;
  MeasureReconciliation: MeasureReconciliation;
  Mutation: Record<PropertyKey, never>;
  PageInfo: PageInfo;
  Province: VersionRefModel;
  Query: Record<PropertyKey, never>;
  ReportingDeadline: ReportingDeadline;
  ReportingStatus: Omit<ReportingStatus, 'communes' | 'districts'> & { communes: Array<ResolversParentTypes['CommuneReport']>, districts: Array<ResolversParentTypes['DistrictReport']> };
  ReportingSummary: ReportingSummary;
  SuppressionAudit: SuppressionAudit;
  UnmappedCommune: Omit<UnmappedCommune, 'commune'> & { commune: ResolversParentTypes['Commune'] };
  VND: Scalars['VND']['output'];
};

export type AgencyFigureResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['AgencyFigure'] = ResolversParentTypes['AgencyFigure']> = {
  amount?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  estimatedMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  members?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type AgencyFiguresResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['AgencyFigures'] = ResolversParentTypes['AgencyFigures']> = {
  figures?: Resolver<Array<ResolversTypes['AgencyFigure']>, ParentType, ContextType>;
  geographyDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type AreaCoverageResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['AreaCoverage'] = ResolversParentTypes['AreaCoverage']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  geographyDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildFriendlyCriterionResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['ChildFriendlyCriterion'] = ResolversParentTypes['ChildFriendlyCriterion']> = {
  basis?: Resolver<ResolversTypes['ChildFriendlyBasis'], ParentType, ContextType>;
  feedIndicator?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  recordedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  recordedBy?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  scoring?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChildFriendlyStatus'], ParentType, ContextType>;
  threshold?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  thresholdSource?: Resolver<Maybe<ResolversTypes['ThresholdSource']>, ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildFriendlyGapResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['ChildFriendlyGap'] = ResolversParentTypes['ChildFriendlyGap']> = {
  number?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ChildFriendlyStatus'], ParentType, ContextType>;
  why?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildFriendlyScorecardResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['ChildFriendlyScorecard'] = ResolversParentTypes['ChildFriendlyScorecard']> = {
  criteria?: Resolver<Array<ResolversTypes['ChildFriendlyCriterion']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  met?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  missing?: Resolver<Array<ResolversTypes['ChildFriendlyGap']>, ParentType, ContextType>;
  qualifies?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  verdict?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencyFigures?: Resolver<ResolversTypes['AgencyFigures'], ParentType, ContextType, RequireFields<CommuneAgencyFiguresArgs, 'year'>>;
  childFriendlyScorecard?: Resolver<ResolversTypes['ChildFriendlyScorecard'], ParentType, ContextType, RequireFields<CommuneChildFriendlyScorecardArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<CommuneCoverageArgs, 'year'>>;
  coverageSeries?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<CommuneCoverageSeriesArgs, 'fromYear' | 'indicator' | 'toYear'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CommuneCoverageResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['CommuneCoverage'] = ResolversParentTypes['CommuneCoverage']> = {
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  values?: Resolver<Array<ResolversTypes['IndicatorValue']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneCoverageConnectionResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['CommuneCoverageConnection'] = ResolversParentTypes['CommuneCoverageConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommuneCoverageEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['CommuneCoverage']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneCoverageEdgeResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['CommuneCoverageEdge'] = ResolversParentTypes['CommuneCoverageEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['CommuneCoverage'], ParentType, ContextType>;
};

export type CommuneReportResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['CommuneReport'] = ResolversParentTypes['CommuneReport']> = {
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  daysLate?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deadlineSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reportPath?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReportingState'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CoverageRefreshResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['CoverageRefresh'] = ResolversParentTypes['CoverageRefresh']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DistrictResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencyFigures?: Resolver<ResolversTypes['AgencyFigures'], ParentType, ContextType, RequireFields<DistrictAgencyFiguresArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<DistrictCoverageArgs, 'year'>>;
  coverageSeries?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<DistrictCoverageSeriesArgs, 'fromYear' | 'indicator' | 'toYear'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type DistrictReportResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['DistrictReport'] = ResolversParentTypes['DistrictReport']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  deadlineSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<ResolversTypes['District'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  state?: Resolver<ResolversTypes['ReportingState'], ParentType, ContextType>;
};

export type EstimateResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['Estimate'] = ResolversParentTypes['Estimate']> = {
  estimatedMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  methods?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  parts?: Resolver<Array<ResolversTypes['EstimatePart']>, ParentType, ContextType>;
};

export type EstimatePartResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['EstimatePart'] = ResolversParentTypes['EstimatePart']> = {
  childRecordsPlaced?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  from?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  method?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  to?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  weight?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type GeographyReconciliationResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['GeographyReconciliation'] = ResolversParentTypes['GeographyReconciliation']> = {
  geographyDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  measures?: Resolver<Array<ResolversTypes['MeasureReconciliation']>, ParentType, ContextType>;
  refreshedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unmappedCommunes?: Resolver<Array<ResolversTypes['UnmappedCommune']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['Indicator'] = ResolversParentTypes['Indicator']> = {
  completenessUnit?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  denominator?: Resolver<ResolversTypes['IndicatorTerm'], ParentType, ContextType>;
  description?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  factor?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<ResolversTypes['IndicatorTerm'], ParentType, ContextType>;
  periodType?: Resolver<ResolversTypes['PeriodType'], ParentType, ContextType>;
  publication?: Resolver<Maybe<ResolversTypes['IndicatorPublication']>, ParentType, ContextType>;
  sensitive?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  targets?: Resolver<Array<ResolversTypes['IndicatorTarget']>, ParentType, ContextType>;
  unit?: Resolver<ResolversTypes['IndicatorUnit'], ParentType, ContextType>;
};

export type IndicatorTargetResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['IndicatorTarget'] = ResolversParentTypes['IndicatorTarget']> = {
  classification?: Resolver<Maybe<ResolversTypes['ClassificationKind']>, ParentType, ContextType>;
  comparison?: Resolver<ResolversTypes['TargetComparison'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  geographyDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  issued?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  issuer?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  term?: Resolver<ResolversTypes['TargetTerm'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type IndicatorTermResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['IndicatorTerm'] = ResolversParentTypes['IndicatorTerm']> = {
  field?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subgraph?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type IndicatorValueResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['IndicatorValue'] = ResolversParentTypes['IndicatorValue']> = {
  completeness?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  dataQuality?: Resolver<Array<ResolversTypes['DataQualityFlag']>, ParentType, ContextType>;
  definition?: Resolver<ResolversTypes['Indicator'], ParentType, ContextType>;
  denominator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  estimate?: Resolver<Maybe<ResolversTypes['Estimate']>, ParentType, ContextType>;
  excludedMembers?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  gap?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  geographyDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  indicator?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  numerator?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  numeratorAmount?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  period?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  refreshedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sources?: Resolver<Array<ResolversTypes['IndicatorTerm']>, ParentType, ContextType>;
  status?: Resolver<ResolversTypes['CoverageStatus'], ParentType, ContextType>;
  suppressionReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  target?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  targetComparison?: Resolver<Maybe<ResolversTypes['TargetComparison']>, ParentType, ContextType>;
  targetDocument?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetPopulation?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  targetTerm?: Resolver<Maybe<ResolversTypes['TargetTerm']>, ParentType, ContextType>;
  unitsExpected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  unitsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  value?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type MeasureReconciliationResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['MeasureReconciliation'] = ResolversParentTypes['MeasureReconciliation']> = {
  filed?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  measure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onBasis?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  placedByRecords?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  unmapped?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
};

export type MutationResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['Mutation'] = ResolversParentTypes['Mutation']> = {
  recordChildFriendlyAssessment?: Resolver<ResolversTypes['ChildFriendlyScorecard'], ParentType, ContextType, RequireFields<MutationRecordChildFriendlyAssessmentArgs, 'code' | 'criterion' | 'met' | 'validFrom' | 'year'>>;
};

export type PageInfoResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  agencyFigures?: Resolver<ResolversTypes['AgencyFigures'], ParentType, ContextType, RequireFields<ProvinceAgencyFiguresArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<ProvinceCoverageArgs, 'year'>>;
  coverageSeries?: Resolver<Maybe<Array<ResolversTypes['IndicatorValue']>>, ParentType, ContextType, RequireFields<ProvinceCoverageSeriesArgs, 'fromYear' | 'indicator' | 'toYear'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  communeCoverage?: Resolver<ResolversTypes['CommuneCoverageConnection'], ParentType, ContextType, RequireFields<QueryCommuneCoverageArgs, 'first' | 'year'>>;
  coverageFreshness?: Resolver<Array<ResolversTypes['CoverageRefresh']>, ParentType, ContextType, Partial<QueryCoverageFreshnessArgs>>;
  coverageGroup?: Resolver<ResolversTypes['AreaCoverage'], ParentType, ContextType, RequireFields<QueryCoverageGroupArgs, 'year'>>;
  geographyReconciliation?: Resolver<Maybe<ResolversTypes['GeographyReconciliation']>, ParentType, ContextType, RequireFields<QueryGeographyReconciliationArgs, 'geographyDate' | 'year'>>;
  indicator?: Resolver<Maybe<ResolversTypes['Indicator']>, ParentType, ContextType, RequireFields<QueryIndicatorArgs, 'id'>>;
  indicators?: Resolver<Array<ResolversTypes['Indicator']>, ParentType, ContextType>;
  nationalCoverage?: Resolver<ResolversTypes['AreaCoverage'], ParentType, ContextType, RequireFields<QueryNationalCoverageArgs, 'year'>>;
  reportingDeadlines?: Resolver<Array<ResolversTypes['ReportingDeadline']>, ParentType, ContextType>;
  reportingStatus?: Resolver<ResolversTypes['ReportingStatus'], ParentType, ContextType, RequireFields<QueryReportingStatusArgs, 'agency' | 'first' | 'period' | 'year'>>;
  suppressionAudit?: Resolver<Maybe<ResolversTypes['SuppressionAudit']>, ParentType, ContextType, RequireFields<QuerySuppressionAuditArgs, 'year'>>;
};

export type ReportingDeadlineResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['ReportingDeadline'] = ResolversParentTypes['ReportingDeadline']> = {
  agency?: Resolver<Maybe<ResolversTypes['ReportingAgency']>, ParentType, ContextType>;
  document?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['ReportingLevel'], ParentType, ContextType>;
  monthDay?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  provinceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ReportingStatusResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['ReportingStatus'] = ResolversParentTypes['ReportingStatus']> = {
  agency?: Resolver<ResolversTypes['ReportingAgency'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['CommuneReport']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['DistrictReport']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  period?: Resolver<ResolversTypes['ReportingPeriod'], ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['ReportingSummary'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ReportingSummaryResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['ReportingSummary'] = ResolversParentTypes['ReportingSummary']> = {
  expected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  late?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTime?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  onTimeShare?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SuppressionAuditResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['SuppressionAudit'] = ResolversParentTypes['SuppressionAudit']> = {
  cells?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checked?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  components?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  computedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  failures?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hidden?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  largestComponent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lps?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  primaryHidden?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  seconds?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  worstHighMargin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  worstLowMargin?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type UnmappedCommuneResolvers<ContextType = CoverageContext, ParentType extends ResolversParentTypes['UnmappedCommune'] = ResolversParentTypes['UnmappedCommune']> = {
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export interface VndScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['VND'], any> {
  name: 'VND';
}

export type Resolvers<ContextType = CoverageContext> = {
  AgencyFigure?: AgencyFigureResolvers<ContextType>;
  AgencyFigures?: AgencyFiguresResolvers<ContextType>;
  AreaCoverage?: AreaCoverageResolvers<ContextType>;
  ChildFriendlyCriterion?: ChildFriendlyCriterionResolvers<ContextType>;
  ChildFriendlyGap?: ChildFriendlyGapResolvers<ContextType>;
  ChildFriendlyScorecard?: ChildFriendlyScorecardResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneCoverage?: CommuneCoverageResolvers<ContextType>;
  CommuneCoverageConnection?: CommuneCoverageConnectionResolvers<ContextType>;
  CommuneCoverageEdge?: CommuneCoverageEdgeResolvers<ContextType>;
  CommuneReport?: CommuneReportResolvers<ContextType>;
  CoverageRefresh?: CoverageRefreshResolvers<ContextType>;
  Date?: GraphQLScalarType;
  District?: DistrictResolvers<ContextType>;
  DistrictReport?: DistrictReportResolvers<ContextType>;
  Estimate?: EstimateResolvers<ContextType>;
  EstimatePart?: EstimatePartResolvers<ContextType>;
  GeographyReconciliation?: GeographyReconciliationResolvers<ContextType>;
  Indicator?: IndicatorResolvers<ContextType>;
  IndicatorTarget?: IndicatorTargetResolvers<ContextType>;
  IndicatorTerm?: IndicatorTermResolvers<ContextType>;
  IndicatorValue?: IndicatorValueResolvers<ContextType>;
  MeasureReconciliation?: MeasureReconciliationResolvers<ContextType>;
  Mutation?: MutationResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  ReportingDeadline?: ReportingDeadlineResolvers<ContextType>;
  ReportingStatus?: ReportingStatusResolvers<ContextType>;
  ReportingSummary?: ReportingSummaryResolvers<ContextType>;
  SuppressionAudit?: SuppressionAuditResolvers<ContextType>;
  UnmappedCommune?: UnmappedCommuneResolvers<ContextType>;
  VND?: GraphQLScalarType;
};

