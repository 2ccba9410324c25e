import { DateScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import * as m0001 from './db/migrations/0001_culture.ts';
import type { CultureDB } from './db/tables.ts';
import { createLoaders, type CultureLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { EnumValues } from './resolvers/enums.ts';

/** The Department of Culture and Sports and the Youth Union: children's play areas by calendar year. */
export const culture: SubgraphDefinition<CultureDB, CultureLoaders> = {
  name: 'culture',
  typeDefs: loadSchema(new URL('./schema.graphql', import.meta.url)),
  resolvers: { Date: DateScalar, Commune, ...EnumValues } satisfies Resolvers,
  migrations: { '0001_culture': m0001 },
  createLoaders,
};
