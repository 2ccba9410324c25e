import { sql, type Kysely } from 'kysely';
import { connect } from '../lib/db.ts';
import type { Logger } from '../lib/logger.ts';
import { WINDOW_MS, memoryWindowStore, type RateWindowStore } from './rate-limit.ts';

/**
 * Rate-limit windows shared by every gateway replica, in PostgreSQL: one row per identity,
 * admitted or refused by a single atomic upsert, so replicas racing on one identity never
 * over-admit. PostgreSQL rather than Redis: the deployment already runs it highly available
 * (deploy/k8s, CloudNativePG), it needs no new client library or service, and an UNLOGGED
 * table writes no WAL (nothing replicated, nothing to fsync; the counters are lost on a crash,
 * which only resets budgets). Redis is the better store past a few thousand operations a
 * second; this one costs one short statement per operation on the primary.
 *
 * Expired rows are deleted every minute, never all at once, so a flood of new identities
 * grows the table for a minute and clears no one's live window. If the database cannot be
 * reached, each replica counts in its own memory, trying the store again every 2 s (the API
 * stays up; the budget is then per replica, as before).
 */
interface RateDB {
  rate_windows: { identity: string; window_start: Date; operations: number; fields: number };
}

export const RETRY_AFTER_FAILURE_MS = 2_000;

/** Once at start, with patient timeouts (a loaded machine) and a few tries (replicas starting together race on `if not exists`). */
async function createTable(url: string, schema: string): Promise<void> {
  const setup = connect<RateDB>({ url, schema, poolMax: 1, connectTimeoutMs: 10_000, statementTimeoutMs: 10_000 });
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await sql`create schema if not exists ${sql.id(schema)}`.execute(setup.db);
        await sql`create unlogged table if not exists ${sql.id(schema, 'rate_windows')} (
          identity text primary key,
          window_start timestamptz not null,
          operations integer not null,
          fields integer not null)`.execute(setup.db);
        return;
      } catch (err) {
        if (attempt === 5) throw err;
        await new Promise((r) => setTimeout(r, 1_000));
      }
    }
  } finally {
    await setup.close();
  }
}

export async function postgresWindowStore(url: string, schema: string, logger: Logger): Promise<RateWindowStore> {
  await createTable(url, schema);
  const database = connect<RateDB>({ url, schema, poolMax: 4, statementTimeoutMs: 1_000, connectTimeoutMs: 1_000, queryTimeoutMs: 1_000 });
  const db: Kysely<RateDB> = database.db;
  const fallback = memoryWindowStore();
  let degraded = false;
  // After a failure the store is left alone for a while: a primary that is restarting would
  // otherwise cost every request the client-side timeout.
  let retryAt = 0;
  const table = sql.id(schema, 'rate_windows');
  const window = sql.lit(`${WINDOW_MS / 1000} seconds`);
  const prune = setInterval(() => {
    void sql`delete from ${table} where window_start <= now() - ${window}::interval`.execute(db).catch(() => {});
  }, WINDOW_MS);
  prune.unref();

  return {
    async admit(key, fields, limits) {
      if (fields > limits.fieldsPerMinute) return { admitted: false, retryAfterSeconds: WINDOW_MS / 1000 };
      if (Date.now() < retryAt) return fallback.admit(key, fields, limits);
      try {
        const expired = sql`w.window_start <= now() - ${window}::interval`;
        const { rows } = await sql<{ admitted: boolean }>`
          insert into ${table} as w (identity, window_start, operations, fields) values (${key}, now(), 1, ${fields})
          on conflict (identity) do update set
            window_start = case when ${expired} then now() else w.window_start end,
            operations = case when ${expired} then 1 else w.operations + 1 end,
            fields = case when ${expired} then excluded.fields else w.fields + excluded.fields end
          where ${expired} or (w.operations + 1 <= ${limits.operationsPerMinute} and w.fields + excluded.fields <= ${limits.fieldsPerMinute})
          returning true as admitted`.execute(db);
        if (degraded) logger.info('shared rate-limit store reachable again');
        degraded = false;
        if (rows.length) return { admitted: true };
        const {
          rows: [refused],
        } = await sql<{ seconds: number }>`
          select extract(epoch from window_start + ${window}::interval - now())::float8 as seconds from ${table} where identity = ${key}`.execute(
          db,
        );
        return { admitted: false, retryAfterSeconds: Math.max(1, Math.ceil(refused?.seconds ?? 1)) };
      } catch (err) {
        if (!degraded)
          logger.warn({ code: (err as { code?: string }).code }, 'shared rate-limit store unreachable; counting in this replica');
        degraded = true;
        retryAt = Date.now() + RETRY_AFTER_FAILURE_MS;
        return fallback.admit(key, fields, limits);
      }
    },
    close: async () => {
      clearInterval(prune);
      await database.close();
    },
  };
}
