import type { SubgraphContext } from '../../lib/subgraph.ts';
import type { HealthDB } from './db/tables.ts';
import type { HealthLoaders } from './loaders.ts';

export type HealthContext = SubgraphContext<HealthDB, HealthLoaders>;
