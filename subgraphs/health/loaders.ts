import type { Kysely } from 'kysely';
import type { LoaderKit } from '../../lib/loaders.ts';
import { windowYearId, type WindowYear } from '../../lib/periods.ts';
import * as repo from './db/repository.ts';
import type { HealthDB } from './db/tables.ts';

// Every health field loads by a unit version's window of row dates and a calendar year.
const keyOf = windowYearId;
const toRepoKeys = (keys: readonly WindowYear[]): repo.WindowYearKey[] =>
  keys.map((k) => ({ key: keyOf(k), code: k.code, from: k.from, to: k.to, year: k.year }));
const rowKey = (r: { key: string }) => r.key;

/** Per-request DataLoaders: each batch runs one repository function, one SQL statement. */
export function createLoaders(db: Kysely<HealthDB>, { loadMany, loadOne }: LoaderKit) {
  const one = <R extends { key: string }>(fetch: (keys: repo.WindowYearKey[]) => Promise<R[]>) =>
    loadOne((keys: readonly WindowYear[]) => fetch(toRepoKeys(keys)), keyOf, rowKey);
  return {
    communeCheckups: one((keys) => repo.findCheckupTotals(db, 'commune', keys)),
    provinceCheckups: one((keys) => repo.findCheckupTotals(db, 'province', keys)),
    communeCheckupRounds: loadMany((keys: readonly WindowYear[]) => repo.findCheckupRounds(db, toRepoKeys(keys)), keyOf, rowKey),
    communeTreatmentSupport: one((keys) => repo.findTreatmentSupport(db, 'commune', keys)),
    provinceTreatmentSupport: one((keys) => repo.findTreatmentSupport(db, 'province', keys)),
    communeInsurance: one((keys) => repo.findChildInsurance(db, 'commune', keys)),
    provinceInsurance: one((keys) => repo.findChildInsurance(db, 'province', keys)),
    communeReports: loadMany((keys: readonly WindowYear[]) => repo.findStationReports(db, 'commune', toRepoKeys(keys)), keyOf, rowKey),
  };
}
export type HealthLoaders = ReturnType<typeof createLoaders>;
