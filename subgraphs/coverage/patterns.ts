import type { Kysely } from 'kysely';
import { lastRefresh, listIndicators, listSensitiveCells, readPattern, storePattern } from './db/repository.ts';
import type { CoverageDB } from './db/tables.ts';
import { auditedForPublication, computePattern, type StoredPattern } from './publication.ts';
import { SUPPRESSION_K, SUPPRESSION_P } from './registry.ts';

/**
 * A year's suppression pattern depends on every province of the year, and its audit solves LPs:
 * it is computed when the year's read model is refreshed and stored under the year's refresh
 * stamp, so requests only read it.
 */
export function refreshPattern(db: Kysely<CoverageDB>, year: number): Promise<StoredPattern> {
  // One audit at a time per process: they share one HiGHS instance, and each is seconds of CPU anyway.
  const next = auditQueue.then(() => computeAndStore(db, year));
  auditQueue = next.catch(() => {});
  return next;
}
let auditQueue: Promise<unknown> = Promise.resolve();

/** SQLSTATE read_only_sql_transaction: a hot standby, or a session that refuses writes. */
const READ_ONLY_TRANSACTION = '25006';

async function computeAndStore(db: Kysely<CoverageDB>, year: number): Promise<StoredPattern> {
  const stamp = await lastRefresh(db, year);
  // Indicators published only inside the area need no pattern: nothing of them is published outside.
  const indicators = (await listIndicators(db)).filter(auditedForPublication);
  const pattern = await computePattern(indicators, await listSensitiveCells(db, year, indicators), { k: SUPPRESSION_K, p: SUPPRESSION_P });
  // Computed on first use over a replica (read-only), the pattern cannot be stored there: the
  // process keeps it (loaders.ts) and the next refresh, on the primary, stores it.
  await storePattern(db, year, stamp, pattern).catch((err: unknown) => {
    if ((err as { code?: unknown }).code !== READ_ONLY_TRANSACTION) throw err;
  });
  return pattern;
}

/**
 * The stored pattern for the year's current stamp; computed and stored if a refresh did not (an
 * older database, a failed step, a refresh told to leave it to first use). Concurrent requests
 * for the same year and stamp share one computation.
 */
export function storedPattern(db: Kysely<CoverageDB>, year: number, stamp: string): Promise<StoredPattern> {
  const key = `${year}|${stamp}`;
  let pending = computing.get(key);
  if (!pending) {
    pending = (async () => ((await readPattern(db, year, stamp)) as StoredPattern | null) ?? refreshPattern(db, year))();
    computing.set(key, pending);
    void pending.finally(() => computing.delete(key)).catch(() => {});
  }
  return pending;
}
const computing = new Map<string, Promise<StoredPattern>>();
