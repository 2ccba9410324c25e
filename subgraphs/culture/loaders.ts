import type { Kysely } from 'kysely';
import type { LoaderKit } from '../../lib/loaders.ts';
import { windowKeyId, type WindowKey } from '../../lib/periods.ts';
import * as repo from './db/repository.ts';
import type { CultureDB } from './db/tables.ts';

const yearKey = (k: { code: string; year: number }) => `${k.code}|${k.year}`;

/** Per-request DataLoaders: each batch runs one repository statement for all its keys. */
export function createLoaders(db: Kysely<CultureDB>, { loadMany, loadOne }: LoaderKit) {
  return {
    playAreasInWindow: loadMany((keys: readonly WindowKey[]) => repo.findPlayAreasInWindows(db, keys), windowKeyId, windowKeyId),
    playAreaSummary: loadOne((keys: readonly repo.YearKey[]) => repo.summarisePlayAreas(db, keys), yearKey, yearKey),
    reports: loadOne((keys: readonly repo.YearKey[]) => repo.findReports(db, keys), yearKey, yearKey),
  };
}
export type CultureLoaders = ReturnType<typeof createLoaders>;
