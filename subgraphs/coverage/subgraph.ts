import { DateScalar, VndScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import { replaceDeadlines, replaceRegistry } from './db/repository.ts';
import * as m0001 from './db/migrations/0001_coverage.ts';
import * as m0002 from './db/migrations/0002_reporting.ts';
import * as m0003 from './db/migrations/0003_suppression_pattern.ts';
import * as m0004 from './db/migrations/0004_geography_basis.ts';
import { coverageFreshness } from './freshness.ts';
import * as m0005 from './db/migrations/0005_plan_measures.ts';
import * as m0006 from './db/migrations/0006_child_friendly_assessment.ts';
import * as m0007 from './db/migrations/0007_child_friendly_share.ts';
import type { CoverageDB } from './db/tables.ts';
import { createLoaders, type CoverageLoaders } from './loaders.ts';
import { readDeadlinesFile, readRegistryFile } from './registry.ts';
import { areaResolvers } from './resolvers/areas.ts';
import { Indicator, IndicatorValue } from './resolvers/IndicatorValue.ts';
import { Query } from './resolvers/Query.ts';
import { childFriendlyScorecard, Mutation } from './resolvers/child-friendly.ts';

/** Cross-sector indicators: the registry, and a read model of every measure per commune and year. */
export const coverage: SubgraphDefinition<CoverageDB, CoverageLoaders> = {
  name: 'coverage',
  typeDefs: loadSchema(new URL('./schema.graphql', import.meta.url)),
  resolvers: {
    Date: DateScalar,
    VND: VndScalar,
    Query,
    Indicator,
    IndicatorValue,
    Mutation,
    Commune: { __resolveReference: (ref) => ref, ...areaResolvers('commune'), childFriendlyScorecard },
    Province: { __resolveReference: (ref) => ref, ...areaResolvers('province') },
    District: { __resolveReference: (ref) => ref, ...areaResolvers('district') },
  } satisfies Resolvers,
  migrations: {
    '0001_coverage': m0001,
    '0002_reporting': m0002,
    '0003_suppression_pattern': m0003,
    '0004_geography_basis': m0004,
    '0005_plan_measures': m0005,
    '0006_child_friendly_assessment': m0006,
    '0007_child_friendly_share': m0007,
  },
  createLoaders,
  freshness: coverageFreshness,
  // The registry and the deadlines ship with the code as data; each start brings the database's copy up to date.
  prepare: async (db) => {
    await replaceRegistry(db, readRegistryFile());
    await replaceDeadlines(db, readDeadlinesFile());
  },
};
