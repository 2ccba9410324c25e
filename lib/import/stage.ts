import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The staging table of one import: every row read from the file, valid or not, in the order
 * read. It is a temporary table dropped at commit, so a killed import leaves nothing behind.
 * Validation that needs the whole file or the stored data (duplicates, already stored,
 * corrections) and the merge into the agency's tables run on it as set-based SQL (run.ts).
 */
export const STAGE = 'nhap_tam';

export const STAGE_COLUMNS = [
  ['n', 'bigint'], // order read: the first of duplicate keys wins
  ['trang_tinh', 'text'],
  ['dong', 'integer'],
  ['o_goc', 'text'], // the row's cells as read (JSON), for the rejected-rows CSV; parsed only for rows not stored
  ['ket_qua', 'text'], // NEW, then CORRECTED, SAME, DUPLICATE_IN_FILE; REJECTED for rows that failed their own checks
  ['van_de', 'jsonb'], // the row's issues: [{ code, column, value, vi, en }]
  ['khoa', 'text'],
  ['bam', 'text'],
  ['du_lieu', 'jsonb'], // the parsed record
  ['ma_tinh', 'text'],
  ['ma_huyen', 'text'],
  ['ma_xa', 'text'],
  ['xa', 'text'], // commune version id `code|validFrom`
  ['nam', 'integer'],
] as const;

export type StageValue = string | number | null;

export interface Stager {
  /** Queues a row; a promise only when the queue was sent and the caller must wait for the database. */
  add(values: StageValue[]): Promise<void> | undefined;
  /** Rows sent to the database so far. */
  readonly sent: number;
  end(): Promise<void>;
  abort(err: Error): Promise<void>;
}

export async function createStage(client: pg.PoolClient): Promise<void> {
  await client.query(`create temp table ${STAGE} (${STAGE_COLUMNS.map(([c, t]) => `${c} ${t}`).join(', ')}) on commit drop`);
}

/** PGlite (the embedded database) runs under Emscripten and takes no COPY FROM STDIN over the wire. */
export async function copySupported(client: pg.PoolClient): Promise<boolean> {
  const { rows } = await client.query<{ v: string }>('select version() as v');
  return !/emscripten|emcc|wasm/i.test(rows[0]!.v);
}

const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };
const SPECIAL = /[\\\t\n\r]/;
/** A value in COPY's text format (the format's own escapes). */
function copyText(v: StageValue): string {
  if (v === null) return '\\N';
  if (typeof v === 'number') return String(v);
  return SPECIAL.test(v) ? v.replace(/[\\\t\n\r]/g, (c) => ESCAPES[c]!) : v;
}

const CHUNK_BYTES = 256 * 1024;

/**
 * Streams rows into the stage with COPY FROM STDIN (PostgreSQL), in chunks of about 256 KiB. Each
 * row's text is encoded straight into the chunk's buffer: one long string built by concatenation
 * cost more to flatten and encode than the rows' checks.
 */
export function copyStager(client: pg.PoolClient): Stager {
  const stream = client.query(copyFrom(`copy ${STAGE} (${STAGE_COLUMNS.map(([c]) => c).join(', ')}) from stdin`));
  const done = finished(stream);
  done.catch(() => {}); // awaited in end() or abort()
  let chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  let used = 0;
  let sent = 0;
  let pending = 0;
  const push = async () => {
    if (!used) return;
    const ok = stream.write(chunk.subarray(0, used));
    chunk = Buffer.allocUnsafe(CHUNK_BYTES);
    used = 0;
    sent += pending;
    pending = 0;
    if (!ok) await Promise.race([once(stream, 'drain'), done]);
  };
  return {
    get sent() {
      return sent;
    },
    add(values) {
      const line = `${values.map(copyText).join('\t')}\n`;
      // A UTF-16 unit is at most 3 bytes of UTF-8: a row that might not fit starts a chunk of its own.
      const room = line.length * 3;
      const sending = used + room > chunk.length ? push() : undefined;
      if (room > chunk.length) chunk = Buffer.allocUnsafe(room);
      used += chunk.write(line, used);
      pending++;
      return sending;
    },
    async end() {
      await push();
      stream.end();
      await done;
    },
    async abort(err) {
      stream.destroy(err);
      await done.catch(() => {});
    },
  };
}

/** A group waiting longer than this goes out anyway: between statements the session is idle in its transaction, and that has a timeout (10 s by default). */
const GROUP_WAIT_MS = 2_000;

/** Inserts rows into the stage in groups of 5,000 (or what came in 2 s), one statement per group (the embedded database). */
export function insertStager(client: pg.PoolClient): Stager {
  let group: StageValue[][] = [];
  let sent = 0;
  let lastSent = performance.now();
  const columns = STAGE_COLUMNS.map(([c]) => c).join(', ');
  const casts = STAGE_COLUMNS.map(([, t], i) => `$${i + 1}::${t}[]`).join(', ');
  const flush = async () => {
    if (!group.length) return;
    const cols = STAGE_COLUMNS.map((_, i) => group.map((r) => r[i]));
    await client.query(`insert into ${STAGE} (${columns}) select * from unnest(${casts}) as t(${columns})`, cols);
    sent += group.length;
    group = [];
    lastSent = performance.now();
  };
  return {
    get sent() {
      return sent;
    },
    add(values) {
      group.push(values);
      return group.length >= 5_000 || performance.now() - lastSent > GROUP_WAIT_MS ? flush() : undefined;
    },
    end: flush,
    async abort() {
      group = [];
    },
  };
}
