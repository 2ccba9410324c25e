import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.ts';
import { isUnavailable } from './primary.ts';

/** Error codes a client may see. Anything else is masked to INTERNAL_SERVER_ERROR. */
export const PUBLIC_ERROR_CODES = new Set([
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'FORBIDDEN',
  'UNAUTHENTICATED',
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'PERSISTED_QUERY_INVALID',
  'SUBGRAPH_UNAVAILABLE',
  'PRIMARY_UNAVAILABLE',
  'DATABASE_UNAVAILABLE',
  'OPERATION_NOT_ALLOWED',
  'RATE_LIMITED',
  'COST_LIMIT_EXCEEDED',
]);

/** A client-side mistake in one argument; `argument` names it so portals can highlight the field. */
export function badUserInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(`Argument "${argument}": ${message}`, {
    extensions: { code: 'BAD_USER_INPUT', argument },
  });
}

/**
 * `formatError` for every server. Known client-facing codes pass (minus stack traces);
 * a database that is away becomes DATABASE_UNAVAILABLE with when to retry; everything else is
 * logged in full and replaced by a generic message, so no SQL, host, port or stack ever leaves
 * the process.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    const cause = error instanceof GraphQLError ? (error.originalError ?? error) : error;
    if (isUnavailable(cause)) {
      // The database is away or out of connections (a pooler's wait timed out): the client may retry.
      logger.warn({ err: cause, path: formatted.path }, 'database unavailable');
      return {
        message: 'The database is unavailable for a moment. Retry shortly.',
        ...(formatted.path ? { path: formatted.path } : {}),
        extensions: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 1 },
      };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error masked');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
