import { runSubgraph } from '../../lib/run-subgraph.ts';
import { health } from './subgraph.ts';

await runSubgraph(health);
