/**
 * Writes schema/supergraph.graphql, and the API schema clients see (schema/api.graphql), from the subgraphs' SDL (with @apollo/composition; Rover's
 * npm package downloads a binary and cannot run here). The URLs in it are the documented
 * defaults; the gateway takes the real ones from its configuration.
 *
 *   npm run compose            write it
 *   npm run compose -- --check exit 1 if a committed file is stale
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { DEFAULT_SUBGRAPH_PORTS, SUBGRAPH_NAMES } from '../lib/config.ts';
import { composeSupergraph, printApiSchema } from '../gateway/compose.ts';
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

export const API_SCHEMA_PATH = new URL('../schema/api.graphql', import.meta.url);

if (import.meta.main) {
  const sdl = composeDefault();
  const outputs: [URL, string][] = [
    [DEFAULT_SUPERGRAPH_PATH, sdl],
    [API_SCHEMA_PATH, printApiSchema(sdl)],
  ];
  if (process.argv.includes('--check')) {
    const stale = outputs.filter(([path, text]) => readFileSync(path, 'utf8') !== text);
    for (const [path] of stale) process.stderr.write(`${path.pathname} is stale: run \`npm run compose\` and commit it.\n`);
    if (stale.length) process.exit(1);
    process.stdout.write('schema/supergraph.graphql and schema/api.graphql are up to date.\n');
  } else {
    for (const [path, text] of outputs) {
      writeFileSync(path, text);
      process.stdout.write(`wrote ${path.pathname}\n`);
    }
  }
}
