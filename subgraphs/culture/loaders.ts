import type { Kysely } from 'kysely';
import type { LoaderKit } from '../../lib/loaders.ts';
import * as repo from './db/repository.ts';
import type { CultureDB } from './db/tables.ts';

const windowKey = (k: { code: string; win_from: string; win_to: string }) => `${k.code}|${k.win_from}|${k.win_to}`;
const yearKey = (k: { code: string; year: number }) => `${k.code}|${k.year}`;

/** Per-request DataLoaders: each batch runs one repository statement for all its keys. */
export function createLoaders(db: Kysely<CultureDB>, { loadMany, loadOne }: LoaderKit) {
  return {
    playAreasInWindow: loadMany((keys: readonly repo.WindowKey[]) => repo.findPlayAreasInWindows(db, keys), windowKey, windowKey),
    playAreaSummary: loadOne((keys: readonly repo.YearKey[]) => repo.summarisePlayAreas(db, keys), yearKey, yearKey),
    reports: loadOne((keys: readonly repo.YearKey[]) => repo.findReports(db, keys), yearKey, yearKey),
  };
}
export type CultureLoaders = ReturnType<typeof createLoaders>;
