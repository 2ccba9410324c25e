import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VersionRef as VersionRefModel } from '../../../lib/periods.ts';
import type { ChildShape as ChildShapeModel } from '../resolvers/ChildRecords.ts';
import type { DonationRow as DonationRowModel, DonorRow as DonorRowModel } from '../db/fund-reads.ts';
import type { VisibleBatch as VisibleBatchModel } from '../../../lib/import/batches.ts';
import type { LabourContext } from '../context.ts';
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
  /**
   * An exact amount of Vietnamese đồng. The đồng has no minor unit, so an amount is an integer; it is
   * serialised as a decimal string such as "200000000", so that no client reads money as a float.
   */
  VND: { input: string; output: string; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** Age bands of children, in completed years. */
export type ChildAgeBand =
  /** Aged 0–2 (nursery age). */
  | 'AGE_0_2'
  /** Aged 3–5 (preschool age). */
  | 'AGE_3_5'
  /** Aged 6–10 (primary-school age). */
  | 'AGE_6_10'
  /** Aged 11–15 (lower-secondary age). */
  | 'AGE_11_15';

/** Children in one age band. */
export type ChildAgeBandCount = {
  __typename?: 'ChildAgeBandCount';
  /** The band. */
  band: ChildAgeBand;
  /** Children in the band. */
  children: Scalars['Int']['output'];
  /** Oldest age in the band, in completed years. */
  maxAge: Scalars['Int']['output'];
  /** Youngest age in the band, in completed years. */
  minAge: Scalars['Int']['output'];
};

/** How a group of children was placed on a date's geography. */
export type ChildPlacement =
  /** At each divided or joined commune, the child's own residence on the boundary day named the commune: exact. */
  | 'RESIDENCE'
  /** The child's residence named none of the communes at some step: no commune given; apportion by the stated weights (estimated). */
  | 'UNDECIDED'
  /** Every step of the lineage was a whole transfer: exact. */
  | 'WHOLE';

/**
 * Children aged 0–15 on the register, counted on 31 December of a year. Poverty is the
 * household's status in that year's review; special circumstances are those in force on that day.
 */
export type ChildPopulation = {
  __typename?: 'ChildPopulation';
  /** Children by age band (age in completed years on the reference date). */
  byAgeBand: Array<ChildAgeBandCount>;
  /** Children in special circumstances or of poor or near-poor households: the plans' target group for support. Null for viewers outside the area (counts of children in sensitive groups; see Commune.coverage for the published, suppressed figures). */
  inNeed?: Maybe<Scalars['Int']['output']>;
  /** Children of near-poor households (hộ cận nghèo) in the year. Null for viewers outside the area (counts of children in sensitive groups; see Commune.coverage for the published, suppressed figures). */
  nearPoor?: Maybe<Scalars['Int']['output']>;
  /** Children of poor households (hộ nghèo) in the year. Null for viewers outside the area (counts of children in sensitive groups; see Commune.coverage for the published, suppressed figures). */
  poor?: Maybe<Scalars['Int']['output']>;
  /** Children of poor or near-poor households in the year. Null for viewers outside the area (counts of children in sensitive groups; see Commune.coverage for the published, suppressed figures). */
  poorOrNearPoor?: Maybe<Scalars['Int']['output']>;
  /** Children aged 3–10: preschool and primary age (the Hải Phòng plan's health and meal targets). */
  preschoolAndPrimaryAge: Scalars['Int']['output'];
  /** The day children are counted: 31 December of the year. */
  referenceDate: Scalars['Date']['output'];
  /** Children in special circumstances (Law on Children 2016, art. 10) on the reference date. Null for viewers outside the area (counts of children in sensitive groups; see Commune.coverage for the published, suppressed figures). */
  specialCircumstances?: Maybe<Scalars['Int']['output']>;
  /**
   * Children in special circumstances by art. 10 group, all 16 groups in group order. A child in
   * several groups counts in each, so the groups can sum to more than `specialCircumstances`. Null
   * for viewers outside the area.
   */
  specialCircumstancesByGroup?: Maybe<Array<SpecialCircumstanceGroupCount>>;
  /** All children aged 0–15 living here that day. */
  total: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** The Child Protection Fund (Quỹ Bảo trợ trẻ em) in one calendar year. */
export type ChildProtectionFundYear = {
  __typename?: 'ChildProtectionFundYear';
  /** Money disbursed to the unit (to the communes, for a province) during the year, in VND. Null for viewers outside the area: the fund pays children in per-child amounts, so the money reveals how many were paid. */
  amountDisbursed?: Maybe<Scalars['VND']['output']>;
  /** Donations received during the year, in VND: for a commune those received at commune level, for a province at every level. */
  amountDonated: Scalars['VND']['output'];
  /** Number of disbursements (one per child paid). Null for viewers outside the area. */
  disbursements?: Maybe<Scalars['Int']['output']>;
  /** Number of donations. */
  donations: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** One child on the commune's list (the child information management software). */
export type ChildRecord = {
  __typename?: 'ChildRecord';
  /** Date of birth. */
  birthDate: Scalars['Date']['output'];
  /** Ethnic group (dân tộc). */
  ethnicity: Scalars['String']['output'];
  /** Họ và tên: the child's full name. */
  fullName: Scalars['String']['output'];
  /** The household's poverty status in the year; null when neither poor nor near-poor. */
  householdPoverty?: Maybe<HouseholdPovertyLevel>;
  /** The child's record id in the labour register (mã trẻ). */
  id: Scalars['ID']['output'];
  /** Sex as recorded. */
  sex: ChildSex;
  /** Special-circumstance groups (Law on Children 2016, art. 10, 1–16) on 31 December of the year. */
  specialCircumstanceGroups: Array<Scalars['Int']['output']>;
  /** Support given to the child during the year, oldest first. */
  support: Array<ChildSupportRecord>;
};

/** One read of child records. */
export type ChildRecordAuditEntry = {
  __typename?: 'ChildRecordAuditEntry';
  /** The reader's area as dated entries (CODE@YYYY-MM-DD: a code and the day it is meant on). */
  area: Array<Scalars['String']['output']>;
  /** When it was read (ISO 8601 timestamp). */
  at: Scalars['String']['output'];
  /** Ids of the children whose records were returned. */
  childIds: Array<Scalars['ID']['output']>;
  /** The client's own id for the request (sent in `x-request-id`), if well-formed; a label, never the request id. */
  correlationId?: Maybe<Scalars['String']['output']>;
  /** The field and arguments read. */
  query: Scalars['String']['output'];
  /** The gateway's request id (returned to the client in `x-request-id`), as in every service's logs. */
  requestId: Scalars['String']['output'];
  /** The reader's role. */
  role: Scalars['String']['output'];
  /** The reader's token subject. */
  subject: Scalars['String']['output'];
};

/** A page of the audit trail. */
export type ChildRecordAuditPage = {
  __typename?: 'ChildRecordAuditPage';
  /** Pass as `after` for the next (older) page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether older entries follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The reads of this page, newest first. */
  nodes: Array<ChildRecordAuditEntry>;
};

/** A page of child records. */
export type ChildRecordPage = {
  __typename?: 'ChildRecordPage';
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more children follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The children of this page, by record id. */
  nodes: Array<ChildRecord>;
  /** Children visible to the reader, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** Sex as recorded in the register. */
export type ChildSex =
  /** Nữ. */
  | 'NU'
  /** Nam. */
  | 'NAM';

/**
 * Support given to children in a calendar year. Event counts cover support filed under the unit
 * during the part of the year its version was in force; the year-end figures pair each target
 * group living here on 31 December (the denominator) with those of them supported during the year
 * anywhere (the numerator).
 */
export type ChildSupport = {
  __typename?: 'ChildSupport';
  /** Support filed here by form, every form listed. */
  byForm: Array<ChildSupportByForm>;
  /** Support filed here by source of funds, every source listed. */
  bySource: Array<ChildSupportBySource>;
  /** Children on the register living here at some time during the part of the year this version was in force. */
  childrenOnRegister: Scalars['Int']['output'];
  /** Distinct children given at least one support filed here during the year. */
  childrenSupported: Scalars['Int']['output'];
  /** Children in special circumstances or of poor or near-poor households living here on 31 December. Null when the version was not in force that day. */
  inNeedChildren?: Maybe<Scalars['Int']['output']>;
  /** Of `inNeedChildren`, those who received any support during the year. */
  inNeedChildrenSupported?: Maybe<Scalars['Int']['output']>;
  /** Children of poor or near-poor households living here on 31 December (denominator). Null when the version was not in force that day. */
  poorOrNearPoorChildren?: Maybe<Scalars['Int']['output']>;
  /** Of `poorOrNearPoorChildren`, those who received any support during the year (numerator; target 100%). */
  poorOrNearPoorChildrenSupported?: Maybe<Scalars['Int']['output']>;
  /** Children in special circumstances living here on 31 December (denominator). Null when the version was not in force that day. */
  specialCircumstanceChildren?: Maybe<Scalars['Int']['output']>;
  /** Of `specialCircumstanceChildren`, those who received any support during the year (numerator; target 99%). */
  specialCircumstanceChildrenSupported?: Maybe<Scalars['Int']['output']>;
  /** Support events filed here during the year. */
  supportEvents: Scalars['Int']['output'];
  /** Total value of the support filed here, in VND. */
  totalAmount: Scalars['VND']['output'];
  /**
   * Children living here on 31 December who were then in an art. 10 group of victims of violence
   * or abuse (group 9, seriously harmed by violence; group 11, sexually abused): the denominator of
   * Decision 1863/QĐ-TTg's target. Null when the version was not in force that day.
   */
  violenceOrAbuseVictims?: Maybe<Scalars['Int']['output']>;
  /** Of `violenceOrAbuseVictims`, those who received any support during the year (numerator; target 100%). */
  violenceOrAbuseVictimsSupported?: Maybe<Scalars['Int']['output']>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Support of one form. */
export type ChildSupportByForm = {
  __typename?: 'ChildSupportByForm';
  /** Value, in VND. */
  amount: Scalars['VND']['output'];
  /** Distinct children given this form. */
  children: Scalars['Int']['output'];
  /** Support events of this form. */
  events: Scalars['Int']['output'];
  /** The form. */
  form: ChildSupportForm;
};

/** Support paid from one source. */
export type ChildSupportBySource = {
  __typename?: 'ChildSupportBySource';
  /** Value, in VND. */
  amount: Scalars['VND']['output'];
  /** Support events paid from this source. */
  events: Scalars['Int']['output'];
  /** The source. */
  source: ChildSupportSource;
};

/** Forms of support, as the plans list them (hình thức trợ giúp). */
export type ChildSupportForm =
  /** Tư vấn, trị liệu tâm lý: counselling and psychological therapy. */
  | 'TU_VAN_TAM_LY'
  /** Hỗ trợ giáo dục, học nghề: education and vocational support. */
  | 'HO_TRO_GIAO_DUC'
  /** Chăm sóc sức khỏe: health care. */
  | 'CHAM_SOC_SUC_KHOE'
  /** Trợ giúp pháp lý: legal aid. */
  | 'TRO_GIUP_PHAP_LY'
  /** Trợ giúp xã hội: social assistance. */
  | 'TRO_GIUP_XA_HOI'
  /** Đồ dùng mùa đông: warm winter items (quilts, clothes, scarves), given in Cao Bằng. */
  | 'DO_DUNG_MUA_DONG';

/** One act of support given to a child. */
export type ChildSupportRecord = {
  __typename?: 'ChildSupportRecord';
  /** Amount in VND; 0 for support in kind or services without a recorded value. */
  amount: Scalars['VND']['output'];
  /** The day it was given. */
  date: Scalars['Date']['output'];
  /** Its form. */
  form: ChildSupportForm;
  /** Who paid for it. */
  source: ChildSupportSource;
};

/** Sources of the money behind support (nguồn). */
export type ChildSupportSource =
  /** Quỹ Bảo trợ trẻ em: the Child Protection Fund. */
  | 'QUY_BTTE'
  /** Xã hội hóa: socialised resources (donors, businesses, organisations). */
  | 'XA_HOI_HOA'
  /** Ngân sách nhà nước: the state budget. */
  | 'NGAN_SACH';

/**
 * Where the children counted in one commune version on 31 December of a year count on the
 * geography of a date.
 */
export type ChildrenOnGeography = {
  __typename?: 'ChildrenOnGeography';
  /** The date whose communes they are placed on. */
  geographyDate: Scalars['Date']['output'];
  /** The children, grouped by the commune they count in and how they were placed; empty when unmapped. */
  groups: Array<ChildrenPlaced>;
  /** Why they reach no commune of that date (a 2021–2025 merger the sources do not place); null when they do. */
  unmappedReason?: Maybe<Scalars['String']['output']>;
  /** The calendar year the children are counted in. */
  year: Scalars['Int']['output'];
};

/** Children counted in one commune version and placed together on a date's geography. */
export type ChildrenPlaced = {
  __typename?: 'ChildrenPlaced';
  /** The commune of the date they count in; null when UNDECIDED. */
  commune?: Maybe<Commune>;
  /** Children in special circumstances or of poor or near-poor households. Null for viewers outside the area. */
  inNeedChildren?: Maybe<Scalars['Int']['output']>;
  /** Of them, those supported during the year. Null for viewers outside the area. */
  inNeedChildrenSupported?: Maybe<Scalars['Int']['output']>;
  /** How they were placed. */
  placement: ChildPlacement;
  /** Children of poor or near-poor households (ChildSupport.poorOrNearPoorChildren). Null for viewers outside the area. */
  poorOrNearPoorChildren?: Maybe<Scalars['Int']['output']>;
  /** Of them, those supported during the year. Null for viewers outside the area. */
  poorOrNearPoorChildrenSupported?: Maybe<Scalars['Int']['output']>;
  /** Children aged 3–5 (the AGE_3_5 band). */
  preschoolAge: Scalars['Int']['output'];
  /** Children aged 3–10 (ChildPopulation.preschoolAndPrimaryAge). */
  preschoolAndPrimaryAge: Scalars['Int']['output'];
  /** Children in special circumstances (ChildSupport.specialCircumstanceChildren). Null for viewers outside the area. */
  specialCircumstanceChildren?: Maybe<Scalars['Int']['output']>;
  /** Of them, those supported during the year. Null for viewers outside the area. */
  specialCircumstanceChildrenSupported?: Maybe<Scalars['Int']['output']>;
  /** Children aged 0–15. */
  total: Scalars['Int']['output'];
  /** Child victims of violence or abuse (ChildSupport.violenceOrAbuseVictims). Null for viewers outside the area. */
  violenceOrAbuseVictims?: Maybe<Scalars['Int']['output']>;
  /** Of them, those supported during the year. Null for viewers outside the area. */
  violenceOrAbuseVictimsSupported?: Maybe<Scalars['Int']['output']>;
};

/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type Commune = {
  __typename?: 'Commune';
  /**
   * Children (aged 0–15) on the register living in this commune version on 31 December of
   * `year`. Null when this version was not in force that day, or when the register holds no
   * child living here that day (the commune's records are not in this database).
   */
  childPopulation?: Maybe<ChildPopulation>;
  /**
   * Child Protection Fund (Quỹ Bảo trợ trẻ em) money disbursed to this commune version in
   * `year`. Null when this version was not in force during the year; the disbursements are null
   * for viewers outside the area.
   */
  childProtectionFund?: Maybe<ChildProtectionFundYear>;
  /**
   * The child records of the children living here on 31 December of the year (tên, ngày sinh,
   * hoàn cảnh, trợ giúp). Personal data of minors: resolves only for an OFFICER whose area
   * includes these children, and for ADMIN; everyone else gets a FORBIDDEN error on this field
   * and the rest of the response. An officer sees only the children who have lived in their
   * area, whatever commune is asked for. Every read is written to the audit trail.
   */
  childRecords?: Maybe<ChildRecordPage>;
  /**
   * Support given to children in `year`: events filed under this commune version, and the share
   * of year-end resident children in need who were supported. Null when this version was not in
   * force during the year or the register holds no child living here during it, and for viewers
   * outside the area (counts of children in sensitive groups; see Commune.coverage for the
   * published, suppressed figures).
   */
  childSupport?: Maybe<ChildSupport>;
  /**
   * Where the children counted in this commune version on 31 December of `year` (childPopulation,
   * childSupport's year-end groups) count on the geography of `geographyDate`, child by child: a
   * whole transfer carries them all; where a commune was divided or several were joined, each child
   * goes to the commune its residence on the boundary day names. Children whose residence cannot
   * decide (moved away, left the register) are one UNDECIDED group, to be apportioned by the
   * stated weights (see Query.coverage's estimate). Null when this version was not in force on
   * 31 December of `year`; counts of sensitive groups are null for viewers outside the area.
   */
  childrenOnGeography?: Maybe<ChildrenOnGeography>;
  /** Five-digit statistics-office (GSO) code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /**
   * The plan's reporting form for this commune version: resources mobilised (commune-level
   * donations, in cash and in kind) and, for viewers inside the area, money disbursed, unspent
   * balance at year end and children supported from the fund in each form, year by year.
   */
  fundReport?: Maybe<FundReport>;
  /**
   * Child Protection Fund money that reached this commune version in `year`, traced back to the
   * donations it came from and their donors (organisations by name, individuals as a count).
   * Null when this version was not in force during the year, and for viewers outside the area
   * (money paid out pays children, so it reveals how many were paid).
   */
  fundSources?: Maybe<FundSources>;
  /**
   * The commune's child-work reports for `year` (six-month and yearly) that this commune version
   * submitted, and when. Null when this version was not in force during the year.
   */
  labourReporting?: Maybe<LabourReporting>;
  /**
   * Where the children living in this version on its last day live on the next day, counted
   * per commune code (codes of the next day's directory). The weight that apportions a divided
   * commune's figures among the communes it went to. Null while the version is in force.
   */
  onwardResidence?: Maybe<Array<OnwardResidence>>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /**
   * Last day this version was in force, inclusive; null while it is still in force. Ends are
   * known to the precision of the directory snapshots: a unit absent from the next snapshot is
   * shown as ending the day before that snapshot.
   */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneChildPopulationArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneChildProtectionFundArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneChildRecordsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneChildSupportArgs = {
  through?: InputMaybe<Scalars['Date']['input']>;
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneChildrenOnGeographyArgs = {
  geographyDate: Scalars['Date']['input'];
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneFundReportArgs = {
  fromYear: Scalars['Int']['input'];
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  toYear: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneFundSourcesArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one version (owned by the geography subgraph). The labour subgraph
 * adds the social-affairs (DOLISA; since 2025 Ministry of Health) measures of children: the
 * register of children, support given, the Child Protection Fund and the commune's reports.
 * Only aggregates are published here; no field exposes a child.
 */
export type CommuneLabourReportingArgs = {
  year: Scalars['Int']['input'];
};

/** Money unspent in the fund on one day, for one level, receiving unit and earmark. */
export type FundBalance = {
  __typename?: 'FundBalance';
  /** Donations with money left. */
  donations: Scalars['Int']['output'];
  /** The earmark; null for money anyone in the unit may use. */
  earmark?: Maybe<FundEarmark>;
  /** The level. */
  level: FundLevel;
  /** Age of the unspent money in days, weighted by amount (rounded down). */
  meanAgeDays: Scalars['Int']['output'];
  /** Days from that day to `asOf`. */
  oldestAgeDays: Scalars['Int']['output'];
  /** The day the oldest of them was received. */
  oldestReceivedOn: Scalars['Date']['output'];
  /** The receiving unit's code at that level. */
  unitCode: Scalars['String']['output'];
  /** Unspent, in VND. */
  unspent: Scalars['VND']['output'];
};

/**
 * Children supported from the fund in one form. Outside the viewer's area (in the reporting form)
 * the counts are shown only for the nation and a province as filed, where the audited suppression
 * pattern publishes them (docs/fund.md), and the money is withheld; inside it, all is shown.
 */
export type FundChildrenByForm = {
  __typename?: 'FundChildrenByForm';
  /** Value of that support, in VND. Null for viewers outside the area: per-child amounts reveal how many children were paid. */
  amount?: Maybe<Scalars['VND']['output']>;
  /**
   * Distinct children. For viewers outside the area, null where the audited pattern hides the
   * cell: every count from 1 to k − 1 (k = 10, the coverage indicators' small-count rule) and the
   * complementary cells that stop it being recovered by differencing; always null for a commune
   * or on the geography of a date.
   */
  children?: Maybe<Scalars['Int']['output']>;
  /** The form. */
  form: ChildSupportForm;
  /** Support events. Null with `children` (the same cell). */
  supportEvents?: Maybe<Scalars['Int']['output']>;
};

/** One donation to the Child Protection Fund (khoản thu). */
export type FundDonation = {
  __typename?: 'FundDonation';
  /** The amount, in VND; for a gift in kind, its valuation. */
  amount: Scalars['VND']['output'];
  /**
   * Where it went, commune by commune: the money of this donation each commune received and the
   * children paid from those disbursements, by form. The communes outside the viewer's area are
   * left out (see `communesOutsideArea`); null for viewers who see none of the province.
   * The amounts here and `unspent` add up to `amount` for ADMIN.
   */
  communes?: Maybe<Array<FundTracedCommune>>;
  /** How many communes this donation reached that the viewer may not see. Null with `communes`. */
  communesOutsideArea?: Maybe<Scalars['Int']['output']>;
  /** The day it was received. */
  date: Scalars['Date']['output'];
  /** How much of it has been disbursed, in VND. Null for viewers outside the province's area. */
  disbursed?: Maybe<Scalars['VND']['output']>;
  /** Who gave it. */
  donor: FundDonor;
  /** What it may be spent on; null when it is not earmarked. */
  earmark?: Maybe<FundEarmark>;
  /** The donation's id in the fund's books. */
  id: Scalars['ID']['output'];
  /** Whether it was given in kind (goods), valued at `amount`. */
  inKind: Scalars['Boolean']['output'];
  /** What was given in kind and how it was valued; null for cash. */
  inKindDescription?: Maybe<Scalars['String']['output']>;
  /** The level of the fund that received it. */
  level: FundLevel;
  /** The province code, as on the donation's date. */
  provinceCode: Scalars['String']['output'];
  /** The day it was reversed (a correction: the whole donation is taken out of the books); null when it stands. */
  reversedOn?: Maybe<Scalars['Date']['output']>;
  /** The code of the receiving unit at that level (province, district or commune code, as on the donation's date). */
  unitCode: Scalars['String']['output'];
  /** How much of it is still unspent, in VND (amount − disbursed, 0 once reversed). Null for viewers outside the province's area. */
  unspent?: Maybe<Scalars['VND']['output']>;
};

/** A page of donations. */
export type FundDonationPage = {
  __typename?: 'FundDonationPage';
  /** Pass as `after` for the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** Whether more donations follow. */
  hasNextPage: Scalars['Boolean']['output'];
  /** The donations of this page. */
  nodes: Array<FundDonation>;
  /** Donations matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

/** A donor to the Child Protection Fund. */
export type FundDonor = {
  __typename?: 'FundDonor';
  /** All the donor's donations, oldest first. */
  donations: Array<FundDonation>;
  /** The donor's id in the fund's books. */
  id: Scalars['ID']['output'];
  /** What kind of donor. */
  kind: FundDonorKind;
  /**
   * The organisation's name. A person's name is personal data: null except for ADMIN and officers
   * whose area holds a province the person gave to; every such read is written to the audit trail.
   */
  name?: Maybe<Scalars['String']['output']>;
  /** Donated in all, net of reversals, in VND. */
  totalDonated: Scalars['VND']['output'];
};

/** Kinds of donor. */
export type FundDonorKind =
  /** Doanh nghiệp: a company. */
  | 'DOANH_NGHIEP'
  /** Cá nhân: a person. The name is personal data. */
  | 'CA_NHAN'
  /** Tổ chức: an association, union or other organisation. */
  | 'TO_CHUC';

/** What a donation may be spent on. Each part, when set, must match the disbursement. */
export type FundEarmark = {
  __typename?: 'FundEarmark';
  /** Only for this commune (five-digit code). */
  communeCode?: Maybe<Scalars['String']['output']>;
  /** Only for this form of support. */
  form?: Maybe<ChildSupportForm>;
  /** Only for this programme: QD588 (Decision 588, extremely difficult communes) or MIEN_NUI (mountainous communes). */
  programme?: Maybe<Scalars['String']['output']>;
};

/** Levels of the fund that receive donations (cấp quỹ). */
export type FundLevel =
  /** Quỹ cấp xã: a commune's fund. */
  | 'XA'
  /** Quỹ cấp huyện: a district's fund (districts exist only before 1 July 2025). */
  | 'HUYEN'
  /** Quỹ cấp tỉnh: the province's fund. */
  | 'TINH';

/**
 * The reporting form of the Decision 588 plans: resources mobilised and children supported, in
 * each form, by level and year. Every figure comes from the fund's ledger.
 */
export type FundReport = {
  __typename?: 'FundReport';
  /** First year. */
  fromYear: Scalars['Int']['output'];
  /** The geography the report is on: null as filed, else the date whose units it is on. */
  geographyDate?: Maybe<Scalars['Date']['output']>;
  /** What the report covers: the rows filed under which code, between which days. */
  scope: Scalars['String']['output'];
  /** Last year. */
  toYear: Scalars['Int']['output'];
  /** One entry per year, every year listed. */
  years: Array<FundReportYear>;
};

/** One level of the fund in one year. */
export type FundReportLevel = {
  __typename?: 'FundReportLevel';
  /** Money of this level's donations disbursed during the year, in VND. Null for viewers outside the area. */
  disbursed?: Maybe<Scalars['VND']['output']>;
  /** Donations received at this level during the year (reversals not counted). */
  donations: Scalars['Int']['output'];
  /** The level. */
  level: FundLevel;
  /** Cash received, net of reversals, in VND. */
  mobilisedCash: Scalars['VND']['output'];
  /** Gifts in kind received, at their valuation, net of reversals, in VND. */
  mobilisedInKind: Scalars['VND']['output'];
  /** Money of this level's donations still unspent on 31 December, in VND. Null for viewers outside the area. */
  unspentAtYearEnd?: Maybe<Scalars['VND']['output']>;
};

/** One year of the fund's reporting form. */
export type FundReportYear = {
  __typename?: 'FundReportYear';
  /** Children supported from the fund during the year, in each form, every form listed; outside the area as the audited pattern publishes them, the money withheld (see FundChildrenByForm). */
  byForm?: Maybe<Array<FundChildrenByForm>>;
  /** Per level of the fund, every level listed. */
  byLevel: Array<FundReportLevel>;
  /**
   * Distinct children supported from the fund during the year. For viewers outside the area, shown
   * only for the nation and a province as filed, and null where the audited suppression pattern
   * hides it (every count from 1 to k − 1, k = 10, and complementary cells; docs/fund.md); null for
   * a commune or on the geography of a date.
   */
  childrenSupported?: Maybe<Scalars['Int']['output']>;
  /** Money disbursed during the year, in VND. Null for viewers outside the area. */
  disbursed?: Maybe<Scalars['VND']['output']>;
  /** Resources mobilised: donations received in the year at every level, net of reversals, in VND (cash and in kind). */
  mobilised: Scalars['VND']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** One donation's share of the money paid out in a unit. */
export type FundSourceDonation = {
  __typename?: 'FundSourceDonation';
  /** Its share, in VND. */
  amount: Scalars['VND']['output'];
  /** The donation. */
  donation: FundDonation;
};

/** One organisation's share of the money paid out in a unit. */
export type FundSourceDonor = {
  __typename?: 'FundSourceDonor';
  /** Its share, in VND. */
  amount: Scalars['VND']['output'];
  /** The donor. */
  donor: FundDonor;
};

/** Where the fund money paid out in a unit and year came from (tracing backwards). */
export type FundSources = {
  __typename?: 'FundSources';
  /** Money disbursed in the unit during the year, net of reversals, in VND; equal to the sum of `donations`. */
  amountDisbursed: Scalars['VND']['output'];
  /** The donations it was drawn on, largest share first. */
  donations: Array<FundSourceDonation>;
  /** Money from individual donors, in VND. */
  individualAmount: Scalars['VND']['output'];
  /** How many individual donors' money it was drawn on (their names are personal data). */
  individualDonors: Scalars['Int']['output'];
  /** Organisations and companies whose donations it was drawn on, largest share first. */
  organisations: Array<FundSourceDonor>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** The part of one donation that reached one commune, and the children it helped pay. */
export type FundTracedCommune = {
  __typename?: 'FundTracedCommune';
  /** Money of the donation disbursed to the commune, net of reversals, in VND. */
  amount: Scalars['VND']['output'];
  /** Children paid from those disbursements, in each form, every form listed. */
  byForm: Array<FundChildrenByForm>;
  /**
   * Distinct children paid from those disbursements. A disbursement can draw on several
   * donations: each child it paid counts for each of them.
   */
  childrenSupported: Scalars['Int']['output'];
  /** Five-digit commune code, as on the disbursements' dates. */
  communeCode: Scalars['String']['output'];
  /** Disbursements that drew on the donation (reversed ones excluded). */
  disbursements: Scalars['Int']['output'];
  /** Province code. */
  provinceCode: Scalars['String']['output'];
};

/** A household's poverty status in a year. */
export type HouseholdPovertyLevel =
  /** Hộ cận nghèo: near-poor household. */
  | 'CAN_NGHEO'
  /** Hộ nghèo: poor household. */
  | 'NGHEO';

/** One file submitted once to an agency's importer, and what became of each of its rows. */
export type ImportBatch = {
  __typename?: 'ImportBatch';
  /** Rows identical to what was stored: nothing changed. */
  alreadyStored: Scalars['Int']['output'];
  /** SHA-256 of the file as received, hex. */
  checksum: Scalars['String']['output'];
  /** Rows that replaced a stored record of the same key (what they replaced is kept). */
  corrected: Scalars['Int']['output'];
  /** Rejected rows by error code. */
  errors: Array<ImportErrorCount>;
  /** The file name the submitter gave. */
  fileName: Scalars['String']['output'];
  /** ISO 8601 instant; null while running or when interrupted. */
  finishedAt?: Maybe<Scalars['String']['output']>;
  /** The batch id (also the `batch` of GET /import/<agency>/rejected). */
  id: Scalars['ID']['output'];
  /** Valid rows not stored because the file was rejected as a whole. */
  notStored: Scalars['Int']['output'];
  /** ALL_OR_NOTHING or VALID_ROWS. */
  policy: Scalars['String']['output'];
  /** Rows rejected with at least one error code. */
  rejected: Scalars['Int']['output'];
  /**
   * The rejected rows with where and why (their cells may hold personal data): for the submitter
   * and ADMINs only, null for other readers.
   */
  rejectedRows?: Maybe<Array<ImportRejection>>;
  /** Rows read. rows = stored + corrected + alreadyStored + rejected + notStored. */
  rows: Scalars['Int']['output'];
  /** ISO 8601 instant. */
  startedAt: Scalars['String']['output'];
  /** RUNNING (or interrupted: nothing of it stored), ACCEPTED, PARTIAL (valid rows stored) or REJECTED (nothing stored). */
  status: Scalars['String']['output'];
  /** New records stored. */
  stored: Scalars['Int']['output'];
  /** The submitter's subject. */
  submittedBy: Scalars['String']['output'];
  /** The file template, e.g. `labour.children`. */
  template: Scalars['String']['output'];
};


/** One file submitted once to an agency's importer, and what became of each of its rows. */
export type ImportBatchRejectedRowsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** How many rows of a batch were rejected with one error code. */
export type ImportErrorCount = {
  __typename?: 'ImportErrorCount';
  /** An error code of docs/imports.md, e.g. CODE_RETIRED. */
  code: Scalars['String']['output'];
  /** Rows rejected with this code. */
  rows: Scalars['Int']['output'];
};

/** One reason one row was not stored. */
export type ImportRejection = {
  __typename?: 'ImportRejection';
  /** The error code (docs/imports.md). */
  code: Scalars['String']['output'];
  /** The template's column key; empty for the whole row. */
  column: Scalars['String']['output'];
  /** The message in English. */
  messageEn: Scalars['String']['output'];
  /** The message in Vietnamese. */
  messageVi: Scalars['String']['output'];
  /** The row number a person sees in the spreadsheet. */
  row: Scalars['Int']['output'];
  /** The sheet's name (CSV for a CSV file). */
  sheet: Scalars['String']['output'];
  /** The cell's value as read. */
  value: Scalars['String']['output'];
};

/** Periods of the child-work reports a commune submits. */
export type LabourReportPeriod =
  /** The six-month report (báo cáo 6 tháng). */
  | 'SIX_MONTH'
  /** The yearly report (báo cáo năm). */
  | 'YEARLY';

/** One report of a commune for a year. */
export type LabourReportSubmission = {
  __typename?: 'LabourReportSubmission';
  /** The period the report covers. */
  period: LabourReportPeriod;
  /** Whether this commune version submitted it. */
  submitted: Scalars['Boolean']['output'];
  /** The day it was submitted (the first submission, if several); null when it was not submitted. Deadlines are set by each plan, not stored here. */
  submittedOn?: Maybe<Scalars['Date']['output']>;
};

/** A commune's child-work reports for one calendar year. */
export type LabourReporting = {
  __typename?: 'LabourReporting';
  /** The six-month report. */
  sixMonth: LabourReportSubmission;
  /** The calendar year. */
  year: Scalars['Int']['output'];
  /** The yearly report. */
  yearly: LabourReportSubmission;
};

/** How many communes of a province submitted their child-work reports for one calendar year. */
export type LabourReportingSummary = {
  __typename?: 'LabourReportingSummary';
  /** Distinct commune codes that submitted a six-month report filed under the province code. */
  communesSubmittedSixMonth: Scalars['Int']['output'];
  /** Distinct commune codes that submitted a yearly report filed under the province code. */
  communesSubmittedYearly: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Children of one commune version's last day who live in one commune the next day. */
export type OnwardResidence = {
  __typename?: 'OnwardResidence';
  /** How many children. */
  children: Scalars['Int']['output'];
  /** Five-digit code of the commune they live in the next day. */
  code: Scalars['String']['output'];
};

/**
 * A province or centrally-run city as one version (owned by the geography subgraph). Measures
 * are the same as the commune ones, summed over rows filed under the province code.
 */
export type Province = {
  __typename?: 'Province';
  /**
   * Children on the register living in the province version on 31 December of `year`. Null when
   * the version was not in force that day or no child was registered there.
   */
  childPopulation?: Maybe<ChildPopulation>;
  /**
   * Child Protection Fund donations received in the province (all levels) and disbursements to
   * its communes in `year`. Null when the version was not in force during the year.
   */
  childProtectionFund?: Maybe<ChildProtectionFundYear>;
  /**
   * Support given to children in `year` under the province code. Null when the version was not in
   * force during the year or the register holds no child living there during it, and for viewers
   * outside the area (see Province.coverage for the published, suppressed figures).
   */
  childSupport?: Maybe<ChildSupport>;
  /** Two-digit statistics-office code. Unique only together with `validFrom`: Hải Phòng (31) after 1 July 2025 includes the former Hải Dương. */
  code: Scalars['String']['output'];
  /**
   * Child Protection Fund money that reached the communes of this province version in `year`,
   * traced back to donations and donors. Null when the version was not in force during the year,
   * and for viewers outside the area.
   */
  fundSources?: Maybe<FundSources>;
  /**
   * How many communes of the province submitted each child-work report for `year`. Null when the
   * version was not in force during the year.
   */
  labourReportingSummary?: Maybe<LabourReportingSummary>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; null while in force. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/**
 * A province or centrally-run city as one version (owned by the geography subgraph). Measures
 * are the same as the commune ones, summed over rows filed under the province code.
 */
export type ProvinceChildPopulationArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A province or centrally-run city as one version (owned by the geography subgraph). Measures
 * are the same as the commune ones, summed over rows filed under the province code.
 */
export type ProvinceChildProtectionFundArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A province or centrally-run city as one version (owned by the geography subgraph). Measures
 * are the same as the commune ones, summed over rows filed under the province code.
 */
export type ProvinceChildSupportArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A province or centrally-run city as one version (owned by the geography subgraph). Measures
 * are the same as the commune ones, summed over rows filed under the province code.
 */
export type ProvinceFundSourcesArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A province or centrally-run city as one version (owned by the geography subgraph). Measures
 * are the same as the commune ones, summed over rows filed under the province code.
 */
export type ProvinceLabourReportingSummaryArgs = {
  year: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  /** Who read which child records, newest first: the append-only audit trail. ADMIN only. */
  childRecordAudit: ChildRecordAuditPage;
  /**
   * Money still unspent in the fund on `asOf`, per level, receiving unit and earmark, with its
   * age. Null for viewers outside the province's area.
   */
  fundBalances?: Maybe<Array<FundBalance>>;
  /** One donation to the Child Protection Fund and where it went. Null when no donation has this id. */
  fundDonation?: Maybe<FundDonation>;
  /**
   * Donations to the fund, largest first (then by id); reversed donations are listed with
   * `reversedOn` set. Filters combine.
   */
  fundDonations: FundDonationPage;
  /** One donor of the fund. Null when no donor has this id. */
  fundDonor?: Maybe<FundDonor>;
  /**
   * The plan's reporting form (Decision 588 plans): resources mobilised and children supported in
   * each form, by level and year, for rows filed under a province code (across its versions: after
   * 1 July 2025 code 31 also holds the former Hải Dương's rows) or the whole nation.
   */
  fundReport: FundReport;
  /**
   * The labour agency's import batches (files submitted to POST /import/labour), newest
   * first: who submitted what and when, what became of every row, errors by code. ADMIN sees
   * every batch; an OFFICER the batches they submitted and those wholly inside their area.
   */
  labourImportBatches: Array<ImportBatch>;
  /**
   * Child Protection Fund money that reached any commune in `year`, nation-wide, traced back to
   * donations and donors. Null except for ADMIN.
   */
  nationalFundSources?: Maybe<FundSources>;
};


export type QueryChildRecordAuditArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundBalancesArgs = {
  asOf: Scalars['Date']['input'];
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  provinceCode: Scalars['String']['input'];
};


export type QueryFundDonationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundDonationsArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryFundDonorArgs = {
  id: Scalars['ID']['input'];
};


export type QueryFundReportArgs = {
  fromYear: Scalars['Int']['input'];
  geographyDate?: InputMaybe<Scalars['Date']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  toYear: Scalars['Int']['input'];
};


export type QueryLabourImportBatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


export type QueryNationalFundSourcesArgs = {
  year: Scalars['Int']['input'];
};

/** Children in one special-circumstance group of the Law on Children 2016, art. 10. */
export type SpecialCircumstanceGroupCount = {
  __typename?: 'SpecialCircumstanceGroupCount';
  /** Children in the group on the reference date. */
  children: Scalars['Int']['output'];
  /** Group number, 1–16, as numbered in art. 10 (for example 1: orphans without both parents; 4: children with disabilities). */
  group: Scalars['Int']['output'];
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
  Province: Province;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Commune:
    ( { __typename: 'Commune' }
    & GraphQLRecursivePick<FederationTypes['Commune'], {"code":true,"validFrom":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}> ) );
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
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
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
  ChildAgeBand: ChildAgeBand;
  ChildAgeBandCount: ResolverTypeWrapper<ChildAgeBandCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  ChildPlacement: ChildPlacement;
  ChildPopulation: ResolverTypeWrapper<ChildPopulation>;
  ChildProtectionFundYear: ResolverTypeWrapper<ChildProtectionFundYear>;
  ChildRecord: ResolverTypeWrapper<ChildShapeModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ChildRecordAuditEntry: ResolverTypeWrapper<ChildRecordAuditEntry>;
  ChildRecordAuditPage: ResolverTypeWrapper<ChildRecordAuditPage>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ChildRecordPage: ResolverTypeWrapper<Omit<ChildRecordPage, 'nodes'> & { nodes: Array<ResolversTypes['ChildRecord']> }>;
  ChildSex: ResolverTypeWrapper<ChildSex>;
  ChildSupport: ResolverTypeWrapper<Omit<ChildSupport, 'byForm' | 'bySource'> & { byForm: Array<ResolversTypes['ChildSupportByForm']>, bySource: Array<ResolversTypes['ChildSupportBySource']> }>;
  ChildSupportByForm: ResolverTypeWrapper<Omit<ChildSupportByForm, 'form'> & { form: ResolversTypes['ChildSupportForm'] }>;
  ChildSupportBySource: ResolverTypeWrapper<Omit<ChildSupportBySource, 'source'> & { source: ResolversTypes['ChildSupportSource'] }>;
  ChildSupportForm: ResolverTypeWrapper<ChildSupportForm>;
  ChildSupportRecord: ResolverTypeWrapper<Omit<ChildSupportRecord, 'form' | 'source'> & { form: ResolversTypes['ChildSupportForm'], source: ResolversTypes['ChildSupportSource'] }>;
  ChildSupportSource: ResolverTypeWrapper<ChildSupportSource>;
  ChildrenOnGeography: ResolverTypeWrapper<Omit<ChildrenOnGeography, 'groups'> & { groups: Array<ResolversTypes['ChildrenPlaced']> }>;
  ChildrenPlaced: ResolverTypeWrapper<Omit<ChildrenPlaced, 'commune'> & { commune?: Maybe<ResolversTypes['Commune']> }>;
  Commune: ResolverTypeWrapper<VersionRefModel>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  FundBalance: ResolverTypeWrapper<Omit<FundBalance, 'earmark' | 'level'> & { earmark?: Maybe<ResolversTypes['FundEarmark']>, level: ResolversTypes['FundLevel'] }>;
  FundChildrenByForm: ResolverTypeWrapper<Omit<FundChildrenByForm, 'form'> & { form: ResolversTypes['ChildSupportForm'] }>;
  FundDonation: ResolverTypeWrapper<DonationRowModel>;
  FundDonationPage: ResolverTypeWrapper<Omit<FundDonationPage, 'nodes'> & { nodes: Array<ResolversTypes['FundDonation']> }>;
  FundDonor: ResolverTypeWrapper<DonorRowModel>;
  FundDonorKind: ResolverTypeWrapper<FundDonorKind>;
  FundEarmark: ResolverTypeWrapper<Omit<FundEarmark, 'form'> & { form?: Maybe<ResolversTypes['ChildSupportForm']> }>;
  FundLevel: ResolverTypeWrapper<FundLevel>;
  FundReport: ResolverTypeWrapper<Omit<FundReport, 'years'> & { years: Array<ResolversTypes['FundReportYear']> }>;
  FundReportLevel: ResolverTypeWrapper<Omit<FundReportLevel, 'level'> & { level: ResolversTypes['FundLevel'] }>;
  FundReportYear: ResolverTypeWrapper<Omit<FundReportYear, 'byForm' | 'byLevel'> & { byForm?: Maybe<Array<ResolversTypes['FundChildrenByForm']>>, byLevel: Array<ResolversTypes['FundReportLevel']> }>;
  FundSourceDonation: ResolverTypeWrapper<Omit<FundSourceDonation, 'donation'> & { donation: ResolversTypes['FundDonation'] }>;
  FundSourceDonor: ResolverTypeWrapper<Omit<FundSourceDonor, 'donor'> & { donor: ResolversTypes['FundDonor'] }>;
  FundSources: ResolverTypeWrapper<Omit<FundSources, 'donations' | 'organisations'> & { donations: Array<ResolversTypes['FundSourceDonation']>, organisations: Array<ResolversTypes['FundSourceDonor']> }>;
  FundTracedCommune: ResolverTypeWrapper<Omit<FundTracedCommune, 'byForm'> & { byForm: Array<ResolversTypes['FundChildrenByForm']> }>;
  HouseholdPovertyLevel: ResolverTypeWrapper<HouseholdPovertyLevel>;
  ImportBatch: ResolverTypeWrapper<VisibleBatchModel>;
  ImportErrorCount: ResolverTypeWrapper<ImportErrorCount>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  LabourReportPeriod: LabourReportPeriod;
  LabourReportSubmission: ResolverTypeWrapper<LabourReportSubmission>;
  LabourReporting: ResolverTypeWrapper<LabourReporting>;
  LabourReportingSummary: ResolverTypeWrapper<LabourReportingSummary>;
  OnwardResidence: ResolverTypeWrapper<OnwardResidence>;
  Province: ResolverTypeWrapper<VersionRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SpecialCircumstanceGroupCount: ResolverTypeWrapper<SpecialCircumstanceGroupCount>;
  VND: ResolverTypeWrapper<Scalars['VND']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  ChildAgeBandCount: ChildAgeBandCount;
  Int: Scalars['Int']['output'];
  ChildPopulation: ChildPopulation;
  ChildProtectionFundYear: ChildProtectionFundYear;
  ChildRecord: ChildShapeModel;
  String: Scalars['String']['output'];
  ID: Scalars['ID']['output'];
  ChildRecordAuditEntry: ChildRecordAuditEntry;
  ChildRecordAuditPage: ChildRecordAuditPage;
  Boolean: Scalars['Boolean']['output'];
  ChildRecordPage: Omit<ChildRecordPage, 'nodes'> & { nodes: Array<ResolversParentTypes['ChildRecord']> };
  ChildSupport: Omit<ChildSupport, 'byForm' | 'bySource'> & { byForm: Array<ResolversParentTypes['ChildSupportByForm']>, bySource: Array<ResolversParentTypes['ChildSupportBySource']> };
  ChildSupportByForm: ChildSupportByForm;
  ChildSupportBySource: ChildSupportBySource;
  ChildSupportRecord: ChildSupportRecord;
  ChildrenOnGeography: Omit<ChildrenOnGeography, 'groups'> & { groups: Array<ResolversParentTypes['ChildrenPlaced']> };
  ChildrenPlaced: Omit<ChildrenPlaced, 'commune'> & { commune?: Maybe<ResolversParentTypes['Commune']> };
  Commune: VersionRefModel;
  Date: Scalars['Date']['output'];
  FundBalance: Omit<FundBalance, 'earmark'> & { earmark?: Maybe<ResolversParentTypes['FundEarmark']> };
  FundChildrenByForm: FundChildrenByForm;
  FundDonation: DonationRowModel;
  FundDonationPage: Omit<FundDonationPage, 'nodes'> & { nodes: Array<ResolversParentTypes['FundDonation']> };
  FundDonor: DonorRowModel;
  FundEarmark: FundEarmark;
  FundReport: Omit<FundReport, 'years'> & { years: Array<ResolversParentTypes['FundReportYear']> };
  FundReportLevel: FundReportLevel;
  FundReportYear: Omit<FundReportYear, 'byForm' | 'byLevel'> & { byForm?: Maybe<Array<ResolversParentTypes['FundChildrenByForm']>>, byLevel: Array<ResolversParentTypes['FundReportLevel']> };
  FundSourceDonation: Omit<FundSourceDonation, 'donation'> & { donation: ResolversParentTypes['FundDonation'] };
  FundSourceDonor: Omit<FundSourceDonor, 'donor'> & { donor: ResolversParentTypes['FundDonor'] };
  FundSources: Omit<FundSources, 'donations' | 'organisations'> & { donations: Array<ResolversParentTypes['FundSourceDonation']>, organisations: Array<ResolversParentTypes['FundSourceDonor']> };
  FundTracedCommune: Omit<FundTracedCommune, 'byForm'> & { byForm: Array<ResolversParentTypes['FundChildrenByForm']> };
  ImportBatch: VisibleBatchModel;
  ImportErrorCount: ImportErrorCount;
  ImportRejection: ImportRejection;
  LabourReportSubmission: LabourReportSubmission;
  LabourReporting: LabourReporting;
  LabourReportingSummary: LabourReportingSummary;
  OnwardResidence: OnwardResidence;
  Province: VersionRefModel;
  Query: Record<PropertyKey, never>;
  SpecialCircumstanceGroupCount: SpecialCircumstanceGroupCount;
  VND: Scalars['VND']['output'];
};

export type ChildAgeBandCountResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildAgeBandCount'] = ResolversParentTypes['ChildAgeBandCount']> = {
  band?: Resolver<ResolversTypes['ChildAgeBand'], ParentType, ContextType>;
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  maxAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  minAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildPopulationResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildPopulation'] = ResolversParentTypes['ChildPopulation']> = {
  byAgeBand?: Resolver<Array<ResolversTypes['ChildAgeBandCount']>, ParentType, ContextType>;
  inNeed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  nearPoor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  poor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  poorOrNearPoor?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  preschoolAndPrimaryAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  referenceDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  specialCircumstances?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  specialCircumstancesByGroup?: Resolver<Maybe<Array<ResolversTypes['SpecialCircumstanceGroupCount']>>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildProtectionFundYearResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildProtectionFundYear'] = ResolversParentTypes['ChildProtectionFundYear']> = {
  amountDisbursed?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  amountDonated?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  disbursements?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  donations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildRecordResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildRecord'] = ResolversParentTypes['ChildRecord']> = {
  birthDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  ethnicity?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  householdPoverty?: Resolver<Maybe<ResolversTypes['HouseholdPovertyLevel']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  sex?: Resolver<ResolversTypes['ChildSex'], ParentType, ContextType>;
  specialCircumstanceGroups?: Resolver<Array<ResolversTypes['Int']>, ParentType, ContextType>;
  support?: Resolver<Array<ResolversTypes['ChildSupportRecord']>, ParentType, ContextType>;
};

export type ChildRecordAuditEntryResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildRecordAuditEntry'] = ResolversParentTypes['ChildRecordAuditEntry']> = {
  area?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  at?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  childIds?: Resolver<Array<ResolversTypes['ID']>, ParentType, ContextType>;
  correlationId?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  requestId?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildRecordAuditPageResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildRecordAuditPage'] = ResolversParentTypes['ChildRecordAuditPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ChildRecordAuditEntry']>, ParentType, ContextType>;
};

export type ChildRecordPageResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildRecordPage'] = ResolversParentTypes['ChildRecordPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['ChildRecord']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildSexResolvers = { FEMALE: 'NU', MALE: 'NAM' };

export type ChildSupportResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildSupport'] = ResolversParentTypes['ChildSupport']> = {
  byForm?: Resolver<Array<ResolversTypes['ChildSupportByForm']>, ParentType, ContextType>;
  bySource?: Resolver<Array<ResolversTypes['ChildSupportBySource']>, ParentType, ContextType>;
  childrenOnRegister?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inNeedChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inNeedChildrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  poorOrNearPoorChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  poorOrNearPoorChildrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  specialCircumstanceChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  specialCircumstanceChildrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  supportEvents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  totalAmount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  violenceOrAbuseVictims?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  violenceOrAbuseVictimsSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildSupportByFormResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildSupportByForm'] = ResolversParentTypes['ChildSupportByForm']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ChildSupportForm'], ParentType, ContextType>;
};

export type ChildSupportBySourceResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildSupportBySource'] = ResolversParentTypes['ChildSupportBySource']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  events?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ChildSupportSource'], ParentType, ContextType>;
};

export type ChildSupportFormResolvers = { COUNSELLING_PSYCHOLOGICAL: 'TU_VAN_TAM_LY', EDUCATION_VOCATIONAL: 'HO_TRO_GIAO_DUC', HEALTH_CARE: 'CHAM_SOC_SUC_KHOE', LEGAL_AID: 'TRO_GIUP_PHAP_LY', SOCIAL_ASSISTANCE: 'TRO_GIUP_XA_HOI', WARM_WINTER_ITEMS: 'DO_DUNG_MUA_DONG' };

export type ChildSupportRecordResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildSupportRecord'] = ResolversParentTypes['ChildSupportRecord']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ChildSupportForm'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ChildSupportSource'], ParentType, ContextType>;
};

export type ChildSupportSourceResolvers = { CHILD_PROTECTION_FUND: 'QUY_BTTE', SOCIALISED: 'XA_HOI_HOA', STATE_BUDGET: 'NGAN_SACH' };

export type ChildrenOnGeographyResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildrenOnGeography'] = ResolversParentTypes['ChildrenOnGeography']> = {
  geographyDate?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  groups?: Resolver<Array<ResolversTypes['ChildrenPlaced']>, ParentType, ContextType>;
  unmappedReason?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ChildrenPlacedResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ChildrenPlaced'] = ResolversParentTypes['ChildrenPlaced']> = {
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  inNeedChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  inNeedChildrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  placement?: Resolver<ResolversTypes['ChildPlacement'], ParentType, ContextType>;
  poorOrNearPoorChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  poorOrNearPoorChildrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  preschoolAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  preschoolAndPrimaryAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  specialCircumstanceChildren?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  specialCircumstanceChildrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  violenceOrAbuseVictims?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  violenceOrAbuseVictimsSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childPopulation?: Resolver<Maybe<ResolversTypes['ChildPopulation']>, ParentType, ContextType, RequireFields<CommuneChildPopulationArgs, 'year'>>;
  childProtectionFund?: Resolver<Maybe<ResolversTypes['ChildProtectionFundYear']>, ParentType, ContextType, RequireFields<CommuneChildProtectionFundArgs, 'year'>>;
  childRecords?: Resolver<Maybe<ResolversTypes['ChildRecordPage']>, ParentType, ContextType, RequireFields<CommuneChildRecordsArgs, 'first' | 'year'>>;
  childSupport?: Resolver<Maybe<ResolversTypes['ChildSupport']>, ParentType, ContextType, RequireFields<CommuneChildSupportArgs, 'year'>>;
  childrenOnGeography?: Resolver<Maybe<ResolversTypes['ChildrenOnGeography']>, ParentType, ContextType, RequireFields<CommuneChildrenOnGeographyArgs, 'geographyDate' | 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundReport?: Resolver<Maybe<ResolversTypes['FundReport']>, ParentType, ContextType, RequireFields<CommuneFundReportArgs, 'fromYear' | 'toYear'>>;
  fundSources?: Resolver<Maybe<ResolversTypes['FundSources']>, ParentType, ContextType, RequireFields<CommuneFundSourcesArgs, 'year'>>;
  labourReporting?: Resolver<Maybe<ResolversTypes['LabourReporting']>, ParentType, ContextType, RequireFields<CommuneLabourReportingArgs, 'year'>>;
  onwardResidence?: Resolver<Maybe<Array<ResolversTypes['OnwardResidence']>>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type FundBalanceResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundBalance'] = ResolversParentTypes['FundBalance']> = {
  donations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  earmark?: Resolver<Maybe<ResolversTypes['FundEarmark']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['FundLevel'], ParentType, ContextType>;
  meanAgeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestAgeDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  oldestReceivedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unspent?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type FundChildrenByFormResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundChildrenByForm'] = ResolversParentTypes['FundChildrenByForm']> = {
  amount?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  children?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  form?: Resolver<ResolversTypes['ChildSupportForm'], ParentType, ContextType>;
  supportEvents?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export type FundDonationResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundDonation'] = ResolversParentTypes['FundDonation']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  communes?: Resolver<Maybe<Array<ResolversTypes['FundTracedCommune']>>, ParentType, ContextType>;
  communesOutsideArea?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  disbursed?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  donor?: Resolver<ResolversTypes['FundDonor'], ParentType, ContextType>;
  earmark?: Resolver<Maybe<ResolversTypes['FundEarmark']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  inKind?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  inKindDescription?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  level?: Resolver<ResolversTypes['FundLevel'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  reversedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  unitCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  unspent?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
};

export type FundDonationPageResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundDonationPage'] = ResolversParentTypes['FundDonationPage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['FundDonation']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundDonorResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundDonor'] = ResolversParentTypes['FundDonor']> = {
  donations?: Resolver<Array<ResolversTypes['FundDonation']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['FundDonorKind'], ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  totalDonated?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
};

export type FundDonorKindResolvers = { ENTERPRISE: 'DOANH_NGHIEP', INDIVIDUAL: 'CA_NHAN', ORGANISATION: 'TO_CHUC' };

export type FundEarmarkResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundEarmark'] = ResolversParentTypes['FundEarmark']> = {
  communeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  form?: Resolver<Maybe<ResolversTypes['ChildSupportForm']>, ParentType, ContextType>;
  programme?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type FundLevelResolvers = { COMMUNE: 'XA', DISTRICT: 'HUYEN', PROVINCE: 'TINH' };

export type FundReportResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundReport'] = ResolversParentTypes['FundReport']> = {
  fromYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  geographyDate?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  scope?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  toYear?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  years?: Resolver<Array<ResolversTypes['FundReportYear']>, ParentType, ContextType>;
};

export type FundReportLevelResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundReportLevel'] = ResolversParentTypes['FundReportLevel']> = {
  disbursed?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  donations?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['FundLevel'], ParentType, ContextType>;
  mobilisedCash?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  mobilisedInKind?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  unspentAtYearEnd?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
};

export type FundReportYearResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundReportYear'] = ResolversParentTypes['FundReportYear']> = {
  byForm?: Resolver<Maybe<Array<ResolversTypes['FundChildrenByForm']>>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['FundReportLevel']>, ParentType, ContextType>;
  childrenSupported?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  disbursed?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  mobilised?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundSourceDonationResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundSourceDonation'] = ResolversParentTypes['FundSourceDonation']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  donation?: Resolver<ResolversTypes['FundDonation'], ParentType, ContextType>;
};

export type FundSourceDonorResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundSourceDonor'] = ResolversParentTypes['FundSourceDonor']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  donor?: Resolver<ResolversTypes['FundDonor'], ParentType, ContextType>;
};

export type FundSourcesResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundSources'] = ResolversParentTypes['FundSources']> = {
  amountDisbursed?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  donations?: Resolver<Array<ResolversTypes['FundSourceDonation']>, ParentType, ContextType>;
  individualAmount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  individualDonors?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  organisations?: Resolver<Array<ResolversTypes['FundSourceDonor']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FundTracedCommuneResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['FundTracedCommune'] = ResolversParentTypes['FundTracedCommune']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  byForm?: Resolver<Array<ResolversTypes['FundChildrenByForm']>, ParentType, ContextType>;
  childrenSupported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  disbursements?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type HouseholdPovertyLevelResolvers = { NEAR_POOR: 'CAN_NGHEO', POOR: 'NGHEO' };

export type ImportBatchResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
  alreadyStored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  checksum?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  corrected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  errors?: Resolver<Array<ResolversTypes['ImportErrorCount']>, ParentType, ContextType>;
  fileName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  finishedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  notStored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  policy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rejected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  rejectedRows?: Resolver<Maybe<Array<ResolversTypes['ImportRejection']>>, ParentType, ContextType, RequireFields<ImportBatchRejectedRowsArgs, 'first'>>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  startedAt?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  stored?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  submittedBy?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  template?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ImportErrorCountResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ImportErrorCount'] = ResolversParentTypes['ImportErrorCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type LabourReportSubmissionResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['LabourReportSubmission'] = ResolversParentTypes['LabourReportSubmission']> = {
  period?: Resolver<ResolversTypes['LabourReportPeriod'], ParentType, ContextType>;
  submitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LabourReportingResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['LabourReporting'] = ResolversParentTypes['LabourReporting']> = {
  sixMonth?: Resolver<ResolversTypes['LabourReportSubmission'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  yearly?: Resolver<ResolversTypes['LabourReportSubmission'], ParentType, ContextType>;
};

export type LabourReportingSummaryResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['LabourReportingSummary'] = ResolversParentTypes['LabourReportingSummary']> = {
  communesSubmittedSixMonth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesSubmittedYearly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type OnwardResidenceResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['OnwardResidence'] = ResolversParentTypes['OnwardResidence']> = {
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  childPopulation?: Resolver<Maybe<ResolversTypes['ChildPopulation']>, ParentType, ContextType, RequireFields<ProvinceChildPopulationArgs, 'year'>>;
  childProtectionFund?: Resolver<Maybe<ResolversTypes['ChildProtectionFundYear']>, ParentType, ContextType, RequireFields<ProvinceChildProtectionFundArgs, 'year'>>;
  childSupport?: Resolver<Maybe<ResolversTypes['ChildSupport']>, ParentType, ContextType, RequireFields<ProvinceChildSupportArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fundSources?: Resolver<Maybe<ResolversTypes['FundSources']>, ParentType, ContextType, RequireFields<ProvinceFundSourcesArgs, 'year'>>;
  labourReportingSummary?: Resolver<Maybe<ResolversTypes['LabourReportingSummary']>, ParentType, ContextType, RequireFields<ProvinceLabourReportingSummaryArgs, 'year'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  childRecordAudit?: Resolver<ResolversTypes['ChildRecordAuditPage'], ParentType, ContextType, RequireFields<QueryChildRecordAuditArgs, 'first'>>;
  fundBalances?: Resolver<Maybe<Array<ResolversTypes['FundBalance']>>, ParentType, ContextType, RequireFields<QueryFundBalancesArgs, 'asOf' | 'provinceCode'>>;
  fundDonation?: Resolver<Maybe<ResolversTypes['FundDonation']>, ParentType, ContextType, RequireFields<QueryFundDonationArgs, 'id'>>;
  fundDonations?: Resolver<ResolversTypes['FundDonationPage'], ParentType, ContextType, RequireFields<QueryFundDonationsArgs, 'first'>>;
  fundDonor?: Resolver<Maybe<ResolversTypes['FundDonor']>, ParentType, ContextType, RequireFields<QueryFundDonorArgs, 'id'>>;
  fundReport?: Resolver<ResolversTypes['FundReport'], ParentType, ContextType, RequireFields<QueryFundReportArgs, 'fromYear' | 'toYear'>>;
  labourImportBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryLabourImportBatchesArgs, 'first'>>;
  nationalFundSources?: Resolver<Maybe<ResolversTypes['FundSources']>, ParentType, ContextType, RequireFields<QueryNationalFundSourcesArgs, 'year'>>;
};

export type SpecialCircumstanceGroupCountResolvers<ContextType = LabourContext, ParentType extends ResolversParentTypes['SpecialCircumstanceGroupCount'] = ResolversParentTypes['SpecialCircumstanceGroupCount']> = {
  children?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  group?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface VndScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['VND'], any> {
  name: 'VND';
}

export type Resolvers<ContextType = LabourContext> = {
  ChildAgeBandCount?: ChildAgeBandCountResolvers<ContextType>;
  ChildPopulation?: ChildPopulationResolvers<ContextType>;
  ChildProtectionFundYear?: ChildProtectionFundYearResolvers<ContextType>;
  ChildRecord?: ChildRecordResolvers<ContextType>;
  ChildRecordAuditEntry?: ChildRecordAuditEntryResolvers<ContextType>;
  ChildRecordAuditPage?: ChildRecordAuditPageResolvers<ContextType>;
  ChildRecordPage?: ChildRecordPageResolvers<ContextType>;
  ChildSex?: ChildSexResolvers;
  ChildSupport?: ChildSupportResolvers<ContextType>;
  ChildSupportByForm?: ChildSupportByFormResolvers<ContextType>;
  ChildSupportBySource?: ChildSupportBySourceResolvers<ContextType>;
  ChildSupportForm?: ChildSupportFormResolvers;
  ChildSupportRecord?: ChildSupportRecordResolvers<ContextType>;
  ChildSupportSource?: ChildSupportSourceResolvers;
  ChildrenOnGeography?: ChildrenOnGeographyResolvers<ContextType>;
  ChildrenPlaced?: ChildrenPlacedResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  Date?: GraphQLScalarType;
  FundBalance?: FundBalanceResolvers<ContextType>;
  FundChildrenByForm?: FundChildrenByFormResolvers<ContextType>;
  FundDonation?: FundDonationResolvers<ContextType>;
  FundDonationPage?: FundDonationPageResolvers<ContextType>;
  FundDonor?: FundDonorResolvers<ContextType>;
  FundDonorKind?: FundDonorKindResolvers;
  FundEarmark?: FundEarmarkResolvers<ContextType>;
  FundLevel?: FundLevelResolvers;
  FundReport?: FundReportResolvers<ContextType>;
  FundReportLevel?: FundReportLevelResolvers<ContextType>;
  FundReportYear?: FundReportYearResolvers<ContextType>;
  FundSourceDonation?: FundSourceDonationResolvers<ContextType>;
  FundSourceDonor?: FundSourceDonorResolvers<ContextType>;
  FundSources?: FundSourcesResolvers<ContextType>;
  FundTracedCommune?: FundTracedCommuneResolvers<ContextType>;
  HouseholdPovertyLevel?: HouseholdPovertyLevelResolvers;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportErrorCount?: ImportErrorCountResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  LabourReportSubmission?: LabourReportSubmissionResolvers<ContextType>;
  LabourReporting?: LabourReportingResolvers<ContextType>;
  LabourReportingSummary?: LabourReportingSummaryResolvers<ContextType>;
  OnwardResidence?: OnwardResidenceResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SpecialCircumstanceGroupCount?: SpecialCircumstanceGroupCountResolvers<ContextType>;
  VND?: GraphQLScalarType;
};

