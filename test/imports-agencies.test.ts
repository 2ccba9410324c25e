import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../lib/auth/viewer.ts';
import { connect, migrate, type Database } from '../lib/db.ts';
import { importFile, type ImportSummary } from '../lib/import/run.ts';
import { playAreaInventory } from '../subgraphs/culture/import.ts';
import { culture } from '../subgraphs/culture/subgraph.ts';
import { schoolYearReports } from '../subgraphs/education/import.ts';
import { childList, supportRecords } from '../subgraphs/labour/import.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';
import { education } from '../subgraphs/education/subgraph.ts';
import { createTestSchemas, type TestSchemas } from './support/database.ts';
import { CHILD_HEADER, codesByRow, tableChecksum, writeCsv } from './support/import-files.ts';

/** The education and culture importers, on files built here with one planted fault per row. */
let schemas: TestSchemas;
let educationDb: Database<any>;
let cultureDb: Database<any>;
let labourDb: Database<any>;
let dir: string;
const ADMIN: Viewer = { subject: 'admin', role: 'ADMIN', area: [] };
const HANOI_OFFICER: Viewer = { subject: 'officer-hn', role: 'OFFICER', area: ['01@2025-07-01'] };

beforeAll(async () => {
  schemas = await createTestSchemas();
  educationDb = connect(schemas.settings('education'));
  cultureDb = connect(schemas.settings('culture'));
  labourDb = connect(schemas.settings('labour'));
  await migrate(labourDb.db, schemas.settings('labour').schema, labour.migrations);
  await migrate(educationDb.db, schemas.settings('education').schema, education.migrations);
  await migrate(cultureDb.db, schemas.settings('culture').schema, culture.migrations);
  dir = await mkdtemp(join(tmpdir(), 'imports-agencies-'));
});
afterAll(async () => {
  await educationDb?.close();
  await cultureDb?.close();
  await labourDb?.close();
  await schemas?.drop();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('education: school reports per school year', () => {
  const schema = () => schemas.settings('education').schema;
  const HEADER = [
    'Mã trường',
    'Tên trường',
    'Cấp học',
    'Loại hình',
    'Năm thành lập',
    'Mã xã',
    'Tên xã',
    'Năm học',
    'Ngày báo cáo',
    'Số học sinh',
    'Số học sinh bán trú',
    'Số ngày ăn',
    'Nguồn kinh phí',
  ];
  const school = (
    id: string,
    code: string,
    name: string,
    year: string,
    pupils: number | string,
    meals: [number | string, number, string] | null = null,
    level = 'Tiểu học',
    reported = '20/09/2024',
  ) => [id, `Trường ${id}`, level, 'Công lập', 1990, code, name, year, reported, pupils, ...(meals ?? ['', '', ''])];
  const file = () => join(dir, 'schools.csv');
  let summary: ImportSummary;

  beforeAll(async () => {
    const earlier = join(dir, 'schools-earlier.csv');
    await writeCsv(earlier, [HEADER, school('S3', '00006', 'Vĩnh Phúc', '2024-2025', 120)]);
    expect((await importFile(educationDb, schoolYearReports, { path: earlier, submitter: ADMIN, schema: schema() })).status).toBe(
      'ACCEPTED',
    );
    await writeCsv(
      file(),
      [
        HEADER,
        /* 2 */ school('S1', '00004', 'Trúc Bạch', '2024-2025', 300, [100, 170, 'Ngân sách nhà nước']),
        /* 3 */ school('S2', '00004', 'Ba Đình', '2025-2026', 200, null, 'Mầm non', '2025-09-25'),
        /* 4 */ school('S4', '99999', 'Không có', '2024-2025', 10),
        /* 5 */ school('S5', '00004', 'Trúc Bạch', '2025-2026', 10, null, 'Tiểu học', '2025-09-25'),
        /* 6 */ school('S6', '00001', 'Phúc Xá', '2025-2026', 10, null, 'Tiểu học', '2025-09-25'),
        /* 7 */ school('S7', '00006', 'Vĩnh Phúc', '2024-2025', 10, null, 'Tiểu học', '31/02/2024'),
        /* 8 */ school('S8', '00006', 'Vĩnh Phúc', '2024-2025', 10, null, 'Đại học'),
        /* 9 */ school('S9', '00006', 'Vĩnh Phúc', '2024-2025', -5),
        /* 10 */ school('S10', '00006', 'Vĩnh Phúc', '2024-2025', 300, [400, 170, 'Phụ huynh']),
        /* 11 */ school('S1', '00004', 'Trúc Bạch', '2024-2025', 301),
        /* 12 */ school('S12', '01267', 'Sông Hiến', '2024-2025', 10),
        /* 13 */ school('S3', '00006', 'Vĩnh Phúc', '2024-2025', 120),
        /* 14 */ school('S14', '00006', 'Vĩnh Phúc', '2024-2026', 10),
      ],
      { bom: true, delimiter: ';' },
    );
    summary = await importFile(educationDb, schoolYearReports, {
      path: file(),
      submitter: HANOI_OFFICER,
      policy: 'VALID_ROWS',
      schema: schema(),
    });
  });

  it('rejects each planted fault with its code', async () => {
    expect(await codesByRow(educationDb.db, summary.batchId)).toEqual({
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
      14: ['BAD_VALUE'],
    });
    expect(summary).toMatchObject({ status: 'PARTIAL', rows: 13, stored: 2, corrected: 0, alreadyStored: 1, rejected: 10, notStored: 0 });
  });

  it('stores every valid row: the register, where each school is filed, enrolment and meals', async () => {
    const db = educationDb.db;
    expect(await db.selectFrom('dm_truong').select(['ma_truong', 'cap_hoc', 'loai_hinh']).orderBy('ma_truong').execute()).toEqual([
      { ma_truong: 'S1', cap_hoc: 'TH', loai_hinh: 'CL' },
      { ma_truong: 'S2', cap_hoc: 'MN', loai_hinh: 'CL' },
      { ma_truong: 'S3', cap_hoc: 'TH', loai_hinh: 'CL' },
    ]);
    expect(
      await db
        .selectFrom('truong_dia_ban')
        .select(['ma_truong', 'ma_huyen', 'ma_xa', 'tu_ngay', 'den_ngay'])
        .orderBy('ma_truong')
        .execute(),
    ).toEqual([
      { ma_truong: 'S1', ma_huyen: '001', ma_xa: '00004', tu_ngay: '2024-09-05', den_ngay: null },
      { ma_truong: 'S2', ma_huyen: null, ma_xa: '00004', tu_ngay: '2025-09-05', den_ngay: null },
      { ma_truong: 'S3', ma_huyen: '001', ma_xa: '00006', tu_ngay: '2024-09-05', den_ngay: null },
    ]);
    expect(await db.selectFrom('ts_hoc_sinh').select(['ma_truong', 'nam_hoc', 'so_hoc_sinh']).orderBy('ma_truong').execute()).toEqual([
      { ma_truong: 'S1', nam_hoc: '2024-2025', so_hoc_sinh: 300 },
      { ma_truong: 'S2', nam_hoc: '2025-2026', so_hoc_sinh: 200 },
      { ma_truong: 'S3', nam_hoc: '2024-2025', so_hoc_sinh: 120 },
    ]);
    expect(await db.selectFrom('ban_tru').select(['ma_truong', 'so_hs_ban_tru', 'so_ngay_an', 'nguon_kinh_phi']).execute()).toEqual([
      { ma_truong: 'S1', so_hs_ban_tru: 100, so_ngay_an: 170, nguon_kinh_phi: 'NSNN' },
    ]);
    expect(summary.provinceYears).toEqual([
      { province: '01', year: 2024 },
      { province: '01', year: 2025 },
    ]);
  });

  it('is idempotent, and a corrected row replaces the stored one (meals dropped with it) keeping what it replaced', async () => {
    const TABLES = ['dm_truong', 'truong_dia_ban', 'ts_hoc_sinh', 'ban_tru', 'dong_nhap'];
    const before = await tableChecksum(educationDb.db, schema(), TABLES);
    const again = await importFile(educationDb, schoolYearReports, {
      path: file(),
      submitter: HANOI_OFFICER,
      policy: 'VALID_ROWS',
      schema: schema(),
    });
    expect(again).toMatchObject({ stored: 0, corrected: 0, alreadyStored: 3, provinceYears: [] });
    expect(await tableChecksum(educationDb.db, schema(), TABLES)).toBe(before);

    const fix = join(dir, 'schools-fix.csv');
    await writeCsv(fix, [HEADER, school('S1', '00004', 'Trúc Bạch', '2024-2025', 310)]);
    const corrected = await importFile(educationDb, schoolYearReports, { path: fix, submitter: ADMIN, schema: schema() });
    expect(corrected).toMatchObject({ status: 'ACCEPTED', stored: 0, corrected: 1 });
    expect(await educationDb.db.selectFrom('ts_hoc_sinh').select('so_hoc_sinh').where('ma_truong', '=', 'S1').execute()).toEqual([
      { so_hoc_sinh: 310 },
    ]);
    expect(await educationDb.db.selectFrom('ban_tru').select('ma_truong').where('ma_truong', '=', 'S1').execute()).toEqual([]);
    const history = await educationDb.db.selectFrom('dong_nhap_lich_su').select(['khoa', 'ma_lo', 'thay_boi_lo']).execute();
    expect(history).toEqual([{ khoa: 'S1|2024-2025', ma_lo: summary.batchId, thay_boi_lo: corrected.batchId }]);
  });
});

describe('culture: play areas, equipment and inspections', () => {
  const schema = () => schemas.settings('culture').schema;
  const HEADER = [
    'Mã khu vui chơi',
    'Tên khu vui chơi',
    'Loại khu',
    'Ngày đưa vào sử dụng',
    'Mã xã',
    'Tên xã',
    'Mã thiết bị',
    'Loại thiết bị',
    'Nhà tài trợ',
    'Ngày lắp đặt',
    'Tình trạng',
    'Ngày đánh giá',
    'Ngày kiểm tra an toàn',
    'Kết quả kiểm tra',
  ];
  const item = (
    area: string,
    code: string,
    name: string,
    id: string,
    assessed: string,
    kind = 'Xích đu',
    condition = 'Tốt',
    inspection: [string, string] = ['', ''],
    installed = '2020-05-01',
  ) => [area, `Khu ${area}`, 'Nhà văn hóa', '2019-01-01', code, name, id, kind, '', installed, condition, assessed, ...inspection];
  let summary: ImportSummary;

  beforeAll(async () => {
    const earlier = join(dir, 'play-earlier.csv');
    await writeCsv(earlier, [HEADER, item('K2', '00006', 'Vĩnh Phúc', 'TB3', '2024-05-01')]);
    expect(
      (await importFile(cultureDb, playAreaInventory, { path: earlier, submitter: ADMIN, schema: schema(), today: '2024-06-01' })).status,
    ).toBe('ACCEPTED');
    const file = join(dir, 'play.csv');
    await writeCsv(file, [
      HEADER,
      /* 2 */ item('K1', '00006', 'Vĩnh Phúc', 'TB1', '2024-05-01', 'Cầu trượt', 'Tốt', ['2024-04-01', 'Đạt']),
      /* 3 */ item('K1', '00006', 'Vĩnh Phúc', 'TB2', '2024-05-01', 'Bập bênh', 'Hỏng', ['2024-04-01', 'Đạt']),
      /* 4 */ item('K4', '99999', 'Không có', 'TB4', '2024-05-01'),
      /* 5 */ item('K5', '00004', 'Trúc Bạch', 'TB5', '2025-08-20'),
      /* 6 */ item('K6', '00001', 'Phúc Xá', 'TB6', '2025-09-01'),
      /* 7 */ item('K1', '00006', 'Vĩnh Phúc', 'TB7', '2024-05-01', 'Xích đu', 'Tốt', ['', ''], '2024-13-01'),
      /* 8 */ item('K1', '00006', 'Vĩnh Phúc', 'TB8', '2024-05-01', 'Đu quay'),
      /* 9 */ item('K1', '00006', 'Vĩnh Phúc', 'TB9', '2024-05-01', 'Xích đu', 'Tốt', ['2024-04-01', '']),
      /* 10 */ item('K1', '00006', 'Vĩnh Phúc', 'TB1', '2024-05-01', 'Xích đu'),
      /* 11 */ item('K11', '01267', 'Sông Hiến', 'TB11', '2024-05-01'),
      /* 12 */ item('K2', '00006', 'Vĩnh Phúc', 'TB3', '2024-05-01'),
    ]);
    summary = await importFile(cultureDb, playAreaInventory, {
      path: file,
      submitter: HANOI_OFFICER,
      policy: 'VALID_ROWS',
      schema: schema(),
      today: '2025-01-15',
    });
  });

  it('rejects each planted fault with its code', async () => {
    expect(await codesByRow(cultureDb.db, summary.batchId)).toEqual({
      4: ['UNKNOWN_CODE'],
      5: ['CODE_NAME_MISMATCH'],
      6: ['CODE_RETIRED'],
      7: ['BAD_DATE'],
      8: ['UNKNOWN_LABEL'],
      9: ['REQUIRED'],
      10: ['DUPLICATE_IN_FILE'],
      11: ['OUTSIDE_AREA'],
      12: ['ALREADY_STORED'],
    });
    expect(summary).toMatchObject({
      status: 'PARTIAL',
      rows: 11,
      stored: 2,
      alreadyStored: 1,
      rejected: 8,
      notStored: 0,
      provinceYears: [{ province: '01', year: 2024 }],
    });
  });

  it('stores the play area, where it is filed, its equipment, one inspection and the commune’s yearly report', async () => {
    const db = cultureDb.db;
    expect(await db.selectFrom('khu_vui_choi').select(['id', 'loai']).orderBy('id').execute()).toEqual([
      { id: 'K1', loai: 'NVH' },
      { id: 'K2', loai: 'NVH' },
    ]);
    // In service since 2019, before the directory's first codes (2021-11-01): filed from the day its code came into force.
    expect(
      await db.selectFrom('khu_vui_choi_dia_ban').select(['khu_id', 'ma_xa', 'tu_ngay', 'den_ngay']).where('khu_id', '=', 'K1').execute(),
    ).toEqual([{ khu_id: 'K1', ma_xa: '00006', tu_ngay: '2021-11-01', den_ngay: null }]);
    expect(
      await db
        .selectFrom('trang_thiet_bi')
        .select(['id', 'loai', 'tinh_trang', 'ngay_hong'])
        .where('khu_id', '=', 'K1')
        .orderBy('id')
        .execute(),
    ).toEqual([
      { id: 'TB1', loai: 'CAU_TRUOT', tinh_trang: 'TOT', ngay_hong: null },
      { id: 'TB2', loai: 'BAP_BENH', tinh_trang: 'HONG', ngay_hong: '2024-05-01' },
    ]);
    expect(await db.selectFrom('kiem_tra_an_toan').select(['khu_id', 'ngay', 'ket_qua']).execute()).toEqual([
      { khu_id: 'K1', ngay: '2024-04-01', ket_qua: 'DAT' },
    ]);
    expect(await db.selectFrom('bao_cao_van_hoa').select(['ma_xa', 'nam', 'ngay_nop']).execute()).toEqual([
      { ma_xa: '00006', nam: 2024, ngay_nop: '2024-06-01' },
    ]);
  });

  it('all-or-nothing stores nothing of a faulty file', async () => {
    const TABLES = ['khu_vui_choi', 'khu_vui_choi_dia_ban', 'trang_thiet_bi', 'kiem_tra_an_toan', 'dong_nhap'];
    const before = await tableChecksum(cultureDb.db, schema(), TABLES);
    const file = join(dir, 'play-strict.csv');
    await writeCsv(file, [
      HEADER,
      item('K20', '00006', 'Vĩnh Phúc', 'TB20', '2024-05-01'),
      item('K21', '99999', 'X', 'TB21', '2024-05-01'),
    ]);
    const strict = await importFile(cultureDb, playAreaInventory, { path: file, submitter: ADMIN, schema: schema() });
    expect(strict).toMatchObject({ status: 'REJECTED', rows: 2, stored: 0, rejected: 1, notStored: 1 });
    expect(await tableChecksum(cultureDb.db, schema(), TABLES)).toBe(before);
  });
});

describe('the sample templates in docs/import-templates', () => {
  it.each([
    ['education-schools.csv', 'education', 4],
    ['culture-play-areas.csv', 'culture', 3],
  ] as const)('%s imports with no rejection', async (name, agency, rows) => {
    const path = new URL(`../docs/import-templates/${name}`, import.meta.url).pathname;
    const [database, template] = agency === 'education' ? [educationDb, schoolYearReports] : [cultureDb, playAreaInventory];
    const summary = await importFile(database, template as never, { path, submitter: ADMIN, schema: schemas.settings(agency).schema });
    expect(summary).toMatchObject({ status: 'ACCEPTED', rows, stored: rows, rejected: 0 });
  });
});

describe('labour: support records', () => {
  const schema = () => schemas.settings('labour').schema;
  const HEADER = ['Mã trẻ', 'Mã xã', 'Tên xã', 'Ngày hỗ trợ', 'Hình thức hỗ trợ', 'Nguồn kinh phí', 'Số tiền (đồng)'];
  const support = (
    child: string,
    code: string,
    name: string,
    day: string,
    amount: string,
    form = 'Hỗ trợ giáo dục',
    source = 'Ngân sách nhà nước',
  ) => [child, code, name, day, form, source, amount];
  let summary: ImportSummary;

  beforeAll(async () => {
    const children = join(dir, 'support-children.csv');
    await writeCsv(children, [
      CHILD_HEADER,
      ['A1', 'Nguyễn Văn A1', '15/06/2015', 'Nam', 'Tày', 2024, '00004', 'Trúc Bạch', '2020-02-01', 'Không', ''],
    ]);
    expect((await importFile(labourDb, childList, { path: children, submitter: ADMIN, schema: schema() })).status).toBe('ACCEPTED');
    const file = join(dir, 'support.csv');
    await writeCsv(file, [
      HEADER,
      /* 2 */ support('A1', '00004', 'Trúc Bạch', '2024-03-01', '500.000'),
      /* 3 */ support('Z9', '00004', 'Trúc Bạch', '2024-03-01', '500000'),
      /* 4 */ support('A1', '00004', 'Trúc Bạch', '2024-04-01', '500000', 'Hỗ trợ giáo dục', 'Quỹ Bảo trợ trẻ em'),
      /* 5 */ support('A1', '00004', 'Trúc Bạch', '2024-05-01', '-100'),
      /* 6 */ support('A1', '00004', 'Trúc Bạch', '2024-06-01', '100', 'Tiền mặt'),
      /* 7 */ support('A1', '00004', 'Trúc Bạch', '2024-03-01', '600000'),
      /* 8 */ support('A1', '01267', 'Sông Hiến', '2024-03-01', '100'),
      /* 9 */ support('A1', '00001', 'Phúc Xá', '2025-09-01', '100'),
    ]);
    summary = await importFile(labourDb, supportRecords, { path: file, submitter: HANOI_OFFICER, policy: 'VALID_ROWS', schema: schema() });
  });

  it('rejects each planted fault with its code, an unknown child included', async () => {
    expect(await codesByRow(labourDb.db, summary.batchId)).toEqual({
      3: ['UNKNOWN_REFERENCE'],
      4: ['BAD_VALUE'],
      5: ['BAD_COUNT'],
      6: ['UNKNOWN_LABEL'],
      7: ['DUPLICATE_IN_FILE'],
      8: ['OUTSIDE_AREA'],
      9: ['CODE_RETIRED'],
    });
    expect(summary).toMatchObject({ status: 'PARTIAL', rows: 8, stored: 1, rejected: 7, issues: { UNKNOWN_REFERENCE: 1 } });
  });

  it('stores the support with its place, and a correction replaces its amount', async () => {
    const rows = () =>
      labourDb.db.selectFrom('tro_giup').select(['ma_tre', 'ma_xa', 'ma_huyen', 'ngay', 'hinh_thuc', 'nguon', 'so_tien']).execute();
    expect(await rows()).toEqual([
      {
        ma_tre: 'A1',
        ma_xa: '00004',
        ma_huyen: '001',
        ngay: '2024-03-01',
        hinh_thuc: 'HO_TRO_GIAO_DUC',
        nguon: 'NGAN_SACH',
        so_tien: 500000,
      },
    ]);
    const fix = join(dir, 'support-fix.csv');
    await writeCsv(fix, [HEADER, support('A1', '00004', 'Trúc Bạch', '2024-03-01', '550000')]);
    expect(await importFile(labourDb, supportRecords, { path: fix, submitter: ADMIN, schema: schema() })).toMatchObject({
      status: 'ACCEPTED',
      stored: 0,
      corrected: 1,
    });
    expect((await rows()).map((r) => r.so_tien)).toEqual([550000]);
  });
});
