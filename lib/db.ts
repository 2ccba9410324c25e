import { createQueryId, Kysely, PostgresDialect, sql, type AliasedRawBuilder, type Compilable, type CompiledQuery } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import pg from 'pg';

// DATE columns come back as 'YYYY-MM-DD' strings, not JS Dates shifted by the local time zone.
pg.types.setTypeParser(pg.types.builtins.DATE, (v) => v);
// COUNT(*) and SUM(int) come back as bigint text; our counts fit in a double. Money never takes
// this path: VND amounts are selected as ::text and stay exact strings (lib/scalars.ts, VND).
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(pg.types.builtins.NUMERIC, (v) => Number(v));

export interface DatabaseSettings {
  /** The primary: migrations, refreshes, imports, the audit trail, and reads that must see their own writes. */
  url: string;
  /** A hot standby (or a pooler in front of one) for reads that may lag; the primary when not set. */
  readUrl?: string;
  /** Every table of a subgraph lives in this schema, so one server or one database can hold them all. */
  schema: string;
  poolMax?: number;
  connectTimeoutMs?: number;
  statementTimeoutMs?: number;
  idleInTransactionTimeoutMs?: number;
  /** Client-side: gives up on a query after this long even when no server enforces a timeout (a pooler waiting for a server). */
  queryTimeoutMs?: number;
}

/** Counts SQL statements, so tests and benchmarks can prove batching (one statement per plan step). */
export class StatementCounter {
  count = 0;
}

export interface Database<DB> {
  /** The primary. */
  db: Kysely<DB>;
  /** The pool under `db` (the primary): for work that needs one connection of its own (an import's COPY). */
  pool: pg.Pool;
  /** The replica when one is configured, else the primary itself. */
  read: Kysely<DB>;
  statements: StatementCounter;
  /** Statements sent to the replica (0 when there is none: `statements` counts them all). */
  readStatements: StatementCounter;
  /** How far the replica is behind, when there is one. */
  replicaLag(): Promise<ReplicaLag | undefined>;
  close(): Promise<void>;
}

export interface ReplicaLag {
  /** WAL the replica has received from the primary but not yet replayed. */
  bytes: number;
  /** Since the replica last replayed a transaction (grows on an idle primary too). */
  lastReplaySecondsAgo: number | null;
}

export function connect<DB>(settings: DatabaseSettings): Database<DB> {
  const statements = new StatementCounter();
  const readStatements = new StatementCounter();
  const { db, pool } = open<DB>(settings.url, settings, [statements]);
  const read = settings.readUrl ? open<DB>(settings.readUrl, settings, [statements, readStatements]).db : db;
  return {
    db,
    pool,
    read,
    statements,
    readStatements,
    // Asked of the replica alone, so readiness never waits on a primary that is away.
    replicaLag: async () => {
      if (read === db) return undefined;
      const [replica] = (
        await sql<{ bytes: number | null; seconds: number | null }>`
          select pg_wal_lsn_diff(pg_last_wal_receive_lsn(), pg_last_wal_replay_lsn())::float8 as bytes,
                 extract(epoch from now() - pg_last_xact_replay_timestamp())::float8 as seconds`.execute(read)
      ).rows;
      return { bytes: Math.max(0, replica!.bytes ?? 0), lastReplaySecondsAgo: replica!.seconds };
    },
    close: async () => {
      await Promise.all([db.destroy(), read === db ? undefined : read.destroy()]);
    },
  };
}

function open<DB>(url: string, settings: DatabaseSettings, counters: StatementCounter[]): { db: Kysely<DB>; pool: pg.Pool } {
  const pool = new pg.Pool({
    connectionString: url,
    max: settings.poolMax ?? 10,
    // Without it, pg queues forever when the server is unreachable.
    connectionTimeoutMillis: settings.connectTimeoutMs ?? 5_000,
    // Enforced by the server, so a runaway query stops there and not only in the client.
    statement_timeout: settings.statementTimeoutMs ?? 15_000,
    // A transaction left open (a crashed request, a bug) holds its locks only this long.
    idle_in_transaction_session_timeout: settings.idleInTransactionTimeoutMs ?? 10_000,
    idleTimeoutMillis: 30_000,
    ...(settings.queryTimeoutMs ? { query_timeout: settings.queryTimeoutMs } : {}),
  });
  // A client that loses its connection must not crash the process: the pool handles idle ones, and
  // one checked out between statements (a server restarting under a transaction) would otherwise
  // emit an unhandled 'error'. Its next query fails and the pool discards it.
  pool.on('error', () => {});
  pool.on('connect', (client) => client.on('error', () => {}));
  const db = new Kysely<DB>({
    dialect: new PostgresDialect({ pool }),
    log: (event) => {
      if (event.level === 'query') for (const counter of counters) counter.count++;
    },
  }).withSchema(settings.schema);
  return { db, pool };
}

/**
 * A migration. It also receives the schema it runs in, for the rare raw SQL (a trigger, a
 * function) that the query builder cannot name; everything else goes through `db`.
 */
export interface SchemaMigration {
  up(db: Kysely<any>, context: { schema: string }): Promise<void>;
}

