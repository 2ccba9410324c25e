import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connect } from '../lib/db.ts';
import { importFile } from '../lib/import/run.ts';
import { getDirectory, inForceOn } from '../lib/directory/lineage.ts';
import { refreshImported } from '../scripts/refresh-coverage.ts';
import type { CoverageDB } from '../subgraphs/coverage/db/tables.ts';
import { checkupRounds } from '../subgraphs/health/import.ts';
import { clientToken } from './support/keys.ts';
import { healthFlatHeader, healthRow, writeCsv } from './support/import-files.ts';
import { startTestSupergraph, type TestSupergraph } from './support/supergraph.ts';

let graph: TestSupergraph;
let dir: string;
let database: string;
let admin: pg.Client;
// A database of its own: the demo seeding ends with a whole-database ANALYZE, slow on a server
// that many suites share.
beforeAll(async () => {
  const url = new URL(inject('databaseUrl'));
  database = `imports_${randomBytes(4).toString('hex')}`;
  admin = new pg.Client({ connectionString: url.toString() });
  await admin.connect();
  await admin.query(`create database ${database}`);
  url.pathname = `/${database}`;
  graph = await startTestSupergraph({ settings: (name) => ({ url: url.toString(), schema: name, poolMax: 4 }) });
  dir = await mkdtemp(join(tmpdir(), 'imports-refresh-'));
});
afterAll(async () => {
  await graph?.stop();
  await admin?.query(`drop database if exists ${database} with (force)`);
  await admin?.end();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const settingsOf = (name: string) => {
  const url = new URL(inject('databaseUrl'));
  url.pathname = `/${database}`;
  return { url: url.toString(), schema: name };
};

describe('seen the same day', () => {
  it("after one commune's health report is imported, its CHECKUP_COVERAGE shows the new figure; only that commune-year is refreshed", async () => {
    const admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN', subject: 'test-import' })}` };
    const coverageOf = async () => {
      const res = await graph.query(
        `{ commune(code: "01267", date: "2024-12-31") { coverage(year: 2024, indicators: ["CHECKUP_COVERAGE"]) { numerator denominator refreshedAt } } }`,
        {},
        admin,
      );
      expect(res.errors).toBeUndefined();
      return res.data.commune.coverage[0] as { numerator: number | null; denominator: number | null; refreshedAt: string };
    };
    const coverage = connect<CoverageDB>(settingsOf('coverage'));
    try {
      const log = async () =>
        Object.fromEntries(
          (await coverage.db.selectFrom('refresh_log').select(['year', 'province_code', 'refreshed_at']).execute()).map((r) => [
            `${r.province_code}/${r.year}`,
            String(r.refreshed_at),
          ]),
        );
      const rowStamps = async () =>
        Object.fromEntries(
          (
            await coverage.db
              .selectFrom('commune_year')
              .select(['code', 'refreshed_at'])
              .where('year', '=', 2024)
              .where('province_code', '=', '04')
              .execute()
          ).map((r) => [r.code, String(r.refreshed_at)]),
        );
      const before = await coverageOf();
      const logBefore = await log();
      const rowsBefore = await rowStamps();

      const file = join(dir, 'song-hien.csv');
      // 3-5 and 6-10 are the preschool and primary ages the indicator counts.
      await writeCsv(file, [healthFlatHeader(), healthRow('01267', 'Sông Hiến', '2024-10-15', [7, 50, 60, 9])]);
      const health = connect<any>(settingsOf('health'));
      const summary = await importFile(health, checkupRounds, {
        path: file,
        schema: 'health',
        submitter: { subject: 'officer', role: 'OFFICER', area: ['04@2024-06-01'] },
      });
      await health.close();
      expect(summary).toMatchObject({
        status: 'ACCEPTED',
        stored: 1,
        provinceYears: [{ province: '04', year: 2024 }],
        communeYears: [{ year: 2024, province: '04', code: '01267', validFrom: expect.any(String) }],
      });

      const refreshed = await refreshImported(coverage.db, graph.gateway.url, admin, summary.communeYears);
      // Quoted in docs/imports.md (a figure, not an assertion: timing belongs to benchmarks).
      process.stdout.write(
        `[imports] refresh of ${summary.communeYears.map((c) => `${c.code}/${c.year}`).join(', ')}: figures ${Math.round(refreshed.figuresSeconds * 1000)} ms, suppression pattern ${Math.round(refreshed.patternsSeconds * 1000)} ms\n`,
      );
      expect(refreshed).toMatchObject({ provinceYears: 1, communeYears: 1 });
      const after = await coverageOf();
      expect(after.numerator).toBe((before.numerator ?? 0) + 110);
      expect(after.denominator).toBe(before.denominator);

      const logAfter = await log();
      const changed = Object.keys(logAfter).filter((k) => logAfter[k] !== logBefore[k]);
      expect(changed).toEqual(['04/2024']);
      // Of the province's 161 commune-years, only Sông Hiến's was read again.
      const rowsAfter = await rowStamps();
      expect(Object.keys(rowsAfter).length).toBe(Object.keys(rowsBefore).length);
      expect(Object.keys(rowsAfter).filter((code) => rowsAfter[code] !== rowsBefore[code])).toEqual(['01267']);
    } finally {
      await coverage.close();
    }
  });
});

describe('imports over HTTP at the gateway', () => {
  const importUrl = (agency: string, query: string) => new URL(`/import/${agency}?${query}`, graph.gateway.url).toString();
  const bearer = async (claims: Record<string, unknown>) => ({ authorization: `Bearer ${await clientToken(claims as never)}` });

  it('takes an OFFICER’s file for their area, rejects (never stores) rows outside it, and gives back the rejected rows', async () => {
    const file = join(dir, 'officer.csv');
    await writeCsv(file, [
      healthFlatHeader(),
      healthRow('01270', 'Sông Bằng', '2024-11-20', [1, 2, 3, 4]),
      healthRow('00006', 'Vĩnh Phúc', '2024-11-20', [1, 2, 3, 4]),
    ]);
    const officer = await bearer({ role: 'OFFICER', subject: 'officer-cb', area: ['04@2024-06-01'] });
    const res = await fetch(importUrl('health', 'template=checkups&file=officer.csv&policy=valid-rows'), {
      method: 'POST',
      headers: officer,
      body: await readFile(file),
    });
    expect(res.status).toBe(200);
    const summary = (await res.json()) as { batchId: string };
    expect(summary).toMatchObject({
      status: 'PARTIAL',
      fileName: 'officer.csv',
      rows: 2,
      stored: 1,
      rejected: 1,
      issues: { OUTSIDE_AREA: 1 },
    });
    const health = connect<any>(settingsOf('health'));
    try {
      expect(
        await health.db
          .selectFrom('dot_kham')
          .select('ma_xa')
          .where('ngay_kham', '=', '2024-11-20')
          .where('ma_xa', 'in', ['01270', '00006'])
          .execute(),
      ).toEqual([{ ma_xa: '01270' }]);
    } finally {
      await health.close();
    }
    const rejected = await fetch(importUrl('health/rejected', `batch=${summary.batchId}`), { headers: officer });
    expect(rejected.status).toBe(200);
    expect(await rejected.text()).toContain('OUTSIDE_AREA');
    // Another officer does not see that batch's rejected rows.
    const other = await fetch(importUrl('health/rejected', `batch=${summary.batchId}`), {
      headers: await bearer({ role: 'OFFICER', subject: 'officer-x', area: ['04@2024-06-01'] }),
    });
    expect(other.status).toBe(404);
  });

  it('refuses callers who may not import', async () => {
    const post = async (headers: Record<string, string>) =>
      (await fetch(importUrl('labour', 'template=children'), { method: 'POST', headers, body: 'x' })).status;
    expect(await post({})).toBe(401);
    expect(await post(await bearer({ role: 'ANALYST', subject: 'analyst' }))).toBe(403);
  });
});

describe('import batches', () => {
  it('lists batches with counts and error summaries: all to an ADMIN, to an OFFICER only those of their area', async () => {
    const get = async (claims: Record<string, unknown>) => {
      const res = await fetch(new URL('/import/health/batches', graph.gateway.url), {
        headers: { authorization: `Bearer ${await clientToken(claims as never)}` },
      });
      expect(res.status).toBe(200);
      return (
        (await res.json()) as {
          batches: { fileName: string; submittedBy: string; rows: number; rejected: number; errors: Record<string, number> }[];
        }
      ).batches;
    };
    const all = await get({ role: 'ADMIN', subject: 'admin' });
    expect(all.map((b) => b.fileName).sort()).toEqual(['officer.csv', 'song-hien.csv']);
    expect(all.find((b) => b.fileName === 'officer.csv')).toMatchObject({ rows: 2, rejected: 1, errors: { OUTSIDE_AREA: 1 } });
    // Cao Bằng's officer sees both (the first touched only 04's communes); Hà Nội's sees none.
    expect((await get({ role: 'OFFICER', subject: 'officer-y', area: ['04@2024-06-01'] })).map((b) => b.fileName).sort()).toEqual([
      'officer.csv',
      'song-hien.csv',
    ]);
    expect(await get({ role: 'OFFICER', subject: 'officer-hn', area: ['01@2024-06-01'] })).toEqual([]);
  });

  it('are in the graph: healthImportBatches with counts, errors by code, and rejected rows for the submitter only', async () => {
    const query = `{ healthImportBatches(first: 10) { fileName submittedBy status rows stored rejected errors { code rows } rejectedRows(first: 5) { row column code messageEn } } }`;
    const ask = async (claims: Record<string, unknown>) => {
      const res = await fetch(new URL('/graphql', graph.gateway.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${await clientToken(claims as never)}` },
        body: JSON.stringify({ query }),
      });
      return (await res.json()) as {
        data?: { healthImportBatches: { fileName: string; rejectedRows: unknown[] | null }[] };
        errors?: { extensions: { code: string } }[];
      };
    };
    const submitter = (await ask({ role: 'OFFICER', subject: 'officer-cb', area: ['04@2024-06-01'] })).data!.healthImportBatches;
    const mine = submitter.find((b) => b.fileName === 'officer.csv');
    expect(mine).toEqual({
      fileName: 'officer.csv',
      submittedBy: 'officer-cb',
      status: 'PARTIAL',
      rows: 2,
      stored: 1,
      rejected: 1,
      errors: [{ code: 'OUTSIDE_AREA', rows: 1 }],
      rejectedRows: [{ row: 3, column: 'ma_xa', code: 'OUTSIDE_AREA', messageEn: 'The place is outside the submitter’s area' }],
    });
    // Another officer of the area sees the batch, not its rejected rows; Hà Nội's sees none; an analyst is refused.
    const other = (await ask({ role: 'OFFICER', subject: 'officer-y', area: ['04@2024-06-01'] })).data!.healthImportBatches;
    expect(other.find((b) => b.fileName === 'officer.csv')!.rejectedRows).toBeNull();
    expect((await ask({ role: 'OFFICER', subject: 'officer-hn', area: ['01@2024-06-01'] })).data!.healthImportBatches).toEqual([]);
    expect((await ask({ role: 'ANALYST', subject: 'analyst' })).errors?.[0]?.extensions.code).toBe('FORBIDDEN');
  });
});

// Last: the batch listings above count the files imported before them.
describe('a file touching many communes', () => {
  it('refreshes exactly its 30 commune-years, in requests under the gateway’s alias limit', async () => {
    const admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN', subject: 'test-import' })}` };
    const codes = [...getDirectory().byId.values()]
      .filter((v) => v.level === 'commune' && v.provinceCode === '04' && inForceOn(v, '2024-12-31'))
      .map((v) => v.code)
      .sort()
      .slice(0, 30);
    const file = join(dir, 'cao-bang-30.csv');
    await writeCsv(file, [
      healthFlatHeader(),
      ...codes.map((code) => healthRow(code, '', '2024-10-20', [1, 2, 3, 4], undefined, undefined, undefined, 'Đội 2')),
    ]);
    const health = connect<any>(settingsOf('health'));
    const summary = await importFile(health, checkupRounds, {
      path: file,
      schema: 'health',
      submitter: { subject: 'admin', role: 'ADMIN', area: [] },
    });
    await health.close();
    expect(summary.communeYears.map((c) => c.code)).toEqual(codes);

    const coverage = connect<CoverageDB>(settingsOf('coverage'));
    try {
      const stamps = async () =>
        new Map(
          (
            await coverage.db
              .selectFrom('commune_year')
              .select(['code', 'refreshed_at'])
              .where('year', '=', 2024)
              .where('province_code', '=', '04')
              .execute()
          ).map((r) => [r.code, String(r.refreshed_at)]),
        );
      const before = await stamps();
      expect(await refreshImported(coverage.db, graph.gateway.url, admin, summary.communeYears)).toMatchObject({
        provinceYears: 1,
        communeYears: 30,
      });
      const after = await stamps();
      expect([...after.keys()].filter((code) => after.get(code) !== before.get(code)).sort()).toEqual(codes);
    } finally {
      await coverage.close();
    }
  });
});
