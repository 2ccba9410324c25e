import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { GatewayConfig } from '../lib/config.ts';
import type { GatewayContext } from './context.ts';
import { listSizesOf, operationCost, TooComplexError, unsizedLists } from './cost.ts';

/**
 * Refuses an operation whose cost (gateway/cost.ts) is over the caller's budget, once the
 * variables are known and before any query plan or subgraph call; persisted operations take the
 * same path. Anonymous callers have a smaller budget than signed-in ones.
 */
export function costLimit(budgets: GatewayConfig['limits']['cost'], supergraphSdl: string): ApolloServerPlugin<GatewayContext> {
  const sizes = listSizesOf(supergraphSdl);
  return {
    async serverWillStart({ schema }) {
      const unsized = unsizedLists(schema, sizes);
      if (unsized.length) throw new Error(`List fields without @listSize in their subgraph's SDL: ${unsized.join(', ')}`);
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // Apollo Server has already refused a document without the named operation
          const anonymous = contextValue.viewer.role === 'ANONYMOUS';
          const maxCost = anonymous ? budgets.anonymous : budgets.signedIn;
          let cost: number;
          try {
            cost = operationCost(schema, document, operation, request.variables ?? {}, sizes);
          } catch (err) {
            if (err instanceof TooComplexError) throw costLimitExceeded(err.message, { maxCost });
            if (err instanceof GraphQLError && err.extensions.code === 'BAD_USER_INPUT') {
              throw new GraphQLError(err.message, { extensions: { ...err.extensions, http: { status: 400 } } });
            }
            throw err;
          }
          if (cost > maxCost) {
            contextValue.logger.info({ cost, maxCost, operationName: request.operationName }, 'operation over its cost budget refused');
            throw costLimitExceeded(
              `The operation costs ${cost}, more than the ${maxCost} allowed ${anonymous ? 'without a token' : 'per operation'}: ` +
                'ask for smaller pages (`first`), fewer nested lists or fewer aliases.',
              { cost, maxCost },
            );
          }
        },
      };
    },
  };
}

function costLimitExceeded(message: string, figures: { cost?: number; maxCost: number }) {
  return new GraphQLError(message, { extensions: { code: 'COST_LIMIT_EXCEEDED', ...figures, http: { status: 400 } } });
}
