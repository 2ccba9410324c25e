import { composeServices } from '@apollo/composition';
import { Supergraph } from '@apollo/federation-internals';
import { printSchema, type DocumentNode } from 'graphql';

export interface SubgraphSource {
  name: string;
  url: string;
  typeDefs: DocumentNode;
}

/** Composes the subgraphs' SDL into the supergraph the gateway starts from; throws with every composition error. */
export function composeSupergraph(subgraphs: SubgraphSource[]): string {
  const result = composeServices(subgraphs);
  if (result.errors?.length) {
    throw new Error(`Supergraph composition failed:\n  ${result.errors.map((e) => e.message).join('\n  ')}`);
  }
  return result.supergraphSdl!;
}

/**
 * The API schema clients see (the supergraph without its federation machinery), printed by
 * graphql-js: what portals build on, committed as schema/api.graphql and diffed for breaking changes.
 */
export function printApiSchema(supergraphSdl: string): string {
  return `${printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema())}\n`;
}
