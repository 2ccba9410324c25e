import { runSubgraph } from '../../lib/run-subgraph.ts';
import { labour } from './subgraph.ts';

await runSubgraph(labour);
