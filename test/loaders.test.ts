import { describe, expect, it } from 'vitest';
import { loaderKit } from '../lib/loaders.ts';

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
