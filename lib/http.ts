import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HeaderMap, type ApolloServer, type BaseContext } from '@apollo/server';
import cors from 'cors';
import type { Logger } from './logger.ts';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, newRequestIds, type RequestIds } from './request-ids.ts';

/** Every context names its request, so the front's log line carries the ids the service settled on. */
type IdentifiedContext = BaseContext & RequestIds;

export interface HttpOptions<Ctx extends IdentifiedContext> {
  /** Called per request, so the Apollo Server can be built after (and drain) this HTTP server. */
  apollo: () => ApolloServer<Ctx>;
  logger: Logger;
  /** Requests larger than this are refused with 413 before any parsing. */
  maxBodyBytes?: number;
  corsOrigins?: string[];
  /** Readiness probe: resolves to a JSON-able status, throws when not ready. */
  ready: () => Promise<unknown>;
  /** `ids` are this hop's: a fresh request id and the caller's `x-request-id` as a correlation id, if well-formed. */
  context: (req: IncomingMessage, ids: RequestIds) => Promise<Ctx>;
  /** Counters served at /metrics in the Prometheus text format (names without the `_total` suffix). */
  metrics?: () => Record<string, number>;
  /** Extra routes (pages, files), tried in order before GraphQL. */
  routes?: HttpRoute[];
}

/**
 * An extra route: `handle` answers the request and returns true, or returns false to let the
 * next route (and finally GraphQL) have it, e.g. the IDE answers only browsers asking for HTML.
 */
export interface HttpRoute {
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds): boolean | Promise<boolean>;
}

export interface HttpFront {
  server: Server;
  /** GraphQL requests received, so tests can prove a request was stopped before reaching a service. */
  graphqlRequests: { count: number };
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
}

/**
 * One small HTTP front for the gateway and every subgraph: /graphql through Apollo Server,
 * /health/live and /health/ready for orchestrators, /metrics (request and SQL statement
 * counters, which the benchmark reads to prove batching), a request id on every request, and a
 * body-size cap. Apollo Server 5 ships no HTTP framework integration of its own, so this is
 * the one place where raw HTTP meets GraphQL.
 */
export function createHttpFront<Ctx extends IdentifiedContext>(options: HttpOptions<Ctx>): HttpFront {
  const { logger, maxBodyBytes = 1_000_000 } = options;
  const corsHandler = options.corsOrigins
    ? cors({
        origin: options.corsOrigins.includes('*') ? '*' : options.corsOrigins,
        methods: ['GET', 'POST', 'OPTIONS'],
        allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'apollographql-client-name', REQUEST_ID_HEADER],
        exposedHeaders: [REQUEST_ID_HEADER, CORRELATION_ID_HEADER],
        maxAge: 600,
      })
    : undefined;

  const graphqlRequests = { count: 0 };
  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    let ids = newRequestIds(req.headers[REQUEST_ID_HEADER]);
    res.setHeader(REQUEST_ID_HEADER, ids.requestId);
    if (ids.correlationId) res.setHeader(CORRELATION_ID_HEADER, ids.correlationId);
    const url = URL.parse(req.url ?? '/', 'http://localhost');
    if (!url) return sendGraphQLError(res, 400, 'BAD_REQUEST', 'The request URL is malformed');

    if (corsHandler) {
      // A preflight is answered by the cors middleware itself; any other request continues with its headers set.
      if (req.method === 'OPTIONS') return corsHandler(req, res, () => sendJson(res, 204, {}));
      await new Promise<void>((resolve) => corsHandler(req, res, () => resolve()));
    }

    if (url.pathname === '/health/live') return sendJson(res, 200, { status: 'live' });
    if (url.pathname === '/health/ready') {
      try {
        return sendJson(res, 200, { status: 'ready', details: await options.ready() });
      } catch (err) {
        logger.warn({ err: (err as Error).message }, 'readiness check failed');
        return sendJson(res, 503, { status: 'not ready' });
      }
    }
    if (url.pathname === '/metrics') {
      const counters = { graphql_requests: graphqlRequests.count, ...options.metrics?.() };
      res.setHeader('content-type', 'text/plain; version=0.0.4');
      res.end(Object.entries(counters).map(([name, value]) => `# TYPE ${name}_total counter\n${name}_total ${value}\n`).join(''));
      return;
    }
    for (const route of options.routes ?? []) {
      const matches = typeof route.path === 'string' ? url.pathname === route.path : route.path.test(url.pathname);
      if (matches && (await route.handle(req, res, url, ids))) return;
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') return sendJson(res, 404, { error: 'not found' });
    graphqlRequests.count++;

    let body: unknown;
    if (req.method === 'POST') {
      const raw = await readBody(req, maxBodyBytes);
      if (raw === undefined) return sendGraphQLError(res, 413, 'BAD_REQUEST', `Request body exceeds ${maxBodyBytes} bytes`);
      try {
        body = raw.length ? JSON.parse(raw) : {};
      } catch {
        return sendGraphQLError(res, 400, 'BAD_REQUEST', 'Request body is not valid JSON');
      }
    }

    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    const started = performance.now();
    const response = await options.apollo().executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: async () => {
        const context = await options.context(req, ids);
        ids = { requestId: context.requestId, correlationId: context.correlationId };
        return context;
      },
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      res.end(response.body.string);
    } else {
      for await (const chunk of response.body.asyncIterator) res.write(chunk);
      res.end();
    }
    logger.info({ ...ids, status: res.statusCode, ms: Math.round(performance.now() - started) }, 'request');
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      logger.error({ err }, 'request failed');
      if (!res.headersSent) sendGraphQLError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      else res.destroy();
    });
  });
  // Keep-alive sockets must not outlive the subgraph fetch timeouts of a gateway in front.
  server.keepAliveTimeout = 65_000;
  return {
    server,
    graphqlRequests,
    listen: async (port, host) => {
      await new Promise<void>((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, host, () => resolve());
      });
      const bound = (server.address() as AddressInfo).port;
      return { port: bound, url: `http://${host}:${bound}/graphql` };
    },
  };
}

function readBody(req: IncomingMessage, limit: number): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0);
    if (declared > limit) {
      req.resume();
      return resolve(undefined);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        req.removeAllListeners('data');
        req.resume();
        resolve(undefined);
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(size > limit ? undefined : Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(value));
}

function sendGraphQLError(res: ServerResponse, status: number, code: string, message: string): void {
  sendJson(res, status, { errors: [{ message, extensions: { code } }] });
}
