import { once } from 'node:events';
import { connect, createServer, type Server, type Socket } from 'node:net';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketHandler, PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ExchangeQueue, asSocketQueue, startEmbeddedServer } from '../scripts/embedded-db.ts';

/**
 * Why scripts/embedded-db.ts keeps its own exchange queue. pglite-socket's queue (0.2.17, the
 * latest release) runs protocol messages one at a time in arrival order and holds PGlite's one
 * session for a connection only inside a transaction, so two connections' extended-protocol
 * exchanges interleave and bind each other's unnamed statement. Minimal reproduction, as sent
 * upstream (raw protocol on two connections to a PGLiteSocketServer):
 *
 *   A: Parse("select $1::int")            + Flush   → ParseComplete
 *   B: Parse("select $1::text, $2::text") + Bind('x','y') + Execute + Sync → B's row, ReadyForQuery
 *   A: Bind(1) + Execute + Sync                     → ErrorResponse 08P01 "bind message supplies
 *                                                     1 parameters, but prepared statement "" requires 2"
 *
 * The first test pins that behaviour: when it fails, a release serialises whole exchanges; then
 * use PGLiteSocketServer's own queue and drop ExchangeQueue. The second shows ours: B waits until
 * A's Sync, and each gets its own answer.
 */

const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const cstr = (s: string) => Buffer.from(`${s}\0`, 'utf8');
const message = (type: string, ...parts: Buffer[]) => {
  const body = Buffer.concat(parts);
  return Buffer.concat([Buffer.from(type), int32(body.length + 4), body]);
};
const startup = () => {
  const body = Buffer.concat([int32(196608), cstr('user'), cstr('postgres'), cstr('database'), cstr('postgres'), Buffer.from([0])]);
  return Buffer.concat([int32(body.length + 4), body]);
};
const parse = (query: string) => message('P', cstr(''), cstr(query), int16(0));
const bind = (values: string[]) =>
  message(
    'B',
    cstr(''),
    cstr(''),
    int16(0),
    int16(values.length),
    ...values.flatMap((v) => [int32(Buffer.byteLength(v)), Buffer.from(v)]),
    int16(0),
  );
const execute = () => message('E', cstr(''), int32(0));
const sync = () => message('S');
const flush = () => message('H');

/** One connection speaking the raw protocol: what it was sent back, message by message. */
class RawConnection {
  private buffer = Buffer.alloc(0);
  private waiters: (() => void)[] = [];
  readonly received: { type: string; body: Buffer }[] = [];
  private readonly socket: Socket;
  private constructor(socket: Socket) {
    this.socket = socket;
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      while (this.buffer.length >= 5 && this.buffer.length >= 1 + this.buffer.readInt32BE(1)) {
        const length = this.buffer.readInt32BE(1);
        this.received.push({ type: String.fromCharCode(this.buffer[0]!), body: this.buffer.subarray(5, 1 + length) });
        this.buffer = this.buffer.subarray(1 + length);
      }
      for (const wake of this.waiters.splice(0)) wake();
    });
  }
  static async open(port: number): Promise<RawConnection> {
    const socket = connect(port, '127.0.0.1');
    await once(socket, 'connect');
    const connection = new RawConnection(socket);
    socket.write(startup());
    await connection.until('Z');
    return connection;
  }
  send(...messages: Buffer[]): void {
    this.socket.write(Buffer.concat(messages));
  }
  /** Resolves once a message of `type` has arrived after the `from`-th; false if `ms` pass first. */
  async until(type: string, from = 0, ms = 30_000): Promise<boolean> {
    const deadline = Date.now() + ms;
    while (!this.received.slice(from).some((m) => m.type === type)) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, left);
      });
    }
    return true;
  }
  /** Data rows and error codes since the `from`-th message. */
  answers(from: number): string[] {
    return this.received.slice(from).flatMap((m) => {
      if (m.type === 'D') {
        const length = m.body.readInt32BE(2);
        return [`row ${m.body.subarray(6, 6 + length).toString()}`];
      }
      if (m.type === 'E') return [`error ${/C([^\0]*)\0/.exec(m.body.toString())?.[1]}`];
      return [];
    });
  }
  close(): void {
    this.socket.destroy();
  }
}

