import type { SubgraphContext } from '../../lib/subgraph.ts';
import type { GeographyDB } from './db/tables.ts';
import type { GeographyLoaders } from './loaders.ts';

export type GeographyContext = SubgraphContext<GeographyDB, GeographyLoaders>;
