import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { VersionRef as VersionRefModel } from '../../../lib/periods.ts';
import type { VisibleBatch as VisibleBatchModel } from '../../../lib/import/batches.ts';
import type { EducationContext } from '../context.ts';
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
   * Pupils enrolled in the schools located in this commune on 5 September of the school year's
   * start year. Null when that day falls outside this version's validity.
   */
  enrolment?: Maybe<Enrolment>;
  /**
   * Semi-boarding meals (bán trú) in the schools located in this commune on 5 September of the
   * school year's start year. Null when that day falls outside this version's validity.
   */
  schoolMeals?: Maybe<SchoolMeals>;
  /**
   * Schools filed under this commune version at any time while it was in force (schools keep a
   * location history; a school moved by a code change appears under every version it was filed in).
   * Ordered by school code. Null only when the education data could not be read.
   */
  schools?: Maybe<Array<School>>;
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
export type CommuneEnrolmentArgs = {
  schoolYear: Scalars['String']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneSchoolMealsArgs = {
  schoolYear: Scalars['String']['input'];
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneSchoolsArgs = {
  level?: InputMaybe<SchoolLevel>;
};

/**
 * Enrolment on the counting day (5 September of the start year). Missing is not zero: schools that
 * did not report are counted in `schools` but not in `schoolsReported`, and `pupils` is null when
 * no school reported.
 */
export type Enrolment = {
  __typename?: 'Enrolment';
  /** The same figures per school level, for levels with at least one school. */
  byLevel: Array<EnrolmentByLevel>;
  /** True when every school located in the unit reported (and there is at least one school). */
  complete: Scalars['Boolean']['output'];
  /** The day the schools' location is read: 5 September of the start year. */
  countedOn: Scalars['Date']['output'];
  /** Pupils reported by the schools that reported; null when none did. */
  pupils?: Maybe<Scalars['Int']['output']>;
  /** The school year, e.g. "2024-2025". */
  schoolYear: Scalars['String']['output'];
  /** Schools located in the unit on the counting day. */
  schools: Scalars['Int']['output'];
  /** Of those, schools that reported enrolment for this school year. */
  schoolsReported: Scalars['Int']['output'];
};

/** Enrolment of one school level. */
export type EnrolmentByLevel = {
  __typename?: 'EnrolmentByLevel';
  /** The level. */
  level: SchoolLevel;
  /** Pupils reported at this level; null when no school of this level reported. */
  pupils?: Maybe<Scalars['Int']['output']>;
  /** Schools of this level located in the unit. */
  schools: Scalars['Int']['output'];
  /** Of those, schools that reported enrolment. */
  schoolsReported: Scalars['Int']['output'];
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

/** Funders of semi-boarding meals (nguồn kinh phí). */
export type MealFunder =
  /** Phụ huynh học sinh: paid by parents. */
  | 'PHHS'
  /** Xã hội hóa: socialised resources, donors and sponsors (as Decision 588/QĐ-TTg mobilises). */
  | 'XHH'
  /** Ngân sách nhà nước: the state budget (including Decree 105/2020 support). */
  | 'NSNN'
  /** Chương trình mục tiêu: a national target programme. */
  | 'CTMT';

/** A province or centrally-run city, as one version (see Commune). */
export type Province = {
  __typename?: 'Province';
  /** Two-digit statistics-office code. Unique only together with `validFrom`: Hải Phòng (31) after 1 July 2025 includes the former Hải Dương. */
  code: Scalars['String']['output'];
  /**
   * Pupils enrolled in the schools located in this province on 5 September of the school year's
   * start year. Null when that day falls outside this version's validity.
   */
  enrolment?: Maybe<Enrolment>;
  /**
   * Semi-boarding meals in the schools located in this province on 5 September of the school
   * year's start year. Null when that day falls outside this version's validity.
   */
  schoolMeals?: Maybe<SchoolMeals>;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; null while in force. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceEnrolmentArgs = {
  schoolYear: Scalars['String']['input'];
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceSchoolMealsArgs = {
  schoolYear: Scalars['String']['input'];
};

export type Query = {
  __typename?: 'Query';
  /**
   * The education agency's import batches (files submitted to POST /import/education), newest
   * first: who submitted what and when, what became of every row, errors by code. ADMIN sees
   * every batch; an OFFICER the batches they submitted and those wholly inside their area.
   */
  educationImportBatches: Array<ImportBatch>;
};


export type QueryEducationImportBatchesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** A school in the Department's register. */
export type School = {
  __typename?: 'School';
  /** The Department's school code (mã trường). */
  code: Scalars['String']['output'];
  /** Year the school was founded. */
  founded: Scalars['Int']['output'];
  /** Level of the school. */
  level: SchoolLevel;
  /** The school's name. */
  name: Scalars['String']['output'];
  /** Public or private. */
  ownership: SchoolOwnership;
};

/** Levels of school (cấp học) in the Department's register. */
export type SchoolLevel =
  /** Trung học cơ sở: lower secondary school, children aged 11 to 14. */
  | 'THCS'
  /** Mầm non: preschool and kindergarten, children aged 3 to 5. */
  | 'MN'
  /** Tiểu học: primary school, children aged 6 to 10. */
  | 'TH';

/** Meal figures for a group of schools (see SchoolMeals for the rules). */
export type SchoolMealFigures = {
  __typename?: 'SchoolMealFigures';
  /** Pupil meal days; null when none reported. */
  mealDays?: Maybe<Scalars['Int']['output']>;
  /** Pupils enrolled in the schools of the group that reported meals; null when none reported. */
  pupilsEnrolled?: Maybe<Scalars['Int']['output']>;
  /** Pupils served; null when no school of the group reported. */
  pupilsServed?: Maybe<Scalars['Int']['output']>;
  /** Schools of the group located in the unit. */
  schools: Scalars['Int']['output'];
  /** Of those, schools that reported meals. */
  schoolsReported: Scalars['Int']['output'];
};

/**
 * Semi-boarding meals (bán trú) for one school year. Missing is not zero: served and enrolled pupils
 * are summed over the schools that reported meals (`schoolsReported`), out of `schools` located in
 * the unit; both are null when no school reported.
 */
export type SchoolMeals = {
  __typename?: 'SchoolMeals';
  /** Pupils served per funder, over the schools that reported meals. */
  byFunder: Array<SchoolMealsByFunder>;
  /** The same figures per school level, for levels with at least one school. */
  byLevel: Array<SchoolMealsByLevel>;
  /** True when every school located in the unit reported meals (and there is at least one school). */
  complete: Scalars['Boolean']['output'];
  /** The day the schools' location is read: 5 September of the start year. */
  countedOn: Scalars['Date']['output'];
  /** Pupil meal days: pupils served times the days meals were served, summed over reporting schools; null when none reported. */
  mealDays?: Maybe<Scalars['Int']['output']>;
  /** Preschool and primary together: the age group the Hải Phòng and Cao Bằng plans target (100% given meals). */
  preschoolAndPrimary: SchoolMealFigures;
  /**
   * Pupils enrolled in the same schools (those that reported meals): the denominator of the meal
   * coverage rate. Null when no school reported meals, or when a school that reported meals did not report its enrolment.
   */
  pupilsEnrolled?: Maybe<Scalars['Int']['output']>;
  /** Pupils given semi-boarding meals in the schools that reported meals; null when none did. */
  pupilsServed?: Maybe<Scalars['Int']['output']>;
  /** The school year, e.g. "2024-2025". */
  schoolYear: Scalars['String']['output'];
  /** Schools located in the unit on the counting day. */
  schools: Scalars['Int']['output'];
  /** Of those, schools that reported meals for this school year. */
  schoolsReported: Scalars['Int']['output'];
};

/** Meals paid by one funder. */
export type SchoolMealsByFunder = {
  __typename?: 'SchoolMealsByFunder';
  /** The funder. */
  funder: MealFunder;
  /** Pupil meal days paid by this funder. */
  mealDays: Scalars['Int']['output'];
  /** Pupils served in schools whose meals this funder paid. */
  pupilsServed: Scalars['Int']['output'];
  /** Schools whose meals this funder paid. */
  schools: Scalars['Int']['output'];
};

/** Meal figures of one school level. */
export type SchoolMealsByLevel = {
  __typename?: 'SchoolMealsByLevel';
  /** The level. */
  level: SchoolLevel;
  /** Pupil meal days; null when none reported. */
  mealDays?: Maybe<Scalars['Int']['output']>;
  /** Pupils enrolled in the schools of this level that reported meals; null when none reported. */
  pupilsEnrolled?: Maybe<Scalars['Int']['output']>;
  /** Pupils served; null when no school of this level reported. */
  pupilsServed?: Maybe<Scalars['Int']['output']>;
  /** Schools of this level located in the unit. */
  schools: Scalars['Int']['output'];
  /** Of those, schools that reported meals. */
  schoolsReported: Scalars['Int']['output'];
};

/** Who runs a school (loại hình). */
export type SchoolOwnership =
  /** Tư thục: private school. */
  | 'TT'
  /** Công lập: public school. */
  | 'CL';



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
        | GraphQLRecursivePick<FederationTypes['Commune'], {"validUntil":true}> ) );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true,"validFrom":true}>
    & ( Record<PropertyKey, never>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}>
        | GraphQLRecursivePick<FederationTypes['Province'], {"validUntil":true}> ) );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Commune: ResolverTypeWrapper<VersionRefModel>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  Enrolment: ResolverTypeWrapper<Omit<Enrolment, 'byLevel'> & { byLevel: Array<ResolversTypes['EnrolmentByLevel']> }>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  EnrolmentByLevel: ResolverTypeWrapper<Omit<EnrolmentByLevel, 'level'> & { level: ResolversTypes['SchoolLevel'] }>;
  ImportBatch: ResolverTypeWrapper<VisibleBatchModel>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ImportErrorCount: ResolverTypeWrapper<ImportErrorCount>;
  ImportRejection: ResolverTypeWrapper<ImportRejection>;
  MealFunder: ResolverTypeWrapper<MealFunder>;
  Province: ResolverTypeWrapper<VersionRefModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  School: ResolverTypeWrapper<Omit<School, 'level' | 'ownership'> & { level: ResolversTypes['SchoolLevel'], ownership: ResolversTypes['SchoolOwnership'] }>;
  SchoolLevel: ResolverTypeWrapper<SchoolLevel>;
  SchoolMealFigures: ResolverTypeWrapper<SchoolMealFigures>;
  SchoolMeals: ResolverTypeWrapper<Omit<SchoolMeals, 'byFunder' | 'byLevel'> & { byFunder: Array<ResolversTypes['SchoolMealsByFunder']>, byLevel: Array<ResolversTypes['SchoolMealsByLevel']> }>;
  SchoolMealsByFunder: ResolverTypeWrapper<Omit<SchoolMealsByFunder, 'funder'> & { funder: ResolversTypes['MealFunder'] }>;
  SchoolMealsByLevel: ResolverTypeWrapper<Omit<SchoolMealsByLevel, 'level'> & { level: ResolversTypes['SchoolLevel'] }>;
  SchoolOwnership: ResolverTypeWrapper<SchoolOwnership>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Commune: VersionRefModel;
  String: Scalars['String']['output'];
  Date: Scalars['Date']['output'];
  Enrolment: Omit<Enrolment, 'byLevel'> & { byLevel: Array<ResolversParentTypes['EnrolmentByLevel']> };
  Boolean: Scalars['Boolean']['output'];
  Int: Scalars['Int']['output'];
  EnrolmentByLevel: EnrolmentByLevel;
  ImportBatch: VisibleBatchModel;
  ID: Scalars['ID']['output'];
  ImportErrorCount: ImportErrorCount;
  ImportRejection: ImportRejection;
  Province: VersionRefModel;
  Query: Record<PropertyKey, never>;
  School: School;
  SchoolMealFigures: SchoolMealFigures;
  SchoolMeals: Omit<SchoolMeals, 'byFunder' | 'byLevel'> & { byFunder: Array<ResolversParentTypes['SchoolMealsByFunder']>, byLevel: Array<ResolversParentTypes['SchoolMealsByLevel']> };
  SchoolMealsByFunder: SchoolMealsByFunder;
  SchoolMealsByLevel: SchoolMealsByLevel;
};

