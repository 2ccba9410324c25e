import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { signInternalToken } from '../lib/auth/internal-token.ts';
import type { GatewaySecurity } from '../lib/auth/provision.ts';
import type { Viewer } from '../lib/auth/viewer.ts';
import type { GatewayConfig } from '../lib/config.ts';
import type { HttpRoute } from '../lib/http.ts';
import type { Logger } from '../lib/logger.ts';
import type { RequestIds } from '../lib/request-ids.ts';

const PATH = /^\/import\/(health|labour|education|culture)(\/rejected|\/batches)?$/;

/**
 * File imports through the front door: POST /import/<agency>?template=…&file=…&policy=valid-rows
 * with the file as the body, GET /import/<agency>/rejected?batch=<id> for the rejected rows,
 * GET /import/<agency>/batches for the import batches the caller may see.
 * The gateway verifies the client token (ADMIN or OFFICER), signs the viewer into its internal
 * token and streams the request to the agency subgraph, which checks every row against the
 * officer's dated area (lib/import/http-route.ts).
 */
export function importProxy(
  config: GatewayConfig,
  security: GatewaySecurity,
  logger: Logger,
  authenticate: (header: string | undefined) => Promise<Viewer>,
): HttpRoute {
  return {
    path: PATH,
    handle: async (req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds): Promise<boolean> => {
      const match = PATH.exec(url.pathname);
      if (!match) return false;
      const send = (status: number, code: string, message: string) => {
        res.statusCode = status;
        res.setHeader('content-type', 'application/json; charset=utf-8');
        res.end(JSON.stringify({ errors: [{ message, extensions: { code } }] }));
        return true;
      };
      let viewer: Viewer;
      try {
        viewer = await authenticate(req.headers.authorization);
      } catch {
        return send(401, 'UNAUTHENTICATED', 'A valid bearer token is required.');
      }
      if (viewer.role === 'ANONYMOUS') return send(401, 'UNAUTHENTICATED', 'Sign in to import files.');
      if (viewer.role !== 'ADMIN' && viewer.role !== 'OFFICER')
        return send(403, 'FORBIDDEN', 'Only an ADMIN or an OFFICER may import files.');
      const base = config.subgraphUrls[match[1] as keyof GatewayConfig['subgraphUrls']];
      if (!base) return send(404, 'NOT_FOUND', 'not found');
      const target = new URL(`/import${match[2] ?? ''}`, base);
      target.search = url.search;
      const upstream = await fetch(target, {
        method: req.method,
        headers: {
          authorization: `Bearer ${await signInternalToken(viewer, ids, security.internalKey)}`,
          ...(req.headers['content-length'] ? { 'content-length': req.headers['content-length'] } : {}),
        },
        body: req.method === 'POST' ? (Readable.toWeb(req) as ReadableStream) : undefined,
        duplex: 'half',
      } as RequestInit);
      res.statusCode = upstream.status;
      for (const h of ['content-type', 'content-disposition']) {
        const v = upstream.headers.get(h);
        if (v) res.setHeader(h, v);
      }
      // Cast: Node's web streams are async-iterable; the DOM ReadableStream type does not say so.
      if (upstream.body) for await (const chunk of upstream.body as unknown as AsyncIterable<Uint8Array>) res.write(chunk);
      res.end();
      logger.info({ requestId: ids.requestId, path: url.pathname, status: upstream.status }, 'import request');
      return true;
    },
  };
}
