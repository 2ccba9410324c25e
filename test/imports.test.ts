import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, migrate, type Database } from '../lib/db.ts';
import { writeRejectedCsv } from '../lib/import/rejected.ts';
import { importFile, type ImportSummary } from '../lib/import/run.ts';
import { writeChildList } from '../bench/child-list.ts';
import type { Viewer } from '../lib/auth/viewer.ts';
import { checkupRounds } from '../subgraphs/health/import.ts';
import { health } from '../subgraphs/health/subgraph.ts';
import { childList } from '../subgraphs/labour/import.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { CHILD_HEADER, codesByRow, healthFlatHeader, healthRow, tableChecksum, writeCsv, writeHealthXlsx } from './support/import-files.ts';

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

describe('health check-up import: planted faults', () => {
  let summary: ImportSummary;
  beforeAll(async () => {
    // One round stored before, to be met again as an identical row.
    const earlier = join(dir, 'earlier.csv');
    await writeCsv(earlier, [healthFlatHeader(), healthRow('00007', 'Cống Vị', '2024-03-01', [10, 20, 30, 40])]);
    expect(
      (await importFile(healthDb, checkupRounds, { path: earlier, submitter: ADMIN, schema: schemas.settings('health').schema })).status,
    ).toBe('ACCEPTED');

    const file = join(dir, 'faults.csv');
    await writeCsv(
      file,
      [
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
      ],
      { bom: true, delimiter: ';' },
    );
    summary = await importFile(healthDb, checkupRounds, {
      path: file,
      submitter: HANOI_OFFICER,
      policy: 'VALID_ROWS',
      schema: schemas.settings('health').schema,
    });
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
    const rows = await healthDb.db
      .selectFrom('loi_nhap')
      .selectAll()
      .where('ma_lo', '=', summary.batchId)
      .where('dong', 'in', [5, 6])
      .orderBy('dong')
      .execute();
    expect(rows[0]!.thong_diep_en).toContain('is Ba Đình');
    expect(rows[0]!.thong_diep_en).toContain('Trúc Bạch had this code 2021-11-01');
    expect(rows[1]!.thong_diep_en).toContain('00097 Hồng Hà');
    expect(rows[1]!.thong_diep_vi).toContain('mã kế thừa');
  });

  it('stores every valid row and accounts for every row', async () => {
    expect(summary).toMatchObject({ status: 'PARTIAL', rows: 13, stored: 3, corrected: 0, alreadyStored: 1, rejected: 9, notStored: 0 });
    expect(summary.stored + summary.corrected + summary.alreadyStored + summary.rejected + summary.notStored).toBe(summary.rows);
    const rounds = await healthDb.db
      .selectFrom('dot_kham')
      .select(['ma_xa', 'ngay_kham', 'ma_huyen', 'ma_tinh'])
      .orderBy('ngay_kham')
      .execute();
    expect(rounds).toEqual([
      { ma_xa: '00004', ngay_kham: '2024-01-05', ma_huyen: '001', ma_tinh: '01' },
      { ma_xa: '00007', ngay_kham: '2024-03-01', ma_huyen: '001', ma_tinh: '01' },
      { ma_xa: '00004', ngay_kham: '2024-05-10', ma_huyen: '001', ma_tinh: '01' },
      { ma_xa: '00004', ngay_kham: '2025-08-15', ma_huyen: null, ma_tinh: '01' },
    ]);
    expect(summary.provinceYears).toEqual([
      { province: '01', year: 2024 },
      { province: '01', year: 2025 },
    ]);
  });

  it('all-or-nothing (the default) stores nothing of a faulty file', async () => {
    const before = await tableChecksum(healthDb.db, schemas.settings('health').schema, ['dot_kham', 'ket_qua_kham', 'dong_nhap']);
    const file = join(dir, 'faults-strict.csv');
    await writeCsv(file, [
      healthFlatHeader(),
      healthRow('00006', 'Vĩnh Phúc', '2024-06-01', [1, 1, 1, 1]),
      healthRow('99999', 'X', '2024-06-01', [1, 1, 1, 1]),
    ]);
    const strict = await importFile(healthDb, checkupRounds, { path: file, submitter: ADMIN, schema: schemas.settings('health').schema });
    expect(strict).toMatchObject({ status: 'REJECTED', rows: 2, stored: 0, rejected: 1, notStored: 1, provinceYears: [] });
    expect(await tableChecksum(healthDb.db, schemas.settings('health').schema, ['dot_kham', 'ket_qua_kham', 'dong_nhap'])).toBe(before);
  });
});

