import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Viewer } from '../../lib/auth/viewer.ts';
import { listIndicators, listSensitiveCells, sumIndicators, type AreaKey, type MeasureSums } from './db/repository.ts';
import { buildPublication, type Publication } from './publication.ts';
import { SUPPRESSION_K } from './registry.ts';
import type { CoverageDB } from './db/tables.ts';
import type { Indicator } from './registry.ts';

export function createLoaders(db: Kysely<CoverageDB>) {
  let registry: Promise<Indicator[]> | undefined;
  const indicators = () => (registry ??= listIndicators(db));
  const publications = new Map<number, Promise<Publication>>();
  return {
    indicators,
    /** What this request's viewer may see of the sensitive indicators in a year (one statement per year). */
    publication: (year: number, viewer: Viewer) => {
      let p = publications.get(year);
      if (!p) {
        p = indicators().then(async (all) => buildPublication(viewer, all, await listSensitiveCells(db, year, all.filter((i) => i.sensitive)), SUPPRESSION_K));
        publications.set(year, p);
      }
      return p;
    },
    /** Every area-year asked for in a request, summed in one statement. */
    sums: new DataLoader<AreaKey, MeasureSums, string>(
      async (keys) => {
        const rows = await sumIndicators(db, await indicators(), keys);
        const byKey = new Map(rows.map((r) => [r.key, r]));
        return keys.map((k) => byKey.get(k.key)!);
      },
      { cacheKeyFn: (k) => k.key },
    ),
  };
}
export type CoverageLoaders = ReturnType<typeof createLoaders>;
