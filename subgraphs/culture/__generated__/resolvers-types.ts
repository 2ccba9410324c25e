import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VersionRef as VersionRefModel } from '../../../lib/periods.ts';
import type { VisibleBatch as VisibleBatchModel } from '../../../lib/import/batches.ts';
import type { CultureContext } from '../context.ts';
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
  _FieldSet: { input: unknown; output: unknown; }
};

/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type Commune = {
  __typename?: 'Commune';
  /** Five-digit statistics-office (GSO) code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /**
   * The commune's yearly culture report (báo cáo văn hóa) for a calendar year: whether and when it
   * was submitted. Null when this version was not in force on 31 December of the year. Deadlines
   * are set by each plan, not stored here.
   */
  cultureReporting?: Maybe<CultureReporting>;
  /**
   * Play-area figures at the end (31 December) of a calendar year. Null when that day falls
   * outside this version's validity.
   */
  playAreaSummary?: Maybe<PlayAreaSummary>;
  /**
   * Children's play areas filed under this commune version at any time while it was in force
   * (play areas keep a location history across code changes), ordered by id. Null only when the
   * culture data could not be read.
   */
  playAreas?: Maybe<Array<PlayArea>>;
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
export type CommuneCultureReportingArgs = {
  year: Scalars['Int']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommunePlayAreaSummaryArgs = {
  year: Scalars['Int']['input'];
};

/** One commune's yearly culture report. */
export type CultureReporting = {
  __typename?: 'CultureReporting';
  /** Whether it was submitted. */
  submitted: Scalars['Boolean']['output'];
  /** The day it was submitted; null when it was not. */
  submittedOn?: Maybe<Scalars['Date']['output']>;
  /** The calendar year reported on. */
  year: Scalars['Int']['output'];
};

/** Condition of an item at its latest assessment (tình trạng). */
export type EquipmentCondition =
  /** Hỏng: broken, not usable. */
  | 'HONG'
  /** Hỏng nhẹ: minor damage, still usable. */
  | 'HONG_NHE'
  /** Tốt: working. */
  | 'TOT';

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

/** A children's play area. */
export type PlayArea = {
  __typename?: 'PlayArea';
  /** Its equipment, ordered by id, with the latest assessed condition. */
  equipment: Array<PlayEquipment>;
  /** The Department's identifier of the play area. */
  id: Scalars['String']['output'];
  /** Where it is. */
  kind: PlayAreaKind;
  /** The most recent safety inspection; null when it was never inspected. */
  lastInspection?: Maybe<SafetyInspection>;
  /** Its name. */
  name: Scalars['String']['output'];
  /** The day it opened (ngày đưa vào sử dụng). */
  opened: Scalars['Date']['output'];
};

/** Where a children's play area is (loại khu vui chơi). */
export type PlayAreaKind =
  /** At the commune or village cultural house (nhà văn hóa). */
  | 'NVH'
  /** In a park (công viên). */
  | 'CONG_VIEN'
  /** At a school (trường học). */
  | 'TRUONG'
  /** A village play point (điểm vui chơi thôn, bản). */
  | 'DIEM_THON';

/**
 * Play-area figures of a commune on 31 December of a year. Counts are of what the Department's
 * register holds; `reported` says whether the commune submitted its yearly culture report, so a
 * commune that did not report can be told apart from one with nothing to report.
 */
export type PlayAreaSummary = {
  __typename?: 'PlayAreaSummary';
  /** The day the figures are read: 31 December of the year. */
  countedOn: Scalars['Date']['output'];
  /** Of those, items given by a donor (the equipment the Decision 588 plans mobilise). */
  donatedItemsInstalled: Scalars['Int']['output'];
  /** Items of equipment installed by that day in those play areas. */
  equipmentItems: Scalars['Int']['output'];
  /**
   * True when at least one play area has working equipment (the indicator of Circular 13/2021 and
   * the Hải Phòng plan); null when the commune did not submit its yearly culture report, since
   * without it nobody has vouched for the equipment that year (missing is never false).
   */
  hasPlayAreaWithWorkingEquipment?: Maybe<Scalars['Boolean']['output']>;
  /** Play areas inspected for safety during the year. */
  inspected: Scalars['Int']['output'];
  /** Of those, play areas whose last inspection of the year passed. */
  inspectionsPassed: Scalars['Int']['output'];
  /** Items installed during the year. */
  itemsInstalled: Scalars['Int']['output'];
  /** Play areas open on that day and filed under this commune. */
  playAreas: Scalars['Int']['output'];
  /** True when the commune submitted its yearly culture report for the year. */
  reported: Scalars['Boolean']['output'];
  /** Of those, play areas with at least one item of equipment that is not broken. */
  withWorkingEquipment: Scalars['Int']['output'];
  /** Of those, items not broken on that day (working or minor damage). */
  workingItems: Scalars['Int']['output'];
  /** The calendar year. */
  year: Scalars['Int']['output'];
};

/** One item of play equipment. */
export type PlayEquipment = {
  __typename?: 'PlayEquipment';
  /** The day of the latest assessment. */
  assessedOn: Scalars['Date']['output'];
  /** Condition at the latest assessment. */
  condition: EquipmentCondition;
  /** The donor (nhà tài trợ); null when it was paid from the budget. */
  donor?: Maybe<Scalars['String']['output']>;
  /** The Department's identifier of the item. */
  id: Scalars['String']['output'];
  /** The day it was installed. */
  installed: Scalars['Date']['output'];
  /** What it is. */
  kind: PlayEquipmentKind;
};

/** Kinds of play equipment (loại thiết bị). */
export type PlayEquipmentKind =
  /** Leo núi: climbing frame. */
  | 'LEO_NUI'
  /** Bập bênh: seesaw. */
  | 'BAP_BENH'
  /** Cầu trượt: slide. */
  | 'CAU_TRUOT'
  /** Thể thao: sports equipment (goals, hoops, fitness). */
  | 'THE_THAO'
  /** Xích đu: swing. */
  | 'XICH_DU';

export type Query = {
  __typename?: 'Query';
  /**
   * The culture agency's import batches (files submitted to POST /import/culture), newest
   * first: who submitted what and when, what became of every row, errors by code. ADMIN sees
   * every batch; an OFFICER the batches they submitted and those wholly inside their area.
   */
  cultureImportBatches: Array<ImportBatch>;
};


export type QueryCultureImportBatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A safety inspection of a play area. */
export type SafetyInspection = {
  __typename?: 'SafetyInspection';
  /** The day of the inspection. */
  date: Scalars['Date']['output'];
  /** The inspector's note, if any. */
  note?: Maybe<Scalars['String']['output']>;
  /** True when the area passed (đạt). */
  passed: Scalars['Boolean']['output'];
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
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Commune: ResolverTypeWrapper<VersionRefModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CultureReporting: ResolverTypeWrapper<CultureReporting>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  EquipmentCondition: ResolverTypeWrapper<EquipmentCondition>;
  ImportBatch: ResolverTypeWrapper<VisibleBatchModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportErrorCount: ResolverTypeWrapper<ImportErrorCount>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  PlayArea: ResolverTypeWrapper<Omit<PlayArea, 'equipment' | 'kind'> & { equipment: Array<ResolversTypes['PlayEquipment']>, kind: ResolversTypes['PlayAreaKind'] }>;
  PlayAreaKind: ResolverTypeWrapper<PlayAreaKind>;
  PlayAreaSummary: ResolverTypeWrapper<PlayAreaSummary>;
  PlayEquipment: ResolverTypeWrapper<Omit<PlayEquipment, 'condition' | 'kind'> & { condition: ResolversTypes['EquipmentCondition'], kind: ResolversTypes['PlayEquipmentKind'] }>;
  PlayEquipmentKind: ResolverTypeWrapper<PlayEquipmentKind>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SafetyInspection: ResolverTypeWrapper<SafetyInspection>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Commune: VersionRefModel;
  String: Scalars['String']['output'];
  Int: Scalars['Int']['output'];
  CultureReporting: CultureReporting;
  Boolean: Scalars['Boolean']['output'];
  Date: Scalars['Date']['output'];
  ImportBatch: VisibleBatchModel;
  ID: Scalars['ID']['output'];
  ImportErrorCount: ImportErrorCount;
  ImportRejection: ImportRejection;
  PlayArea: Omit<PlayArea, 'equipment'> & { equipment: Array<ResolversParentTypes['PlayEquipment']> };
  PlayAreaSummary: PlayAreaSummary;
  PlayEquipment: PlayEquipment;
  Query: Record<PropertyKey, never>;
  SafetyInspection: SafetyInspection;
};

export type CommuneResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  cultureReporting?: Resolver<Maybe<ResolversTypes['CultureReporting']>, ParentType, ContextType, RequireFields<CommuneCultureReportingArgs, 'year'>>;
  playAreaSummary?: Resolver<Maybe<ResolversTypes['PlayAreaSummary']>, ParentType, ContextType, RequireFields<CommunePlayAreaSummaryArgs, 'year'>>;
  playAreas?: Resolver<Maybe<Array<ResolversTypes['PlayArea']>>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type CultureReportingResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['CultureReporting'] = ResolversParentTypes['CultureReporting']> = {
  submitted?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  submittedOn?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EquipmentConditionResolvers = { BROKEN: 'HONG', MINOR_DAMAGE: 'HONG_NHE', WORKING: 'TOT' };

export type ImportBatchResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
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

export type ImportErrorCountResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ImportErrorCount'] = ResolversParentTypes['ImportErrorCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type PlayAreaResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['PlayArea'] = ResolversParentTypes['PlayArea']> = {
  equipment?: Resolver<Array<ResolversTypes['PlayEquipment']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlayAreaKind'], ParentType, ContextType>;
  lastInspection?: Resolver<Maybe<ResolversTypes['SafetyInspection']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  opened?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type PlayAreaKindResolvers = { CULTURAL_HOUSE: 'NVH', PARK: 'CONG_VIEN', SCHOOL: 'TRUONG', VILLAGE_PLAY_POINT: 'DIEM_THON' };

export type PlayAreaSummaryResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['PlayAreaSummary'] = ResolversParentTypes['PlayAreaSummary']> = {
  countedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  donatedItemsInstalled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  equipmentItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  hasPlayAreaWithWorkingEquipment?: Resolver<Maybe<ResolversTypes['Boolean']>, ParentType, ContextType>;
  inspected?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  inspectionsPassed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  itemsInstalled?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  playAreas?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  reported?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  withWorkingEquipment?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  workingItems?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type PlayEquipmentResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['PlayEquipment'] = ResolversParentTypes['PlayEquipment']> = {
  assessedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  condition?: Resolver<ResolversTypes['EquipmentCondition'], ParentType, ContextType>;
  donor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  installed?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['PlayEquipmentKind'], ParentType, ContextType>;
};

export type PlayEquipmentKindResolvers = { CLIMBING: 'LEO_NUI', SEESAW: 'BAP_BENH', SLIDE: 'CAU_TRUOT', SPORTS: 'THE_THAO', SWING: 'XICH_DU' };

export type QueryResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  cultureImportBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryCultureImportBatchesArgs, 'first'>>;
};

export type SafetyInspectionResolvers<ContextType = CultureContext, ParentType extends ResolversParentTypes['SafetyInspection'] = ResolversParentTypes['SafetyInspection']> = {
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  note?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  passed?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type Resolvers<ContextType = CultureContext> = {
  Commune?: CommuneResolvers<ContextType>;
  CultureReporting?: CultureReportingResolvers<ContextType>;
  Date?: GraphQLScalarType;
  EquipmentCondition?: EquipmentConditionResolvers;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportErrorCount?: ImportErrorCountResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  PlayArea?: PlayAreaResolvers<ContextType>;
  PlayAreaKind?: PlayAreaKindResolvers;
  PlayAreaSummary?: PlayAreaSummaryResolvers<ContextType>;
  PlayEquipment?: PlayEquipmentResolvers<ContextType>;
  PlayEquipmentKind?: PlayEquipmentKindResolvers;
  Query?: QueryResolvers<ContextType>;
  SafetyInspection?: SafetyInspectionResolvers<ContextType>;
};

