import { jwksFromKeys, signClientToken } from '../../lib/auth/client-token.ts';
import { signInternalToken } from '../../lib/auth/internal-token.ts';
import { importKey, newKeyPair } from '../../lib/auth/keys.ts';
import type { GatewaySecurity } from '../../lib/auth/provision.ts';
import type { Viewer } from '../../lib/auth/viewer.ts';

/** Fresh keys for each test process: a "gateway" pair and a "client identity provider" pair. */
const pairs = Promise.all([newKeyPair('test-gateway'), newKeyPair('test-client')]);
export const TEST_ISSUER = 'test-issuer';
export const TEST_AUDIENCE = 'test-audience';

export async function testKeys() {
  const [gateway, client] = await pairs;
  return {
    gatewayPrivate: await importKey(gateway.privateJwk),
    gatewayPublic: await importKey(gateway.publicJwk),
    clientPrivate: await importKey(client.privateJwk),
    clientPublicJwk: client.publicJwk,
  };
}

export async function testSecurity(anonymousAccess = true): Promise<GatewaySecurity> {
  const keys = await testKeys();
  return {
    internalKey: keys.gatewayPrivate,
    clientPolicy: { keys: jwksFromKeys([keys.clientPublicJwk]), issuer: TEST_ISSUER, audience: TEST_AUDIENCE },
    anonymousAccess,
  };
}

/** Headers a subgraph accepts: the gateway's token for `viewer`. */
export async function gatewayHeaders(viewer: Viewer = { subject: 'test', role: 'ADMIN', area: [] }): Promise<Record<string, string>> {
  const keys = await testKeys();
  return { authorization: `Bearer ${await signInternalToken(viewer, { requestId: 'test-request' }, keys.gatewayPrivate)}` };
}

/** A client token as an identity provider would issue it (an OFFICER's area as dated entries, `31@2025-07-01`); override anything to forge a bad one. */
export async function clientToken(
  viewer: { subject?: string; role: string; area?: string[] },
  options: { expiresIn?: string | number; issuer?: string; audience?: string } = {},
): Promise<string> {
  const keys = await testKeys();
  return signClientToken({ subject: viewer.subject ?? 'tester', role: viewer.role, area: viewer.area }, keys.clientPrivate, {
    issuer: options.issuer ?? TEST_ISSUER,
    audience: options.audience ?? TEST_AUDIENCE,
    expiresIn: options.expiresIn ?? '10m',
  });
}
