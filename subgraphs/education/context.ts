import type { SubgraphContext } from '../../lib/subgraph.ts';
import type { EducationDB } from './db/tables.ts';
import type { EducationLoaders } from './loaders.ts';

export type EducationContext = SubgraphContext<EducationDB, EducationLoaders>;
