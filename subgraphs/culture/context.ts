import type { SubgraphContext } from '../../lib/subgraph.ts';
import type { CultureDB } from './db/tables.ts';
import type { CultureLoaders } from './loaders.ts';

export type CultureContext = SubgraphContext<CultureDB, CultureLoaders>;
