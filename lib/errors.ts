import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import type { Logger } from './logger.ts';

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
 * everything else is logged in full and replaced by a generic message, so no SQL, host,
 * port or stack ever leaves the process.
 */
export function maskErrors(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && PUBLIC_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    logger.error({ err: error, path: formatted.path }, 'unexpected error masked');
    return {
      message: 'Internal server error',
      ...(formatted.path ? { path: formatted.path } : {}),
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    };
  };
}
