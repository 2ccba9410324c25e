import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { connect as connectTcp } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseConfig, subgraphEnvSchema } from '../lib/config.ts';
import { connect } from '../lib/db.ts';
import { loadOrCreatePassword } from '../scripts/embedded-auth.ts';
import { startEmbeddedServer, type EmbeddedServer } from '../scripts/embedded-db.ts';

/**
 * The embedded database is no side door: a password for every connection, and no connection
 * can hold PGlite's single session by going quiet inside a transaction.
 */
const IDLE_TIMEOUT_MS = 1_000;
let embedded: EmbeddedServer;
beforeAll(async () => {
  embedded = await startEmbeddedServer({
    dataDir: undefined,
    port: 0,
    password: 'right-password',
    idleInTransactionTimeoutMs: IDLE_TIMEOUT_MS,
  });
});
afterAll(async () => {
  await embedded?.stop();
});

const withUrl = (change: (url: URL) => void) => {
  const url = new URL(embedded.url);
  change(url);
  return url.toString();
};

async function connectError(connectionString: string): Promise<{ code?: string; message: string }> {
  const client = new pg.Client({ connectionString, connectionTimeoutMillis: 5_000 });
  client.on('error', () => {});
  try {
    await client.connect();
  } catch (err) {
    return err as { code?: string; message: string };
  } finally {
    await client.end().catch(() => {});
  }
  throw new Error('connected');
}

/** Sends a startup message and a query with no authentication at all; returns every byte the server sent before it closed. */
function unauthenticatedQuery(port: number): Promise<Buffer> {
  const params = Buffer.from('user\0postgres\0database\0postgres\0\0');
  const startup = Buffer.alloc(8);
  startup.writeInt32BE(8 + params.length, 0);
  startup.writeInt32BE(196608, 4);
  const text = Buffer.from('select 1\0');
  const query = Buffer.alloc(5);
  query.write('Q', 0);
  query.writeInt32BE(4 + text.length, 1);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connectTcp(port, '127.0.0.1', () => socket.write(Buffer.concat([startup, params, query, text])));
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => resolve(Buffer.concat(chunks)));
  });
}

/** Backend messages as [type, body]. */
function messages(bytes: Buffer): [string, Buffer][] {
  const out: [string, Buffer][] = [];
  for (let at = 0; at + 5 <= bytes.length; at += 1 + bytes.readInt32BE(at + 1)) {
    out.push([String.fromCharCode(bytes[at]!), bytes.subarray(at + 5, at + 1 + bytes.readInt32BE(at + 1))]);
  }
  return out;
}

describe('the embedded database asks for a password', () => {
  it('answers a client that skips authentication with SCRAM, then FATAL 28P01, and never runs its query', async () => {
    const reply = messages(await unauthenticatedQuery(Number(new URL(embedded.url).port)));
    expect(reply.map(([type]) => type)).toEqual(['R', 'E']);
    expect(reply[0]![1].readInt32BE(0)).toBe(10); // AuthenticationSASL
    expect(reply[0]![1].subarray(4).toString()).toBe('SCRAM-SHA-256\0\0');
    expect(reply[1]![1].toString()).toContain('C28P01\0');
  });

  it('refuses a connection with a wrong password, or as another user', async () => {
    expect((await connectError(withUrl((u) => (u.password = 'wrong-password')))).code).toBe('28P01');
    expect((await connectError(withUrl((u) => (u.username = 'reader')))).code).toBe('28P01');
  });

  it('keeps its password beside the development keys, readable by the owner only', () => {
    const dir = mkdtempSync(join(tmpdir(), 'keys-'));
    try {
      const password = loadOrCreatePassword(`${dir}/keys`);
      expect(password).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(statSync(`${dir}/keys/embedded-db.password`).mode & 0o777).toBe(0o600);
      expect(statSync(`${dir}/keys`).mode & 0o777).toBe(0o700);
      expect(loadOrCreatePassword(`${dir}/keys`)).toBe(password);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('serves a client with the password', async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    try {
      expect((await client.query('select 1 + 1 as two')).rows).toEqual([{ two: 2 }]);
    } finally {
      await client.end();
    }
  });
});

describe('an idle transaction on the embedded database', () => {
  it('is rolled back and disconnected with 25P03, and the query waiting behind it then runs', async () => {
    const idle = new pg.Client({ connectionString: embedded.url });
    // The FATAL 25P03, then "Connection terminated unexpectedly": the first is the server's reason.
    const terminated = new Promise<Error & { code?: string }>((resolve) => idle.on('error', resolve));
    await idle.connect();
    await idle.query('begin');
    await idle.query('create table left_open (x int)');

    // PGlite has one session: this connection waits for the idle one. The client-side bound is
    // far above the server's timeout, so only a server that never ends the transaction misses it.
    const other = new pg.Client({ connectionString: embedded.url, query_timeout: IDLE_TIMEOUT_MS + 20_000 });
    await other.connect();
    try {
      const answer = await other.query(`select to_regclass('left_open') is null as rolled_back`);
      expect(answer.rows).toEqual([{ rolled_back: true }]);
      expect((await terminated).code).toBe('25P03');
      await expect(idle.query('select 1')).rejects.toThrow();
    } finally {
      await other.end();
      await idle.end().catch(() => {});
    }
  });

  it('is left alone while it keeps sending statements', async () => {
    const busy = new pg.Client({ connectionString: embedded.url });
    await busy.connect();
    try {
      await busy.query('begin');
      await busy.query('create table kept (x int)');
      for (let i = 0; i < 5; i++) await busy.query('insert into kept values ($1)', [i]);
      await busy.query('commit');
      expect((await busy.query('select count(*)::int as n from kept')).rows).toEqual([{ n: 5 }]);
    } finally {
      await busy.query('drop table if exists kept').catch(() => {});
      await busy.end();
    }
  });
});

describe('PostgreSQL connections made by lib/db.ts', () => {
  it('carry the configured idle-in-transaction and statement timeouts to the server', async () => {
    const config = parseConfig(subgraphEnvSchema('geography'), { DATABASE_URL: inject('databaseUrl') });
    expect(config.database.idleInTransactionTimeoutMs).toBe(10_000);
    const database = connect({
      ...config.database,
      url: inject('databaseUrl'),
      idleInTransactionTimeoutMs: 1_234,
      statementTimeoutMs: 5_678,
    });
    try {
      const row = await sql<{ idle: string; statement: string }>`select current_setting('idle_in_transaction_session_timeout') as idle,
        current_setting('statement_timeout') as statement`.execute(database.db);
      expect(row.rows).toEqual([{ idle: '1234ms', statement: '5678ms' }]);
    } finally {
      await database.close();
    }
  });
});
