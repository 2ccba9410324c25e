import DataLoader from 'dataloader';
import type { Kysely } from 'kysely';
import { listIndicators, sumIndicators, type AreaKey, type MeasureSums } from './db/repository.ts';
import type { CoverageDB } from './db/tables.ts';
import type { Indicator } from './registry.ts';

export function createLoaders(db: Kysely<CoverageDB>) {
  let registry: Promise<Indicator[]> | undefined;
  const indicators = () => (registry ??= listIndicators(db));
  return {
    indicators,
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
