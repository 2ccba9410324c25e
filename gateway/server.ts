import { readFileSync } from 'node:fs';
import type { IncomingMessage } from 'node:http';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { DocumentNode } from 'graphql';
import { verifyClientToken } from '../lib/auth/client-token.ts';
import { bearerToken, unauthenticated } from '../lib/auth/http-errors.ts';
import { signInternalToken } from '../lib/auth/internal-token.ts';
import type { GatewaySecurity } from '../lib/auth/provision.ts';
import { ANONYMOUS, type Viewer } from '../lib/auth/viewer.ts';
import type { GatewayConfig } from '../lib/config.ts';
import { maskErrors } from '../lib/errors.ts';
import { createHttpFront, type HttpFront } from '../lib/http.ts';
import type { Logger } from '../lib/logger.ts';
import type { RequestIds } from '../lib/request-ids.ts';
import { answerCache } from './answer-cache.ts';
import { armor } from './armor.ts';
import { extractRoutes } from './extracts/route.ts';
import { communeReportRoutes } from './commune-report/route.ts';
import { costLimit } from './cost-limit.ts';
import { importProxy } from './import-proxy.ts';
import { ideRoutes } from './ide.ts';
import { portalRoutes } from './portal.ts';
import { operationChecks } from './operation-checks.ts';
import { DEFAULT_MANIFEST_DIR, persistedQueries } from './persisted-queries.ts';
import { memoryWindowStore, rateLimiter } from './rate-limit.ts';
import { postgresWindowStore } from './rate-limit-store.ts';
import type { GatewayContext } from './context.ts';
import { SubgraphDataSource } from './subgraph-data-source.ts';
import { REQUEST_START_HEADER, requestDeadline } from './request-deadline.ts';

export const DEFAULT_SUPERGRAPH_PATH = new URL('../schema/supergraph.graphql', import.meta.url);

/**
 * Size of the parsed-document cache and of the query-plan cache, in Apollo's approximation
 * (JSON length; both default to 30 MiB). A cached document also holds its tokens and
 * locations, so the heap they take is several times that. After 10,000 distinct operations the
 * heap after GC was 155 MiB above its steady 44 MiB with the defaults, 55 MiB with 8 MiB each
 * (docs/performance.md, "Gateway memory"). Operations sent with variables are cached once.
 */
export const OPERATION_CACHE_MIB = 8;

export interface RunningGateway {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/**
 * The gateway: Apollo Gateway inside Apollo Server, started from the static supergraph
 * composed at build time (it starts even while a subgraph is down, unlike IntrospectAndCompose).
 * Subgraph URLs come from configuration, not from the supergraph file.
 */
export async function startGateway(config: GatewayConfig, logger: Logger, security: GatewaySecurity): Promise<RunningGateway> {
  const supergraphSdl = readFileSync(config.supergraphPath ?? DEFAULT_SUPERGRAPH_PATH, 'utf8');
  const gateway = new ApolloGateway({
    supergraphSdl,
    experimental_approximateQueryPlanStoreMiB: OPERATION_CACHE_MIB,
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name as keyof GatewayConfig['subgraphUrls']] ?? url!,
        timeoutMs: config.subgraphTimeoutMs,
        logger,
      }),
  });

  const context = async (req: IncomingMessage, ids: RequestIds): Promise<GatewayContext> => {
    const viewer = await authenticate(req.headers.authorization, security, logger);
    let token: Promise<string> | undefined;
    return {
      ...ids,
      logger: logger.child(ids),
      viewer,
      rateKey: viewer.role === 'ANONYMOUS' ? `anonymous:${req.socket.remoteAddress ?? '?'}` : `subject:${viewer.subject}`,
      internalToken: () => (token ??= signInternalToken(viewer, ids, security.internalKey)),
      ...(config.requestDeadlineMs ? { deadline: requestDeadline(config.requestDeadlineMs, req.headers[REQUEST_START_HEADER]) } : {}),
    };
  };
  const front: HttpFront = createHttpFront<GatewayContext>({
    apollo: () => apollo,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    corsOrigins: config.corsOrigins,
    ready: () => subgraphReadiness(config),
    context,
    routes: [
      importProxy(config, security, logger, (header) => authenticate(header, security, logger)),
      ...(config.ide ? ideRoutes() : []),
      ...(config.portal ? portalRoutes() : []),
      ...extractRoutes({ apollo: () => apollo, context, logger }),
      ...communeReportRoutes({ apollo: () => apollo, context, logger }),
    ],
  });
  const rateStore = config.rateLimitStore
    ? await postgresWindowStore(config.rateLimitStore.url, config.rateLimitStore.schema, logger)
    : memoryWindowStore();
  const limits = armor(config);
  const operations = operationChecks();
  const persisted = persistedQueries(config.persistedQueriesDir ?? DEFAULT_MANIFEST_DIR);
  const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    // The token limit is graphql-js's own: past it, or on any syntax error, a 400 GRAPHQL_PARSE_FAILED.
    parseOptions: { maxLexicalTokens: config.limits.tokens },
    validationRules: [...limits.validationRules, ...operations.validationRules],
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // One operation per HTTP request: batched arrays would multiply cost past every limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    persistedQueries: { cache: persisted.cache, ttl: null },
    documentStore: new InMemoryLRUCache<DocumentNode>({ maxSize: OPERATION_CACHE_MIB * 2 ** 20 }),
    plugins: [
      front.drain,
      // Apollo's landing page loads Sandbox from a CDN (blank offline); browsers get our IDE instead (gateway/ide.ts).
      ApolloServerPluginLandingPageDisabled(),
      ...limits.plugins,
      operations.plugin,
      persisted.plugin,
      costLimit(config.limits.cost, supergraphSdl),
      rateLimiter(config.rateLimits, rateStore),
      answerCache({ maxMiB: config.answerCacheMiB, subgraphUrls: config.subgraphUrls, timeoutMs: config.subgraphTimeoutMs }),
    ],
  });
  await apollo.start();
  const { url, port } = await front.listen(config.port, config.host);
  logger.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop().finally(() => rateStore.close()) };
}

/**
 * The viewer behind a request: a verified client token, or anonymous when there is no
 * Authorization header and anonymous access is on. A header that is not `Bearer <token>`, or a
 * token that fails any check, is refused, never downgraded to anonymous.
 */
async function authenticate(header: string | undefined, security: GatewaySecurity, logger: Logger): Promise<Viewer> {
  const token = bearerToken(header);
  if (!token) {
    if (security.anonymousAccess) return ANONYMOUS;
    throw unauthenticated();
  }
  try {
    return await verifyClientToken(token, security.clientPolicy);
  } catch (err) {
    logger.info({ reason: (err as Error).message }, 'client token refused');
    throw unauthenticated('The bearer token is not valid.');
  }
}

/** Readiness reports each subgraph; the gateway itself serves (with partial data) while any is down. */
async function subgraphReadiness(config: GatewayConfig): Promise<Record<string, string>> {
  const entries = await Promise.all(
    Object.entries(config.subgraphUrls).map(async ([name, url]) => {
      try {
        const res = await fetch(new URL('/health/ready', url), { signal: AbortSignal.timeout(2_000) });
        return [name, res.ok ? 'ready' : 'not ready'] as const;
      } catch {
        return [name, 'unreachable'] as const;
      }
    }),
  );
  return Object.fromEntries(entries);
}
