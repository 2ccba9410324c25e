/**
 * The embedded database: PGlite (PostgreSQL compiled to WebAssembly) served over the
 * PostgreSQL wire protocol, so the subgraphs always speak `pg` and the embedded default is
 * just another server. Run as its own process by `npm start`, keeping PGlite's work off
 * every service's event loop.
 *
 *   node scripts/embedded-db.ts            (data in .data/pglite, port EMBEDDED_DB_PORT or 54329)
 */
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export const DEFAULT_EMBEDDED_PORT = 54329;

export interface EmbeddedServer {
  url: string;
  stop(): Promise<void>;
}

export async function startEmbeddedServer(options: { dataDir: string | undefined; port: number }): Promise<EmbeddedServer> {
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const db = await PGlite.create(options.dataDir);
  // PGlite runs one query at a time; the socket server multiplexes connections onto it.
  const server = new PGLiteSocketServer({ db, port: options.port, host: '127.0.0.1', maxConnections: 64 });
  await server.start();
  const port = Number(server.getServerConn().split(':').at(-1));
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop: async () => {
      await server.stop();
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
