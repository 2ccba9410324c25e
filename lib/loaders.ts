import DataLoader from 'dataloader';
import { pushTo } from './collections.ts';

export interface LoaderOptions {
  /**
   * Whether loaders batch the keys of a tick. Only the benchmark turns it off
   * (DATALOADER_BATCH=false), to show what batching buys: every key then costs its own statement.
   */
  batch: boolean;
}

/** The loader builders a subgraph's `createLoaders` uses, bound to the subgraph's options. */
export type LoaderKit = ReturnType<typeof loaderKit>;

export function loaderKit(options: LoaderOptions) {
  const batchOptions = () => ({ batch: options.batch });
  return {
    /** For a DataLoader a subgraph builds itself. */
    batchOptions,
    loadOne: <K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (key: K) => string, rowKeyOf: (row: R) => string) =>
      loadOne(fetch, keyOf, rowKeyOf, options),
    loadMany: <K, R>(fetch: (keys: readonly K[]) => Promise<R[]>, keyOf: (key: K) => string, rowKeyOf: (row: R) => string) =>
      loadMany(fetch, keyOf, rowKeyOf, options),
  };
}

/**
 * DataLoaders built per request (never at module level, which would leak data between
 * requests and users). `fetch` runs one batched statement for all keys of a tick.
 */
function loadOne<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (key: K) => string,
  rowKeyOf: (row: R) => string,
  { batch }: LoaderOptions,
): DataLoader<K, R | null, string> {
  return new DataLoader<K, R | null, string>(
    async (keys) => {
      const byKey = new Map((await fetch(keys)).map((row) => [rowKeyOf(row), row]));
      return keys.map((k) => byKey.get(keyOf(k)) ?? null);
    },
    { cacheKeyFn: keyOf, batch },
  );
}

function loadMany<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (key: K) => string,
  rowKeyOf: (row: R) => string,
  { batch }: LoaderOptions,
): DataLoader<K, R[], string> {
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const groups = new Map<string, R[]>();
      for (const row of await fetch(keys)) pushTo(groups, rowKeyOf(row), row);
      return keys.map((k) => groups.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf, batch },
  );
}
