import { concatAST } from 'graphql';
import { importBatchesResolvers, importBatchesTypeDefs } from '../../lib/import/batches.ts';
import { DateScalar } from '../../lib/scalars.ts';
import { loadSchema, type SubgraphDefinition } from '../../lib/subgraph.ts';
import type { Resolvers } from './__generated__/resolvers-types.ts';
import * as m0001 from './db/migrations/0001_education.ts';
import * as m0002 from './db/migrations/0002_imports.ts';
import type { EducationDB } from './db/tables.ts';
import { EDUCATION_TEMPLATES } from './import.ts';
import { createLoaders, type EducationLoaders } from './loaders.ts';
import { Commune } from './resolvers/Commune.ts';
import { Province } from './resolvers/Province.ts';
import { EnumValues } from './resolvers/enums.ts';

/** The Department of Education and Training: schools, enrolment and semi-boarding meals by school year. */
export const education: SubgraphDefinition<EducationDB, EducationLoaders> = {
  name: 'education',
  typeDefs: concatAST([loadSchema(new URL('./schema.graphql', import.meta.url)), importBatchesTypeDefs('education')]),
  resolvers: { Date: DateScalar, Commune, Province, ...EnumValues, ...importBatchesResolvers('education') } satisfies Resolvers,
  migrations: { '0001_education': m0001, '0002_imports': m0002 },
  createLoaders,
  imports: EDUCATION_TEMPLATES,
};
