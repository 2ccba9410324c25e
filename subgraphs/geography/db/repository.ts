import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { pushTo } from '../../../lib/collections.ts';
import { insertInChunks, keyTable } from '../../../lib/db.ts';
import type { Classification, Commune, District, GeographyDB, LinkBasis, NewClassification, PlaceLevel, Province } from './tables.ts';

/**
 * Data access for the administrative directory. Every function takes `db` first and is shaped
 * for batches, so a DataLoader turns N lookups into one statement.
 */
type Db = Kysely<GeographyDB>;
export interface VersionKey {
  code: string;
  validFrom: string;
}

const inForceOn = (date: string) => sql<boolean>`valid_from <= ${date}::date and (valid_until is null or valid_until >= ${date}::date)`;

/** A commune's classification rows (every period), its province and district on its last day. */
export interface CommuneParts {
  province: Province | null;
  district: District | null;
  classifications: Classification[];
}
export type CommuneWithParts = Commune & { parts?: CommuneParts };

/**
 * A commune's parts as one column of the statement that finds it (alias `c`), for an operation
 * that asks for them: the province and district in force on its last day (`today`, or the day
 * it ended; see lastDayOf in resolvers/shapes.ts) and its classification rows.
 */
function partsColumn(db: Db, today: string) {
  const lastDay = sql`(case when c.valid_until < ${today}::date then c.valid_until when ${today}::date < c.valid_from then c.valid_from else ${today}::date end)`;
  const inForceOnLastDay = (alias: 'pp' | 'dd') =>
    sql<boolean>`${sql.raw(alias)}.valid_from <= ${lastDay} and (${sql.raw(alias)}.valid_until is null or ${sql.raw(alias)}.valid_until >= ${lastDay})`;
  return sql<CommuneParts>`json_build_object(
    'province', (${db.selectFrom('province as pp').select(sql`to_json(pp)`.as('j')).where(sql<boolean>`pp.code = c.province_code`).where(inForceOnLastDay('pp'))}),
    'district', (${db.selectFrom('district as dd').select(sql`to_json(dd)`.as('j')).where(sql<boolean>`dd.code = c.district_code`).where(inForceOnLastDay('dd'))}),
    'classifications', coalesce((${db
      .selectFrom('classification as kl')
      .select(sql`json_agg(kl order by kl.kind, kl.valid_from)`.as('j'))
      .where(sql<boolean>`kl.commune_code = c.code and kl.commune_valid_from = c.valid_from`)}), '[]'::json))`.as('parts');
}

/** Communes by version key; with `partsOn` (today's date), each brings its parts (see partsColumn). */
export function findCommunesByKeys(db: Db, keys: readonly VersionKey[], partsOn?: string): Promise<CommuneWithParts[]> {
  return (
    db
      .selectFrom('commune as c')
      .selectAll('c')
      // Cast: the parts column is added only when asked for; both shapes are CommuneWithParts.
      .$if(!!partsOn, (q) => q.select(partsColumn(db, partsOn!)) as never)
      .where(
        sql<boolean>`(c.code, c.valid_from) in (select * from unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.validFrom)}::date[]))`,
      )
      .execute() as Promise<CommuneWithParts[]>
  );
}

function byKeys<T extends 'district' | 'province'>(db: Db, table: T, keys: readonly VersionKey[]) {
  return db
    .selectFrom(table as 'province')
    .selectAll()
    .where(
      sql<boolean>`(code, valid_from) in (select * from unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.validFrom)}::date[]))`,
    )
    .execute();
}
export const findDistrictsByKeys = (db: Db, keys: readonly VersionKey[]) => byKeys(db, 'district', keys) as Promise<District[]>;
export const findProvincesByKeys = (db: Db, keys: readonly VersionKey[]) => byKeys(db, 'province', keys) as Promise<Province[]>;

/**
 * Units that carried each code on its date (at most one per pair), every pair in one statement;
 * `as_of` says which date matched. Communes bring their parts with `partsOn` (see partsColumn).
 */
