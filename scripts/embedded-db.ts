/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the
 * PostgreSQL wire protocol, so the subgraphs always speak `pg` and the embedded default is
 * just another server. Run as its own process by `npm start`, keeping PGlite's work off
 * every service's event loop.
 *
 * It listens on 127.0.0.1 only and asks every connection for a password (SCRAM-SHA-256, see
 * embedded-auth.ts): the one in DEV_KEYS_DIR/embedded-db.password, made on first start with
 * mode 0600. Its data directory is 0700.
 *
 *   node scripts/embedded-db.ts            (data in .data/pglite, port EMBEDDED_DB_PORT or 54329)
 */
import { chmodSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createServer, type Socket } from 'node:net';
import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, type PGLiteSocketHandlerOptions } from '@electric-sql/pglite-socket';
import { DEFAULT_DEV_KEYS_DIR, dbTimeoutsSchema, parseConfig } from '../lib/config.ts';
import { authenticate, fatalError, loadOrCreatePassword, scramVerifier } from './embedded-auth.ts';

export const DEFAULT_EMBEDDED_PORT = 54329;
const USER = 'postgres';

export interface EmbeddedServer {
  url: string;
  /** Whether the database came from `loadFrom` rather than an empty or existing data directory. */
  loaded: boolean;
  /** Writes a dump of the data directory to `path` (atomically), between two exchanges of any connection. */
  dump(path: string): Promise<void>;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string | undefined;
  port: number;
  /** Required of every connection; a random one for this run when not given. */
  password?: string;
  /** How long a connection may hold the session (open transaction, unfinished exchange) without sending anything. */
  idleInTransactionTimeoutMs?: number;
  /** A dump (scripts/demo/snapshot.ts) to start from when the data directory holds no database yet. */
  loadFrom?: string;
}

const SYNC = 0x53; // 'S': ends an extended-protocol exchange
const QUERY = 0x51; // 'Q': a simple query is a whole exchange
const TERMINATE = 0x58; // 'X'
const SYNC_MESSAGE = new Uint8Array([SYNC, 0, 0, 0, 4]);
const ROLLBACK_MESSAGE = new Uint8Array([QUERY, 0, 0, 0, 13, ...Buffer.from('ROLLBACK\0')]);

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

/**
 * PGlite is a single session. pglite-socket's own queue (0.2.17, the latest release) interleaves
 * connections message by message, so two clients' Parse/Bind/Execute sequences clobber each
 * other's unnamed statement and portal ("portal does not exist") under concurrency;
 * test/pglite-socket-upstream.test.ts reproduces it and fails once a release fixes it. This queue gives one connection the session
 * from its first message until its Sync or simple Query completes, and for the whole of an
 * open transaction.
 *
 * Every other connection waits meanwhile, so a holder that goes quiet would stall them all.
 * PGlite accepts idle_in_transaction_session_timeout and statement_timeout but never enforces
 * them (a single-user backend in WebAssembly has no timer signals), so the queue enforces the
 * first: a holder idle for `idleTimeoutMs` is rolled back and disconnected with PostgreSQL's
 * FATAL 25P03. A long statement cannot be interrupted: it runs synchronously inside PGlite.
 */
export class ExchangeQueue {
  private readonly queue: Pending[] = [];
  private readonly idleTasks: (() => Promise<void>)[] = [];
  private processing = false;
  private owner: number | null = null;
  /** Armed while the owner holds the session without a message queued. */
  private idleTimer: NodeJS.Timeout | undefined;
  private readonly terminated = new Set<number>();
  private readonly db: PGlite;
  private readonly idleTimeoutMs: number;
  private readonly terminate: (handlerId: number) => void;

  constructor(db: PGlite, idleTimeoutMs: number, terminate: (handlerId: number) => void) {
    this.db = db;
    this.idleTimeoutMs = idleTimeoutMs;
    this.terminate = terminate;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      if (this.terminated.has(handlerId)) return reject(new Error('connection terminated'));
      if (handlerId === this.owner) this.disarm();
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length || (this.idleTasks.length && this.owner === null)) {
        if (this.owner === null && this.idleTasks.length) {
          await this.idleTasks.shift()!();
          continue;
        }
        const index = this.owner === null ? 0 : this.queue.findIndex((p) => p.handlerId === this.owner);
        if (index === -1) break; // the owner's next message has not arrived yet
        const [item] = this.queue.splice(index, 1) as [Pending];
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
          item.resolve(bytes);
        } catch (err) {
          item.reject(err);
        }
        const type = item.message[0];
        const startup = item.message.length >= 8 && Buffer.from(item.message).readInt32BE(4) === 196608;
        const exchangeDone = startup || type === SYNC || type === QUERY || type === TERMINATE;
        this.owner = exchangeDone && !this.db.isInTransaction() ? null : item.handlerId;
      }
      const owner = this.owner;
      // Not re-armed by other connections' messages: they must not extend the holder's allowance.
      if (owner !== null && !this.idleTimer && !this.queue.some((p) => p.handlerId === owner)) {
        this.idleTimer = setTimeout(() => void this.endIdleOwner(owner), this.idleTimeoutMs);
      }
    } finally {
      this.processing = false;
    }
  }

  /** What idle_in_transaction_session_timeout does: the session goes back to the others. */
  private async endIdleOwner(handlerId: number): Promise<void> {
    this.idleTimer = undefined;
    if (this.owner !== handlerId) return;
    this.terminated.add(handlerId);
    this.terminate(handlerId);
    this.clearQueueForHandler(handlerId);
    await this.release();
  }

  /** Ends whatever the owner left open: an unfinished extended-protocol exchange, then a transaction. */
  private async release(): Promise<void> {
    // Raw messages, answered to no one: PGlite would otherwise stream the replies to the last connection served.
    const discard = { onRawData: () => {} };
    await this.db.runExclusive(async () => {
      await this.db.execProtocolRawStream(SYNC_MESSAGE, discard);
      if (this.db.isInTransaction()) await this.db.execProtocolRawStream(ROLLBACK_MESSAGE, discard);
    });
    this.owner = null;
    this.disarm();
    void this.process();
  }

  private disarm(): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.handlerId === handlerId) this.queue.splice(i, 1)[0]!.reject(new Error('connection closed'));
    }
  }

  /** Called by pglite-socket when a connection closes. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    this.terminated.delete(handlerId);
    if (this.owner !== handlerId) return;
    this.disarm();
    await this.release();
  }

  /** Runs `task` with the session to itself, once no connection holds it (no open exchange or transaction). */
  whenIdle<T>(task: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.idleTasks.push(() => task().then(resolve, reject));
      void this.process();
    });
  }

  close(): void {
    this.disarm();
  }
}

