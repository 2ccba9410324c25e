import { sql, type Kysely } from 'kysely';
import { insertInChunks } from '../../../lib/db.ts';
import type { Commune, District, GeographyDB, NewClassification, Province } from './tables.ts';

/**
 * Data access for the administrative directory. Every function takes `db` first and is shaped
 * for batches, so a DataLoader turns N lookups into one statement.
 */
type Db = Kysely<GeographyDB>;
export interface VersionKey {
  code: string;
  validFrom: string;
}

const inForceOn = (date: string) =>
  sql<boolean>`valid_from <= ${date}::date and (valid_until is null or valid_until >= ${date}::date)`;

function byKeys<T extends 'commune' | 'district' | 'province'>(db: Db, table: T, keys: readonly VersionKey[]) {
  return db
    .selectFrom(table as 'commune')
    .selectAll()
    .where(sql<boolean>`(code, valid_from) in (select * from unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.validFrom)}::date[]))`)
    .execute();
}
export const findCommunesByKeys = (db: Db, keys: readonly VersionKey[]): Promise<Commune[]> => byKeys(db, 'commune', keys);
export const findDistrictsByKeys = (db: Db, keys: readonly VersionKey[]) => byKeys(db, 'district', keys) as Promise<District[]>;
export const findProvincesByKeys = (db: Db, keys: readonly VersionKey[]) => byKeys(db, 'province', keys) as Promise<Province[]>;

/** Units that carried these codes on a date: at most one per code. */
function asOf<T extends 'commune' | 'district' | 'province'>(db: Db, table: T, codes: readonly string[], date: string) {
  return db
    .selectFrom(table as 'commune')
    .selectAll()
    .where('code', '=', sql<string>`any(${[...codes]}::text[])`)
    .where(inForceOn(date))
    .execute();
}
export const findCommunesAsOf = (db: Db, codes: readonly string[], date: string): Promise<Commune[]> => asOf(db, 'commune', codes, date);
export const findDistrictsAsOf = (db: Db, codes: readonly string[], date: string) => asOf(db, 'district', codes, date) as Promise<District[]>;
export const findProvincesAsOf = (db: Db, codes: readonly string[], date: string) => asOf(db, 'province', codes, date) as Promise<Province[]>;

/** Every version of these commune codes, oldest first. */
export function findVersionsOfCodes(db: Db, codes: readonly string[]): Promise<Commune[]> {
  return db.selectFrom('commune').selectAll().where('code', '=', sql<string>`any(${[...codes]}::text[])`).orderBy('valid_from').execute();
}

export interface CommuneFilter {
  date: string;
  provinceCode?: string;
  districtCode?: string;
  classification?: string;
}

function filteredCommunes(db: Db, filter: CommuneFilter) {
  let query = db.selectFrom('commune').where(inForceOn(filter.date));
  if (filter.provinceCode) query = query.where('province_code', '=', filter.provinceCode);
  if (filter.districtCode) query = query.where('district_code', '=', filter.districtCode);
  if (filter.classification) {
    const kind = filter.classification;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('classification as k')
          .select(sql`1`.as('one'))
          .whereRef('k.commune_code', '=', 'commune.code')
          .whereRef('k.commune_valid_from', '=', 'commune.valid_from')
          .where('k.kind', '=', kind)
          .where(sql<boolean>`k.valid_from <= ${filter.date}::date and (k.valid_until is null or k.valid_until >= ${filter.date}::date)`),
      ),
    );
  }
  return query;
}

/** One page of communes in code order, after a keyset cursor (the last code seen). */
export function listCommunes(db: Db, filter: CommuneFilter, page: { after?: string; limit: number }): Promise<Commune[]> {
  let query = filteredCommunes(db, filter).selectAll('commune');
  if (page.after !== undefined) query = query.where('code', '>', page.after);
  return query.orderBy('code').limit(page.limit).execute();
}

export async function countCommunes(db: Db, filter: CommuneFilter): Promise<number> {
  const row = await filteredCommunes(db, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
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
  return db.selectFrom('reform_crosswalk').selectAll().where('code', '=', sql<string>`any(${[...codes]}::text[])`).orderBy('id').execute();
}
export function findCrosswalkByPredecessors(db: Db, codes: readonly string[]) {
  return db
    .selectFrom('reform_crosswalk')
    .selectAll()
    .where('predecessor_code', '=', sql<string>`any(${[...codes]}::text[])`)
    .orderBy('id')
    .execute();
}

export function findClassifications(db: Db, keys: readonly VersionKey[]) {
  return db
    .selectFrom('classification')
    .selectAll()
    .where(sql<boolean>`(commune_code, commune_valid_from) in (select * from unnest(${keys.map((k) => k.code)}::text[], ${keys.map((k) => k.validFrom)}::date[]))`)
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
 * Crosswalk rows and directory units that do not match, computed in one statement each way.
 * The reform date is passed in so this module stays free of policy constants.
 */
export async function findDirectoryIssues(db: Db, reformDate: string, dayBeforeReform: string) {
  const unknownSuccessors = await db
    .selectFrom('reform_crosswalk as x')
    .select(['x.code', 'x.name'])
    .distinct()
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('commune as c').select(sql`1`.as('one')).whereRef('c.code', '=', 'x.code').where('c.valid_from', '=', reformDate))),
    )
    .orderBy('x.code')
    .execute();
  const unknownPredecessors = await db
    .selectFrom('reform_crosswalk as x')
    .select(['x.predecessor_code as code', 'x.predecessor_name as name'])
    .distinct()
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('commune as c').select(sql`1`.as('one')).whereRef('c.code', '=', 'x.predecessor_code').where(inForceOn(dayBeforeReform)))),
    )
    .orderBy('code')
    .execute();
  const successorsWithout = await db
    .selectFrom('commune as c')
    .select(['c.code', 'c.full_name as name'])
    .where('c.valid_from', '=', reformDate)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('reform_crosswalk as x').select(sql`1`.as('one')).whereRef('x.code', '=', 'c.code'))))
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
  return { unknownSuccessors, unknownPredecessors, successorsWithout, predecessorsWithout };
}

export async function insertClassifications(db: Db, rows: readonly NewClassification[]): Promise<void> {
  await insertInChunks(rows, (chunk) => db.insertInto('classification').values(chunk).execute());
}