function asOf<T extends 'commune' | 'district' | 'province'>(
  db: Db,
  table: T,
  keys: readonly { code: string; date: string }[],
  partsOn?: string,
) {
  const k = keyTable(
    'k',
    keys.map((key) => ({ code: key.code, date: key.date })),
    { code: 'text', date: 'date' },
  );
  return (
    db
      // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
      .selectFrom(k as never)
      .innerJoin(`${table} as c` as 'commune as c', (join) =>
        join.on(sql<boolean>`c.code = k.code and c.valid_from <= k.date and (c.valid_until is null or c.valid_until >= k.date)`),
      )
      .selectAll('c')
      .select(sql<string>`k.date::text`.as('as_of'))
      .$if(!!partsOn, (q) => q.select(partsColumn(db, partsOn!)) as never)
      .execute() as Promise<(CommuneWithParts & { as_of: string })[]>
  );
}
type AsOfKeys = readonly { code: string; date: string }[];
export const findCommunesAsOf = (db: Db, keys: AsOfKeys, partsOn?: string) => asOf(db, 'commune', keys, partsOn);
// Cast: asOf() is one statement for the three unit tables, typed by the commune table's row; these name the table actually read.
export const findDistrictsAsOf = (db: Db, keys: AsOfKeys) =>
  asOf(db, 'district', keys) as unknown as Promise<(District & { as_of: string })[]>;
export const findProvincesAsOf = (db: Db, keys: AsOfKeys) =>
  asOf(db, 'province', keys) as unknown as Promise<(Province & { as_of: string })[]>;

/** Every version of these commune codes, oldest first. */
export function findVersionsOfCodes(db: Db, codes: readonly string[]): Promise<Commune[]> {
  return db
    .selectFrom('commune')
    .selectAll()
    .where('code', '=', sql<string>`any(${[...codes]}::text[])`)
    .orderBy('valid_from')
    .execute();
}

export interface CommuneFilter {
  date: string;
  provinceCode?: string;
  districtCode?: string;
  classification?: string;
}

/** A page of one commune list: its filter, the keyset cursor (last code seen) and the page size. */
export interface CommunePageRequest {
  filter: CommuneFilter;
  after?: string;
  limit: number;
}
export interface CommunePageRows {
  rows: Commune[];
  totalCount: number;
}

/**
 * Pages of several commune lists (say, of every province) with their totals, in request order,
 * in one statement per filter shape: each request is a row of a key table (keyed by its
 * position), counted and paged in lateral joins.
 */
export async function listCommunePages(db: Db, requests: readonly CommunePageRequest[]): Promise<CommunePageRows[]> {
  const shapeOf = (f: CommuneFilter) => `${!!f.provinceCode}|${!!f.districtCode}|${!!f.classification}`;
  const shapes = new Map<string, number[]>();
  requests.forEach((r, i) => pushTo(shapes, shapeOf(r.filter), i));
  const pages: CommunePageRows[] = requests.map(() => ({ rows: [], totalCount: 0 }));
  for (const indices of shapes.values()) {
    const shape = requests[indices[0]!]!.filter;
    const k = keyTable(
      'k',
      indices.map((i) => {
        const { filter, after, limit } = requests[i]!;
        return {
          key: String(i),
          date: filter.date,
          province_code: filter.provinceCode ?? null,
          district_code: filter.districtCode ?? null,
          classification: filter.classification ?? null,
          after: after ?? '',
          lim: limit,
        };
      }),
      { key: 'text', date: 'date', province_code: 'text', district_code: 'text', classification: 'text', after: 'text', lim: 'int' },
    );
    const matching = (eb: ExpressionBuilder<any, any>) => {
      const parts = [sql<boolean>`c.valid_from <= k.date and (c.valid_until is null or c.valid_until >= k.date)`];
      if (shape.provinceCode) parts.push(sql<boolean>`c.province_code = k.province_code`);
      if (shape.districtCode) parts.push(sql<boolean>`c.district_code = k.district_code`);
      const all = eb.and(parts);
      if (!shape.classification) return all;
      return eb.and([
        all,
        eb.exists(
          eb
            .selectFrom('classification as kl')
            .select(sql`1`.as('one'))
            .whereRef('kl.commune_code', '=', 'c.code')
            .whereRef('kl.commune_valid_from', '=', 'c.valid_from')
            .where(
              sql<boolean>`kl.kind = k.classification and kl.valid_from <= k.date and (kl.valid_until is null or kl.valid_until >= k.date)`,
            ),
        ),
      ]);
    };
    const rows = (await db
      // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
      .selectFrom(k as never)
      .innerJoinLateral(
        (eb: any) => eb.selectFrom('commune as c').where(matching).select(sql<number>`count(*)::int`.as('total')).as('t'),
        (j: any) => j.onTrue(),
      )
      .leftJoinLateral(
        (eb: any) =>
          eb
            .selectFrom('commune as c')
            .where(matching)
            .where(sql<boolean>`c.code > k.after`)
            .selectAll('c')
            .orderBy('c.code')
            .limit(sql`k.lim`)
            .as('p'),
        (j: any) => j.onTrue(),
      )
      .select([sql<string>`k.key`.as('page_key'), sql<number>`t.total`.as('page_total')])
      // Cast: the lateral page's alias, as for the key table above.
      .selectAll('p' as never)
      .execute()) as (Commune & { page_key: string; page_total: number })[];
    for (const { page_key, page_total, ...row } of rows) {
      const page = pages[Number(page_key)]!;
      page.totalCount = page_total;
      if (row.code !== null) page.rows.push(row as Commune);
    }
  }
  return pages;
}

