import { DateScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { loadDirectory } from './db/load-directory.ts';
import * as m0001 from './db/migrations/0001_directory.ts';
import * as m0002 from './db/migrations/0002_lineage.ts';
import * as m0003 from './db/migrations/0003_place_search.ts';
import { geographyFreshness } from './freshness.ts';
import type { GeographyDB } from './db/tables.ts';
import { createLoaders, type GeographyLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { EnumValues } from './resolvers/enums.ts';
import { PlaceMatch } from './resolvers/PlaceSearch.ts';
import { District, Province } from './resolvers/Province.ts';
import { Query } from './resolvers/Query.ts';

/** Owns the administrative directory: names, hierarchy, versions, the reform lineage, classifications. */
export const geography: SubgraphDefinition<GeographyDB, GeographyLoaders> = {
  name: 'geography',
  typeDefs: loadSchema(new URL('./schema.graphql', import.meta.url)),
  resolvers: { Date: DateScalar, Query, Commune, Province, District, PlaceMatch, ...EnumValues } satisfies Resolvers,
  migrations: { '0001_directory': m0001, '0002_lineage': m0002, '0003_place_search': m0003 },
  createLoaders,
  freshness: geographyFreshness,
  // The directory is reference data shipped with the code, so every geography database gets it.
  prepare: async (db) => {
    await loadDirectory(db);
  },
};