describe('a real spreadsheet: XLSX with a title row, merged header cells and Vietnamese headers', () => {
  it('imports every row, with the age bands read under their merged measure headers', async () => {
    const file = join(dir, 'bao-cao.xlsx');
    await writeHealthXlsx(file, [
      healthRow('00008', 'Liễu Giai', '2024-09-09', [11, 12, 13, 14], [1, 2, 3, 4], [0, 1, 0, 1]),
      healthRow('00008', 'Ngọc Hà', '2025-09-09', [21, 22, 23, 24], [2, 2, 2, 2], [1, 1, 1, 1], 'Sàng lọc', 'Đội 2'),
    ]);
    const summary = await importFile(healthDb, checkupRounds, { path: file, submitter: ADMIN, schema: schemas.settings('health').schema });
    expect(summary).toMatchObject({ status: 'ACCEPTED', rows: 2, stored: 2, rejected: 0 });
    const results = await healthDb.db
      .selectFrom('ket_qua_kham as k')
      .innerJoin('dot_kham as d', 'd.ma_dot', 'k.ma_dot')
      .select(['d.ngay_kham', 'd.loai', 'k.nhom_tuoi', 'k.so_tre_kham', 'k.so_chuyen_tuyen', 'k.so_suy_dinh_duong'])
      .where('d.ma_xa', '=', '00008')
      .orderBy('d.ngay_kham')
      .orderBy('k.so_tre_kham')
      .execute();
    expect(results.map((r) => [r.ngay_kham, r.loai, r.nhom_tuoi, r.so_tre_kham, r.so_chuyen_tuyen, r.so_suy_dinh_duong])).toEqual([
      ['2024-09-09', 'KSK_TQ', '0-2', 11, 1, 0],
      ['2024-09-09', 'KSK_TQ', '3-5', 12, 2, 1],
      ['2024-09-09', 'KSK_TQ', '6-10', 13, 3, 0],
      ['2024-09-09', 'KSK_TQ', '11-15', 14, 4, 1],
      ['2025-09-09', 'SANG_LOC', '0-2', 21, 2, 1],
      ['2025-09-09', 'SANG_LOC', '3-5', 22, 2, 1],
      ['2025-09-09', 'SANG_LOC', '6-10', 23, 2, 1],
      ['2025-09-09', 'SANG_LOC', '11-15', 24, 2, 1],
    ]);
    const provenance = await healthDb.db
      .selectFrom('dong_nhap')
      .select(['trang_tinh', 'dong'])
      .where('ma_lo', '=', summary.batchId)
      .orderBy('dong')
      .execute();
    expect(provenance).toEqual([
      { trang_tinh: 'Báo cáo khám', dong: 4 },
      { trang_tinh: 'Báo cáo khám', dong: 5 },
    ]);
  });
});