export function listProvinces(db: Db, date: string): Promise<Province[]> {
  return db.selectFrom('province').selectAll().where(inForceOn(date)).orderBy('code').execute();
}

export function listDistrictsOfProvinces(db: Db, provinceCodes: readonly string[], date: string): Promise<District[]> {
  return db
    .selectFrom('district')
    .selectAll()
    .where('province_code', '=', sql<string>`any(${[...provinceCodes]}::text[])`)
    .where(inForceOn(date))
    .orderBy('code')
    .execute();
}

export function findCrosswalkBySuccessors(db: Db, codes: readonly string[]) {
  return db
    .selectFrom('reform_crosswalk')
    .selectAll()
    .where('code', '=', sql<string>`any(${[...codes]}::text[])`)
    .orderBy('id')
    .execute();
}
export function findCrosswalkByPredecessors(db: Db, codes: readonly string[]) {
  return db
    .selectFrom('reform_crosswalk')
    .selectAll()
    .where('predecessor_code', '=', sql<string>`any(${[...codes]}::text[])`)
    .orderBy('id')
    .execute();
}

const versionIn = (codeColumn: string, fromColumn: string, keys: readonly VersionKey[]) =>
  sql<boolean>`(${sql.ref(codeColumn)}, ${sql.ref(fromColumn)}) in (select * from unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.validFrom)}::date[]))`;

/** 2021–2025 merger rows of these (gone) versions: linked or unmatched. */
export function findMergersOfVersions(db: Db, keys: readonly VersionKey[]) {
  return db
    .selectFrom('commune_merger')
    .selectAll()
    .where(versionIn('code', 'valid_from', keys))
    .orderBy('id')
    .execute();
}
/** 2021–2025 merger rows whose successor is one of these versions. */
export function findMergersIntoVersions(db: Db, keys: readonly VersionKey[]) {
  return db
    .selectFrom('commune_merger')
    .selectAll()
    .where(versionIn('successor_code', 'successor_valid_from', keys))
    .orderBy('id')
    .execute();
}

export type LineageDirection = 'BACKWARD' | 'FORWARD';
export interface LineageHop {
  code: string;
  validFrom: string;
  transfer: 'full' | 'partial';
  basis: LinkBasis;
}
export type LineageRow = Commune & {
  start_code: string;
  start_valid_from: string;
  hops: number;
  /** true when every link on the path passed the whole unit */
  all_full: boolean;
  /** the far end of each link, from the start outward */
  path: LineageHop[];
};
/** Far more links than any chain of the directory has (at most four), so a bad link cannot loop forever. */
const MAX_HOPS = 12;

/**
 * Every version reachable from each of these versions through every kind of link (same code,
 * the 2021–2025 mergers, the 2025 reform crosswalk), with the number of links and the path. A
 * version reached by several paths comes once: by a path of whole transfers if there is one,
 * else by the shortest. One statement for all keys, so coverage can ask for many communes at once.
 */
