import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { createInterface } from 'node:readline';
import { sql, type Kysely } from 'kysely';
import type { Viewer } from '../auth/viewer.ts';
import { areaOf } from '../directory/areas.ts';
import { communeOnDate, otherNamesOf, sameCommuneName, yearEndProvinces } from '../directory/communes-on.ts';
import { DIRECTORY_START, todayInVietnam } from '../periods.ts';
import { isFault, messages, type IssueCode, type RowIssue } from './issues.ts';
import { HeaderError, readRows, type SourceRow } from './read.ts';
import type { ImportDB, WritePolicy, BatchStatus } from './tables.ts';
import type { ImportTemplate, Placed } from './template.ts';

export interface ImportOptions {
  /** The agency's schema: raw statements of templates name tables unqualified, found through it. */
  schema: string;
  /** The file on disk (CSV or XLSX). */
  path: string;
  /** The name the submitter gave it (defaults to the path's base name). */
  fileName?: string;
  submitter: Viewer;
  /** ALL_OR_NOTHING (default): any faulty row and nothing of the file is stored. VALID_ROWS: store the valid rows, quarantine the rest. */
  policy?: WritePolicy;
  /** Rows validated and written per statement group. */
  batchSize?: number;
  /** Called after each written group with the rows read so far (the kill test waits on it). */
  onProgress?: (rows: number) => void;
  /** The day reports count as submitted (today in Vietnam by default). */
  today?: string;
}

export interface ImportSummary {
  batchId: string;
  template: string;
  fileName: string;
  checksum: string;
  status: BatchStatus;
  policy: WritePolicy;
  rows: number;
  stored: number;
  corrected: number;
  alreadyStored: number;
  rejected: number;
  /** Valid rows not stored because the file was rejected as a whole. */
  notStored: number;
  issues: Partial<Record<IssueCode, number>>;
  /** The province-years whose figures the stored rows changed: the coverage refresh to run. */
  provinceYears: { province: string; year: number }[];
}

export class ImportRefused extends Error {
  readonly code: 'MISSING_COLUMN' | 'NOT_ALLOWED';
  constructor(code: 'MISSING_COLUMN' | 'NOT_ALLOWED', message: string) {
    super(message);
    this.code = code;
  }
}

const rejectedFile = Symbol('rejected');

/**
 * Imports one file into one agency's tables. Every row ends as stored (new or a correction),
 * already stored (identical to what is there), rejected with coded reasons, or (all-or-nothing,
 * file rejected) not stored; the counts add up to the rows read. All writes of a file happen in
 * one transaction, so a crash, a kill or a lost connection leaves the tables as they were.
 * Rejections are spooled to a temporary file and written after the transaction: the embedded
 * database serves one connection at a time, so nothing may use a second one meanwhile.
 */
