import { runSubgraph } from '../../lib/run-subgraph.ts';
import { education } from './subgraph.ts';

await runSubgraph(education);
