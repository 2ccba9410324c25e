import { RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import { GraphQLError } from 'graphql';
import type { Logger } from '../lib/logger.ts';
import type { GatewayContext } from './context.ts';

/**
 * Calls one subgraph. Adds what the stock data source lacks: a timeout on every fetch, the
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
      fetcher: ((url: string, init: RequestInit) =>
        fetch(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) })) as never,
    });
    this.serviceName = options.name;
    this.logger = options.logger;
  }

  override async willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<void> {
    if (!context?.requestId) return;
    // Client headers are never forwarded; the subgraph learns who asks only from this token.
    request.http?.headers.set('authorization', `Bearer ${await context.internalToken()}`);
  }

  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>) {
    try {
      return await super.process(options);
    } catch (err) {
      const requestId = (options.context as GatewayContext | undefined)?.requestId;
      this.logger.warn({ err, subgraph: this.serviceName, requestId }, 'subgraph call failed');
      throw new GraphQLError(`The ${this.serviceName} service is unavailable; its fields are null in this response.`, {
        extensions: { code: 'SUBGRAPH_UNAVAILABLE', serviceName: this.serviceName },
      });
    }
  }
}
