import { GraphQLError } from 'graphql';
import type { Kysely } from 'kysely';

/**
 * Work that must reach the primary inside a request (the audit trail, reads of one's own writes)
 * fails fast while the primary is away, with PRIMARY_UNAVAILABLE and when to retry, instead of
 * waiting on a pooler or a restarting server. Reads served by a replica are unaffected.
 *
 * After a connection-class failure (or a call slower than `timeoutMs`), calls fail at once for
 * `coolDownMs`; the first call after that tries the primary again.
 */
export type OnPrimary<DB> = <T>(work: (db: Kysely<DB>) => Promise<T>) => Promise<T>;

export interface PrimaryGuardOptions {
  timeoutMs: number;
  coolDownMs: number;
}

export const DEFAULT_PRIMARY_GUARD: PrimaryGuardOptions = { timeoutMs: 3_000, coolDownMs: 1_000 };

class TimedOut extends Error {}

/** SQLSTATE classes that say the server is away, not that the statement is wrong: connection exception (08),
 * operator intervention (57P01-57P03: shutdown, crash, starting up), insufficient resources (53). */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-3]|53)/;

export function isUnavailable(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE.test(code);
  if (err instanceof TimedOut) return true;
  // No SQLSTATE: the socket itself failed (refused, reset, closed, or pg's pool could not connect in time).
  if (typeof code === 'string' && /^(ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|EHOSTUNREACH)$/.test(code)) return true;
  return (
    err instanceof Error &&
    /Connection terminated|timeout exceeded when trying to connect|connection error|Connection ended/i.test(err.message)
  );
}

export function primaryUnavailable(retryAfterSeconds: number): GraphQLError {
  return new GraphQLError('The primary database is unavailable for a moment; this part needs it. Retry shortly.', {
    extensions: { code: 'PRIMARY_UNAVAILABLE', retryAfterSeconds },
  });
}

export function primaryGuard<DB>(db: Kysely<DB>, options: PrimaryGuardOptions = DEFAULT_PRIMARY_GUARD): OnPrimary<DB> {
  let downUntil = 0;
  const retryAfter = () => Math.max(1, Math.ceil(options.coolDownMs / 1000));
  return async (work) => {
    if (Date.now() < downUntil) throw primaryUnavailable(retryAfter());
    let timer: NodeJS.Timeout | undefined;
    try {
      const deadline = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new TimedOut()), options.timeoutMs)));
      return await Promise.race([work(db), deadline]);
    } catch (err) {
      if (err instanceof GraphQLError || !isUnavailable(err)) throw err;
      downUntil = Date.now() + options.coolDownMs;
      throw primaryUnavailable(retryAfter());
    } finally {
      clearTimeout(timer);
    }
  };
}
