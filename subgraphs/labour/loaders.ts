import type { FilingLevel } from '../../lib/directory/lineage.ts';
import type { Kysely } from 'kysely';
import DataLoader from 'dataloader';
import type { LoaderKit } from '../../lib/loaders.ts';
import { windowYearId, type WindowYear } from '../../lib/periods.ts';
import type { Visibility } from './access.ts';
import { childrenByOnwardResidence, type OnwardKey } from './db/children-onward.ts';
import { findChildrenInCommunes, findSupportOfChildren, type ChildListKey } from './db/child-records.ts';
import * as fund from './db/fund-reads.ts';
import * as repo from './db/repository.ts';
import type { LabourDB } from './db/tables.ts';

const rowKey = (r: { code: string; from: string; to: string; year: number }) => windowYearId(r);

/** One loader per field and level; each batch is one repository call, so one SQL statement. */
export function createLoaders(db: Kysely<LabourDB>, { batchOptions, loadMany, loadOne }: LoaderKit) {
  const per = <R extends { code: string; from: string; to: string; year: number }>(
    fetch: (db: Kysely<LabourDB>, level: FilingLevel, keys: readonly WindowYear[]) => Promise<R[]>,
    level: FilingLevel,
  ) => loadOne((keys: readonly WindowYear[]) => fetch(db, level, keys), windowYearId, rowKey);
  const sources = (level: fund.SourceLevel) =>
    loadMany((keys: readonly WindowYear[]) => fund.fundSources(db, level, keys), windowYearId, rowKey);
  const childLoaders = new Map<unknown, DataLoader<ChildListKey, Awaited<ReturnType<typeof findChildrenInCommunes>>, string>>();
  return {
    /** Child records per commune version and year, narrowed to what one visibility allows. */
    childrenInCommunes: (visibility: Visibility) => {
      const id = visibility.all ? 'all' : visibility.communes; // one array per area, cached in lib/directory
      let loader = childLoaders.get(id);
      if (!loader) {
        loader = loadMany(
          (keys: readonly ChildListKey[]) => findChildrenInCommunes(db, keys, visibility),
          (k) => `${k.code}|${k.from}|${k.year}`,
          (r) => `${r.key_code}|${r.key_from}|${r.key_year}`,
        );
        childLoaders.set(id, loader);
      }
      return loader;
    },
    supportOfChildren: loadMany(
      async (keys: readonly { id: string; year: number }[]) =>
        (
          await Promise.all(
            [...new Set(keys.map((k) => k.year))].map(async (year) =>
              (
                await findSupportOfChildren(
                  db,
                  keys.filter((k) => k.year === year).map((k) => k.id),
                  year,
                )
              ).map((r) => ({ ...r, year })),
            ),
          )
        ).flat(),
      (k) => `${k.id}|${k.year}`,
      (r) => `${r.ma_tre}|${r.year}`,
    ),
    communePopulation: per(repo.childPopulation, 'commune'),
    provincePopulation: per(repo.childPopulation, 'province'),
    communeSupport: per(repo.childSupport, 'commune'),
    provinceSupport: per(repo.childSupport, 'province'),
    communeFund: per(repo.childProtectionFund, 'commune'),
    provinceFund: per(repo.childProtectionFund, 'province'),
    communeReporting: per(repo.labourReporting, 'commune'),
    fundDonation: loadOne(
      (ids: readonly number[]) => fund.donationsById(db, ids),
      String,
      (r) => String(r.id),
    ),
    fundDonor: loadOne(
      (ids: readonly string[]) => fund.donorsById(db, ids),
      (k) => k,
      (r) => r.ma_nha_tai_tro,
    ),
    fundDonationsOfDonor: loadMany(
      (ids: readonly string[]) => fund.donationsOfDonors(db, ids),
      (k) => k,
      (r) => r.ma_nha_tai_tro,
    ),
    fundTrace: new DataLoader(async (ids: readonly number[]) => Promise.all(ids.map((id) => fund.traceDonation(db, id))), batchOptions()),
    communeFundSources: sources('commune'),
    provinceFundSources: sources('province'),
    nationFundSources: sources('nation'),
    provinceReporting: per(repo.labourReporting, 'province'),
    childrenByOnwardResidence: loadMany(
      (keys: readonly OnwardKey[]) => childrenByOnwardResidence(db, keys),
      (k) => `${windowYearId(k)}|${k.days.join(',')}`,
      (r) => `${rowKey(r)}|${r.days}`,
    ),
    onwardResidence: loadMany(
      (keys: readonly { code: string; lastDay: string }[]) => repo.onwardResidence(db, keys),
      (k) => `${k.code}|${k.lastDay}`,
      (r) => `${r.code}|${r.last_day}`,
    ),
  };
}
export type LabourLoaders = ReturnType<typeof createLoaders>;
