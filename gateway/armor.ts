import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayConfig } from '../lib/config.ts';
import type { GatewayContext } from './context.ts';

/**
 * Limits checked while the operation is validated at the gateway, before any query plan or
 * subgraph call: depth, aliases, tokens and directives. The cost needs the variables, so it is
 * checked later (cost-limit.ts). Field suggestions ("Did you mean …?") map the schema for an
 * attacker, so anonymous callers do not get them.
 */
export function armor(config: GatewayConfig) {
  const { limits } = config;
  const protection = new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    maxTokens: { n: limits.tokens },
    maxDirectives: { n: limits.directives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor types its plugins against Apollo's CommonJS build; they are the same plugins.
  return { validationRules: protection.validationRules, plugins: [...(protection.plugins as ApolloServerPlugin<GatewayContext>[]), noSuggestionsForAnonymous] };
}

const SUGGESTION = /\s*Did you mean .*\?$/;

const noSuggestionsForAnonymous: ApolloServerPlugin<GatewayContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, response }) {
        if (contextValue.viewer?.role !== 'ANONYMOUS' || response.body.kind !== 'single') return;
        for (const error of response.body.singleResult.errors ?? []) {
          (error as { message: string }).message = error.message.replace(SUGGESTION, '');
        }
      },
    };
  },
};
