import type { SubgraphName } from '../lib/config.ts';
import type { SubgraphDefinition } from '../lib/subgraph.ts';
import { coverage } from './coverage/subgraph.ts';
import { culture } from './culture/subgraph.ts';
import { education } from './education/subgraph.ts';
import { geography } from './geography/subgraph.ts';
import { health } from './health/subgraph.ts';
import { labour } from './labour/subgraph.ts';

/** Every subgraph of the supergraph, by name. Composition, seeding and the tests start from here. */
export const SUBGRAPHS: Record<SubgraphName, SubgraphDefinition<any, any>> = {
  geography,
  education,
  health,
  culture,
  labour,
  coverage,
};
