import { GraphQLError } from 'graphql';
import { sql } from 'kysely';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../lib/db.ts';
import { maskErrors } from '../lib/errors.ts';
import { primaryGuard } from '../lib/primary.ts';
import { testLogger } from './support/silent-logger.ts';
import { freePort } from './support/ports.ts';

const up = connect({ url: inject('databaseUrl'), schema: 'public' });
afterAll(() => up.close());

describe('work on the primary', () => {
  it('fails fast with PRIMARY_UNAVAILABLE and retry guidance while the primary is away', async () => {
    const down = connect({
      url: `postgres://postgres@127.0.0.1:${await freePort()}/postgres`,
      schema: 'public',
      connectTimeoutMs: 1_000,
    });
    try {
      let attempts = 0;
      const onPrimary = primaryGuard(down.db, { timeoutMs: 3_000, coolDownMs: 60_000 });
      const work = () => onPrimary(async (db) => (attempts++, sql`select 1`.execute(db)));
      const first = await work().catch((e: unknown) => e);
      expect(first).toBeInstanceOf(GraphQLError);
      expect((first as GraphQLError).extensions).toEqual({ code: 'PRIMARY_UNAVAILABLE', retryAfterSeconds: 60 });
      // Within the cool-down the primary is not tried again: the next call fails at once.
      await expect(work()).rejects.toMatchObject({ extensions: { code: 'PRIMARY_UNAVAILABLE' } });
      expect(attempts).toBe(1);
    } finally {
      await down.close();
    }
  });

  it('gives up on a primary that does not answer in time', async () => {
    const onPrimary = primaryGuard(up.db, { timeoutMs: 200, coolDownMs: 1_000 });
    await expect(onPrimary((db) => sql`select pg_sleep(2)`.execute(db))).rejects.toMatchObject({
      extensions: { code: 'PRIMARY_UNAVAILABLE', retryAfterSeconds: 1 },
    });
  });

  it('passes a statement error through unchanged, and keeps using a primary that answers', async () => {
    const onPrimary = primaryGuard(up.db);
    await expect(onPrimary((db) => sql`select * from no_such_table_here`.execute(db))).rejects.toMatchObject({ code: '42P01' });
    const { rows } = await onPrimary((db) => sql<{ one: number }>`select 1 as one`.execute(db));
    expect(rows).toEqual([{ one: 1 }]);
  });
});

describe('errors from a database that is away', () => {
  const mask = maskErrors(testLogger('mask'));
  const masked = (err: Error) => mask({ message: err.message, path: ['field'] }, new GraphQLError(err.message, { originalError: err }));

  it('are DATABASE_UNAVAILABLE with retry guidance, never a host or port', async () => {
    const down = connect({
      url: `postgres://postgres@127.0.0.1:${await freePort()}/postgres`,
      schema: 'public',
      connectTimeoutMs: 1_000,
    });
    try {
      const refused = await sql`select 1`.execute(down.db).then(
        () => undefined,
        (e: Error) => e,
      );
      expect(refused).toBeInstanceOf(Error);
      const out = masked(refused!);
      expect(out).toEqual({
        message: 'The database is unavailable for a moment. Retry shortly.',
        path: ['field'],
        extensions: { code: 'DATABASE_UNAVAILABLE', retryAfterSeconds: 1 },
      });
    } finally {
      await down.close();
    }
  });

  it('while a wrong statement stays a masked internal error', async () => {
    const wrong = await sql`select * from no_such_table_here`.execute(up.db).then(
      () => undefined,
      (e: Error) => e,
    );
    expect(masked(wrong!).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
