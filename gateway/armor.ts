import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { GatewayConfig } from '../lib/config.ts';
import type { GatewayContext } from './context.ts';

/**
 * Limits checked while the operation is validated at the gateway, before any query plan or
 * subgraph call: depth, aliases and directives (tokens are counted by the parser, server.ts).
 * The cost needs the variables, so it is checked later (cost-limit.ts). Field suggestions ("Did you mean …?") map the schema for an
 * attacker, so anonymous callers do not get them.
 */
export function armor(config: GatewayConfig) {
  const { limits } = config;
  const protection = new ApolloArmor({
    maxDepth: { n: limits.depth, ignoreIntrospection: true },
    maxAliases: { n: limits.aliases },
    maxTokens: { enabled: false }, // counted by the parser instead (server.ts): armor's check turns a syntax error into a 500
    maxDirectives: { n: limits.directives },
    costLimit: { enabled: false },
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // graphql-armor types its plugins against Apollo's CommonJS build; they are the same plugins.
  return {
    validationRules: protection.validationRules,
    plugins: [...(protection.plugins as ApolloServerPlugin<GatewayContext>[]), noSuggestionsForAnonymous],
  };
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
