import type { IncomingMessage, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { ApolloServer, ApolloServerPlugin, BaseContext } from '@apollo/server';
import { fastifyApolloDrainPlugin, fastifyApolloHandler } from '@as-integrations/fastify';
import fastifyCors from '@fastify/cors';
import fastifyHelmet from '@fastify/helmet';
import Fastify, { type FastifyError, type FastifyReply, type FastifyRequest } from 'fastify';
import { Counter, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from './logger.ts';
import { CORRELATION_ID_HEADER, REQUEST_ID_HEADER, newRequestIds, type RequestIds } from './request-ids.ts';

/** Every context names its request, so the front's log line carries the ids the service settled on. */
type IdentifiedContext = BaseContext & RequestIds;

declare module 'fastify' {
  interface FastifyRequest {
    /** This hop's ids, made in the first hook; a GraphQL context may replace them with the ids it settles on. */
    ids: RequestIds;
  }
}

/** A counter served at /metrics, read when scraped from the number the service keeps (tests read it directly). */
export interface CounterSource {
  /** Prometheus name, `_total` included. */
  name: string;
  help: string;
  value: () => number;
}

export interface HttpOptions<Ctx extends IdentifiedContext> {
  /** The Apollo Server, started by the time `listen` is called (it is built after this front, to drain it). */
  apollo: () => ApolloServer<Ctx>;
  logger: Logger;
  /** Requests larger than this are refused with 413 before any parsing. */
  maxBodyBytes?: number;
  corsOrigins?: string[];
  /** Readiness probe: resolves to a JSON-able status, throws when not ready. */
  ready: () => Promise<unknown>;
  /** `ids` are this hop's: a fresh request id and the caller's `x-request-id` as a correlation id, if well-formed. */
  context: (req: IncomingMessage, ids: RequestIds) => Promise<Ctx>;
  /** Counters served at /metrics besides `graphql_requests_total` and the process's own metrics. */
  counters?: CounterSource[];
  /** Extra routes (pages, files, uploads), tried in order before GraphQL. */
  routes?: HttpRoute[];
}

/**
 * An extra route: `handle` answers the request on the raw Node request and response and
 * returns true, or returns false (having written nothing) to let the next route, and finally
 * GraphQL, have it; e.g. the IDE answers only browsers asking for HTML. Routes run before the
 * body is read, so a handler may stream the request body itself.
 */
export interface HttpRoute {
  path: string | RegExp;
  handle(req: IncomingMessage, res: ServerResponse, url: URL, ids: RequestIds): boolean | Promise<boolean>;
}

export interface HttpFront {
  /** An Apollo Server plugin: stopping the server closes this front once requests in flight are answered. */
  drain: ApolloServerPlugin;
  /** GraphQL requests received, so tests can prove a request was stopped before reaching a service. */
  graphqlRequests: { count: number };
  listen(port: number, host: string): Promise<{ url: string; port: number }>;
}

/**
 * The HTTP front of the gateway and of every subgraph, on Fastify: /graphql (and /) through
 * Apollo Server's Fastify integration, /health/live and /health/ready for orchestrators,
 * /metrics from prom-client (request and SQL statement counters, which the benchmark reads to
 * prove batching, and the process's own), a request id on every response, Fastify's body limit,
 * @fastify/cors and @fastify/helmet. Every refusal is a GraphQL-shaped error with a code.
 */
export function createHttpFront<Ctx extends IdentifiedContext>(options: HttpOptions<Ctx>): HttpFront {
  const { logger, maxBodyBytes = 1_000_000 } = options;
  const app = Fastify({
    bodyLimit: maxBodyBytes,
    // Keep-alive sockets must not outlive the subgraph fetch timeouts of a gateway in front.
    keepAliveTimeout: 65_000,
    // Our own request ids and log lines (below); Fastify's logger stays off.
    logger: false,
    requestIdHeader: false,
    // A URL Fastify's router cannot decode is a client mistake like any other (no hook has run: ids here).
    frameworkErrors: (err, request, reply) => {
      setIdHeaders(reply, newRequestIds(request.headers[REQUEST_ID_HEADER]));
      return sendError(reply, 400, 'BAD_REQUEST', err.message);
    },
  });
  // The one cast: Fastify wants a starting value, and the first hook sets the ids before anything reads them.
  app.decorateRequest('ids', undefined as unknown as RequestIds);
  const graphqlRequests = { count: 0 };

  const metrics = new Registry();
  collectDefaultMetrics({ register: metrics });
  for (const source of [
    { name: 'graphql_requests_total', help: 'GraphQL requests received', value: () => graphqlRequests.count },
    ...(options.counters ?? []),
  ]) {
    let reported = 0;
    new Counter({
      name: source.name,
      help: source.help,
      registers: [metrics],
      // The service keeps the number (tests and the benchmark read it synchronously); the counter catches up when scraped.
      collect() {
        const now = source.value();
        this.inc(now - reported);
        reported = now;
      },
    });
  }

  return {
    drain: fastifyApolloDrainPlugin(app),
    graphqlRequests,
    listen: async (port, host) => {
      await app.register(fastifyHelmet, {
        // For JSON answers; a page or file served by a route sets its own policy (gateway/static-asset.ts).
        contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } },
      });
      // Ids before any refusal, so every refused request is answered with its id.
      app.addHook('onRequest', async (request, reply) => {
        request.ids = newRequestIds(request.headers[REQUEST_ID_HEADER]);
        setIdHeaders(reply, request.ids);
        // The Apollo integration builds the URL from the Host header too: a malformed one is the client's mistake, not a 500.
        if (!URL.parse(request.url, 'http://localhost') || !URL.parse(request.url, `${request.protocol}://${request.hostname}/`)) {
          return sendError(reply, 400, 'BAD_REQUEST', 'The request URL is malformed');
        }
      });
      if (options.corsOrigins) {
        await app.register(fastifyCors, {
          origin: options.corsOrigins.includes('*') ? '*' : options.corsOrigins,
          methods: ['GET', 'POST', 'OPTIONS'],
          allowedHeaders: ['content-type', 'authorization', 'apollo-require-preflight', 'apollographql-client-name', REQUEST_ID_HEADER],
          exposedHeaders: [REQUEST_ID_HEADER, CORRELATION_ID_HEADER],
          maxAge: 600,
        });
      }
      const routes = options.routes ?? [];
      if (routes.length) app.addHook('onRequest', async (request, reply) => routeTable(routes, request, reply, logger));

      app.get('/health/live', async () => ({ status: 'live' }));
      app.get('/health/ready', async (_request, reply) => {
        try {
          return { status: 'ready', details: await options.ready() };
        } catch (err) {
          logger.warn({ err: (err as Error).message }, 'readiness check failed');
          return reply.code(503).send({ status: 'not ready' });
        }
      });
      app.get('/metrics', async (_request, reply) => reply.type(metrics.contentType).send(await metrics.metrics()));

      const graphql = fastifyApolloHandler(options.apollo(), {
        context: async (request) => {
          const context = await options.context(request.raw, request.ids);
          request.ids = { requestId: context.requestId, correlationId: context.correlationId };
          return context;
        },
      });
      // Every method reaches Apollo Server, which refuses the ones GraphQL over HTTP does not use (405, or 400 by CSRF prevention).
      for (const url of ['/graphql', '/']) {
        app.all(url, async function (request, reply) {
          graphqlRequests.count++;
          const started = performance.now();
          const answer = await graphql.call(this, request, reply);
          logger.info({ ...request.ids, status: reply.statusCode, ms: Math.round(performance.now() - started) }, 'request');
          return answer;
        });
      }
      app.setNotFoundHandler((_request, reply) => reply.code(404).send({ error: 'not found' }));
      app.setErrorHandler((err: FastifyError, request, reply) => {
        const status = err.statusCode ?? 500;
        if (status < 500) return sendError(reply, status, 'BAD_REQUEST', clientMistake(err, maxBodyBytes));
        logger.error({ ...request.ids, err }, 'request failed');
        return sendError(reply, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      });

      await app.listen({ port, host });
      const bound = (app.server.address() as AddressInfo).port;
      return { port: bound, url: `http://${host}:${bound}/graphql` };
    },
  };
}

/**
 * Tries the extra routes in order, on the raw request and response. The headers hooks set on
 * the reply (CORS) are copied to the raw response first, since a route writes to it directly; a
 * route that answers takes the request out of Fastify's hands (hijack).
 */
async function routeTable(routes: HttpRoute[], request: FastifyRequest, reply: FastifyReply, logger: Logger): Promise<void> {
  const url = URL.parse(request.url, 'http://localhost')!;
  for (const route of routes) {
    if (typeof route.path === 'string' ? url.pathname !== route.path : !route.path.test(url.pathname)) continue;
    for (const [name, value] of Object.entries(reply.getHeaders())) if (value !== undefined) reply.raw.setHeader(name, value);
    let answered: boolean;
    try {
      answered = await route.handle(request.raw, reply.raw, url, request.ids);
    } catch (err) {
      reply.hijack();
      logger.error({ ...request.ids, err }, 'request failed');
      if (reply.raw.headersSent) reply.raw.destroy();
      else rawError(reply.raw, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
      return;
    }
    if (answered) {
      reply.hijack();
      return;
    }
  }
}

/** The message for a request Fastify refused before GraphQL saw it; its own messages name no data. */
function clientMistake(err: FastifyError, maxBodyBytes: number): string {
  if (err.code === 'FST_ERR_CTP_BODY_TOO_LARGE') return `Request body exceeds ${maxBodyBytes} bytes`;
  if (err instanceof SyntaxError || err.code === 'FST_ERR_CTP_INVALID_JSON_BODY') return 'Request body is not valid JSON';
  return err.message;
}

/** On the raw response, so a route that writes to it directly sends them too. */
function setIdHeaders(reply: FastifyReply, ids: RequestIds): void {
  reply.raw.setHeader(REQUEST_ID_HEADER, ids.requestId);
  if (ids.correlationId) reply.raw.setHeader(CORRELATION_ID_HEADER, ids.correlationId);
}

const errorBody = (code: string, message: string) => ({ errors: [{ message, extensions: { code } }] });

function sendError(reply: FastifyReply, status: number, code: string, message: string): FastifyReply {
  return reply.code(status).type('application/json; charset=utf-8').send(errorBody(code, message));
}

function rawError(res: ServerResponse, status: number, code: string, message: string): void {
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.end(JSON.stringify(errorBody(code, message)));
}
