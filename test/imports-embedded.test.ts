import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate, type Database } from '../lib/db.ts';
import { importFile } from '../lib/import/run.ts';
import { startEmbeddedServer, type EmbeddedServer } from '../scripts/embedded-db.ts';
import { checkupRounds } from '../subgraphs/health/import.ts';
import { health } from '../subgraphs/health/subgraph.ts';
import { childList } from '../subgraphs/labour/import.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { writeChildList } from '../bench/child-list.ts';
import { healthFlatHeader, healthRow, writeCsv } from './support/import-files.ts';

/** The same importers on the embedded database (PGlite over the wire protocol: one connection at a time). */
let embedded: EmbeddedServer;
let labourDb: Database<any>;
let healthDb: Database<any>;
let dir: string;
const ADMIN = { subject: 'admin', role: 'ADMIN' as const, area: [] };
beforeAll(async () => {
  embedded = await startEmbeddedServer({ dataDir: undefined, port: 0 });
  labourDb = connect({ url: embedded.url, schema: 'labour', poolMax: 1 });
  healthDb = connect({ url: embedded.url, schema: 'health', poolMax: 1 });
  await migrate(labourDb.db, 'labour', labour.migrations);
  await migrate(healthDb.db, 'health', health.migrations);
  dir = await mkdtemp(join(tmpdir(), 'imports-embedded-'));
});
afterAll(async () => {
  await labourDb?.close();
  await healthDb?.close();
  await embedded?.stop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('imports on the embedded database', () => {
  it('imports a child list in several groups, then again with nothing new', async () => {
    const file = join(dir, 'children.csv');
    const rows = await writeChildList(file, 3_000, { provinces: ['01'] });
    const first = await importFile(labourDb, childList, { path: file, schema: 'labour', submitter: ADMIN, batchSize: 1_000 });
    expect(first).toMatchObject({ status: 'ACCEPTED', rows, stored: rows, rejected: 0 });
    const children = await labourDb.db
      .selectFrom('tre_em')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirst();
    expect(children!.n).toBe(3_000);
    const again = await importFile(labourDb, childList, { path: file, schema: 'labour', submitter: ADMIN, batchSize: 1_000 });
    expect(again).toMatchObject({ status: 'ACCEPTED', stored: 0, alreadyStored: rows });
  });

  it('rolls a faulty file back whole and records why', async () => {
    const file = join(dir, 'faulty.csv');
    await writeCsv(file, [
      healthFlatHeader(),
      healthRow('00006', 'Vĩnh Phúc', '2024-04-01', [1, 1, 1, 1]),
      healthRow('00006', 'Vĩnh Phúc', '2024-04-02', [1, 1, 1, 1], [2, 0, 0, 0]),
    ]);
    const summary = await importFile(healthDb, checkupRounds, { path: file, schema: 'health', submitter: ADMIN });
    expect(summary).toMatchObject({ status: 'REJECTED', stored: 0, notStored: 1, rejected: 1, issues: { PART_EXCEEDS_WHOLE: 1 } });
    expect(await healthDb.db.selectFrom('dot_kham').selectAll().execute()).toEqual([]);
    expect(await healthDb.db.selectFrom('loi_nhap').select(['dong', 'cot', 'ma_loi']).execute()).toEqual([
      { dong: 3, cot: 'chuyen_0-2', ma_loi: 'PART_EXCEEDS_WHOLE' },
    ]);
  });
});
