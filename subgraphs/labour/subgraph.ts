import { DateScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import * as m0001 from './db/migrations/0001_labour.ts';
import type { LabourDB } from './db/tables.ts';
import { createLoaders, type LabourLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { Province } from './resolvers/Province.ts';

/**
 * Social affairs (DOLISA; the child-affairs function and its data moved to the Ministry of
 * Health in 2025): children on the register, support given, the Child Protection Fund and
 * commune reports, published as aggregates on communes and provinces.
 */
export const labour: SubgraphDefinition<LabourDB, LabourLoaders> = {
  name: 'labour',
  typeDefs: loadSchema(new URL('./schema.graphql', import.meta.url)),
  resolvers: { Date: DateScalar, Commune, Province } as never,
  migrations: { '0001_labour': m0001 },
  createLoaders,
};
