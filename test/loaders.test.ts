import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { compiledOnce, connect, keyColumns, keyTableOf } from '../lib/db.ts';
import { loaderKit } from '../lib/loaders.ts';
import { createTestSchemas } from './support/database.ts';

/** Batching is an option of each subgraph (the benchmark turns it off for one run), never a process-wide switch. */
describe('loader kits', () => {
  const calls = async (batch: boolean) => {
    const batches: string[][] = [];
    const kit = loaderKit({ batch });
    const one = kit.loadOne(
      async (keys: readonly string[]) => (batches.push([...keys]), keys.map((k) => ({ k }))),
      String,
      (r) => r.k,
    );
    const many = kit.loadMany(
      async (keys: readonly string[]) => (batches.push([...keys]), keys.map((k) => ({ k }))),
      String,
      (r) => r.k,
    );
    expect(await Promise.all(['a', 'b', 'c'].map((k) => one.load(k)))).toEqual([{ k: 'a' }, { k: 'b' }, { k: 'c' }]);
    expect(await Promise.all(['a', 'b'].map((k) => many.load(k)))).toEqual([[{ k: 'a' }], [{ k: 'b' }]]);
    return batches;
  };

  it('batch the keys of a tick into one call each when batching is on', async () => {
    expect(await calls(true)).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b'],
    ]);
  });

  it('make one call per key when it is off, and a kit made without batching leaves another kit batching', async () => {
    const off = loaderKit({ batch: false });
    const on = loaderKit({ batch: true });
    expect(await calls(false)).toEqual([['a'], ['b'], ['c'], ['a'], ['b']]);
    expect([off.batchOptions(), on.batchOptions()]).toEqual([{ batch: false }, { batch: true }]);
  });
});

/**
 * Unbatched, every key is a statement of its own: compiledOnce builds each statement shape once
 * and binds each call's values, so thousands of keys in flight cost no query building.
 */
describe('statements compiled once', () => {
  it('bind each call’s own values, also when calls of one shape run at once, and compile once per shape', async () => {
    const schemas = await createTestSchemas();
    const database = connect<any>(schemas.settings('coverage'));
    try {
      const types = { code: 'text', n: 'int' } as const;
      let builds = 0;
      const run = (rows: { code: string; n: number }[], factor: number) =>
        compiledOnce(database.db, `test|${types.code}`, [...keyColumns(rows, types), factor], (slots) => {
          builds++;
          return database.db
            .selectFrom(keyTableOf('k', types, slots.slice(0, 2)))
            .select([sql<string>`k.code`.as('code'), sql<number>`k.n * ${slots[2]}::int`.as('scaled')]);
        });
      const before = database.statements.count;
      const answers = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          run(
            [
              { code: `c${i}`, n: i },
              { code: `d${i}`, n: i + 1 },
            ],
            i % 3,
          ),
        ),
      );
      expect(answers).toEqual(
        Array.from({ length: 20 }, (_, i) => [
          { code: `c${i}`, scaled: i * (i % 3) },
          { code: `d${i}`, scaled: (i + 1) * (i % 3) },
        ]),
      );
      expect({ statements: database.statements.count - before, builds }).toEqual({ statements: 20, builds: 1 });
      // A value the statement does not take as a parameter is a mistake in the shape, not a silent constant.
      await expect(
        compiledOnce(database.db, 'test|unused', [1, 2], (slots) => database.db.selectNoFrom(sql<number>`${slots[0]}::int`.as('one'))),
      ).rejects.toThrow('1 of its slots are not parameters');
    } finally {
      await database.close();
      await schemas.drop();
    }
  });
});
