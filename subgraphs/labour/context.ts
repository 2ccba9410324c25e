import type { SubgraphContext } from '../../lib/subgraph.ts';
import type { LabourDB } from './db/tables.ts';
import type { LabourLoaders } from './loaders.ts';

export type LabourContext = SubgraphContext<LabourDB, LabourLoaders>;
