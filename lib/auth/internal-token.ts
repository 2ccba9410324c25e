import { SignJWT, jwtVerify } from 'jose';
import { z } from 'zod';
import { correlationId, type RequestIds } from '../request-ids.ts';
import { viewerClaims, type Viewer } from './viewer.ts';
import type { Key } from './keys.ts';

/**
 * The gateway's own short-lived token, carrying the verified viewer and the request's ids to
 * the subgraphs. Only the gateway holds the private key; subgraphs hold the public one, so a
 * subgraph (or anyone who reaches one) cannot mint it, and raw client headers are never trusted:
 * a subgraph learns the request id (`rid`) and the client's correlation id (`cid`) only from here.
 */
export const INTERNAL_ISSUER = 'child-coverage-gateway';
export const INTERNAL_AUDIENCE = 'child-coverage-subgraphs';
const TTL_SECONDS = 60;

const requestClaims = z.object({ rid: z.string().min(1).max(128), cid: correlationId.optional() });

export function signInternalToken(viewer: Viewer, ids: RequestIds, key: Key): Promise<string> {
  return new SignJWT({ role: viewer.role, area: viewer.area, rid: ids.requestId, cid: ids.correlationId })
    .setProtectedHeader({ alg: 'EdDSA' })
    .setSubject(viewer.subject)
    .setIssuer(INTERNAL_ISSUER)
    .setAudience(INTERNAL_AUDIENCE)
    .setIssuedAt()
    .setExpirationTime(`${TTL_SECONDS}s`)
    .sign(key);
}

/** Throws unless the token was signed by the gateway's key, for the subgraphs, and is unexpired. */
export async function verifyInternalToken(token: string, key: Key): Promise<{ viewer: Viewer } & RequestIds> {
  const { payload } = await jwtVerify(token, key, { issuer: INTERNAL_ISSUER, audience: INTERNAL_AUDIENCE, algorithms: ['EdDSA'] });
  const claims = viewerClaims.parse(payload);
  const ids = requestClaims.parse(payload);
  return {
    viewer: { subject: claims.sub, role: claims.role, area: claims.area },
    requestId: ids.rid,
    ...(ids.cid ? { correlationId: ids.cid } : {}),
  };
}
