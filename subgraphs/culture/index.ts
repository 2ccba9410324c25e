import { runSubgraph } from '../../lib/run-subgraph.ts';
import { culture } from './subgraph.ts';

await runSubgraph(culture);
