import { DateScalar, VndScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import * as m0001 from './db/migrations/0001_health.ts';
import type { HealthDB } from './db/tables.ts';
import { createLoaders, type HealthLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { Province } from './resolvers/Province.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

/**
 * The Department of Health (Sở Y tế), its district health centres and commune health stations:
 * free check-up rounds, children examined, referrals, treatment-cost support, under-6
 * insurance cards and the stations' yearly reports, on the shared Commune and Province.
 */
export const health: SubgraphDefinition<HealthDB, HealthLoaders> = {
  name: 'health',
  typeDefs: loadSchema(new URL('./schema.graphql', import.meta.url)),
  resolvers: { Date: DateScalar, VND: VndScalar, Commune, Province } satisfies Resolvers,
  migrations: { '0001_health': m0001 },
  createLoaders,
};
