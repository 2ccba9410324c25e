import { gatewayEnvSchema, parseConfig } from '../config.ts';
import { signClientToken } from './client-token.ts';
import { importKey, loadOrCreateKeyPair } from './keys.ts';

export class DevTokensRefused extends Error {}

/**
 * A client token signed with the local development key, for people trying the system and for
 * the local refresh job. Refused whenever the gateway is configured for real keys: production,
 * or a JWKS of an identity provider.
 */
export async function devClientToken(
  viewer: { subject: string; role: string; area?: string[] },
  expiresIn: string,
  env: NodeJS.ProcessEnv = process.env,
): Promise<string> {
  const config = parseConfig(gatewayEnvSchema, { ...env, NODE_ENV: env.NODE_ENV ?? 'development' });
  if (config.production || config.auth.jwksUrl || config.auth.jwksFile) {
    throw new DevTokensRefused('The gateway is configured for production keys; get a token from your identity provider.');
  }
  const pair = await loadOrCreateKeyPair(config.auth.devKeysDir, 'dev-client');
  return signClientToken(viewer, await importKey(pair.privateJwk), {
    issuer: config.auth.issuer,
    audience: config.auth.audience,
    expiresIn,
    kid: pair.privateJwk.kid,
  });
}

/** Creates the development key pairs before several services start at once and race to make them. */
export async function ensureDevKeys(env: NodeJS.ProcessEnv = process.env): Promise<void> {
  const config = parseConfig(gatewayEnvSchema, env);
  if (!config.auth.gatewayPrivateKeyFile) await loadOrCreateKeyPair(config.auth.devKeysDir, 'gateway');
  if (!config.auth.jwksUrl && !config.auth.jwksFile) await loadOrCreateKeyPair(config.auth.devKeysDir, 'dev-client');
}