export async function importFile<Rec>(db: Kysely<any>, template: ImportTemplate<Rec>, options: ImportOptions): Promise<ImportSummary> {
  const { submitter } = options;
  if (submitter.role !== 'ADMIN' && submitter.role !== 'OFFICER') throw new ImportRefused('NOT_ALLOWED', 'Only an ADMIN or an OFFICER may import files.');
  const idb = db as Kysely<ImportDB>;
  const policy = options.policy ?? 'ALL_OR_NOTHING';
  const fileName = options.fileName ?? basename(options.path);
  const checksum = await sha256(options.path);
  const batchId = randomUUID();
  const area = submitter.role === 'OFFICER' ? areaOf(submitter.area) : undefined;
  const today = options.today ?? todayInVietnam();
  await idb.insertInto('lo_nhap').values({
    ma_lo: batchId, mau: template.id, ten_tep: fileName, tong_kiem: checksum, nguoi_nop: submitter.subject,
    vai_tro: submitter.role, dia_ban: submitter.area.join(','), chinh_sach: policy, trang_thai: 'RUNNING',
  }).execute();

  const spoolDir = await mkdtemp(join(tmpdir(), 'import-'));
  const spoolPath = join(spoolDir, 'issues.ndjson');
  const spool = createWriteStream(spoolPath);
  const counts = { rows: 0, stored: 0, corrected: 0, alreadyStored: 0, rejected: 0, notStored: 0 };
  const issueCounts: Partial<Record<IssueCode, number>> = {};
  const provinceYears = new Set<string>();
  const communes = new Set<string>();
  const communeYears = new Map<string, { provinceCode: string; code: string; year: number }>();
  const report = (row: SourceRow, issues: RowIssue[]) => {
    for (const i of issues) issueCounts[i.code] = (issueCounts[i.code] ?? 0) + 1;
    spool.write(`${JSON.stringify({ sheet: row.sheet, row: row.row, issues, cells: row.cells })}\n`);
  };

  let status: BatchStatus;
  try {
    status = await db.transaction().execute(async (trx) => {
      // Transaction-local: the embedded database shares one session between connections.
      await sql`select set_config('search_path', ${options.schema}, true)`.execute(trx);
      const seen = new Set<string>();
      let writing: Promise<void> = Promise.resolve();
      let pending: { source: SourceRow; key: string; hash: string; placed: Placed<Rec>; provinces: string[] }[] = [];
      const flush = async () => {
        if (!pending.length) return;
        const group = pending;
        pending = [];
        if (policy === 'ALL_OR_NOTHING' && counts.rejected > 0) return void (counts.notStored += group.length);
        const storedRows = await sql<{ khoa: string; bam: string }>`select khoa, bam from ${sql.table('dong_nhap')}
          where mau = ${template.id} and khoa = any(${group.map((g) => g.key)}::text[])`.execute(trx);
        const stored = new Map(storedRows.rows.map((r) => [r.khoa, r.bam]));
        const changed = group.filter((g) => {
          const before = stored.get(g.key);
          if (before === g.hash) {
            counts.alreadyStored++;
            report(g.source, [{ code: 'ALREADY_STORED', column: '', value: '' }]);
            return false;
          }
          if (before) counts.corrected++;
          else counts.stored++;
          return true;
        });
        if (!changed.length) return;
        const corrections = changed.filter((g) => stored.has(g.key)).map((g) => g.key);
        if (corrections.length) {
          await sql`insert into ${sql.table('dong_nhap_lich_su')} (mau, khoa, ma_lo, trang_tinh, dong, bam, du_lieu, thay_boi_lo)
            select mau, khoa, ma_lo, trang_tinh, dong, bam, du_lieu, ${batchId} from ${sql.table('dong_nhap')}
            where mau = ${template.id} and khoa = any(${corrections}::text[])`.execute(trx);
        }
        await template.write(trx, changed.map((g) => g.placed));
        await sql`insert into ${sql.table('dong_nhap')} (mau, khoa, ma_lo, trang_tinh, dong, bam, du_lieu)
          select ${template.id}, k, ${batchId}, s, r, h, d::jsonb from unnest(${changed.map((g) => g.key)}::text[], ${changed.map((g) => g.source.sheet)}::text[],
            ${changed.map((g) => g.source.row)}::int[], ${changed.map((g) => g.hash)}::text[], ${changed.map((g) => JSON.stringify(g.placed.record))}::text[]) as t(k, s, r, h, d)
          on conflict (mau, khoa) do update set ma_lo = excluded.ma_lo, trang_tinh = excluded.trang_tinh, dong = excluded.dong, bam = excluded.bam, du_lieu = excluded.du_lieu`
          .execute(trx);
        for (const g of changed) for (const p of g.provinces) provinceYears.add(`${p}:${g.placed.year}`);
        options.onProgress?.(counts.rows);
      };

      try {
        for await (const source of readRows(options.path, template.columns)) {
          counts.rows++;
          const parsed = template.parse(source.cells);
          if (!parsed.ok) {
            counts.rejected++;
            report(source, parsed.issues);
            continue;
          }
          const issues = placeIssues(parsed.place, area);
          if (issues.issues.length) {
            counts.rejected++;
            report(source, issues.issues);
            continue;
          }
          if (seen.has(parsed.key)) {
            counts.rejected++;
            report(source, [{ code: 'DUPLICATE_IN_FILE', column: '', value: parsed.key }]);
            continue;
          }
          seen.add(parsed.key);
          const v = issues.version!;
          const hash = createHash('sha1').update(JSON.stringify(parsed.record)).digest('base64');
          const yearEnd = `${parsed.year}-12-31` < DIRECTORY_START ? DIRECTORY_START : `${parsed.year}-12-31`;
          const placed = { record: parsed.record, provinceCode: v.provinceCode, districtCode: v.districtCode, year: parsed.year };
          const item = { source, key: parsed.key, hash, placed, provinces: yearEndProvinces(v, yearEnd) };
          communes.add(`${v.code}|${v.validFrom}`);
          communeYears.set(`${v.code}|${parsed.year}`, { provinceCode: v.provinceCode, code: v.code, year: parsed.year });
          pending.push(item);
          if (pending.length >= (options.batchSize ?? 5_000)) {
            // One group is written while the next is validated: the database and the parser overlap.
            await writing;
            writing = flush();
            writing.catch(() => {}); // awaited on the next group or at the end
          }
        }
      } catch (err) {
        await writing.catch(() => {});
        if (err instanceof HeaderError) throw new ImportRefused('MISSING_COLUMN', `${err.message}`);
        throw err;
      }
      await writing;
      await flush();
      const faulty = counts.rejected > 0;
      if (faulty && policy === 'ALL_OR_NOTHING') {
        counts.notStored += counts.stored + counts.corrected + counts.alreadyStored;
        counts.stored = counts.corrected = counts.alreadyStored = 0;
        provinceYears.clear();
        throw rejectedFile;
      }
      if (template.markSubmitted && communeYears.size && counts.stored + counts.corrected > 0) {
        await template.markSubmitted(trx, [...communeYears.values()], today);
      }
      return faulty ? 'PARTIAL' : 'ACCEPTED';
    });
  } catch (err) {
    if (err !== rejectedFile) {
      spool.destroy();
      await rm(spoolDir, { recursive: true, force: true });
      await idb.updateTable('lo_nhap').set({ trang_thai: 'REJECTED', ket_thuc: new Date().toISOString() }).where('ma_lo', '=', batchId).execute();
      throw err;
    }
    status = 'REJECTED';
  }
  await new Promise<void>((resolve) => spool.end(resolve));
  await storeIssues(idb, batchId, spoolPath);
  await rm(spoolDir, { recursive: true, force: true });

  const touched = [...provinceYears].map((k) => ({ province: k.slice(0, k.indexOf(':')), year: Number(k.slice(k.indexOf(':') + 1)) })).sort((a, b) => a.year - b.year || a.province.localeCompare(b.province));
  const faults = Object.fromEntries(Object.entries(issueCounts).filter(([code]) => isFault(code as IssueCode)));
  await idb.updateTable('lo_nhap').set({
    trang_thai: status, ket_thuc: new Date().toISOString(), so_dong: counts.rows, so_moi: counts.stored, so_sua: counts.corrected,
    so_da_co: counts.alreadyStored, so_loi: counts.rejected, so_khong_luu: counts.notStored,
    tom_tat_loi: JSON.stringify(faults), tinh_nam: JSON.stringify(touched), xa: status === 'REJECTED' ? [] : [...communes],
  }).where('ma_lo', '=', batchId).execute();
  return { batchId, template: template.id, fileName, checksum, status, policy, ...counts, issues: issueCounts, provinceYears: touched };
}

