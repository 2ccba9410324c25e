import { SignJWT, jwtVerify } from 'jose';
import { viewerClaims, type Viewer } from './viewer.ts';
import type { Key } from './keys.ts';

/**
 * The gateway's own short-lived token, carrying the verified viewer to the subgraphs. Only the
 * gateway holds the private key; subgraphs hold the public one, so a subgraph (or anyone who
 * reaches one) cannot mint it, and raw client headers are never trusted.
 */
export const INTERNAL_ISSUER = 'child-coverage-gateway';
export const INTERNAL_AUDIENCE = 'child-coverage-subgraphs';
const TTL_SECONDS = 60;

export function signInternalToken(viewer: Viewer, requestId: string, key: Key): Promise<string> {
  return new SignJWT({ role: viewer.role, area: viewer.area, rid: requestId })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(viewer.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(key);
}

/** Throws unless the token was signed by the gateway's key, for the subgraphs, and is unexpired. */
export async function verifyInternalToken(token: string, key: Key): Promise<Viewer> {
  const { payload } = await jwtVerify(token, key, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE, algorithms: ['EdDSA'] });
  const claims = viewerClaims.parse(payload);
  return { subject: claims.sub, role: claims.role, area: claims.area };
}
