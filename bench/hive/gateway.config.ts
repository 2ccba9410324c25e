/**
 * Hive Gateway serving the project's unchanged schema/supergraph.graphql in front of the same
 * subgraphs. The subgraphs answer only the gateway's token, so this config mints it the same
 * way gateway/ does, with the gateway key (GATEWAY_PRIVATE_KEY_FILE, or the development key).
 * Every request is forwarded as ANONYMOUS: this is for compatibility checks and benchmarks,
 * not a second production edge (it does not verify client tokens).
 */
import { readFileSync } from 'node:fs';
import { defineConfig } from '@graphql-hive/gateway';
import { SignJWT, importJWK } from 'jose';

const keyFile = process.env.GATEWAY_PRIVATE_KEY_FILE ?? new URL('../../.data/keys/gateway.private.jwk', import.meta.url).pathname;
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

export const gatewayConfig = defineConfig({
  supergraph: new URL('../../schema/supergraph.graphql', import.meta.url).pathname,
  propagateHeaders: { fromClientToSubgraphs: async () => ({ authorization: `Bearer ${await gatewayToken()}` }) },
});
