/**
 * Writes schema/supergraph.graphql from the subgraphs' SDL (with @apollo/composition; Rover's
 * npm package downloads a binary and cannot run here). The URLs in it are the documented
 * defaults; the gateway takes the real ones from its configuration.
 *
 *   npm run compose            write it
 *   npm run compose -- --check exit 1 if the committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES } from '../lib/config.ts';
import { composeSupergraph } from '../gateway/compose.ts';
import { DEFAULT_SUPERGRAPH_PATH } from '../gateway/server.ts';
import { SUBGRAPHS } from '../subgraphs/index.ts';

export function composeDefault(): string {
  return composeSupergraph(
    SUBGRAPH_NAMES.map((name) => ({
      name,
      url: `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS[name]}/graphql`,
      typeDefs: SUBGRAPHS[name].typeDefs,
    })),
  );
}

if (import.meta.main) {
  const sdl = composeDefault();
  if (process.argv.includes('--check')) {
    const current = readFileSync(DEFAULT_SUPERGRAPH_PATH, 'utf8');
    if (current !== sdl) {
      process.stderr.write('schema/supergraph.graphql is stale: run `npm run compose` and commit it.\n');
      process.exit(1);
    }
    process.stdout.write('schema/supergraph.graphql is up to date.\n');
  } else {
    writeFileSync(DEFAULT_SUPERGRAPH_PATH, sdl);
    process.stdout.write(`wrote ${DEFAULT_SUPERGRAPH_PATH.pathname}\n`);
  }
}
