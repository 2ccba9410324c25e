import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import type { Viewer } from '../../lib/auth/viewer.ts';
import type { LoaderKit } from '../../lib/loaders.ts';
import { lastRefresh, listIndicators, sumIndicators, type AreaKey, type MeasureSums } from './db/repository.ts';
import { patternsOf as patternsFrom, publicationFor, type Patterns, type Publication } from './publication.ts';
import { storedPattern } from './patterns.ts';
import type { CoverageDB } from './db/tables.ts';
import type { Indicator } from './registry.ts';

/**
 * Suppression patterns per database and year, kept while the year's read model is unchanged:
 * they are the same for every viewer, stored at refresh time, and read once per process.
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

/**
 * The registry per database: it ships with the code and is written by `prepare` before the
 * subgraph serves, so one read per process is enough (and saves a statement per request).
 */
const registryCache = new WeakMap<object, Promise<Indicator[]>>();

function registryOf(db: Kysely<CoverageDB>): Promise<Indicator[]> {
  let registry = registryCache.get(db);
  if (!registry) {
    registry = listIndicators(db);
    registryCache.set(db, registry);
    registry.catch(() => registryCache.delete(db));
  }
  return registry;
}

export function createLoaders(db: Kysely<CoverageDB>, { batchOptions }: LoaderKit) {
  const indicators = () => registryOf(db);
  const publications = new Map<string, Promise<Publication>>();
  const stamps = new Map<number, Promise<string>>();
  const areaSums = (withMeasures: boolean) =>
    new DataLoader<AreaKey, MeasureSums, string>(
      async (keys) => {
        const rows = await sumIndicators(db, withMeasures ? [] : await indicators(), keys, undefined, withMeasures);
        const byKey = new Map(rows.map((r) => [r.key, r]));
        return keys.map((k) => byKey.get(k.key)!);
      },
      { cacheKeyFn: (k) => k.key, ...batchOptions() },
    );
  return {
    indicators,
    /** When a year of the read model last changed, for a request that needs it before any read returns it. */
    stamp: (year: number) => {
      let stamp = stamps.get(year);
      if (!stamp) stamps.set(year, (stamp = lastRefresh(db, year)));
      return stamp;
    },
    /**
     * What this request's viewer may see of the sensitive indicators in a year whose read model
     * carries `stamp` (every read returns it): no statement while the pattern is cached.
     */
    publication: (year: number, stamp: string, viewer: Viewer) => {
      const key = `${year}|${stamp}`;
      let p = publications.get(key);
      if (!p) {
        p = (async () => {
          const registry = await indicators();
          const patterns = await patternsOf(db, year, stamp, async () => patternsFrom(registry, await storedPattern(db, year, stamp)));
          return publicationFor(viewer, patterns);
        })();
        publications.set(key, p);
      }
      return p;
    },
    /** Every area-year asked for in a request, summed in one statement. */
    sums: areaSums(false),
    /** The same areas' plain measure sums (agencyFigures), in their own statement so the indicator path stays as it was. */
    measureSums: areaSums(true),
  };
}
export type CoverageLoaders = ReturnType<typeof createLoaders>;