/** The reproduction above; B is given ten seconds to answer before A finishes (a queue that serialises makes B wait). */
async function interleave(port: number) {
  const a = await RawConnection.open(port);
  const b = await RawConnection.open(port);
  try {
    const [aFrom, bFrom] = [a.received.length, b.received.length];
    a.send(parse('select $1::int'), flush());
    expect(await a.until('1', aFrom)).toBe(true);
    b.send(parse('select $1::text, $2::text'), bind(['x', 'y']), execute(), sync());
    const bAnsweredFirst = await b.until('Z', bFrom, 10_000);
    a.send(bind(['1']), execute(), sync());
    expect(await a.until('Z', aFrom)).toBe(true);
    expect(await b.until('Z', bFrom)).toBe(true);
    return { bAnsweredFirst, a: a.answers(aFrom), b: b.answers(bFrom) };
  } finally {
    a.close();
    b.close();
  }
}

describe("two connections' extended-protocol exchanges on one PGlite", () => {
  let upstreamDb: PGlite;
  let upstream: PGLiteSocketServer;
  let oursDb: PGlite;
  let ours: Server;
  beforeAll(async () => {
    upstreamDb = await PGlite.create();
    upstream = new PGLiteSocketServer({ db: upstreamDb, port: 0, host: '127.0.0.1', maxConnections: 2 });
    await upstream.start();
    oursDb = await PGlite.create();
    const queue = new ExchangeQueue(oursDb, 60_000, () => {});
    ours = createServer((socket) => void new PGLiteSocketHandler({ queryQueue: asSocketQueue(queue), closeOnDetach: true }).attach(socket));
    await new Promise<void>((resolve) => ours.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await upstream?.stop();
    await upstreamDb?.close();
    await new Promise((resolve) => ours?.close(resolve));
    await oursDb?.close();
  });

  it("interleave with pglite-socket's own queue: A binds B's statement (when this fails, upstream is fixed: use it)", async () => {
    const result = await interleave(Number(new URL(`postgres://${upstream.getServerConn()}`).port));
    expect(result).toEqual({ bAnsweredFirst: true, a: ['error 08P01'], b: ['row x'] });
  });

  it("do not interleave with the exchange queue of scripts/embedded-db.ts: B waits for A's Sync", async () => {
    const result = await interleave((ours.address() as { port: number }).port);
    expect(result).toEqual({ bAnsweredFirst: false, a: ['row 1'], b: ['row x'] });
  });
});

/**
 * PGlite has one session, whatever the number of connections: session state (a temporary table,
 * SET, a named prepared statement, an advisory lock) made on one connection is there on the next.
 * So no code may rely on per-connection session state: services name their schema in every
 * statement (Kysely's withSchema), never set search_path, and set their timeouts as startup
 * parameters (which PGlite ignores; the exchange queue enforces the idle one).
 */
describe("the embedded database's one session", () => {
  it('shows a temporary table made on one connection to the next', async () => {
    const server = await startEmbeddedServer({ dataDir: undefined, port: 0, password: 'test-password' });
    const [a, b] = [new pg.Client({ connectionString: server.url }), new pg.Client({ connectionString: server.url })];
    try {
      await a.connect();
      await b.connect();
      await a.query('create temporary table made_by_a (n int)');
      await a.query('insert into made_by_a values (7)');
      expect((await b.query('select n from made_by_a')).rows).toEqual([{ n: 7 }]);
    } finally {
      await Promise.all([a.end().catch(() => {}), b.end().catch(() => {})]);
      await server.stop();
    }
  });
});
