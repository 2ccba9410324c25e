import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotKey, snapshotPath } from '../scripts/demo/snapshot.ts';
import { DEFAULT_DEMO } from '../scripts/demo/world.ts';
import { startEmbeddedServer } from '../scripts/embedded-db.ts';

/** The demo database kept by `npm start` (scripts/demo/snapshot.ts): named by what it depends on, and loaded whole. */
const dir = mkdtempSync(join(tmpdir(), 'demo-snapshot-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function rows(url: string, text: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(text)).rows;
  } finally {
    await client.end();
  }
}

describe('the kept demo database', () => {
  it('is named by the demo options (and the code), and can be turned off', () => {
    expect(snapshotKey(DEFAULT_DEMO)).toBe(snapshotKey({ ...DEFAULT_DEMO }));
    expect(snapshotKey({ ...DEFAULT_DEMO, seed: DEFAULT_DEMO.seed + 1 })).not.toBe(snapshotKey(DEFAULT_DEMO));
    expect(snapshotKey({ ...DEFAULT_DEMO, childrenPerCommune: 61 })).not.toBe(snapshotKey(DEFAULT_DEMO));
    expect(snapshotPath(DEFAULT_DEMO, { DEMO_CACHE_DIR: dir })).toBe(join(dir, `demo-${snapshotKey(DEFAULT_DEMO)}.tar`));
    expect(snapshotPath(DEFAULT_DEMO, { DEMO_CACHE_DIR: 'off' })).toBeUndefined();
  });

  it('a dump taken while serving loads into an empty data directory, with every row', async () => {
    const dump = join(dir, 'cache', 'demo-test.tar');
    const first = await startEmbeddedServer({ dataDir: join(dir, 'a'), port: 0, password: 'pw' });
    try {
      expect(first.loaded).toBe(false);
      await rows(
        first.url,
        "create table kept (n int primary key, name text); insert into kept select g, 'Thanh Lĩnh ' || g from generate_series(1, 5000) g",
      );
      await first.dump(dump);
    } finally {
      await first.stop();
    }
    expect(existsSync(dump)).toBe(true);

    const second = await startEmbeddedServer({ dataDir: join(dir, 'b'), port: 0, password: 'pw', loadFrom: dump });
    try {
      expect(second.loaded).toBe(true);
      expect(await rows(second.url, 'select count(*)::int as n, max(name) as last from kept')).toEqual([
        { n: 5000, last: 'Thanh Lĩnh 999' },
      ]);
    } finally {
      await second.stop();
    }
    // A data directory that already holds a database is opened as it is; the dump is not applied.
    const again = await startEmbeddedServer({ dataDir: join(dir, 'b'), port: 0, password: 'pw', loadFrom: dump });
    try {
      expect(again.loaded).toBe(false);
      expect(await rows(again.url, 'select count(*)::int as n from kept')).toEqual([{ n: 5000 }]);
    } finally {
      await again.stop();
    }
  }, 600_000);
});