export type CommuneResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType, RequireFields<CommuneEnrolmentArgs, 'schoolYear'>>;
  schoolMeals?: Resolver<Maybe<ResolversTypes['SchoolMeals']>, ParentType, ContextType, RequireFields<CommuneSchoolMealsArgs, 'schoolYear'>>;
  schools?: Resolver<Maybe<Array<ResolversTypes['School']>>, ParentType, ContextType, Partial<CommuneSchoolsArgs>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type EnrolmentResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Enrolment'] = ResolversParentTypes['Enrolment']> = {
  byLevel?: Resolver<Array<ResolversTypes['EnrolmentByLevel']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EnrolmentByLevelResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['EnrolmentByLevel'] = ResolversParentTypes['EnrolmentByLevel']> = {
  level?: Resolver<ResolversTypes['SchoolLevel'], ParentType, ContextType>;
  pupils?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportBatchResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ImportBatch'] = ResolversParentTypes['ImportBatch']> = {
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

export type ImportErrorCountResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ImportErrorCount'] = ResolversParentTypes['ImportErrorCount']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  rows?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ImportRejectionResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['ImportRejection'] = ResolversParentTypes['ImportRejection']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  column?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  messageVi?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  row?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  sheet?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  value?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MealFunderResolvers = { PARENTS: 'PHHS', SOCIALISED: 'XHH', STATE_BUDGET: 'NSNN', TARGET_PROGRAMME: 'CTMT' };

export type ProvinceResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  enrolment?: Resolver<Maybe<ResolversTypes['Enrolment']>, ParentType, ContextType, RequireFields<ProvinceEnrolmentArgs, 'schoolYear'>>;
  schoolMeals?: Resolver<Maybe<ResolversTypes['SchoolMeals']>, ParentType, ContextType, RequireFields<ProvinceSchoolMealsArgs, 'schoolYear'>>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  educationImportBatches?: Resolver<Array<ResolversTypes['ImportBatch']>, ParentType, ContextType, RequireFields<QueryEducationImportBatchesArgs, 'first'>>;
};