export async function findLineage(db: Db, keys: readonly VersionKey[], direction: LineageDirection): Promise<LineageRow[]> {
  if (!keys.length) return [];
  const [near, far] = direction === 'BACKWARD' ? ['to', 'from'] : ['from', 'to'];
  const col = (end: string, c: 'code' | 'valid_from') => sql.raw(`l.${end}_${c}`); // fixed names, never input
  const starts = keyTable(
    'k',
    keys.map((k) => ({ code: k.code, valid_from: k.validFrom })),
    { code: 'text', valid_from: 'date' },
  );
  // The query builder (not raw SQL) names the tables, so they are read in the subgraph's schema.
  const rows = await (db as Kysely<any>)
    .withRecursive('walk', (qb) =>
      qb
        // Cast: Kysely cannot type a table or column named at run time (a key table from keyTable(), a computed alias); the SQL is checked by the tests.
        .selectFrom(starts as never)
        .select([
          sql`k.code`.as('start_code'),
          sql`k.valid_from`.as('start_valid_from'),
          sql`k.code`.as('code'),
          sql`k.valid_from`.as('valid_from'),
          sql`0`.as('hops'),
          sql`true`.as('all_full'),
          sql`'[]'::jsonb`.as('path'),
        ])
        .unionAll((union) =>
          union
            .selectFrom('walk as w')
            .innerJoin('commune_link as l', (join) =>
              join.on(sql<boolean>`${col(near, 'code')} = w.code and ${col(near, 'valid_from')} = w.valid_from`),
            )
            .select([
              sql`w.start_code`.as('start_code'),
              sql`w.start_valid_from`.as('start_valid_from'),
              sql`${col(far, 'code')}`.as('code'),
              sql`${col(far, 'valid_from')}`.as('valid_from'),
              sql`w.hops + 1`.as('hops'),
              sql`w.all_full and l.transfer = 'full'`.as('all_full'),
              sql`w.path || jsonb_build_array(jsonb_build_object('code', ${col(far, 'code')}, 'validFrom', ${col(far, 'valid_from')}::text,
                'transfer', l.transfer, 'basis', l.basis))`.as('path'),
            ])
            .where(sql<boolean>`w.hops < ${MAX_HOPS}`),
        ),
    )
    .with('best', (qb) =>
      qb
        .selectFrom('walk')
        .selectAll()
        .distinctOn(['start_code', 'start_valid_from', 'code', 'valid_from'])
        .where('hops', '>', 0)
        .orderBy(['start_code', 'start_valid_from', 'code', 'valid_from'])
        .orderBy('all_full', 'desc')
        .orderBy('hops'),
    )
    .selectFrom('best as b')
    .innerJoin('commune as c', (join) => join.onRef('c.code', '=', 'b.code').onRef('c.valid_from', '=', 'b.valid_from'))
    .selectAll('c')
    .select([
      sql<string>`b.start_code`.as('start_code'),
      sql<string>`b.start_valid_from::text`.as('start_valid_from'),
      'b.hops',
      'b.all_full',
      'b.path',
    ])
    .orderBy(['b.start_code', 'b.start_valid_from', 'b.hops', 'c.valid_from', 'c.code'])
    .execute();
  return rows as LineageRow[];
}

export function findClassifications(db: Db, keys: readonly VersionKey[]) {
  return db
    .selectFrom('classification')
    .selectAll()
    .where(
      sql<boolean>`(commune_code, commune_valid_from) in (select * from unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.validFrom)}::date[]))`,
    )
    .orderBy('kind')
    .execute();
}

export function listSnapshots(db: Db) {
  return db.selectFrom('snapshot').selectAll().orderBy('date').execute();
}

export async function readDatasetInfo(db: Db): Promise<Record<string, string>> {
  const rows = await db.selectFrom('dataset_info').selectAll().execute();
  return Object.fromEntries(rows.map((r) => [r.key, r.value]));
}

export async function writeDatasetInfo(db: Db, info: Record<string, string>): Promise<void> {
  const rows = Object.entries(info).map(([key, value]) => ({ key, value }));
  if (!rows.length) return;
  await db
    .insertInto('dataset_info')
    .values(rows)
    .onConflict((oc) => oc.column('key').doUpdateSet({ value: (eb) => eb.ref('excluded.value') }))
    .execute();
}

/**
 * Crosswalk rows, merger rows and directory units that do not match, one statement each. The
 * dates are passed in so this module stays free of policy constants.
 */
