import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VersionRef as VersionRefModel } from '../../../lib/periods.ts';
import type { VisibleBatch as VisibleBatchModel } from '../../../lib/import/batches.ts';
import type { HealthContext } from '../context.ts';
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

/** Children examined in one age band. */
export type CheckupAgeBandCount = {
  __typename?: 'CheckupAgeBandCount';
  /** The age band, by age on 31 December of the round's year (the year minus the year of birth): the rule labour's child counts use too. */
  band: HealthAgeBand;
  /** Children examined in the band. */
  examined: Scalars['Int']['output'];
};

/** Kinds of round the health department records (loại đợt khám). */
export type CheckupKind =
  /** Free general check-up (khám sức khỏe tổng quát miễn phí, code KSK_TQ): the one the plans count. */
  | 'KSK_TQ'
  /** Another screening (sàng lọc, code SANG_LOC), e.g. school eye or dental screening; not a general check-up. */
  | 'SANG_LOC';

/** Who carried out a round (đơn vị thực hiện). */
export type CheckupProvider =
  /** The commune health station (trạm y tế xã, code TYT). */
  | 'TYT'
  /** The district or regional health centre (trung tâm y tế, code TTYT). */
  | 'TTYT';

/** One check-up or screening round held in a commune. */
export type CheckupRound = {
  __typename?: 'CheckupRound';
  /** The day the round was held. */
  date: Scalars['Date']['output'];
  /** Children examined in the round, all age bands. */
  examined: Scalars['Int']['output'];
  /** The department's round identifier (mã đợt). */
  id: Scalars['String']['output'];
  /** General check-up or other screening. */
  kind: CheckupKind;
  /** Children found malnourished. Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  malnourished?: Maybe<Scalars['Int']['output']>;
  /** Who carried the round out. */
  provider: CheckupProvider;
  /** Children referred to a higher-level facility. Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  referred?: Maybe<Scalars['Int']['output']>;
  /** The team that examined the children (đội khám). */
  team: Scalars['String']['output'];
};