describe('labour child list', () => {
  const schema = () => schemas.settings('labour').schema;
  const TABLES = ['tre_em', 'tre_em_cu_tru', 'tre_em_ho_ngheo', 'tre_em_hoan_canh', 'dong_nhap', 'dong_nhap_lich_su'];
  const child = (id: string, year: number, code: string, name: string, since: string, poverty = 'Không', groups = '') => [
    id,
    `Nguyễn Văn ${id}`,
    '15/06/2015',
    'Nam',
    'Tày',
    year,
    code,
    name,
    since,
    poverty,
    groups,
  ];
  let first: ImportSummary;
  const file = () => join(dir, 'children.csv');

  beforeAll(async () => {
    await writeCsv(file(), [
      CHILD_HEADER,
      child('A1', 2024, '00004', 'Trúc Bạch', '2020-02-01', 'Cận nghèo', '1; 5'),
      child('A1', 2025, '00004', 'Ba Đình', '2025-08-01', 'Nghèo'),
      child('A2', 2024, '00006', 'Vĩnh Phúc', '2019-01-01'),
      child('A3', 2025, '00004', 'Trúc Bạch', '2025-08-01'),
      child('A4', 2024, '00006', 'Vĩnh Phúc', '2024-13-01'),
      child('A5', 2024, '00006', 'Vĩnh Phúc', '2024-01-01', 'Giàu'),
    ]);
    first = await importFile(labourDb, childList, {
      path: file(),
      submitter: ADMIN,
      schema: schema(),
      policy: 'VALID_ROWS',
      today: '2026-01-10',
    });
  });

  it('stores the children, their residence periods, poverty and special circumstances; rejects the faults', async () => {
    expect(first).toMatchObject({ status: 'PARTIAL', rows: 6, stored: 3, rejected: 3 });
    expect(await codesByRow(labourDb.db, first.batchId)).toEqual({ 5: ['CODE_NAME_MISMATCH'], 6: ['BAD_DATE'], 7: ['UNKNOWN_LABEL'] });
    const stays = await labourDb.db
      .selectFrom('tre_em_cu_tru')
      .select(['ma_tre', 'ma_xa', 'ma_huyen', 'tu_ngay', 'den_ngay'])
      .orderBy('ma_tre')
      .orderBy('tu_ngay')
      .execute();
    expect(stays).toEqual([
      { ma_tre: 'A1', ma_xa: '00004', ma_huyen: '001', tu_ngay: '2020-02-01', den_ngay: '2025-08-01' },
      { ma_tre: 'A1', ma_xa: '00004', ma_huyen: null, tu_ngay: '2025-08-01', den_ngay: null },
      { ma_tre: 'A2', ma_xa: '00006', ma_huyen: '001', tu_ngay: '2019-01-01', den_ngay: null },
    ]);
    expect(await labourDb.db.selectFrom('tre_em_ho_ngheo').select(['ma_tre', 'nam', 'muc']).orderBy('nam').execute()).toEqual([
      { ma_tre: 'A1', nam: 2024, muc: 'CAN_NGHEO' },
      { ma_tre: 'A1', nam: 2025, muc: 'NGHEO' },
    ]);
    expect(await labourDb.db.selectFrom('tre_em_hoan_canh').select(['nhom', 'tu_ngay', 'den_ngay']).orderBy('nhom').execute()).toEqual([
      { nhom: 1, tu_ngay: '2024-01-01', den_ngay: '2025-01-01' },
      { nhom: 5, tu_ngay: '2024-01-01', den_ngay: '2025-01-01' },
    ]);
    // The yearly reports of the communes imported count as submitted on the day of the import.
    expect(
      await labourDb.db.selectFrom('bao_cao_xa').select(['ma_xa', 'nam', 'ky', 'ngay_nop']).orderBy('nam').orderBy('ma_xa').execute(),
    ).toEqual([
      { ma_xa: '00004', nam: 2024, ky: 'NAM', ngay_nop: '2026-01-10' },
      { ma_xa: '00006', nam: 2024, ky: 'NAM', ngay_nop: '2026-01-10' },
      { ma_xa: '00004', nam: 2025, ky: 'NAM', ngay_nop: '2026-01-10' },
    ]);
  });

  it('is idempotent: a second import reports 0 new rows and the tables are unchanged', async () => {
    const before = await tableChecksum(labourDb.db, schema(), TABLES);
    const again = await importFile(labourDb, childList, { path: file(), submitter: ADMIN, schema: schema(), policy: 'VALID_ROWS' });
    expect(again).toMatchObject({ stored: 0, corrected: 0, alreadyStored: 3, rejected: 3, provinceYears: [] });
    expect(await tableChecksum(labourDb.db, schema(), TABLES)).toBe(before);
  });

  it('a corrected row replaces the stored one and keeps what it replaced', async () => {
    const fix = join(dir, 'children-fix.csv');
    await writeCsv(fix, [CHILD_HEADER, child('A1', 2024, '00004', 'Trúc Bạch', '2020-02-01', 'Nghèo', '5')]);
    const corrected = await importFile(labourDb, childList, { path: fix, submitter: ADMIN, schema: schema() });
    expect(corrected).toMatchObject({ status: 'ACCEPTED', stored: 0, corrected: 1 });
    expect(
      await labourDb.db.selectFrom('tre_em_ho_ngheo').select('muc').where('ma_tre', '=', 'A1').where('nam', '=', 2024).execute(),
    ).toEqual([{ muc: 'NGHEO' }]);
    expect(await labourDb.db.selectFrom('tre_em_hoan_canh').select('nhom').where('ma_tre', '=', 'A1').execute()).toEqual([{ nhom: 5 }]);
    const history = await labourDb.db.selectFrom('dong_nhap_lich_su').selectAll().where('khoa', '=', 'A1|2024').execute();
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ ma_lo: first.batchId, dong: 2, thay_boi_lo: corrected.batchId });
    expect(history[0]!.du_lieu as { ho_ngheo: string; hoan_canh: number[] }).toMatchObject({ ho_ngheo: 'CAN_NGHEO', hoan_canh: [1, 5] });
  });
});

