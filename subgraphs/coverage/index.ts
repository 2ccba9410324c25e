import { runSubgraph } from '../../lib/run-subgraph.ts';
import { coverage } from './subgraph.ts';

await runSubgraph(coverage);
