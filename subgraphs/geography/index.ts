import { runSubgraph } from '../../lib/run-subgraph.ts';
import { geography } from './subgraph.ts';

await runSubgraph(geography);
