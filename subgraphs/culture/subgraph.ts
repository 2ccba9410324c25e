import { concatAST } from 'graphql';
import { importBatchesResolvers, importBatchesTypeDefs } from '../../lib/import/batches.ts';
import { DateScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import * as m0001 from './db/migrations/0001_culture.ts';
import * as m0002 from './db/migrations/0002_imports.ts';
import type { CultureDB } from './db/tables.ts';
import { CULTURE_TEMPLATES } from './import.ts';
import { createLoaders, type CultureLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { EnumValues } from './resolvers/enums.ts';

/** The Department of Culture and Sports and the Youth Union: children's play areas by calendar year. */
export const culture: SubgraphDefinition<CultureDB, CultureLoaders> = {
  name: 'culture',
  typeDefs: concatAST([loadSchema(new URL('./schema.graphql', import.meta.url)), importBatchesTypeDefs('culture')]),
  resolvers: { Date: DateScalar, Commune, ...EnumValues, ...importBatchesResolvers('culture') } satisfies Resolvers,
  migrations: { '0001_culture': m0001, '0002_imports': m0002 },
  createLoaders,
  imports: CULTURE_TEMPLATES,
};
