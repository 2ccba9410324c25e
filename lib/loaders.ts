import DataLoader from 'dataloader';
import { pushTo } from './collections.ts';

/**
 * DataLoaders built per request (never at module level, which would leak data between
 * requests and users). `fetch` runs one batched statement for all keys of a tick.
 */
export function loadOne<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (key: K) => string,
  rowKeyOf: (row: R) => string,
): DataLoader<K, R | null, string> {
  return new DataLoader<K, R | null, string>(
    async (keys) => {
      const byKey = new Map((await fetch(keys)).map((row) => [rowKeyOf(row), row]));
      return keys.map((k) => byKey.get(keyOf(k)) ?? null);
    },
    { cacheKeyFn: keyOf },
  );
}

export function loadMany<K, R>(
  fetch: (keys: readonly K[]) => Promise<R[]>,
  keyOf: (key: K) => string,
  rowKeyOf: (row: R) => string,
): DataLoader<K, R[], string> {
  return new DataLoader<K, R[], string>(
    async (keys) => {
      const groups = new Map<string, R[]>();
      for (const row of await fetch(keys)) pushTo(groups, rowKeyOf(row), row);
      return keys.map((k) => groups.get(keyOf(k)) ?? []);
    },
    { cacheKeyFn: keyOf },
  );
}

/** Splits a batch by one key component (say, the as-of date) and fetches each group at once. */
export async function fetchGrouped<K, R>(
  keys: readonly K[],
  groupOf: (key: K) => string,
  fetch: (group: string, keys: K[]) => Promise<R[]>,
): Promise<R[]> {
  const groups = new Map<string, K[]>();
  for (const k of keys) pushTo(groups, groupOf(k), k);
  return (await Promise.all([...groups].map(([g, ks]) => fetch(g, ks)))).flat();
}
