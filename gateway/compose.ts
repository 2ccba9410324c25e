import { composeServices } from '@apollo/composition';
import type { DocumentNode } from 'graphql';

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

