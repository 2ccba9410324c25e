import type { JWK } from 'jose';
import type { GatewayConfig, SubgraphConfig } from '../config.ts';
import { jwksFromKeys, jwksFromUrl, type ClientTokenPolicy } from './client-token.ts';
import { importKey, loadOrCreateKeyPair, readJwk, type Key } from './keys.ts';

/**
 * Turns configuration into keys. Production names real key files and a JWKS; development
 * generates two key pairs in DEV_KEYS_DIR on first use: `gateway` (the gateway→subgraph
 * tokens) and `dev-client` (what `npm run token` signs with).
 */
export interface GatewaySecurity {
  internalKey: Key;
  clientPolicy: ClientTokenPolicy;
  anonymousAccess: boolean;
}

export async function gatewaySecurity(config: GatewayConfig): Promise<GatewaySecurity> {
  const { auth } = config;
  const internalJwk = auth.gatewayPrivateKeyFile
    ? readJwk(auth.gatewayPrivateKeyFile)
    : (await loadOrCreateKeyPair(auth.devKeysDir, 'gateway')).privateJwk;
  let keys: ClientTokenPolicy['keys'];
  if (auth.jwksUrl) keys = jwksFromUrl(auth.jwksUrl);
  else if (auth.jwksFile) keys = jwksFromKeys(readJwkSet(auth.jwksFile));
  else keys = jwksFromKeys([(await loadOrCreateKeyPair(auth.devKeysDir, 'dev-client')).publicJwk]);
  return {
    internalKey: await importKey(internalJwk),
    clientPolicy: { keys, issuer: auth.issuer, audience: auth.audience },
    anonymousAccess: auth.anonymousAccess,
  };
}

export async function subgraphGatewayKey(config: SubgraphConfig): Promise<Key> {
  const jwk = config.gatewayPublicKeyFile
    ? readJwk(config.gatewayPublicKeyFile)
    : (await loadOrCreateKeyPair(config.devKeysDir, 'gateway')).publicJwk;
  return importKey(jwk);
}

function readJwkSet(path: string): JWK[] {
  const parsed = readJwk(path) as JWK & { keys?: JWK[] };
  return parsed.keys ?? [parsed];
}