export async function findDirectoryIssues(db: Db, reformDate: string, dayBeforeReform: string, mergersUntil: string) {
  const unknownSuccessors = await db
    .selectFrom('reform_crosswalk as x')
    .select(['x.code', 'x.name'])
    .distinct()
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('commune as c').select(sql`1`.as('one')).whereRef('c.code', '=', 'x.code').where('c.valid_from', '=', reformDate),
        ),
      ),
    )
    .orderBy('x.code')
    .execute();
  const unknownPredecessors = await db
    .selectFrom('reform_crosswalk as x')
    .select(['x.predecessor_code as code', 'x.predecessor_name as name'])
    .distinct()
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('commune as c')
            .select(sql`1`.as('one'))
            .whereRef('c.code', '=', 'x.predecessor_code')
            .where(inForceOn(dayBeforeReform)),
        ),
      ),
    )
    .orderBy('code')
    .execute();
  const successorsWithout = await db
    .selectFrom('commune as c')
    .select(['c.code', 'c.full_name as name'])
    .where('c.valid_from', '=', reformDate)
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('reform_crosswalk as x').select(sql`1`.as('one')).whereRef('x.code', '=', 'c.code'))),
    )
    .orderBy('c.code')
    .execute();
  const predecessorsWithout = await db
    .selectFrom('commune as c')
    .select(['c.code', 'c.full_name as name'])
    .where(inForceOn(dayBeforeReform))
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('reform_crosswalk as x').select(sql`1`.as('one')).whereRef('x.predecessor_code', '=', 'c.code'))),
    )
    .orderBy('c.code')
    .execute();
  const unmatchedMergers = await db
    .selectFrom('commune_merger')
    .select(['code', 'name', 'unmatched_reason', 'source_names'])
    .where('unmatched_reason', 'is not', null)
    .orderBy('code')
    .execute();
  // Codes first listed on 2025-03-01 (units formed 2021–2025) that no merger row leads into.
  const formedWithout = await db
    .selectFrom('commune as c')
    .select(['c.code', 'c.full_name as name'])
    .where('c.valid_from', '=', mergersUntil)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('commune as o').select(sql`1`.as('one')).whereRef('o.code', '=', 'c.code').where('o.valid_from', '<', mergersUntil),
        ),
      ),
    )
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('commune_merger as m')
            .select(sql`1`.as('one'))
            .whereRef('m.successor_code', '=', 'c.code')
            .whereRef('m.successor_valid_from', '=', 'c.valid_from'),
        ),
      ),
    )
    .orderBy('c.code')
    .execute();
  return { unknownSuccessors, unknownPredecessors, successorsWithout, predecessorsWithout, unmatchedMergers, formedWithout };
}

export async function insertClassifications(db: Db, rows: readonly NewClassification[]): Promise<void> {
  await insertInChunks(rows, (chunk) => db.insertInto('classification').values(chunk).execute());
}

export type NameMatch = 'EXACT' | 'PREFIX' | 'CONTAINS';
export interface PlaceSearch {
  /** Folded as names.ts `searchKey` folds the index: only [a-z0-9 ]. */
  key: string;
  /** Only versions in force on this date; every vintage when absent. */
  date?: string;
  levels: readonly PlaceLevel[];
  limit: number;
  /** Today (Vietnam time): parents are read as of each version's last day, or today while it is in force. */
  today: string;
}
export interface PlaceHit {
  level: PlaceLevel;
  match: NameMatch;
  code: string;
  valid_from: string;
  valid_until: string | null;
  name: string;
  full_name: string;
  name_en: string;
  kind: string;
  province_code: string;
  district_code: string | null;
  /** The district version (for a commune, its district; for a district, itself) as of the hit's last day or today. */
  district_row: District | null;
  /** Likewise the province version. */
  province_row: Province | null;
  total: number;
}

/**
 * Unit versions whose name (short, or full with its unit kind) equals, starts with, or has a
 * word starting with `key`; best match first (exact, prefix, contains), then province, district,
 * commune, then name and code. One statement: a btree range on the folded keys ("~" sorts after
 * every character a key holds), the units joined back with their district and province versions
 * as of the unit's last day (today while in force), and the total before the page.
 */
