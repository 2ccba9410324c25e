import { SignJWT, createLocalJWKSet, createRemoteJWKSet, jwtVerify, type JWK, type JWTVerifyGetKey } from 'jose';
import type { Key } from './keys.ts';
import { viewerClaims, type Viewer } from './viewer.ts';

/** How the gateway checks client tokens: whose keys, which issuer and audience. */
export interface ClientTokenPolicy {
  keys: JWTVerifyGetKey;
  issuer: string;
  audience: string;
}

export function jwksFromUrl(url: string): JWTVerifyGetKey {
  return createRemoteJWKSet(new URL(url));
}
export function jwksFromKeys(keys: JWK[]): JWTVerifyGetKey {
  return createLocalJWKSet({ keys });
}

/** Verifies signature, issuer, audience and expiry, then the claims' shape. Throws on any failure. */
export async function verifyClientToken(token: string, policy: ClientTokenPolicy): Promise<Viewer> {
  const { payload } = await jwtVerify(token, policy.keys, {
    issuer: policy.issuer,
    audience: policy.audience,
    algorithms: ['EdDSA', 'ES256', 'RS256'],
    requiredClaims: ['exp', 'sub'],
  });
  const claims = viewerClaims.parse(payload);
  return { subject: claims.sub, role: claims.role, area: claims.area };
}

/** Signs a client token; used by `npm run token` with the development key, and by the tests. */
export function signClientToken(
  viewer: { subject: string; role: string; area?: string[] },
  key: Key,
  options: { issuer: string; audience: string; expiresIn: string | number; kid?: string },
): Promise<string> {
  return new SignJWT({ role: viewer.role, area: viewer.area ?? [] })
    .setProtectedHeader({ alg: 'EdDSA', ...(options.kid ? { kid: options.kid } : {}) })
    .setSubject(viewer.subject)
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setIssuedAt()
    .setExpirationTime(options.expiresIn)
    .sign(key);
}
