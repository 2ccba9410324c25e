import { concatAST } from 'graphql';
import { importBatchesResolvers, importBatchesTypeDefs } from '../../lib/import/batches.ts';
import { DateScalar, VndScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import * as m0001 from './db/migrations/0001_health.ts';
import * as m0002 from './db/migrations/0002_imports.ts';
import type { HealthDB } from './db/tables.ts';
import { HEALTH_TEMPLATES } from './import.ts';
import { createLoaders, type HealthLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { EnumValues } from './resolvers/enums.ts';
import { Province } from './resolvers/Province.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';

/**
 * The Department of Health (Sở Y tế), its district health centres and commune health stations:
 * free check-up rounds, children examined, referrals, treatment-cost support, under-6
 * insurance cards and the stations' yearly reports, on the shared Commune and Province.
 */
export const health: SubgraphDefinition<HealthDB, HealthLoaders> = {
  name: 'health',
  typeDefs: concatAST([loadSchema(new URL('./schema.graphql', import.meta.url)), importBatchesTypeDefs('health')]),
  resolvers: {
    Date: DateScalar,
    VND: VndScalar,
    Commune,
    Province,
    ...EnumValues,
    ...importBatchesResolvers('health'),
  } satisfies Resolvers,
  migrations: { '0001_health': m0001, '0002_imports': m0002 },
  createLoaders,
  imports: HEALTH_TEMPLATES,
};