/**
 * Applies a subgraph's migrations (listed explicitly, in order) inside its own schema.
 *
 * Kysely's migrator looks for its own tables by introspecting every schema of the database, and
 * that query fails when another schema is dropped or renamed at the same moment (concurrent test
 * suites; several subgraphs sharing a database), and can outlast the statement timeout on a server
 * crowded with schemas. Such a failure changes nothing, so it is retried.
 */
export async function migrate(db: Kysely<any>, schema: string, migrations: Record<string, SchemaMigration>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await migrateOnce(db, schema, migrations);
    } catch (err) {
      const code = (err as { cause?: { code?: string } }).cause?.code;
      // A schema, table or column gone mid-introspection (another suite's DDL), or the introspection of a
      // crowded server cancelled by the statement timeout.
      const retryable = code === '3F000' || code === '42P01' || code === '42703' || code === '57014';
      if (!retryable || attempt >= 5) throw err;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

async function migrateOnce(db: Kysely<any>, schema: string, migrations: Record<string, SchemaMigration>): Promise<void> {
  await sql`create schema if not exists ${sql.id(schema)}`.execute(db);
  const bound: Record<string, Migration> = Object.fromEntries(
    Object.entries(migrations).map(([name, m]) => [name, { up: (trx: Kysely<any>) => m.up(trx, { schema }) }]),
  );
  const migrator = new Migrator({
    db,
    migrationTableSchema: schema,
    provider: { getMigrations: async () => bound },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName;
    throw new Error(`migration ${failed ?? '?'} of schema ${schema} failed`, { cause: error });
  }
}

/** Inserts many rows in chunks, so one statement never exceeds the protocol's parameter limit. */
export async function insertInChunks<T extends object>(
  rows: readonly T[],
  insert: (chunk: T[]) => Promise<unknown>,
  chunkSize = Math.max(1, Math.floor(30_000 / Math.max(1, Object.keys(rows[0] ?? { a: 1 }).length))),
): Promise<void> {
  for (let i = 0; i < rows.length; i += chunkSize) await insert(rows.slice(i, i + chunkSize));
}

type KeyType = 'text' | 'date' | 'int' | 'numeric' | 'boolean';

/**
 * A derived table of lookup keys — `unnest($1::text[], $2::date[], …) as alias(col, …)` — to
 * join agency rows against, so a whole DataLoader batch costs one statement.
 */
export function keyTable<Alias extends string, Row extends Record<string, string | number | null>>(
  alias: Alias,
  rows: readonly Row[],
  types: { [K in keyof Row]: KeyType },
): AliasedRawBuilder<Row, Alias> {
  return keyTableOf<Alias, Row>(alias, types, keyColumns(rows, types));
}

/** The column arrays of keyTable's parameters, in the order of `types`. */
export function keyColumns<Row extends Record<string, unknown>>(rows: readonly Row[], types: { [K in keyof Row]: KeyType }): unknown[][] {
  return Object.keys(types).map((c) => rows.map((r) => r[c]));
}

/** keyTable over column arrays already built (or over a compiled statement's slots, see compiledOnce). */
export function keyTableOf<Alias extends string, Row extends Record<string, unknown>>(
  alias: Alias,
  types: { [K in keyof Row]: KeyType },
  columns: readonly unknown[],
): AliasedRawBuilder<Row, Alias> {
  const names = Object.keys(types) as (keyof Row & string)[];
  const arrays = names.map((c, i) => sql`${columns[i]}::${sql.raw(types[c])}[]`);
  // Cast: the alias with its column list is raw SQL; Kysely types the alias by name only.
  return sql<Row>`unnest(${sql.join(arrays)})`.as(sql.raw(`${alias}(${names.join(', ')})`) as unknown as Alias);
}

/** Stands for the value at `index` in a statement compiled once (compiledOnce). */
export class Slot {
  readonly index: number;
  constructor(index: number) {
    this.index = index;
  }
}

const compiledStatements = new WeakMap<object, Map<string, CompiledQuery>>();

/**
 * Runs the statement `build` makes, compiled once per database and `shape` (which must name
 * everything that changes its SQL text), with `values` bound to the slots `build` received.
 * Building and compiling a statement of many computed columns costs milliseconds and a large
 * tree per call: thousands of single-key statements in flight (the unbatched benchmark) spent
 * minutes and gigabytes on it, and every request paid it.
 */
export async function compiledOnce<DB, R>(
  db: Kysely<DB>,
  shape: string,
  values: readonly unknown[],
  build: (slots: Slot[]) => Compilable<R>,
): Promise<R[]> {
  let byShape = compiledStatements.get(db);
  if (!byShape) compiledStatements.set(db, (byShape = new Map()));
  let compiled = byShape.get(shape);
  if (!compiled) {
    compiled = build(values.map((_, i) => new Slot(i))).compile();
    const bound = new Set(compiled.parameters.filter((p) => p instanceof Slot).map((p) => p.index));
    if (bound.size !== values.length) throw new Error(`statement ${shape}: ${values.length - bound.size} of its slots are not parameters`);
    byShape.set(shape, compiled);
  }
  const parameters = compiled.parameters.map((p) => (p instanceof Slot ? values[p.index] : p));
  return (await db.executeQuery<R>({ ...compiled, parameters, queryId: createQueryId() } as CompiledQuery<R>)).rows;
}