describe('a kill mid-import', () => {
  it('leaves the tables as before the file, and a re-run completes', { timeout: 300_000 }, async () => {
    const schema = schemas.settings('labour').schema;
    const TABLES = ['tre_em', 'tre_em_cu_tru', 'tre_em_ho_ngheo', 'tre_em_hoan_canh', 'dong_nhap', 'bao_cao_xa'];
    const file = join(dir, 'big-list.csv');
    const rows = await writeChildList(file, 15_000, { provinces: ['01'] });
    const before = await tableChecksum(labourDb.db, schema, TABLES);
    const run = () =>
      spawn(process.execPath, ['scripts/import.ts', '--agency', 'labour', '--template', 'children', '--file', file, '--no-refresh'], {
        env: { ...process.env, DATABASE_URL: schemas.url, LABOUR_DATABASE_SCHEMA: schema, LOG_LEVEL: 'silent' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    // Killed (SIGKILL: no cleanup of any kind) as soon as it reports its first written group.
    const victim = run();
    let output = '';
    victim.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('progress ')) victim.kill('SIGKILL');
    });
    const [, signal] = await once(victim, 'exit');
    expect(signal).toBe('SIGKILL');
    expect(output).not.toContain('"status"');
    expect(await tableChecksum(labourDb.db, schema, TABLES)).toBe(before);

    const rerun = run();
    let summary = '';
    rerun.stdout.on('data', (chunk: Buffer) => (summary += chunk.toString()));
    const [code] = await once(rerun, 'exit');
    expect(code).toBe(0);
    const parsed = JSON.parse(summary.slice(summary.indexOf('{'), summary.lastIndexOf('}') + 1));
    expect(parsed).toMatchObject({ status: 'ACCEPTED', rows, stored: rows, rejected: 0 });
    const interrupted = await labourDb.db
      .selectFrom('lo_nhap')
      .select(['trang_thai', 'so_moi'])
      .where('ten_tep', '=', 'big-list.csv')
      .orderBy('bat_dau')
      .execute();
    expect(interrupted).toEqual([
      { trang_thai: 'RUNNING', so_moi: 0 },
      { trang_thai: 'ACCEPTED', so_moi: rows },
    ]);
  });
});

describe('the rejected rows as CSV', () => {
  it('gives each rejected row its cells, where and why, in both languages', async () => {
    const file = join(dir, 'to-fix.csv');
    await writeCsv(file, [
      healthFlatHeader(),
      healthRow('00006', 'Vĩnh Phúc', '2024-02-30', [1, 1, 1, 1]),
      healthRow('00006', 'Vĩnh Phúc', '2024-07-01', [1, 1, 1, 1]),
    ]);
    const summary = await importFile(healthDb, checkupRounds, { path: file, submitter: ADMIN, schema: schemas.settings('health').schema });
    const out = join(dir, 'rejected.csv');
    expect(await writeRejectedCsv(healthDb.db, summary.batchId, createWriteStream(out))).toBe(1);
    const text = await readFile(out, 'utf8');
    const [header, line] = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n');
    expect(header).toContain('ngay_kham');
    expect(line).toContain('2024-02-30');
    expect(line).toContain('BAD_DATE');
    expect(line).toContain('Ngày không hợp lệ');
    expect(line).toContain('Not a real date');
  });
});

describe('the sample templates in docs/import-templates', () => {
  it.each([
    ['health-checkups.xlsx', 'health'],
    ['health-checkups.csv', 'health'],
    ['labour-children.csv', 'labour'],
  ] as const)('%s imports with no rejection', async (name, agency) => {
    const path = new URL(`../docs/import-templates/${name}`, import.meta.url).pathname;
    const [database, template] = agency === 'health' ? [healthDb, checkupRounds] : [labourDb, childList];
    const summary = await importFile(database, template as never, {
      path,
      submitter: ADMIN,
      schema: schemas.settings(agency).schema,
      policy: 'VALID_ROWS',
    });
    expect(summary.rejected).toBe(0);
    expect(summary.rows).toBeGreaterThan(0);
  });
});
