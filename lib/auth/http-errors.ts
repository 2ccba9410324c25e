import { GraphQLError } from 'graphql';

/** 401 with a fixed message: which check failed (signature, expiry, issuer) is logged, never told. */
export function unauthenticated(message = 'A valid bearer token is required.'): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
}

/**
 * The token of an `Authorization: Bearer <token>` header; undefined when there is no header.
 * A header in any other form (another scheme, no token, two tokens) is refused rather than
 * ignored: a caller who tried to authenticate must never be served as anonymous.
 */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  if (header === undefined) return undefined;
  const match = typeof header === 'string' ? /^Bearer +([A-Za-z0-9._~+/-]+=*) *$/i.exec(header) : null;
  if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>".');
  return match[1];
}