export async function searchPlaces(db: Db, search: PlaceSearch): Promise<PlaceHit[]> {
  const unitColumns = (level: PlaceLevel, province: string, district: string) =>
    [
      sql<string>`${level}::text`.as('level'),
      'code',
      'valid_from',
      'name',
      'full_name',
      'name_en',
      'kind',
      sql<string>`${sql.ref(province)}`.as('province_code'),
      sql<string | null>`${sql.raw(district)}`.as('district_code'),
    ] as const;
  // The query builder (not raw SQL) names the tables, so they are read in the subgraph's schema.
  const rows = await (db as Kysely<any>)
    .with('hit', (qb) => {
      let q = qb
        .selectFrom('place_name as n')
        .select([
          'n.level',
          'n.code',
          'n.valid_from',
          'n.valid_until',
          sql<number>`min(case when n.whole and n.key = ${search.key} then 0 when n.whole then 1 else 2 end)`.as('rank'),
          sql<string>`case when n.valid_until < ${search.today}::date then n.valid_until
            when ${search.today}::date < n.valid_from then n.valid_from else ${search.today}::date end`.as('as_of'),
        ])
        .where(sql<boolean>`n.key >= ${search.key} and n.key < ${search.key + '~'}`)
        .where('n.level', '=', sql<string>`any(${[...search.levels]}::text[])`);
      if (search.date)
        q = q.where(
          sql<boolean>`n.valid_from <= ${search.date}::date and (n.valid_until is null or n.valid_until >= ${search.date}::date)`,
        );
      return q.groupBy(['n.level', 'n.code', 'n.valid_from', 'n.valid_until']);
    })
    .with('unit', (qb) =>
      qb
        .selectFrom('commune')
        .select(unitColumns('COMMUNE', 'province_code', 'district_code') as any)
        .unionAll(qb.selectFrom('district').select(unitColumns('DISTRICT', 'province_code', 'code') as any))
        .unionAll(qb.selectFrom('province').select(unitColumns('PROVINCE', 'code', 'null') as any)),
    )
    .selectFrom('hit as h')
    .innerJoin('unit as u', (join) =>
      join.onRef('u.level', '=', 'h.level').onRef('u.code', '=', 'h.code').onRef('u.valid_from', '=', 'h.valid_from'),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('district as d')
          .selectAll('d')
          .whereRef('d.code', '=', 'u.district_code')
          .where(sql<boolean>`d.valid_from <= h.as_of and (d.valid_until is null or d.valid_until >= h.as_of)`)
          .as('dv'),
      (join) => join.onTrue(),
    )
    .leftJoinLateral(
      (eb) =>
        eb
          .selectFrom('province as p')
          .selectAll('p')
          .whereRef('p.code', '=', 'u.province_code')
          .where(sql<boolean>`p.valid_from <= h.as_of and (p.valid_until is null or p.valid_until >= h.as_of)`)
          .as('pv'),
      (join) => join.onTrue(),
    )
    .select([
      sql<District | null>`case when dv.code is null then null else to_jsonb(dv) end`.as('district_row'),
      sql<Province | null>`case when pv.code is null then null else to_jsonb(pv) end`.as('province_row'),
      'h.level',
      sql<NameMatch>`(array['EXACT', 'PREFIX', 'CONTAINS'])[h.rank + 1]`.as('match'),
      'h.code',
      sql<string>`h.valid_from::text`.as('valid_from'),
      sql<string | null>`h.valid_until::text`.as('valid_until'),
      'u.name',
      'u.full_name',
      'u.name_en',
      'u.kind',
      'u.province_code',
      'u.district_code',
      sql<number>`(count(*) over ())::int`.as('total'),
    ])
    .orderBy('h.rank')
    .orderBy(sql`array_position(array['PROVINCE', 'DISTRICT', 'COMMUNE'], h.level)`)
    .orderBy(['u.name', 'h.code', 'h.valid_from'])
    .limit(search.limit)
    .execute();
  return rows as PlaceHit[];
}

/** What an import rewrites (the dataset's provenance and the classifications), as one stamp that changes with it. */
export async function importedDatasetStamp(db: Db): Promise<string> {
  // The query builder, not raw SQL: it places the tables in the subgraph's schema.
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('dataset_info').select(sql<string>`string_agg(key || '=' || value, ';' order by key)`.as('info')).as('info'),
      eb.selectFrom('classification').select(sql<string>`count(*)::text`.as('n')).as('classifications'),
    ])
    .executeTakeFirst();
  return `${row?.info ?? ''}|${row?.classifications ?? ''}`;
}
