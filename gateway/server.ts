import { readFileSync } from 'node:fs';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { verifyClientToken } from '../lib/auth/client-token.ts';
import { bearerToken, unauthenticated } from '../lib/auth/http-errors.ts';
import { signInternalToken } from '../lib/auth/internal-token.ts';
import type { GatewaySecurity } from '../lib/auth/provision.ts';
import { ANONYMOUS, type Viewer } from '../lib/auth/viewer.ts';
import type { GatewayConfig } from '../lib/config.ts';
import { maskErrors } from '../lib/errors.ts';
import { createHttpFront, type HttpFront } from '../lib/http.ts';
import type { Logger } from '../lib/logger.ts';
import { armor } from './armor.ts';
import { costLimit } from './cost-limit.ts';
import { importProxy } from './import-proxy.ts';
import { DEFAULT_MANIFEST_DIR, persistedQueries } from './persisted-queries.ts';
import { rateLimiter } from './rate-limit.ts';
import type { GatewayContext } from './context.ts';
import { SubgraphDataSource } from './subgraph-data-source.ts';

export const DEFAULT_SUPERGRAPH_PATH = new URL('../schema/supergraph.graphql', import.meta.url);

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
    buildService: ({ name, url }) =>
      new SubgraphDataSource({
        name,
        url: config.subgraphUrls[name as keyof GatewayConfig['subgraphUrls']] ?? url!,
        timeoutMs: config.subgraphTimeoutMs,
        logger,
      }),
  });

  const front: HttpFront = createHttpFront<GatewayContext>({
    apollo: () => apollo,
    logger,
    maxBodyBytes: config.maxBodyBytes,
    corsOrigins: config.corsOrigins,
    ready: () => subgraphReadiness(config),
    routes: importProxy(config, security, logger, (header) => authenticate(header, security, logger)),
    context: async (req, requestId) => {
      const viewer = await authenticate(req.headers.authorization, security, logger);
      let token: Promise<string> | undefined;
      return {
        requestId,
        logger: logger.child({ requestId }),
        viewer,
        rateKey: viewer.role === 'ANONYMOUS' ? `anonymous:${req.socket.remoteAddress ?? '?'}` : `subject:${viewer.subject}`,
        internalToken: () => (token ??= signInternalToken(viewer, requestId, security.internalKey)),
      };
    },
  });
  const limits = armor(config);
  const persisted = persistedQueries(config.persistedQueriesDir ?? DEFAULT_MANIFEST_DIR);
  const apollo: ApolloServer<GatewayContext> = new ApolloServer<GatewayContext>({
    gateway,
    validationRules: limits.validationRules,
    formatError: maskErrors(logger),
    includeStacktraceInErrorResponses: false,
    introspection: config.introspection,
    // One operation per HTTP request: batched arrays would multiply cost past every limit.
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    persistedQueries: { cache: persisted.cache, ttl: null },
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: front.server }),
      ...limits.plugins,
      persisted.plugin,
      costLimit(config.limits.cost, supergraphSdl),
      rateLimiter(config.rateLimits),
    ],
  });
  await apollo.start();
  const { url, port } = await front.listen(config.port, config.host);
  logger.info({ url }, 'gateway ready');
  return { url, port, stop: () => apollo.stop() };
}

/**
 * The viewer behind a request: a verified client token, or anonymous when there is none and
 * anonymous access is on. A token that is present but fails any check is refused, never
 * downgraded to anonymous.
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
