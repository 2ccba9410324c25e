import type { SubgraphContext } from '../../lib/subgraph.ts';
import type { CoverageDB } from './db/tables.ts';
import type { CoverageLoaders } from './loaders.ts';

export type CoverageContext = SubgraphContext<CoverageDB, CoverageLoaders>;
