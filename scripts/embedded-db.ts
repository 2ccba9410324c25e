/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the
 * PostgreSQL wire protocol, so the subgraphs always speak `pg` and the embedded default is
 * just another server. Run as its own process by `npm start`, keeping PGlite's work off
 * every service's event loop.
 *
 *   node scripts/embedded-db.ts            (data in .data/pglite, port EMBEDDED_DB_PORT or 54329)
 */
import { mkdirSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler } from '@electric-sql/pglite-socket';

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

const SYNC = 0x53; // 'S': ends an extended-protocol exchange
const QUERY = 0x51; // 'Q': a simple query is a whole exchange
const TERMINATE = 0x58; // 'X'

interface Pending {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

/**
 * PGlite is a single session. pglite-socket's own queue interleaves connections message by
 * message, so two clients' Parse/Bind/Execute sequences clobber each other's unnamed portal
 * ("portal does not exist") under concurrency. This queue gives one connection the session
 * from its first message until its Sync or simple Query completes, and for the whole of an
 * open transaction.
 */
class ExchangeQueue {
  private readonly queue: Pending[] = [];
  private processing = false;
  private owner: number | null = null;
  private readonly db: PGlite;

  constructor(db: PGlite) {
    this.db = db;
  }

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.process();
    });
  }

  private async process(): Promise<void> {
    if (this.processing) return;
    this.processing = true;
    try {
      while (this.queue.length) {
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
    } finally {
      this.processing = false;
    }
  }

  clearQueueForHandler(handlerId: number): void {
    for (let i = this.queue.length - 1; i >= 0; i--) {
      if (this.queue[i]!.handlerId === handlerId) this.queue.splice(i, 1)[0]!.reject(new Error('connection closed'));
    }
  }

  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec('ROLLBACK');
    this.owner = null;
    void this.process();
  }
}

export async function startEmbeddedServer(options: { dataDir: string | undefined; port: number }): Promise<EmbeddedServer> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  const queue = new ExchangeQueue(db);
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.once('close', () => sockets.delete(socket));
    const handler = new PGLiteSocketHandler({ queryQueue: queue as never, closeOnDetach: true });
    void handler.attach(socket);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const port = (server.address() as { port: number }).port;
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
      await db.close();
    },
  };
}

if (import.meta.main) {
  const dataDir = process.env.EMBEDDED_DB_DIR ?? '.data/pglite';
  const port = Number(process.env.EMBEDDED_DB_PORT ?? DEFAULT_EMBEDDED_PORT);
  const server = await startEmbeddedServer({ dataDir, port });
  process.send?.({ ready: true, url: server.url });
  process.stdout.write(`embedded database ready at ${server.url} (data in ${dataDir})\n`);
  const stop = () => server.stop().then(() => process.exit(0));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}
