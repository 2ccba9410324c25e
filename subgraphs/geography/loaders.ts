import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { LoaderKit } from '../../lib/loaders.ts';
import { todayInVietnam } from '../../lib/periods.ts';
import * as repo from './db/repository.ts';
import type { GeographyDB } from './db/tables.ts';

const versionKey = (k: { code: string; validFrom: string }) => `${k.code}|${k.validFrom}`;
const rowVersionKey = (r: { code: string; valid_from: string }) => `${r.code}|${r.valid_from}`;
const pageKey = (r: repo.CommunePageRequest) =>
  JSON.stringify([r.filter.date, r.filter.provinceCode, r.filter.districtCode, r.filter.classification, r.after, r.limit]);
const asOfKey = (k: { code: string; date: string }) => `${k.code}|${k.date}`;

export interface LineageKey extends repo.VersionKey {
  direction: repo.LineageDirection;
}

export interface AsOfKey {
  code: string;
  date: string;
}

export function createLoaders(db: Kysely<GeographyDB>, { batchOptions, loadMany, loadOne }: LoaderKit) {
  // Every (code, date) pair of a tick in one statement, whatever the dates.
  const asOf = <R extends { code: string; as_of: string }>(find: (db: Kysely<GeographyDB>, keys: readonly AsOfKey[]) => Promise<R[]>) =>
    loadOne(
      async (keys: readonly AsOfKey[]) => (await find(db, keys)).map(({ as_of, ...row }) => ({ row, date: as_of })),
      asOfKey,
      ({ row, date }) => `${row.code}|${date}`,
    );
  // A commune with its parts (province, district, classifications) when the operation asks for them:
  // today's date is fixed once per request, so every commune of the request has the same last day.
  const today = todayInVietnam();
  return {
    communeByKey: loadOne((keys: readonly repo.VersionKey[]) => repo.findCommunesByKeys(db, keys), versionKey, rowVersionKey),
    communeWithPartsByKey: loadOne(
      (keys: readonly repo.VersionKey[]) => repo.findCommunesByKeys(db, keys, today),
      versionKey,
      rowVersionKey,
    ),
    communeWithPartsAsOf: asOf((db, keys) => repo.findCommunesAsOf(db, keys, today)),
    districtByKey: loadOne((keys: readonly repo.VersionKey[]) => repo.findDistrictsByKeys(db, keys), versionKey, rowVersionKey),
    provinceByKey: loadOne((keys: readonly repo.VersionKey[]) => repo.findProvincesByKeys(db, keys), versionKey, rowVersionKey),
    communeAsOf: asOf(repo.findCommunesAsOf),
    districtAsOf: asOf(repo.findDistrictsAsOf),
    provinceAsOf: asOf(repo.findProvincesAsOf),
    communePages: new DataLoader<repo.CommunePageRequest, repo.CommunePageRows, string>((requests) => repo.listCommunePages(db, requests), {
      cacheKeyFn: pageKey,
      ...batchOptions(),
    }),
    communeVersions: loadMany(
      (codes: readonly string[]) => repo.findVersionsOfCodes(db, codes),
      String,
      (r) => r.code,
    ),
    classifications: loadMany(
      (keys: readonly repo.VersionKey[]) => repo.findClassifications(db, keys),
      versionKey,
      (r) => `${r.commune_code}|${r.commune_valid_from}`,
    ),
    mergersOf: loadMany(
      (keys: readonly repo.VersionKey[]) => repo.findMergersOfVersions(db, keys),
      versionKey,
      (r) => `${r.code}|${r.valid_from}`,
    ),
    mergersInto: loadMany(
      (keys: readonly repo.VersionKey[]) => repo.findMergersIntoVersions(db, keys),
      versionKey,
      (r) => `${r.successor_code}|${r.successor_valid_from}`,
    ),
    // Keys of one tick are grouped by direction: one statement per direction.
    lineage: loadMany(
      async (keys: readonly LineageKey[]) => {
        const rows: repo.LineageRow[] = [];
        for (const direction of ['BACKWARD', 'FORWARD'] as const) {
          const wanted = keys.filter((k) => k.direction === direction);
          if (wanted.length) for (const r of await repo.findLineage(db, wanted, direction)) rows.push(Object.assign(r, { direction }));
        }
        return rows as (repo.LineageRow & { direction: repo.LineageDirection })[];
      },
      (k) => `${k.direction}|${k.code}|${k.validFrom}`,
      (r) => `${r.direction}|${r.start_code}|${r.start_valid_from}`,
    ),
    crosswalkBySuccessor: loadMany(
      (codes: readonly string[]) => repo.findCrosswalkBySuccessors(db, codes),
      String,
      (r) => r.code,
    ),
    crosswalkByPredecessor: loadMany(
      (codes: readonly string[]) => repo.findCrosswalkByPredecessors(db, codes),
      String,
      (r) => r.predecessor_code,
    ),
  };
}
export type GeographyLoaders = ReturnType<typeof createLoaders>;
