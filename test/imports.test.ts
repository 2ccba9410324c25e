import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate, type Database } from '../lib/db.ts';
import { importFile, type ImportSummary } from '../lib/import/run.ts';
import type { Viewer } from '../lib/auth/viewer.ts';
import { checkupRounds } from '../subgraphs/health/import.ts';
import { health } from '../subgraphs/health/subgraph.ts';
import { childList } from '../subgraphs/labour/import.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { CHILD_HEADER, healthFlatHeader, healthRow, writeCsv, writeHealthXlsx } from './support/import-files.ts';

let schemas: TestSchemas;
let healthDb: Database<any>;
let labourDb: Database<any>;
let dir: string;
const ADMIN: Viewer = { subject: 'admin', role: 'ADMIN', area: [] };
/** Today's Hà Nội, which holds the pre-reform Hà Nội communes too. */
const HANOI_OFFICER: Viewer = { subject: 'officer-hn', role: 'OFFICER', area: ['01@2025-07-01'] };

beforeAll(async () => {
  schemas = await createTestSchemas();
  healthDb = connect(schemas.settings('health'));
  labourDb = connect(schemas.settings('labour'));
  await migrate(healthDb.db, schemas.settings('health').schema, health.migrations);
  await migrate(labourDb.db, schemas.settings('labour').schema, labour.migrations);
  dir = await mkdtemp(join(tmpdir(), 'imports-test-'));
});
afterAll(async () => {
  await healthDb?.close();
  await labourDb?.close();
  await schemas?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** The rejection codes of a batch, by spreadsheet row. */
async function codesByRow(db: Kysely<any>, batchId: string): Promise<Record<number, string[]>> {
  const rows = await db.selectFrom('loi_nhap').select(['dong', 'ma_loi']).where('ma_lo', '=', batchId).orderBy('id').execute();
  const out: Record<number, string[]> = {};
  for (const r of rows) (out[r.dong] ??= []).push(r.ma_loi);
  return out;
}
/** A checksum of the whole content of some tables (order-independent). */
async function tableChecksum(db: Kysely<any>, schema: string, tables: string[]): Promise<string> {
  const parts: string[] = [];
  for (const t of tables) {
    const { rows } = await sql<{ h: string | null }>`select md5(string_agg(md5(x::text), '' order by md5(x::text))) as h from ${sql.id(schema, t)} x`.execute(db);
    parts.push(`${t}:${rows[0]!.h}`);
  }
  return parts.join(' ');
}

describe('health check-up import: planted faults', () => {
  let summary: ImportSummary;
  beforeAll(async () => {
    // One round stored before, to be met again as an identical row.
    const earlier = join(dir, 'earlier.csv');
    await writeCsv(earlier, [healthFlatHeader(), healthRow('00007', 'Cống Vị', '2024-03-01', [10, 20, 30, 40])]);
    expect((await importFile(healthDb.db, checkupRounds, { path: earlier, submitter: ADMIN, schema: schemas.settings('health').schema })).status).toBe('ACCEPTED');

    const file = join(dir, 'faults.csv');
    await writeCsv(file, [
      healthFlatHeader(),
      /* 2 */ healthRow('00004', 'Trúc Bạch', '2024-05-10', [5, 6, 7, 8], [1, 0, 0, 0]),
      /* 3 */ healthRow('00004', 'Ba Đình', '2025-08-15', [9, 9, 9, 9]),
      /* 4 */ healthRow('99999', 'Không có', '2024-05-10', [1, 1, 1, 1]),
      /* 5 */ healthRow('00004', 'Trúc Bạch', '2025-08-20', [1, 1, 1, 1]),
      /* 6 */ healthRow('00001', 'Phúc Xá', '2025-09-01', [1, 1, 1, 1]),
      /* 7 */ healthRow('00006', 'Vĩnh Phúc', '31/02/2024', [1, 1, 1, 1]),
      /* 8 */ healthRow('00006', 'Vĩnh Phúc', '2024-04-01', [1, 1, 1, 1], undefined, undefined, 'Khám răng'),
      /* 9 */ healthRow('00006', 'Vĩnh Phúc', '2024-04-02', [1, -3, 1, 1]),
      /* 10 */ healthRow('00006', 'Vĩnh Phúc', '2024-04-03', [2, 2, 2, 2], [3, 0, 0, 0]),
      /* 11 */ healthRow('00004', 'Trúc Bạch', '2024-05-10', [5, 6, 7, 8], [1, 0, 0, 0]),
      /* 12 */ healthRow('01267', 'Sông Hiến', '2024-05-10', [1, 1, 1, 1]),
      /* 13 */ healthRow('00007', 'Cống Vị', '2024-03-01', [10, 20, 30, 40]),
      /* 14 */ healthRow('00004', 'Trúc Bạch', '2024-01-05', [1, 2, 3, 4]),
    ], { bom: true, delimiter: ';' });
    summary = await importFile(healthDb.db, checkupRounds, { path: file, submitter: HANOI_OFFICER, policy: 'VALID_ROWS', schema: schemas.settings('health').schema });
  });

  it('rejects each planted fault with its code', async () => {
    expect(await codesByRow(healthDb.db, summary.batchId)).toEqual({
      4: ['UNKNOWN_CODE'],
      5: ['CODE_NAME_MISMATCH'],
      6: ['CODE_RETIRED'],
      7: ['BAD_DATE'],
      8: ['UNKNOWN_LABEL'],
      9: ['BAD_COUNT'],
      10: ['PART_EXCEEDS_WHOLE'],
      11: ['DUPLICATE_IN_FILE'],
      12: ['OUTSIDE_AREA'],
      13: ['ALREADY_STORED'],
    });
  });

  it('names the successors of a retired code and the place a reused code meant', async () => {
    const rows = await healthDb.db.selectFrom('loi_nhap').selectAll().where('ma_lo', '=', summary.batchId).where('dong', 'in', [5, 6]).orderBy('dong').execute();
    expect(rows[0].thong_diep_en).toContain('is Ba Đình');
    expect(rows[0].thong_diep_en).toContain('Trúc Bạch had this code 2021-11-01');
    expect(rows[1].thong_diep_en).toContain('00097 Hồng Hà');
    expect(rows[1].thong_diep_vi).toContain('mã kế thừa');
  });

  it('stores every valid row and accounts for every row', async () => {
    expect(summary).toMatchObject({ status: 'PARTIAL', rows: 13, stored: 3, corrected: 0, alreadyStored: 1, rejected: 9, notStored: 0 });
    expect(summary.stored + summary.corrected + summary.alreadyStored + summary.rejected + summary.notStored).toBe(summary.rows);
    const rounds = await healthDb.db.selectFrom('dot_kham').select(['ma_xa', 'ngay_kham', 'ma_huyen', 'ma_tinh']).orderBy('ngay_kham').execute();
    expect(rounds).toEqual([
      { ma_xa: '00004', ngay_kham: '2024-01-05', ma_huyen: '001', ma_tinh: '01' },
      { ma_xa: '00007', ngay_kham: '2024-03-01', ma_huyen: '001', ma_tinh: '01' },
      { ma_xa: '00004', ngay_kham: '2024-05-10', ma_huyen: '001', ma_tinh: '01' },
      { ma_xa: '00004', ngay_kham: '2025-08-15', ma_huyen: null, ma_tinh: '01' },
    ]);
    expect(summary.provinceYears).toEqual([{ province: '01', year: 2024 }, { province: '01', year: 2025 }]);
  });

  it('all-or-nothing (the default) stores nothing of a faulty file', async () => {
    const before = await tableChecksum(healthDb.db, schemas.settings('health').schema, ['dot_kham', 'ket_qua_kham', 'dong_nhap']);
    const file = join(dir, 'faults-strict.csv');
    await writeCsv(file, [healthFlatHeader(), healthRow('00006', 'Vĩnh Phúc', '2024-06-01', [1, 1, 1, 1]), healthRow('99999', 'X', '2024-06-01', [1, 1, 1, 1])]);
    const strict = await importFile(healthDb.db, checkupRounds, { path: file, submitter: ADMIN, schema: schemas.settings('health').schema });
    expect(strict).toMatchObject({ status: 'REJECTED', rows: 2, stored: 0, rejected: 1, notStored: 1, provinceYears: [] });
    expect(await tableChecksum(healthDb.db, schemas.settings('health').schema, ['dot_kham', 'ket_qua_kham', 'dong_nhap'])).toBe(before);
  });
});
