import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';

export const SIGNING_ALG = 'EdDSA';
export type Key = Awaited<ReturnType<typeof importJWK>>;

export interface KeyPair {
  privateJwk: JWK;
  publicJwk: JWK;
}

export async function newKeyPair(kid: string): Promise<KeyPair> {
  const { privateKey, publicKey } = await generateKeyPair(SIGNING_ALG, { crv: 'Ed25519', extractable: true });
  return {
    privateJwk: { ...(await exportJWK(privateKey)), kid, alg: SIGNING_ALG },
    publicJwk: { ...(await exportJWK(publicKey)), kid, alg: SIGNING_ALG },
  };
}

/** A key pair kept in `<dir>/<name>.private.jwk` and `.public.jwk`, made on first use (development only). */
export async function loadOrCreateKeyPair(dir: string, name: string): Promise<KeyPair> {
  const privatePath = `${dir}/${name}.private.jwk`;
  const publicPath = `${dir}/${name}.public.jwk`;
  if (!existsSync(privatePath)) {
    const pair = await newKeyPair(`${name}-${Date.now()}`);
    mkdirSync(dirname(privatePath), { recursive: true });
    writeFileSync(privatePath, JSON.stringify(pair.privateJwk), { mode: 0o600 });
    writeFileSync(publicPath, JSON.stringify(pair.publicJwk));
    return pair;
  }
  return { privateJwk: readJwk(privatePath), publicJwk: readJwk(publicPath) };
}

export function readJwk(path: string): JWK {
  return JSON.parse(readFileSync(path, 'utf8')) as JWK;
}

export const importKey = (jwk: JWK) => importJWK(jwk, SIGNING_ALG);