export type SchoolResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['School'] = ResolversParentTypes['School']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  founded?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['SchoolLevel'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  ownership?: Resolver<ResolversTypes['SchoolOwnership'], ParentType, ContextType>;
};

export type SchoolLevelResolvers = { LOWER_SECONDARY: 'THCS', PRESCHOOL: 'MN', PRIMARY: 'TH' };

export type SchoolMealFiguresResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SchoolMealFigures'] = ResolversParentTypes['SchoolMealFigures']> = {
  mealDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pupilsEnrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pupilsServed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolMealsResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SchoolMeals'] = ResolversParentTypes['SchoolMeals']> = {
  byFunder?: Resolver<Array<ResolversTypes['SchoolMealsByFunder']>, ParentType, ContextType>;
  byLevel?: Resolver<Array<ResolversTypes['SchoolMealsByLevel']>, ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  countedOn?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  mealDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  preschoolAndPrimary?: Resolver<ResolversTypes['SchoolMealFigures'], ParentType, ContextType>;
  pupilsEnrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pupilsServed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schoolYear?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolMealsByFunderResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SchoolMealsByFunder'] = ResolversParentTypes['SchoolMealsByFunder']> = {
  funder?: Resolver<ResolversTypes['MealFunder'], ParentType, ContextType>;
  mealDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  pupilsServed?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolMealsByLevelResolvers<ContextType = EducationContext, ParentType extends ResolversParentTypes['SchoolMealsByLevel'] = ResolversParentTypes['SchoolMealsByLevel']> = {
  level?: Resolver<ResolversTypes['SchoolLevel'], ParentType, ContextType>;
  mealDays?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pupilsEnrolled?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  pupilsServed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  schools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  schoolsReported?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type SchoolOwnershipResolvers = { PRIVATE: 'TT', PUBLIC: 'CL' };

export type Resolvers<ContextType = EducationContext> = {
  Commune?: CommuneResolvers<ContextType>;
  Date?: GraphQLScalarType;
  Enrolment?: EnrolmentResolvers<ContextType>;
  EnrolmentByLevel?: EnrolmentByLevelResolvers<ContextType>;
  ImportBatch?: ImportBatchResolvers<ContextType>;
  ImportErrorCount?: ImportErrorCountResolvers<ContextType>;
  ImportRejection?: ImportRejectionResolvers<ContextType>;
  MealFunder?: MealFunderResolvers;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  School?: SchoolResolvers<ContextType>;
  SchoolLevel?: SchoolLevelResolvers;
  SchoolMealFigures?: SchoolMealFiguresResolvers<ContextType>;
  SchoolMeals?: SchoolMealsResolvers<ContextType>;
  SchoolMealsByFunder?: SchoolMealsByFunderResolvers<ContextType>;
  SchoolMealsByLevel?: SchoolMealsByLevelResolvers<ContextType>;
  SchoolOwnership?: SchoolOwnershipResolvers;
};

