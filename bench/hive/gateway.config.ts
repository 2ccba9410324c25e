/**
 * Hive Gateway serving the project's unchanged schema/supergraph.graphql in front of the same
 * subgraphs. The subgraphs answer only the gateway's token, so this config mints it the same
 * way gateway/ does, with the gateway key (GATEWAY_PRIVATE_KEY_FILE, or the development key in
 * DEV_KEYS_DIR, default .data/keys of the project). Like gateway/, it signs one token per client
 * request and reuses it for every subgraph fetch of that request.
 * Every request is forwarded as ANONYMOUS: this is for compatibility checks and benchmarks,
 * not a second production edge (it does not verify client tokens).
 *
 * Environment:
 *   HIVE_PLANNER=rust        use the Rust query planner (@graphql-hive/router-runtime, "Hive
 *                            Router runtime"); unset or "default": Hive's default (stitching) planner.
 *   <NAME>_URL               a subgraph's URL, e.g. GEOGRAPHY_URL=http://127.0.0.1:4201/graphql
 *                            (the same variables gateway/ reads); otherwise the supergraph's URL.
 *   SUBGRAPH_URLS            the same as JSON, e.g. {"geography":"http://127.0.0.1:4201/graphql"};
 *                            <NAME>_URL wins over it.
 *   SUPERGRAPH_PATH          the supergraph (default: schema/supergraph.graphql); a path given on
 *                            the command line (`hive-gateway supergraph <path>`) wins over it.
 *
 *   HIVE_PLANNER=rust hive-gateway supergraph --port 4301
 */
import { readFileSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@graphql-hive/gateway';
import { SignJWT, importJWK } from 'jose';

const projectRoot = fileURLToPath(new URL('../../', import.meta.url));
const fromProject = (path: string) => (isAbsolute(path) ? path : resolve(projectRoot, path));

const keyFile = process.env.GATEWAY_PRIVATE_KEY_FILE
  ? fromProject(process.env.GATEWAY_PRIVATE_KEY_FILE)
  : fromProject(`${process.env.DEV_KEYS_DIR ?? '.data/keys'}/gateway.private.jwk`);
const key = await importJWK(JSON.parse(readFileSync(keyFile, 'utf8')), 'EdDSA');
const gatewayToken = () =>
  new SignJWT({ role: 'ANONYMOUS', area: [], rid: 'hive-gateway' })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject('anonymous')
    .setIssuer('child-coverage-gateway')
    .setAudience('child-coverage-subgraphs')
    .setIssuedAt()
    .setExpirationTime('60s')
    .sign(key);
/** One token per client request, shared by all its subgraph fetches. */
const tokens = new WeakMap<Request, Promise<string>>();
const tokenFor = (request: Request) => {
  let token = tokens.get(request);
  if (!token) tokens.set(request, (token = gatewayToken()));
  return token;
};

const supergraph = fromProject(process.env.SUPERGRAPH_PATH ?? 'schema/supergraph.graphql');

/** Subgraph URL overrides, as Hive transport entries: { geography: { location: url }, ... }. */
function subgraphLocations(): Record<string, { location: string }> {
  const names = [...readFileSync(supergraph, 'utf8').matchAll(/@join__graph\(\s*name:\s*"([^"]+)"/g)].map((m) => m[1]!);
  const urls: Record<string, string> = {};
  if (process.env.SUBGRAPH_URLS) {
    const parsed = JSON.parse(process.env.SUBGRAPH_URLS) as Record<string, string>;
    for (const [name, url] of Object.entries(parsed)) {
      if (!names.includes(name)) throw new Error(`SUBGRAPH_URLS: no subgraph "${name}" in ${supergraph} (${names.join(', ')})`);
      urls[name] = url;
    }
  }
  for (const name of names) {
    const url = process.env[`${name.toUpperCase()}_URL`];
    if (url) urls[name] = url;
  }
  for (const url of Object.values(urls)) new URL(url); // throws on a malformed URL
  return Object.fromEntries(Object.entries(urls).map(([name, location]) => [name, { location }]));
}

const planner = process.env.HIVE_PLANNER || 'default';
if (planner !== 'rust' && planner !== 'default') throw new Error(`HIVE_PLANNER must be "rust" or "default", not "${planner}"`);
// Imported only when asked for, and never silently replaced by the default planner (the CLI's own
// --hive-router-runtime flag falls back to it with a warning when the package cannot be loaded).
const rust = planner === 'rust' ? await import('@graphql-hive/router-runtime') : undefined;
process.stderr.write(`hive gateway config: ${rust ? 'Rust query planner (@graphql-hive/router-runtime)' : 'default query planner'}\n`);

export const gatewayConfig = defineConfig({
  supergraph,
  transportEntries: subgraphLocations(),
  ...(rust ? { unifiedGraphHandler: rust.unifiedGraphHandler } : {}),
  propagateHeaders: { fromClientToSubgraphs: async ({ request }) => ({ authorization: `Bearer ${await tokenFor(request)}` }) },
});
