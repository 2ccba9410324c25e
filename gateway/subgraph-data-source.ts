import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Logger } from '../lib/logger.ts';
import type { GatewayContext } from './context.ts';
import { recordFetchFreshness } from './answer-cache.ts';
import { FRESHNESS_HEADER } from '../lib/freshness.ts';

/**
 * Calls one subgraph. Adds what the stock data source lacks: a timeout on every fetch (and the
 * request's deadline over all its calls, when one is set), the
 * gateway's own token for the verified viewer and the request's ids (for correlated logs and
 * the audit trail), and failures turned into a clean
 * SUBGRAPH_UNAVAILABLE error (the stock message names the subgraph's host and port).
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  private readonly serviceName: string;
  private readonly logger: Logger;

  constructor(options: { name: string; url: string; timeoutMs: number; logger: Logger }) {
    super({
      url: options.url,
      // Cast: Apollo's fetcher type is node-fetch's; the global fetch has the same call shape.
      fetcher: ((url: string, init: RequestInit) => fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
    this.serviceName = options.name;
    this.logger = options.logger;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!context?.requestId) return;
    // Client headers are never forwarded; the subgraph learns who asks only from this token.
    request.http?.headers.set('authorization', `Bearer ${await context.internalToken()}`);
    if (context.answerFreshness) request.http?.headers.set(FRESHNESS_HEADER, '1');
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    const deadline = (options.context as GatewayContext | undefined)?.deadline;
    let timer: NodeJS.Timeout | undefined;
    let result: Awaited<ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']>>;
    try {
      // Out of time already (a request resent late by the balancer): no call is worth starting.
      if (deadline !== undefined && Date.now() >= deadline) throw new Error('the request deadline passed');
      const call = super.process(options);
      if (deadline === undefined) result = await call;
      else {
        call.catch(() => {}); // settled after the deadline: nobody waits for it any more
        const late = new Promise<never>(
          (_, reject) => (timer = setTimeout(() => reject(new Error('the request deadline passed')), Math.max(0, deadline - Date.now()))),
        );
        result = await Promise.race([call, late]);
      }
    } catch (err) {
      const requestId = (options.context as GatewayContext | undefined)?.requestId;
      this.logger.warn({ err, subgraph: this.serviceName, requestId }, 'subgraph call failed');
      throw new GraphQLError(`The ${this.serviceName} service is unavailable; its fields are null in this response.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    } finally {
      clearTimeout(timer);
    }
    // Each fetch's freshness stamps go to the answer cache (gateway/answer-cache.ts), never to the client.
    const into = (options.context as GatewayContext | undefined)?.answerFreshness;
    if (into) recordFetchFreshness(into, this.serviceName, result.extensions?.freshness);
    return result;
  }
}