/** The directory and area checks of a row's place. */
function placeIssues(place: { codeColumn: string; code: string; date: string; nameColumn?: string; name?: string | null }, area: ReturnType<typeof areaOf> | undefined) {
  const found = communeOnDate(place.code, place.date);
  const issue = (code: IssueCode, detailVi?: string, detailEn?: string): RowIssue => ({ code, column: place.codeColumn, value: place.code, detailVi, detailEn });
  if (!found.ok) {
    if (found.reason === 'UNKNOWN_CODE') return { issues: [issue('UNKNOWN_CODE')] };
    if (found.reason === 'CODE_RETIRED') {
      const names = found.successors.map((s) => `${s.code} ${s.name}`).join(', ') || '?';
      return { issues: [issue('CODE_RETIRED', `mã kế thừa: ${names}`, `successors: ${names}`)] };
    }
    const window = `${found.validFrom} … ${found.validUntil ?? ''}`;
    return { issues: [issue('CODE_NOT_IN_FORCE', `hiệu lực ${window}`, `in force ${window}`)] };
  }
  if (place.name && !sameCommuneName(place.name, found.name)) {
    const other = otherNamesOf(place.code, found.version).find((o) => sameCommuneName(place.name!, o.name));
    const detailVi = `ngày ${place.date} mã ${place.code} là ${found.name}` + (other ? `; ${other.name} mang mã này ${other.validFrom} … ${other.validUntil ?? ''}` : '');
    const detailEn = `on ${place.date} code ${place.code} is ${found.name}` + (other ? `; ${other.name} had this code ${other.validFrom} … ${other.validUntil ?? ''}` : '');
    return { issues: [{ code: 'CODE_NAME_MISMATCH' as const, column: place.nameColumn ?? place.codeColumn, value: place.name, detailVi, detailEn }] };
  }
  if (area && !area.holds('commune', found.version.code, found.version.validFrom)) return { issues: [issue('OUTSIDE_AREA')] };
  return { issues: [], version: found.version };
}

async function storeIssues(db: Kysely<ImportDB>, batchId: string, spoolPath: string): Promise<void> {
  let rows: ImportDB['loi_nhap'][] = [];
  const flush = async () => {
    if (rows.length) await db.insertInto('loi_nhap').values(rows as never).execute();
    rows = [];
  };
  for await (const line of createInterface({ input: createReadStream(spoolPath) })) {
    if (!line) continue;
    const { sheet, row, issues, cells } = JSON.parse(line) as { sheet: string; row: number; issues: RowIssue[]; cells: Record<string, string> };
    for (const i of issues) {
      const m = messages(i);
      rows.push({ ma_lo: batchId, trang_tinh: sheet, dong: row, cot: i.column, gia_tri: i.value, ma_loi: i.code, thong_diep_vi: m.vi, thong_diep_en: m.en, dong_goc: JSON.stringify(cells) } as never);
    }
    if (rows.length >= 2_000) await flush();
  }
  await flush();
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}