/** Health-insurance cards of children under 6 in a commune on 31 December of a year. */
export type ChildHealthInsurance = {
  __typename?: 'ChildHealthInsurance';
  /** Of them, children holding a health-insurance card (the numerator). */
  cardsIssued: Scalars['Int']['output'];
  /** Children under 6 living in the commune on 31 December (the denominator). */
  childrenUnder6: Scalars['Int']['output'];
  /** cardsIssued / childrenUnder6, from 0 to 1; null when there are no children under 6. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type Commune = {
  __typename?: 'Commune';
  /**
   * Every round (free general check-up or other screening) held in the commune during the year,
   * oldest first. Empty when none was recorded; see `checkups.reported` for whether that is a gap.
   */
  checkupRounds?: Maybe<Array<CheckupRound>>;
  /**
   * Free general check-ups (khám sức khỏe tổng quát miễn phí) held for children in the commune in
   * a calendar year, from the commune health station's rounds; screening rounds of other kinds
   * are not counted. Null when no station report was due for this version and year (the version
   * was not in force during that year's check-up season). When the station did not report,
   * `reported` is false and every figure is null: missing, not zero.
   */
  checkups?: Maybe<CommuneCheckups>;
  /**
   * Health-insurance cards of children under 6, counted on 31 December of the year. Null when
   * this version was not in force on that day, or the count was not reported.
   */
  childHealthInsurance?: Maybe<ChildHealthInsurance>;
  /** Five-digit statistics-office (GSO) code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /**
   * The commune health station's yearly report to the health department. Null when no report was
   * due from this version for the year; `submittedOn` is null when it was due and never submitted.
   */
  healthReporting?: Maybe<HealthStationReport>;
  /**
   * Support for children's treatment costs paid in the commune during the year (anonymous cases).
   * Zero cases is a real zero; null when this version was not in force on any day of the year, or the year has not begun.
   */
  treatmentSupport?: Maybe<TreatmentSupport>;
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
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneCheckupRoundsArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneCheckupsArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneChildHealthInsuranceArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneHealthReportingArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneTreatmentSupportArgs = {
  year: Scalars['Int']['input'];
};

/** Free general check-ups of a commune in a calendar year. */
export type CommuneCheckups = {
  __typename?: 'CommuneCheckups';
  /** Children examined, all ages (0–15). */
  examined?: Maybe<Scalars['Int']['output']>;
  /** Children examined, by age band; null when not reported. */
  examinedByAgeBand?: Maybe<Array<CheckupAgeBandCount>>;
  /**
   * Children of preschool and primary-school age (3–10: bands 3-5 and 6-10) examined: the
   * numerator of the plans' "100% of preschool- and primary-age children get a free check-up".
   * The denominator (children living there) is held by the child records, not by health; both
   * count age on 31 December of the year. It includes children examined here who live elsewhere,
   * so it can exceed the children of that age who live in the commune.
   */
  examinedPreschoolAndPrimaryAge?: Maybe<Scalars['Int']['output']>;
  /** Children found malnourished (suy dinh dưỡng). Null when not reported, and for viewers outside the area (a finding about individual children). */
  malnourished?: Maybe<Scalars['Int']['output']>;
  /** Children referred to a higher-level facility (chuyển tuyến). Null when not reported, and for viewers outside the area (a finding about individual children). */
  referred?: Maybe<Scalars['Int']['output']>;
  /** Whether the commune health station reported for the year. When false, every figure below is null. */
  reported: Scalars['Boolean']['output'];
  /** Free general check-up rounds held. */
  rounds?: Maybe<Scalars['Int']['output']>;
  /** When the station's report was submitted; null when it was not. */
  submittedOn?: Maybe<Scalars['Date']['output']>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Age bands in which the health department records check-up results (nhóm tuổi). */
export type HealthAgeBand =
  /** Aged 0 to 2 (nhóm tuổi 0-2). */
  | 'AGE_0_2'
  /** Aged 3 to 5: preschool age (nhóm tuổi 3-5). */
  | 'AGE_3_5'
  /** Aged 6 to 10: primary-school age (nhóm tuổi 6-10). */
  | 'AGE_6_10'
  /** Aged 11 to 15: lower-secondary age (nhóm tuổi 11-15). */
  | 'AGE_11_15';

/** The commune health station's yearly report (báo cáo trạm y tế). */
export type HealthStationReport = {
  __typename?: 'HealthStationReport';
  /** The deadline for submission. */
  deadline: Scalars['Date']['output'];
  /** Whether it was submitted after the deadline; null when not submitted. */
  late?: Maybe<Scalars['Boolean']['output']>;
  /** The last day of the period covered under this code: 31 December, or the day the code ended. */
  periodEnd: Scalars['Date']['output'];
  /** When the report was submitted; null when it was due and has not been submitted. */
  submittedOn?: Maybe<Scalars['Date']['output']>;
  /** The calendar year reported on. */
  year: Scalars['Int']['output'];
};

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

/** A province or centrally-run city, as one version (see Commune). */
export type Province = {
  __typename?: 'Province';
  /**
   * Free general check-ups of the year across the province's communes, with the station reports
   * behind them so completeness can be stated. Figures cover only the stations that reported.
   * Null when no station report was due under this version in the year.
   */
  checkups?: Maybe<ProvinceCheckups>;
  /**
   * Under-6 health-insurance cards across the province's communes on 31 December of the year.
   * Null when no commune count was filed under this version for that day.
   */
  childHealthInsurance?: Maybe<ProvinceChildHealthInsurance>;
  /** Two-digit statistics-office code. Unique only together with `validFrom`: Hải Phòng (31) after 1 July 2025 includes the former Hải Dương. */
  code: Scalars['String']['output'];
  /**
   * Treatment-cost support cases paid across the province in the year. Null when this version
   * was not in force on any day of the year, or the year has not begun.
   */
  treatmentSupport?: Maybe<TreatmentSupport>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; null while in force. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceCheckupsArgs = {
  year: Scalars['Int']['input'];
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceChildHealthInsuranceArgs = {
  year: Scalars['Int']['input'];
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceTreatmentSupportArgs = {
  year: Scalars['Int']['input'];
};

/** Free general check-ups of a province in a calendar year, with reporting completeness. */
export type ProvinceCheckups = {
  __typename?: 'ProvinceCheckups';
  /** Children examined, all ages (0–15), in reporting stations. */
  examined: Scalars['Int']['output'];
  /** Children examined, by age band. */
  examinedByAgeBand: Array<CheckupAgeBandCount>;
  /** Children aged 3–10 (bands 3-5 and 6-10) examined. */
  examinedPreschoolAndPrimaryAge: Scalars['Int']['output'];
  /** Children found malnourished. Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  malnourished?: Maybe<Scalars['Int']['output']>;
  /** Children referred to a higher-level facility. Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  referred?: Maybe<Scalars['Int']['output']>;
  /** Free general check-up rounds held, in reporting stations. */
  rounds: Scalars['Int']['output'];
  /** Commune health-station reports due for the year (the denominator of completeness). */
  stationsDue: Scalars['Int']['output'];
  /** Stations that submitted after the deadline (15 December). */
  stationsLate: Scalars['Int']['output'];
  /** Stations that submitted their report (the numerator of completeness). */
  stationsReported: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Health-insurance cards of children under 6 across a province on 31 December of a year. */
export type ProvinceChildHealthInsurance = {
  __typename?: 'ProvinceChildHealthInsurance';
  /** Of them, children holding a card (the numerator). */
  cardsIssued: Scalars['Int']['output'];
  /** Children under 6 in those communes (the denominator). */
  childrenUnder6: Scalars['Int']['output'];
  /** Communes whose count was filed. */
  communesReported: Scalars['Int']['output'];
  /** cardsIssued / childrenUnder6, from 0 to 1; null when there are no children under 6. */
  coverage?: Maybe<Scalars['Float']['output']>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The health agency's import batches (files submitted to POST /import/health), newest
   * first: who submitted what and when, what became of every row, errors by code. ADMIN sees
   * every batch; an OFFICER the batches they submitted and those wholly inside their area.
   */
  healthImportBatches: Array<ImportBatch>;
};


export type QueryHealthImportBatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Funding sources of treatment-cost support (nguồn). */
export type TreatmentFundingSource =
  /** The Child Protection Fund (Quỹ Bảo trợ trẻ em, code QUY_BTTE). */
  | 'QUY_BTTE'
  /** A source code the department uses that this graph does not know yet. */
  | 'KHAC'
  /** Social donations (xã hội hóa, code XHH). */
  | 'XHH'
  /** The state budget (ngân sách nhà nước, code NSNN). */
  | 'NSNN';

/** Support for children's treatment costs (hỗ trợ chi phí điều trị) in a calendar year. */
export type TreatmentSupport = {
  __typename?: 'TreatmentSupport';
  /** Amount paid, in Vietnamese dong (VND). Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  amount?: Maybe<Scalars['VND']['output']>;
  /** Cases and amount by funding source. Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  bySource?: Maybe<Array<TreatmentSupportBySource>>;
  /** Cases supported. Null for viewers outside the area (a finding about individual children; ADMIN and officers of the area see it). */
  cases?: Maybe<Scalars['Int']['output']>;
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** Treatment-cost support from one funding source. */
export type TreatmentSupportBySource = {
  __typename?: 'TreatmentSupportBySource';
  /** Amount paid, in VND. */
  amount: Scalars['VND']['output'];
  /** Cases supported. */
  cases: Scalars['Int']['output'];
  /** Where the money came from. */
  source: TreatmentFundingSource;
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
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  CheckupAgeBandCount: ResolverTypeWrapper<CheckupAgeBandCount>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CheckupKind: ResolverTypeWrapper<CheckupKind>;
  CheckupProvider: ResolverTypeWrapper<CheckupProvider>;
  CheckupRound: ResolverTypeWrapper<Omit<CheckupRound, 'kind' | 'provider'> & { kind: ResolversTypes['CheckupKind'], provider: ResolversTypes['CheckupProvider'] }>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  ChildHealthInsurance: ResolverTypeWrapper<ChildHealthInsurance>;
  Float: ResolverTypeWrapper<Scalars['Float']['output']>;
  Commune: ResolverTypeWrapper<VersionRefModel>;
  CommuneCheckups: ResolverTypeWrapper<CommuneCheckups>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  HealthAgeBand: HealthAgeBand;
  HealthStationReport: ResolverTypeWrapper<HealthStationReport>;
  ImportBatch: ResolverTypeWrapper<VisibleBatchModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportErrorCount: ResolverTypeWrapper<ImportErrorCount>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  Province: ResolverTypeWrapper<VersionRefModel>;
  ProvinceCheckups: ResolverTypeWrapper<ProvinceCheckups>;
  ProvinceChildHealthInsurance: ResolverTypeWrapper<ProvinceChildHealthInsurance>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  TreatmentFundingSource: ResolverTypeWrapper<TreatmentFundingSource>;
  TreatmentSupport: ResolverTypeWrapper<Omit<TreatmentSupport, 'bySource'> & { bySource?: Maybe<Array<ResolversTypes['TreatmentSupportBySource']>> }>;
  TreatmentSupportBySource: ResolverTypeWrapper<Omit<TreatmentSupportBySource, 'source'> & { source: ResolversTypes['TreatmentFundingSource'] }>;
  VND: ResolverTypeWrapper<Scalars['VND']['output']>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  CheckupAgeBandCount: CheckupAgeBandCount;
  Int: Scalars['Int']['output'];
  CheckupRound: CheckupRound;
  String: Scalars['String']['output'];
  ChildHealthInsurance: ChildHealthInsurance;
  Float: Scalars['Float']['output'];
  Commune: VersionRefModel;
  CommuneCheckups: CommuneCheckups;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  HealthStationReport: HealthStationReport;
  ImportBatch: VisibleBatchModel;
  ID: Scalars['ID']['output'];
  ImportErrorCount: ImportErrorCount;
  ImportRejection: ImportRejection;
  Province: VersionRefModel;
  ProvinceCheckups: ProvinceCheckups;
  ProvinceChildHealthInsurance: ProvinceChildHealthInsurance;
  Query: Record<PropertyKey, never>;
  TreatmentSupport: Omit<TreatmentSupport, 'bySource'> & { bySource?: Maybe<Array<ResolversParentTypes['TreatmentSupportBySource']>> };
  TreatmentSupportBySource: TreatmentSupportBySource;
  VND: Scalars['VND']['output'];
};

export type CheckupAgeBandCountResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['CheckupAgeBandCount'] = ResolversParentTypes['CheckupAgeBandCount']> = {
  band?: Resolver<ResolversTypes['HealthAgeBand'], ParentType, ContextType>;
  examined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CheckupKindResolvers = { FREE_GENERAL_CHECKUP: 'KSK_TQ', OTHER_SCREENING: 'SANG_LOC' };

export type CheckupProviderResolvers = { COMMUNE_HEALTH_STATION: 'TYT', DISTRICT_HEALTH_CENTRE: 'TTYT' };

export type CheckupRoundResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['CheckupRound'] = ResolversParentTypes['CheckupRound']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  examined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CheckupKind'], ParentType, ContextType>;
  malnourished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  provider?: Resolver<ResolversTypes['CheckupProvider'], ParentType, ContextType>;
  referred?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  team?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ChildHealthInsuranceResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['ChildHealthInsurance'] = ResolversParentTypes['ChildHealthInsurance']> = {
  cardsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenUnder6?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checkupRounds?: Resolver<Maybe<Array<ResolversTypes['CheckupRound']>>, ParentType, ContextType, RequireFields<CommuneCheckupRoundsArgs, 'year'>>;
  checkups?: Resolver<Maybe<ResolversTypes['CommuneCheckups']>, ParentType, ContextType, RequireFields<CommuneCheckupsArgs, 'year'>>;
  childHealthInsurance?: Resolver<Maybe<ResolversTypes['ChildHealthInsurance']>, ParentType, ContextType, RequireFields<CommuneChildHealthInsuranceArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  healthReporting?: Resolver<Maybe<ResolversTypes['HealthStationReport']>, ParentType, ContextType, RequireFields<CommuneHealthReportingArgs, 'year'>>;
  treatmentSupport?: Resolver<Maybe<ResolversTypes['TreatmentSupport']>, ParentType, ContextType, RequireFields<CommuneTreatmentSupportArgs, 'year'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CommuneCheckupsResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['CommuneCheckups'] = ResolversParentTypes['CommuneCheckups']> = {
  examined?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  examinedByAgeBand?: Resolver<Maybe<Array<ResolversTypes['CheckupAgeBandCount']>>, ParentType, ContextType>;
  examinedPreschoolAndPrimaryAge?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  malnourished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  referred?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  rounds?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type HealthStationReportResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['HealthStationReport'] = ResolversParentTypes['HealthStationReport']> = {
  deadline?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  late?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  periodEnd?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportBatchResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
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

export type ImportErrorCountResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['ImportErrorCount'] = ResolversParentTypes['ImportErrorCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  checkups?: Resolver<Maybe<ResolversTypes['ProvinceCheckups']>, ParentType, ContextType, RequireFields<ProvinceCheckupsArgs, 'year'>>;
  childHealthInsurance?: Resolver<Maybe<ResolversTypes['ProvinceChildHealthInsurance']>, ParentType, ContextType, RequireFields<ProvinceChildHealthInsuranceArgs, 'year'>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  treatmentSupport?: Resolver<Maybe<ResolversTypes['TreatmentSupport']>, ParentType, ContextType, RequireFields<ProvinceTreatmentSupportArgs, 'year'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type ProvinceCheckupsResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['ProvinceCheckups'] = ResolversParentTypes['ProvinceCheckups']> = {
  examined?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  examinedByAgeBand?: Resolver<Array<ResolversTypes['CheckupAgeBandCount']>, ParentType, ContextType>;
  examinedPreschoolAndPrimaryAge?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  malnourished?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  referred?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rounds?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stationsDue?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stationsLate?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  stationsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceChildHealthInsuranceResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['ProvinceChildHealthInsurance'] = ResolversParentTypes['ProvinceChildHealthInsurance']> = {
  cardsIssued?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  childrenUnder6?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communesReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  coverage?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  healthImportBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryHealthImportBatchesArgs, 'first'>>;
};

export type TreatmentFundingSourceResolvers = { CHILD_PROTECTION_FUND: 'QUY_BTTE', OTHER: 'KHAC', SOCIAL_DONATIONS: 'XHH', STATE_BUDGET: 'NSNN' };

export type TreatmentSupportResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['TreatmentSupport'] = ResolversParentTypes['TreatmentSupport']> = {
  amount?: Resolver<Maybe<ResolversTypes['VND']>, ParentType, ContextType>;
  bySource?: Resolver<Maybe<Array<ResolversTypes['TreatmentSupportBySource']>>, ParentType, ContextType>;
  cases?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TreatmentSupportBySourceResolvers<ContextType = HealthContext, ParentType extends ResolversParentTypes['TreatmentSupportBySource'] = ResolversParentTypes['TreatmentSupportBySource']> = {
  amount?: Resolver<ResolversTypes['VND'], ParentType, ContextType>;
  cases?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['TreatmentFundingSource'], ParentType, ContextType>;
};

export interface VndScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['VND'], any> {
  name: 'VND';
}

export type Resolvers<ContextType = HealthContext> = {
  CheckupAgeBandCount?: CheckupAgeBandCountResolvers<ContextType>;
  CheckupKind?: CheckupKindResolvers;
  CheckupProvider?: CheckupProviderResolvers;
  CheckupRound?: CheckupRoundResolvers<ContextType>;
  ChildHealthInsurance?: ChildHealthInsuranceResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneCheckups?: CommuneCheckupsResolvers<ContextType>;
  Date?: GraphQLScalarType;
  HealthStationReport?: HealthStationReportResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportErrorCount?: ImportErrorCountResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  ProvinceCheckups?: ProvinceCheckupsResolvers<ContextType>;
  ProvinceChildHealthInsurance?: ProvinceChildHealthInsuranceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  TreatmentFundingSource?: TreatmentFundingSourceResolvers;
  TreatmentSupport?: TreatmentSupportResolvers<ContextType>;
  TreatmentSupportBySource?: TreatmentSupportBySourceResolvers<ContextType>;
  VND?: GraphQLScalarType;
};

