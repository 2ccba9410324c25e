import { DateScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import * as m0001 from './db/migrations/0001_education.ts';
import type { EducationDB } from './db/tables.ts';
import { createLoaders, type EducationLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { Province } from './resolvers/Province.ts';
import { EnumValues } from './resolvers/enums.ts';

/** The Department of Education and Training: schools, enrolment and semi-boarding meals by school year. */
export const education: SubgraphDefinition<EducationDB, EducationLoaders> = {
  name: 'education',
  typeDefs: loadSchema(new URL('./schema.graphql', import.meta.url)),
  resolvers: { Date: DateScalar, Commune, Province, ...EnumValues } satisfies Resolvers,
  migrations: { '0001_education': m0001 },
  createLoaders,
};
