import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Viewer } from '../../lib/auth/viewer.ts';
import { lastRefresh, listIndicators, listSensitiveCells, sumIndicators, type AreaKey, type MeasureSums } from './db/repository.ts';
import { computePatterns, publicationFor, type Patterns, type Publication } from './publication.ts';
import { SUPPRESSION_K } from './registry.ts';
import type { CoverageDB } from './db/tables.ts';
import type { Indicator } from './registry.ts';

/**
 * Suppression patterns per database and year, kept while the year's read model is unchanged:
 * they are the same for every viewer and cost a pass over every commune of the year.
 */
const patternCache = new WeakMap<object, Map<number, { stamp: string; patterns: Promise<Patterns> }>>();

function patternsOf(db: Kysely<CoverageDB>, year: number, stamp: string, compute: () => Promise<Patterns>): Promise<Patterns> {
  let byYear = patternCache.get(db);
  if (!byYear) patternCache.set(db, (byYear = new Map()));
  const cached = byYear.get(year);
  if (cached?.stamp === stamp) return cached.patterns;
  const patterns = compute();
  byYear.set(year, { stamp, patterns });
  patterns.catch(() => byYear.delete(year)); // a failed computation is not kept
  return patterns;
}

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
        p = (async () => {
          const all = await indicators();
          const stamp = await lastRefresh(db, year);
          const sensitive = all.filter((i) => i.sensitive);
          const patterns = await patternsOf(db, year, stamp, async () => computePatterns(sensitive, await listSensitiveCells(db, year, sensitive), SUPPRESSION_K));
          return publicationFor(viewer, patterns);
        })();
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