/** pglite-socket's queue type: its own class, whose private fields make any other queue a type error. */
type SocketQueue = PGLiteSocketHandlerOptions['queryQueue'];

/**
 * ExchangeQueue as the queue option of PGLiteSocketHandler. The one cast: `satisfies` checks
 * that it has every method the handler calls; only the class's private fields differ.
 */
export function asSocketQueue(queue: ExchangeQueue): SocketQueue {
  return queue satisfies Pick<SocketQueue, 'enqueue' | 'clearQueueForHandler' | 'clearTransactionIfNeeded'> as unknown as SocketQueue;
}

export async function startEmbeddedServer(options: EmbeddedOptions): Promise<EmbeddedServer> {
  if (options.dataDir) {
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    chmodSync(options.dataDir, 0o700); // PostgreSQL refuses a data directory others can read
  }
  const password = options.password ?? randomBytes(32).toString('base64url');
  const verifier = scramVerifier(USER, password);
  const empty = !options.dataDir || !existsSync(join(options.dataDir, 'PG_VERSION'));
  const loaded = empty && !!options.loadFrom && existsSync(options.loadFrom);
  const db = await PGlite.create(options.dataDir, loaded ? { loadDataDir: new Blob([readFileSync(options.loadFrom!)]) } : {});
  const sockets = new Map<number, Socket>();
  const idleTimeoutMs = options.idleInTransactionTimeoutMs ?? dbTimeoutsSchema.parse({}).DB_IDLE_IN_TRANSACTION_TIMEOUT_MS;
  const queue = new ExchangeQueue(db, idleTimeoutMs, (handlerId) => {
    sockets.get(handlerId)?.end(fatalError('25P03', 'terminating connection due to idle-in-transaction timeout'));
  });
  const unauthenticated = new Set<Socket>();
  const server = createServer(async (socket) => {
    unauthenticated.add(socket);
    const startup = await authenticate(socket, verifier);
    unauthenticated.delete(socket);
    if (!startup || socket.destroyed) return;
    const handler = new PGLiteSocketHandler({ queryQueue: asSocketQueue(queue), closeOnDetach: true });
    sockets.set(handler.handlerId, socket);
    socket.once('close', () => sockets.delete(handler.handlerId));
    socket.unshift(startup);
    await handler.attach(socket);
    socket.resume();
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    loaded,
    dump: (path) =>
      queue.whenIdle(async () => {
        await db.exec('checkpoint');
        const tar = await db.dumpDataDir('none');
        mkdirSync(dirname(path), { recursive: true });
        const partial = `${path}.${process.pid}.partial`;
        writeFileSync(partial, Buffer.from(await tar.arrayBuffer()));
        renameSync(partial, path);
      }),
    stop: async () => {
      queue.close();
      for (const socket of [...sockets.values(), ...unauthenticated]) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

if (import.meta.main) {
  const dataDir = process.env.EMBEDDED_DB_DIR ?? '.data/pglite';
  const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
  const timeouts = parseConfig(dbTimeoutsSchema);
  const server = await startEmbeddedServer({
    dataDir,
    port,
    password: loadOrCreatePassword(process.env.DEV_KEYS_DIR ?? DEFAULT_DEV_KEYS_DIR),
    idleInTransactionTimeoutMs: timeouts.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
    loadFrom: process.env.EMBEDDED_DB_LOAD || undefined,
  });
  process.send?.({ ready: true, url: server.url, loaded: server.loaded });
  // `npm start` asks for a dump of the demo once it is seeded and refreshed (scripts/demo/snapshot.ts).
  process.on('message', (m: { dump?: string }) => {
    if (!m.dump) return;
    server.dump(m.dump).then(
      () => process.send?.({ dumped: m.dump }),
      (err: unknown) => process.send?.({ dumpFailed: err instanceof Error ? err.message : String(err) }),
    );
  });
  process.stdout.write(
    `embedded database ready on 127.0.0.1:${new URL(server.url).port} (data in ${dataDir}, password in the development keys)\n`,
  );
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
