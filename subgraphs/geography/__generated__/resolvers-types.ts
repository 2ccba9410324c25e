import type { GraphQLResolveInfo, GraphQLScalarType, GraphQLScalarTypeConfig } from 'graphql';
import type { CommuneShape as CommuneShapeModel, UnitShape as UnitShapeModel, DistrictShape as DistrictShapeModel } from '../resolvers/shapes.ts';
import type { Match as MatchModel } from '../resolvers/PlaceSearch.ts';
import type { GeographyContext } from '../context.ts';
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

export type Classification = {
  __typename?: 'Classification';
  /** Which classification the commune carries. */
  kind: ClassificationKind;
  /** The document that set it, or the generator that invented it. */
  source: Scalars['String']['output'];
  /** True for synthetic demo classifications; false only for classifications loaded from an official list. */
  synthetic: Scalars['Boolean']['output'];
  /** First day the classification applied to the commune, inclusive. */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; null while in force. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** Classifications that the plans target. They are data with a validity period and a source, not code. */
export type ClassificationKind =
  /** Vùng đồng bào dân tộc thiểu số: ethnic-minority area. */
  | 'ETHNIC_MINORITY_AREA'
  /** Xã đặc biệt khó khăn (khu vực III): extremely difficult commune, region III. */
  | 'EXTREMELY_DIFFICULT'
  /** Xã miền núi: mountainous commune. */
  | 'MOUNTAINOUS';

/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type Commune = {
  __typename?: 'Commune';
  /** Official classifications (mountainous, ethnic-minority area, extremely difficult) in force on `date`. */
  classifications: Array<Classification>;
  /** Five-digit statistics-office (GSO) code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /** The district it belonged to before 1 July 2025; null for units formed by the reform. */
  district?: Maybe<District>;
  /** True when this version has ended and no successor is known (see `unknownSuccessorReason`). */
  endedWithoutKnownSuccessor: Scalars['Boolean']['output'];
  /** Full name with the unit kind, e.g. "Phường Trúc Bạch". */
  fullName: Scalars['String']['output'];
  /** Ward, township, rural commune or special zone. */
  kind: CommuneKind;
  /**
   * Every version this one comes from (BACKWARD) or became (FORWARD), through every link: the
   * 2021–2025 mergers, the same code continuing between snapshots, and the 2025 reform
   * crosswalk. Nearest first. Links to codes the directory does not hold are not followed (see
   * `directoryIssues`).
   */
  lineage: Array<LineageStep>;
  /** Short name, e.g. "Trúc Bạch". */
  name: Scalars['String']['output'];
  /** Name without diacritics, as published in English. */
  nameEn: Scalars['String']['output'];
  /**
   * What this unit was formed from: for units formed on 1 July 2025, the reform crosswalk; for a
   * unit in force on 2025-03-01, the communes merged into it since 2021-11-01; and the previous
   * version of the same code when only its name, kind or district changed.
   */
  predecessors: Array<CommuneLineage>;
  /** The province it belonged to (the version in force on its last valid day, or today). */
  province: Province;
  /**
   * What this unit became: the reform successors of a unit in force on 30 June 2025, the unit a
   * commune gone by 2025-03-01 was merged into (from the merger list, or derived from a shared
   * name), or the next version of the same code.
   */
  successors: Array<CommuneLineage>;
  /** Why no successor is known, when `endedWithoutKnownSuccessor` is true; null otherwise. */
  unknownSuccessorReason?: Maybe<UnknownSuccessorReason>;
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
export type CommuneClassificationsArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};


/**
 * A commune-level unit as one *version*: a place under one code, name, kind and parent, for the
 * period it was in force. The same code can name different places at different times, so a
 * commune is identified by `code` together with `validFrom`.
 */
export type CommuneLineageArgs = {
  direction?: InputMaybe<LineageDirection>;
};

export type CommuneConnection = {
  __typename?: 'CommuneConnection';
  /** The communes of this page, each with its cursor. */
  edges: Array<CommuneEdge>;
  /** The communes of this page, without cursors. */
  nodes: Array<Commune>;
  /** Whether more pages follow, and the cursor to fetch the next one. */
  pageInfo: PageInfo;
  /** Number of communes matching the filters, across all pages. */
  totalCount: Scalars['Int']['output'];
};

export type CommuneEdge = {
  __typename?: 'CommuneEdge';
  /** Pass as `after` to get the communes that follow this one. */
  cursor: Scalars['String']['output'];
  /** The commune. */
  node: Commune;
};

/** Kinds of commune-level unit. */
export type CommuneKind =
  /** Xã: rural commune. */
  | 'COMMUNE'
  /** Đặc khu: special island zone (from 1 July 2025). */
  | 'SPECIAL_ZONE'
  /** Thị trấn: township (before 1 July 2025). */
  | 'TOWNSHIP'
  /** Phường: urban ward. */
  | 'WARD';

/** One link of the lineage between commune versions. */
export type CommuneLineage = {
  __typename?: 'CommuneLineage';
  /** What establishes the link. */
  basis: LineageBasis;
  /** Code of the other unit, as the source gives it. */
  code: Scalars['String']['output'];
  /** The other unit; null when the source names a code the directory does not hold (see directoryIssues). */
  commune?: Maybe<Commune>;
  /** Name of the other unit, as the source gives it. */
  name: Scalars['String']['output'];
  /** Whether the whole unit (FULL) or only part of it (PARTIAL) passed across this link. */
  transfer: Transfer;
};

export type DataProvenance = {
  __typename?: 'DataProvenance';
  /** Where the administrative directory comes from (real names and codes). */
  geography: Scalars['String']['output'];
  /** When the sector data was loaded. */
  loadedAt?: Maybe<Scalars['String']['output']>;
  /** Province codes (of any snapshot) whose communes hold sector data; empty when unknown. */
  provinces: Array<Scalars['String']['output']>;
  /** Which provinces the sector data covers, as two-digit codes of 2025-03-01, or "all". */
  scope?: Maybe<Scalars['String']['output']>;
  /** What the sector data is, in a sentence. */
  sectorData: Scalars['String']['output'];
  /** Whether the agency (sector) data of this deployment is synthetic. */
  sectorDataSynthetic: Scalars['Boolean']['output'];
  /** The generator seed, for synthetic data. */
  seed?: Maybe<Scalars['Int']['output']>;
};

export type DirectoryIssue = {
  __typename?: 'DirectoryIssue';
  /** The code the problem is about. */
  code: Scalars['String']['output'];
  /** A sentence for a person. */
  detail: Scalars['String']['output'];
  /** What kind of mismatch it is. */
  kind: DirectoryIssueKind;
  /** The unit's name: as the crosswalk gives it for a code the directory does not hold, else the directory's full name. */
  name: Scalars['String']['output'];
};

/** Kinds of mismatch between the lineage sources (the 2025 reform crosswalk, the 2021–2025 merger list) and the directory. */
export type DirectoryIssueKind =
  /** A code first listed on 2025-03-01 (a unit formed 2021–2025) that no merger row leads into. */
  | 'FORMED_WITHOUT_KNOWN_PREDECESSOR'
  /** A commune of 2021-11-01 gone by 2025-03-01 that the public merger list does not mention. */
  | 'MERGER_NOT_IN_SOURCE'
  /** A commune gone by 2025-03-01 whose successor in the merger list matches several units of its district. */
  | 'MERGER_SUCCESSOR_AMBIGUOUS'
  /** A commune gone by 2025-03-01 whose successor in the merger list is no unit of the directory in its district. */
  | 'MERGER_SUCCESSOR_UNMATCHED'
  /** A unit in force on 2025-06-30 that no crosswalk row carries forward. */
  | 'PREDECESSOR_WITHOUT_CROSSWALK'
  /** A unit formed on 2025-07-01 that no crosswalk row describes. */
  | 'SUCCESSOR_WITHOUT_CROSSWALK'
  /** A crosswalk row names an old (2025-03-01) code that the directory does not hold. */
  | 'UNKNOWN_PREDECESSOR_CODE'
  /** A crosswalk row names a new (2025-07-01) code that the directory does not hold. */
  | 'UNKNOWN_SUCCESSOR_CODE';

/** One snapshot of the official directory. */
export type DirectorySnapshot = {
  __typename?: 'DirectorySnapshot';
  /** Commune-level units in force on that date. */
  communes: Scalars['Int']['output'];
  /** The date it came into force. */
  date: Scalars['Date']['output'];
  /** District-level units in force on that date (0 from 1 July 2025, when districts were abolished). */
  districts: Scalars['Int']['output'];
  /** The legal document the snapshot reflects, e.g. "Resolution 387/NQ-UBTVQH15". */
  legalBasis: Scalars['String']['output'];
  /** Province-level units in force on that date. */
  provinces: Scalars['Int']['output'];
};

/** A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh), abolished on 1 July 2025. */
export type District = {
  __typename?: 'District';
  /** Three-digit statistics-office code. Unique only together with `validFrom`. */
  code: Scalars['String']['output'];
  /** Its commune-level units on `date`, ordered by code. */
  communes: CommuneConnection;
  /** Full name with the unit kind, e.g. "Quận Ba Đình". */
  fullName: Scalars['String']['output'];
  /** Urban or rural district, town, or city. */
  kind: DistrictKind;
  /** Short name, e.g. "Ba Đình". */
  name: Scalars['String']['output'];
  /** Name without diacritics, as published in English. */
  nameEn: Scalars['String']['output'];
  /** The province it belonged to (the version in force on its last valid day). */
  province: Province;
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; at the latest 2025-06-30. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/** A district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh), abolished on 1 July 2025. */
export type DistrictCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<ClassificationKind>;
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};

/** Kinds of district-level unit. */
export type DistrictKind =
  /** Thành phố thuộc thành phố trực thuộc trung ương. */
  | 'MUNICIPAL_CITY'
  /** Thành phố thuộc tỉnh. */
  | 'PROVINCIAL_CITY'
  /** Huyện. */
  | 'RURAL_DISTRICT'
  /** Thị xã. */
  | 'TOWN'
  /** Quận. */
  | 'URBAN_DISTRICT';

/** What establishes a lineage link between commune versions. */
export type LineageBasis =
  /**
   * A commune of 2021-11-01 merged into another by 2025-03-01 (the 2023–2025 arrangements under
   * the Standing Committee's resolutions), from a public list matched to codes by name within the
   * district; see the data sources. Recorded as FULL: the list names one successor per unit.
   */
  | 'COMMUNE_MERGER_2021_2025'
  /** The 2025 reform crosswalk (resolutions 1654–1687/NQ-UBTVQH15, statistics-office letter 1027/CTK-CSCL). */
  | 'REFORM_CROSSWALK_2025'
  /** The same code continued in the next snapshot with another name, kind or district. */
  | 'SAME_CODE'
  /**
   * Derived from the snapshots, not stated by a source: a commune of 2021-11-01 gone by
   * 2025-03-01 whose exact name is carried on 2025-03-01 by the one unit of its district with that
   * name, under another code (merged communes often keep one partner's name and another's code).
   * Recorded as FULL, as the 2023–2025 arrangements merged whole communes; numbered wards
   * ("Phường 1") are never linked this way.
   */
  | 'SAME_NAME_IN_DISTRICT_2025';

/** Which way a lineage is walked. */
export type LineageDirection =
  /** Towards what this unit was formed from. */
  | 'BACKWARD'
  /** Towards what this unit became. */
  | 'FORWARD';

/** A version reached by walking the lineage of a commune, with the path that reaches it. */
export type LineageStep = {
  __typename?: 'LineageStep';
  /** The version reached. */
  commune: Commune;
  /** How many links lie between the two versions (1 for a direct predecessor or successor). */
  hops: Scalars['Int']['output'];
  /** The links of the path, from the commune asked about outwards; the last one is `commune`. */
  path: Array<CommuneLineage>;
  /**
   * FULL when every link of the path passed the whole unit: walking BACKWARD, all of `commune`
   * lies in the commune asked about; walking FORWARD, all of the commune asked about lies in
   * `commune`. PARTIAL when some link passed only part. A version reached by several paths is
   * given once, by a path of whole transfers if there is one, else by the shortest.
   */
  transfer: Transfer;
};

/** How a name matched a search. */
export type NameMatch =
  /** A later word of the name starts with the search. */
  | 'CONTAINS'
  /** The whole name, with or without its unit kind. */
  | 'EXACT'
  /** The name starts with the search. */
  | 'PREFIX';

export type PageInfo = {
  __typename?: 'PageInfo';
  /** Pass as `after` to get the next page; null on an empty page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  /** True when more items follow this page. */
  hasNextPage: Scalars['Boolean']['output'];
};

/** Levels of the administrative hierarchy. */
export type PlaceLevel =
  /** Commune-level unit: xã, phường, thị trấn or đặc khu. */
  | 'COMMUNE'
  /** District-level unit (before 1 July 2025). */
  | 'DISTRICT'
  /** Province or centrally-run city. */
  | 'PROVINCE';

/**
 * One unit version found by name. `level` says which of `commune`, `district` and `province` is
 * the place found; the others are its parents (its district and province as of its last valid day).
 */
export type PlaceMatch = {
  __typename?: 'PlaceMatch';
  /** Statistics-office code of the place found. */
  code: Scalars['String']['output'];
  /** The commune found (level COMMUNE); its `successors` say what a commune that no longer exists became. */
  commune?: Maybe<Commune>;
  /** The district found (level DISTRICT), or the district of the commune found; null after 1 July 2025. */
  district?: Maybe<District>;
  /** Full name with the unit kind. */
  fullName: Scalars['String']['output'];
  /** The level of the place found. */
  level: PlaceLevel;
  /** How its name matched. */
  match: NameMatch;
  /** Short name of the place found. */
  name: Scalars['String']['output'];
  /** The province found (level PROVINCE), or the province of the district or commune found. */
  province: Province;
  /** First day this version was in force. */
  validFrom: Scalars['Date']['output'];
  /** Last day this version was in force, inclusive; null while it still is. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};

/** The result of a place search. */
export type PlaceSearchResult = {
  __typename?: 'PlaceSearchResult';
  /** The best `first` matches, best first. */
  matches: Array<PlaceMatch>;
  /** Every match, across all the search would return without `first`. */
  totalCount: Scalars['Int']['output'];
};

/** A province or centrally-run city, as one version (see Commune). */
export type Province = {
  __typename?: 'Province';
  /** Two-digit statistics-office code. Unique only together with `validFrom`: Hải Phòng (31) after 1 July 2025 includes the former Hải Dương. */
  code: Scalars['String']['output'];
  /** Its commune-level units on `date`, ordered by code. */
  communes: CommuneConnection;
  /** Its districts on `date` (none after 1 July 2025). */
  districts: Array<District>;
  /** Full name with the unit kind, e.g. "Thành phố Hải Phòng". */
  fullName: Scalars['String']['output'];
  /** Province or centrally-run city. */
  kind: ProvinceKind;
  /** Short name, e.g. "Hải Phòng". */
  name: Scalars['String']['output'];
  /** Name without diacritics, as published in English. */
  nameEn: Scalars['String']['output'];
  /** First day this version was in force (the directory snapshot it first appears in; the directory starts on 2021-11-01). */
  validFrom: Scalars['Date']['output'];
  /** Inclusive; null while in force. */
  validUntil?: Maybe<Scalars['Date']['output']>;
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<ClassificationKind>;
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/** A province or centrally-run city, as one version (see Commune). */
export type ProvinceDistrictsArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};

/** Kinds of province-level unit. */
export type ProvinceKind =
  /** Thành phố trực thuộc trung ương. */
  | 'MUNICIPALITY'
  /** Tỉnh. */
  | 'PROVINCE';

export type Query = {
  __typename?: 'Query';
  /**
   * The commune-level unit (xã, phường, thị trấn or đặc khu) that carried this code on `date`.
   * Returns null when no unit had the code on that date (codes end, and some were reused for a
   * different place after 1 July 2025).
   */
  commune?: Maybe<Commune>;
  /**
   * Every version of a commune code: the places that carried it, oldest first. Shows where a
   * code was reused after the 2025 reform.
   */
  communeVersions: Array<Commune>;
  /**
   * Commune-level units in force on `date`, ordered by code, optionally inside one province or
   * district, or carrying a classification on that date.
   */
  communes: CommuneConnection;
  /** Where the data in this graph comes from: the geography is real, the sector data of this deployment may be synthetic. */
  dataProvenance: DataProvenance;
  /**
   * Rows of the 2025 reform crosswalk that do not match the directory, directory units the
   * crosswalk does not cover, and communes gone between 2021-11-01 and 2025-03-01 that the merger
   * list does not link to a unit. Reported, never dropped silently.
   */
  directoryIssues: Array<DirectoryIssue>;
  /** The directory snapshots this graph knows, oldest first. */
  directorySnapshots: Array<DirectorySnapshot>;
  /** The district-level unit that carried this code on `date`, or null. Districts were abolished on 1 July 2025. */
  district?: Maybe<District>;
  /**
   * Provinces, districts and communes found by name, best match first: EXACT (the whole name),
   * then PREFIX (the name starts with it), then CONTAINS (a word of the name starts with it).
   * Case, tone marks and đ do not matter ("thanh linh" finds Thanh Lĩnh), and the unit kind may
   * be given or left out ("Xã Thanh Lĩnh", "Thanh Lĩnh"). Without `date`, every version of every
   * snapshot is searched: a place that no longer exists has `validUntil`, and for a commune its
   * `successors` say what it became.
   */
  placeSearch: PlaceSearchResult;
  /** The province or centrally-run city that carried this code on `date`, or null. */
  province?: Maybe<Province>;
  /** Provinces in force on `date`, ordered by code. */
  provinces: Array<Province>;
  /** Who the gateway says is asking: the identity verified from the bearer token, or ANONYMOUS. */
  viewer: ViewerIdentity;
};


export type QueryCommuneArgs = {
  code: Scalars['String']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryCommuneVersionsArgs = {
  code: Scalars['String']['input'];
};


export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  classification?: InputMaybe<ClassificationKind>;
  date?: InputMaybe<Scalars['Date']['input']>;
  districtCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  provinceCode?: InputMaybe<Scalars['String']['input']>;
};


export type QueryDistrictArgs = {
  code: Scalars['String']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryPlaceSearchArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  levels?: InputMaybe<Array<PlaceLevel>>;
  name: Scalars['String']['input'];
};


export type QueryProvinceArgs = {
  code: Scalars['String']['input'];
  date?: InputMaybe<Scalars['Date']['input']>;
};


export type QueryProvincesArgs = {
  date?: InputMaybe<Scalars['Date']['input']>;
};

/** How much of a unit passed across a lineage link. */
export type Transfer =
  /** The whole unit passed. */
  | 'full'
  /** Only part of the unit passed; a partial predecessor appears under two to five new units. */
  | 'partial';

/** Why a version that ended has no known successor. */
export type UnknownSuccessorReason =
  /** The merger list's successor matches several units of the district (names that differ only in tone marks). */
  | 'AMBIGUOUS'
  /** The merger list names a successor that is no unit of the directory in the commune's district (see directoryIssues). */
  | 'NO_MATCHING_UNIT'
  /** Gone between 2021-11-01 and 2025-03-01, and the public merger list has no entry for it. */
  | 'NOT_IN_SOURCE'
  /** In force on 2025-06-30, but no row of the reform crosswalk carries it forward (see directoryIssues). */
  | 'NOT_IN_REFORM_CROSSWALK';

/** The verified identity behind a request. */
export type ViewerIdentity = {
  __typename?: 'ViewerIdentity';
  /** Province or commune codes an OFFICER may see in detail; empty for other roles. */
  area: Array<Scalars['String']['output']>;
  /** ANONYMOUS, ANALYST, MINISTRY, OFFICER or ADMIN. */
  role: Scalars['String']['output'];
  /** The token's subject. */
  subject: Scalars['String']['output'];
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
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true,"validFrom":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true,"validFrom":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Classification: ResolverTypeWrapper<Classification>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  ClassificationKind: ClassificationKind;
  Commune: ResolverTypeWrapper<CommuneShapeModel>;
  CommuneConnection: ResolverTypeWrapper<Omit<CommuneConnection, 'edges' | 'nodes'> & { edges: Array<ResolversTypes['CommuneEdge']>, nodes: Array<ResolversTypes['Commune']> }>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CommuneEdge: ResolverTypeWrapper<Omit<CommuneEdge, 'node'> & { node: ResolversTypes['Commune'] }>;
  CommuneKind: CommuneKind;
  CommuneLineage: ResolverTypeWrapper<Omit<CommuneLineage, 'commune' | 'transfer'> & { commune?: Maybe<ResolversTypes['Commune']>, transfer: ResolversTypes['Transfer'] }>;
  DataProvenance: ResolverTypeWrapper<DataProvenance>;
  Date: ResolverTypeWrapper<Scalars['Date']['output']>;
  DirectoryIssue: ResolverTypeWrapper<DirectoryIssue>;
  DirectoryIssueKind: DirectoryIssueKind;
  DirectorySnapshot: ResolverTypeWrapper<DirectorySnapshot>;
  District: ResolverTypeWrapper<DistrictShapeModel>;
  DistrictKind: DistrictKind;
  LineageBasis: LineageBasis;
  LineageDirection: LineageDirection;
  LineageStep: ResolverTypeWrapper<Omit<LineageStep, 'commune' | 'path' | 'transfer'> & { commune: ResolversTypes['Commune'], path: Array<ResolversTypes['CommuneLineage']>, transfer: ResolversTypes['Transfer'] }>;
  NameMatch: NameMatch;
  PageInfo: ResolverTypeWrapper<PageInfo>;
  PlaceLevel: PlaceLevel;
  PlaceMatch: ResolverTypeWrapper<MatchModel>;
  PlaceSearchResult: ResolverTypeWrapper<Omit<PlaceSearchResult, 'matches'> & { matches: Array<ResolversTypes['PlaceMatch']> }>;
  Province: ResolverTypeWrapper<UnitShapeModel>;
  ProvinceKind: ProvinceKind;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Transfer: ResolverTypeWrapper<Transfer>;
  UnknownSuccessorReason: ResolverTypeWrapper<UnknownSuccessorReason>;
  ViewerIdentity: ResolverTypeWrapper<ViewerIdentity>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Classification: Classification;
  String: Scalars['String']['output'];
  Boolean: Scalars['Boolean']['output'];
  Commune: CommuneShapeModel;
  CommuneConnection: Omit<CommuneConnection, 'edges' | 'nodes'> & { edges: Array<ResolversParentTypes['CommuneEdge']>, nodes: Array<ResolversParentTypes['Commune']> };
  Int: Scalars['Int']['output'];
  CommuneEdge: Omit<CommuneEdge, 'node'> & { node: ResolversParentTypes['Commune'] };
  CommuneLineage: Omit<CommuneLineage, 'commune'> & { commune?: Maybe<ResolversParentTypes['Commune']> };
  DataProvenance: DataProvenance;
  Date: Scalars['Date']['output'];
  DirectoryIssue: DirectoryIssue;
  DirectorySnapshot: DirectorySnapshot;
  District: DistrictShapeModel;
  LineageStep: Omit<LineageStep, 'commune' | 'path'> & { commune: ResolversParentTypes['Commune'], path: Array<ResolversParentTypes['CommuneLineage']> };
  PageInfo: PageInfo;
  PlaceMatch: MatchModel;
  PlaceSearchResult: Omit<PlaceSearchResult, 'matches'> & { matches: Array<ResolversParentTypes['PlaceMatch']> };
  Province: UnitShapeModel;
  Query: Record<PropertyKey, never>;
  ViewerIdentity: ViewerIdentity;
};

export type ClassificationResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Classification'] = ResolversParentTypes['Classification']> = {
  kind?: Resolver<ResolversTypes['ClassificationKind'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  synthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  classifications?: Resolver<Array<ResolversTypes['Classification']>, ParentType, ContextType, Partial<CommuneClassificationsArgs>>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  endedWithoutKnownSuccessor?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['CommuneKind'], ParentType, ContextType>;
  lineage?: Resolver<Array<ResolversTypes['LineageStep']>, ParentType, ContextType, RequireFields<CommuneLineageArgs, 'direction'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['CommuneLineage']>, ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  successors?: Resolver<Array<ResolversTypes['CommuneLineage']>, ParentType, ContextType>;
  unknownSuccessorReason?: Resolver<Maybe<ResolversTypes['UnknownSuccessorReason']>, ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type CommuneConnectionResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['CommuneConnection'] = ResolversParentTypes['CommuneConnection']> = {
  edges?: Resolver<Array<ResolversTypes['CommuneEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType>;
  pageInfo?: Resolver<ResolversTypes['PageInfo'], ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneEdgeResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['CommuneEdge'] = ResolversParentTypes['CommuneEdge']> = {
  cursor?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  node?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
};

export type CommuneLineageResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['CommuneLineage'] = ResolversParentTypes['CommuneLineage']> = {
  basis?: Resolver<ResolversTypes['LineageBasis'], ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type DataProvenanceResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['DataProvenance'] = ResolversParentTypes['DataProvenance']> = {
  geography?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  loadedAt?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  scope?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sectorData?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  sectorDataSynthetic?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  seed?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
};

export interface DateScalarConfig extends GraphQLScalarTypeConfig<ResolversTypes['Date'], any> {
  name: 'Date';
}

export type DirectoryIssueResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['DirectoryIssue'] = ResolversParentTypes['DirectoryIssue']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  detail?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DirectoryIssueKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type DirectorySnapshotResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['DirectorySnapshot'] = ResolversParentTypes['DirectorySnapshot']> = {
  communes?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  date?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  districts?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinces?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, RequireFields<DistrictCommunesArgs, 'first'>>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['DistrictKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type LineageStepResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['LineageStep'] = ResolversParentTypes['LineageStep']> = {
  commune?: Resolver<ResolversTypes['Commune'], ParentType, ContextType>;
  hops?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  path?: Resolver<Array<ResolversTypes['CommuneLineage']>, ParentType, ContextType>;
  transfer?: Resolver<ResolversTypes['Transfer'], ParentType, ContextType>;
};

export type PageInfoResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['PageInfo'] = ResolversParentTypes['PageInfo']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type PlaceMatchResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['PlaceMatch'] = ResolversParentTypes['PlaceMatch']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  level?: Resolver<ResolversTypes['PlaceLevel'], ParentType, ContextType>;
  match?: Resolver<ResolversTypes['NameMatch'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type PlaceSearchResultResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['PlaceSearchResult'] = ResolversParentTypes['PlaceSearchResult']> = {
  matches?: Resolver<Array<ResolversTypes['PlaceMatch']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, RequireFields<ProvinceCommunesArgs, 'first'>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType, Partial<ProvinceDistrictsArgs>>;
  fullName?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['ProvinceKind'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<ResolversTypes['Date'], ParentType, ContextType>;
  validUntil?: Resolver<Maybe<ResolversTypes['Date']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType, RequireFields<QueryCommuneArgs, 'code'>>;
  communeVersions?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType, RequireFields<QueryCommuneVersionsArgs, 'code'>>;
  communes?: Resolver<ResolversTypes['CommuneConnection'], ParentType, ContextType, RequireFields<QueryCommunesArgs, 'first'>>;
  dataProvenance?: Resolver<ResolversTypes['DataProvenance'], ParentType, ContextType>;
  directoryIssues?: Resolver<Array<ResolversTypes['DirectoryIssue']>, ParentType, ContextType>;
  directorySnapshots?: Resolver<Array<ResolversTypes['DirectorySnapshot']>, ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  placeSearch?: Resolver<ResolversTypes['PlaceSearchResult'], ParentType, ContextType, RequireFields<QueryPlaceSearchArgs, 'first' | 'name'>>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType, RequireFields<QueryProvinceArgs, 'code'>>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<QueryProvincesArgs>>;
  viewer?: Resolver<ResolversTypes['ViewerIdentity'], ParentType, ContextType>;
};

export type TransferResolvers = { FULL: 'full', PARTIAL: 'partial' };

export type UnknownSuccessorReasonResolvers = { MERGER_SOURCE_AMBIGUOUS: 'AMBIGUOUS', MERGER_SOURCE_UNMATCHED: 'NO_MATCHING_UNIT', NOT_IN_MERGER_SOURCE: 'NOT_IN_SOURCE', NOT_IN_REFORM_CROSSWALK: 'NOT_IN_REFORM_CROSSWALK' };

export type ViewerIdentityResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['ViewerIdentity'] = ResolversParentTypes['ViewerIdentity']> = {
  area?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  subject?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type Resolvers<ContextType = GeographyContext> = {
  Classification?: ClassificationResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommuneConnection?: CommuneConnectionResolvers<ContextType>;
  CommuneEdge?: CommuneEdgeResolvers<ContextType>;
  CommuneLineage?: CommuneLineageResolvers<ContextType>;
  DataProvenance?: DataProvenanceResolvers<ContextType>;
  Date?: GraphQLScalarType;
  DirectoryIssue?: DirectoryIssueResolvers<ContextType>;
  DirectorySnapshot?: DirectorySnapshotResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  LineageStep?: LineageStepResolvers<ContextType>;
  PageInfo?: PageInfoResolvers<ContextType>;
  PlaceMatch?: PlaceMatchResolvers<ContextType>;
  PlaceSearchResult?: PlaceSearchResultResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Transfer?: TransferResolvers;
  UnknownSuccessorReason?: UnknownSuccessorReasonResolvers;
  ViewerIdentity?: ViewerIdentityResolvers<ContextType>;
};

