import type { Kysely } from 'kysely';
import { loadOne } from '../../lib/loaders.ts';
import * as repo from './db/repository.ts';
import type { LabourDB } from './db/tables.ts';

const rowKey = (r: { code: string; from: string; to: string; year: number }) => repo.yearKeyId(r);

/** One loader per field and level; each batch is one repository call, so one SQL statement. */
export function createLoaders(db: Kysely<LabourDB>) {
  const per = <R extends { code: string; from: string; to: string; year: number }>(
    fetch: (db: Kysely<LabourDB>, level: repo.Level, keys: readonly repo.YearKey[]) => Promise<R[]>,
    level: repo.Level,
  ) => loadOne((keys: readonly repo.YearKey[]) => fetch(db, level, keys), repo.yearKeyId, rowKey);
  return {
    communePopulation: per(repo.childPopulation, 'commune'),
    provincePopulation: per(repo.childPopulation, 'province'),
    communeSupport: per(repo.childSupport, 'commune'),
    provinceSupport: per(repo.childSupport, 'province'),
    communeFund: per(repo.childProtectionFund, 'commune'),
    provinceFund: per(repo.childProtectionFund, 'province'),
    communeReporting: per(repo.labourReporting, 'commune'),
    provinceReporting: per(repo.labourReporting, 'province'),
  };
}
export type LabourLoaders = ReturnType<typeof createLoaders>;
