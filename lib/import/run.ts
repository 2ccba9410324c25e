import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { basename } from 'node:path';
import { Kysely, PostgresDialect, sql } from 'kysely';
import type pg from 'pg';
import type { Viewer } from '../auth/viewer.ts';
import { areaOf } from '../directory/areas.ts';
import { communeOnDate, otherNamesOf, sameCommuneName, yearEndCommunes } from '../directory/communes-on.ts';
import { getDirectory } from '../directory/lineage.ts';
import { DIRECTORY_START, todayInVietnam } from '../periods.ts';
import { isFault, messages, type IssueCode, type RowIssue } from './issues.ts';
import { HeaderError, readRows, type SourceRow } from './read.ts';
import { copyStager, copySupported, createStage, insertStager, STAGE, type StageValue } from './stage.ts';
import type { WritePolicy, BatchStatus } from './tables.ts';
import type { ImportTemplate } from './template.ts';

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
  /** How often (in rows read) onProgress is called. */
  batchSize?: number;
  /** Called every batchSize rows read once rows have reached the database (the kill test waits on it). */
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
  /** The province-years whose figures the stored rows changed. */
  provinceYears: { province: string; year: number }[];
  /** The year-end commune-years whose figures the stored rows changed: the coverage refresh to run. */
  communeYears: TouchedCommuneYear[];
}

/** A commune version in force at a year's end (or its last version before), whose figures for the year an import changed. */
export interface TouchedCommuneYear {
  year: number;
  province: string;
  code: string;
  validFrom: string;
}

export class ImportRefused extends Error {
  readonly code: 'MISSING_COLUMN' | 'NOT_ALLOWED';
  constructor(code: 'MISSING_COLUMN' | 'NOT_ALLOWED', message: string) {
    super(message);
    this.code = code;
  }
}

/** The stage's rows that the file adds or corrects: what templates write into their tables. */
const CHANGED = sql.raw(
  `(select n, ma_tinh, ma_huyen, ma_xa, split_part(xa, '|', 2)::date as xa_tu, nam, du_lieu from ${STAGE} where ket_qua in ('NEW', 'CORRECTED'))`,
);

/**
 * Imports one file into one agency's tables. Every row ends as stored (new or a correction),
 * already stored (identical to what is there), rejected with coded reasons, or (all-or-nothing,
 * file rejected) not stored; the counts add up to the rows read.
 *
 * How: rows are read, parsed and checked against the directory and the submitter's area one at
 * a time (a streaming parse, flat memory), and every row, valid or not, is streamed into a
 * temporary stage with COPY. Duplicates within the file, rows already stored, corrections and
 * the merge into the agency's tables are then set-based statements over the stage. All of it is
 * one transaction on one connection: a crash, a kill or a lost connection leaves the tables as
 * they were (the batch stays RUNNING), and the embedded database needs no second connection.
 */
export async function importFile<Rec>(
  database: { pool: pg.Pool },
  template: ImportTemplate<Rec>,
  options: ImportOptions,
): Promise<ImportSummary> {
  const { submitter } = options;
  if (submitter.role !== 'ADMIN' && submitter.role !== 'OFFICER')
    throw new ImportRefused('NOT_ALLOWED', 'Only an ADMIN or an OFFICER may import files.');
  const policy = options.policy ?? 'ALL_OR_NOTHING';
  const fileName = options.fileName ?? basename(options.path);
  const checksum = await sha256(options.path);
  const batchId = randomUUID();
  const area = submitter.role === 'OFFICER' ? areaOf(submitter.area) : undefined;
  const today = options.today ?? todayInVietnam();
  const client = await database.pool.connect();
  const db = singleClientKysely(client);
  const counts = { rows: 0, stored: 0, corrected: 0, alreadyStored: 0, rejected: 0, notStored: 0 };
  const issueCounts: Partial<Record<IssueCode, number>> = {};
  try {
    const batches = `${client.escapeIdentifier(options.schema)}.lo_nhap`;
    await client.query(
      `insert into ${batches} (ma_lo, mau, ten_tep, tong_kiem, nguoi_nop, vai_tro, dia_ban, chinh_sach, trang_thai) values ($1, $2, $3, $4, $5, $6, $7, $8, 'RUNNING')`,
      [batchId, template.id, fileName, checksum, submitter.subject, submitter.role, submitter.area.join(','), policy],
    );
    await client.query('begin');
    try {
      // Transaction-local: the embedded database shares one session between connections.
      await client.query(`select set_config('search_path', $1, true)`, [options.schema]);
      await createStage(client);
      const stager = (await copySupported(client)) ? copyStager(client) : insertStager(client);
      const progressEvery = options.batchSize ?? 5_000;
      try {
        for await (const sources of readRows(options.path, template.columns)) {
          for (const source of sources) {
            const n = ++counts.rows;
            const row = checkRow(template, source, area);
            let outcome: StageValue[];
            if (!row.ok) {
              counts.rejected++;
              for (const i of row.issues) issueCounts[i.code] = (issueCounts[i.code] ?? 0) + 1;
              outcome = ['REJECTED', JSON.stringify(row.issues.map(withMessages)), null, null, null, null, null, null, null, null];
            } else {
              const v = row.version;
              const record = JSON.stringify(row.record);
              const hash = createHash('sha1').update(record).digest('base64');
              outcome = ['NEW', null, row.key, hash, record, v.provinceCode, v.districtCode, v.code, `${v.code}|${v.validFrom}`, row.year];
            }
            // Awaited only when a chunk went to the database: a promise per row costs more than the row's COPY text.
            const sending = stager.add([n, source.sheet, source.row, JSON.stringify(source.cells), ...outcome]);
            if (sending) await sending;
            if (n % progressEvery === 0 && stager.sent > 0) options.onProgress?.(n);
          }
        }
        await stager.end();
      } catch (err) {
        await stager.abort(err as Error);
        if (err instanceof HeaderError) throw new ImportRefused('MISSING_COLUMN', err.message);
        throw err;
      }
      // Statistics for the joins below: the JSON columns left out (sampling them costs seconds) and
      // a small sample (3,000 rows; the default 30,000 cost a second on 100,000 rows).
      await client.query(`select set_config('default_statistics_target', '10', true)`);
      await client.query(`analyze ${STAGE} (khoa, ket_qua)`);

      // References to stored records (a support record's child), checked for the whole file at once.
      for (const ref of template.references ?? []) {
        const m = withMessages({ code: 'UNKNOWN_REFERENCE', column: ref.field, value: '' });
        const unknown = await client.query(
          `update ${STAGE} s set ket_qua = 'REJECTED',
            van_de = jsonb_build_array(jsonb_build_object('code', 'UNKNOWN_REFERENCE', 'column', $1::text, 'value', s.du_lieu->>$1, 'vi', $2::text, 'en', $3::text))
          where s.ket_qua = 'NEW' and not exists (select 1 from ${client.escapeIdentifier(ref.table)} t where t.${client.escapeIdentifier(ref.key)} = s.du_lieu->>$1)`,
          [ref.field, m.vi, m.en],
        );
        if (unknown.rowCount) {
          counts.rejected += unknown.rowCount;
          issueCounts.UNKNOWN_REFERENCE = (issueCounts.UNKNOWN_REFERENCE ?? 0) + unknown.rowCount;
        }
      }
      // Duplicates within the file: the first row of a key stands, later ones are rejected. A hash
      // aggregate of the keys, not a sort: most files have no duplicate at all.
      const dup = withMessages({ code: 'DUPLICATE_IN_FILE', column: '', value: '' });
      const duplicates = await client.query(
        `update ${STAGE} s set ket_qua = 'DUPLICATE_IN_FILE',
          van_de = jsonb_build_array(jsonb_build_object('code', 'DUPLICATE_IN_FILE', 'column', '', 'value', s.khoa, 'vi', $1::text, 'en', $2::text))
        from (select khoa, min(n) as first from ${STAGE} where ket_qua = 'NEW' group by khoa having count(*) > 1) d
        where s.khoa = d.khoa and s.n > d.first and s.ket_qua = 'NEW'`,
        [dup.vi, dup.en],
      );
      if (duplicates.rowCount) {
        counts.rejected += duplicates.rowCount;
        issueCounts.DUPLICATE_IN_FILE = duplicates.rowCount;
      }
      // Against what is stored: the same content is already there, other content is a correction.
      await client.query(
        `update ${STAGE} s set ket_qua = case when d.bam = s.bam then 'SAME' else 'CORRECTED' end
        from dong_nhap d where d.mau = $1 and d.khoa = s.khoa and s.ket_qua = 'NEW'`,
        [template.id],
      );
      const outcome = Object.fromEntries(
        (await client.query<{ ket_qua: string; c: number }>(`select ket_qua, count(*)::int as c from ${STAGE} group by ket_qua`)).rows.map(
          (r) => [r.ket_qua, r.c],
        ),
      );
      const [fresh, corrected, same] = [outcome.NEW ?? 0, outcome.CORRECTED ?? 0, outcome.SAME ?? 0];
      const status: BatchStatus = counts.rejected === 0 ? 'ACCEPTED' : policy === 'VALID_ROWS' ? 'PARTIAL' : 'REJECTED';
      let provinceYears: { province: string; year: number }[] = [];
      let communeYears: TouchedCommuneYear[] = [];
      let communes: string[] = [];
      if (status === 'REJECTED') {
        counts.notStored = fresh + corrected + same;
      } else {
        Object.assign(counts, { stored: fresh, corrected, alreadyStored: same });
        if (same) {
          issueCounts.ALREADY_STORED = same;
          const m = withMessages({ code: 'ALREADY_STORED', column: '', value: '' });
          await client.query(
            `update ${STAGE} set van_de = jsonb_build_array(jsonb_build_object('code', 'ALREADY_STORED', 'column', '', 'value', '', 'vi', $1::text, 'en', $2::text)) where ket_qua = 'SAME'`,
            [m.vi, m.en],
          );
        }
        const places = await placesOf(client);
        communes = places.communes;
        if (fresh + corrected) {
          if (corrected) {
            // What a correction replaces is kept, with where it came from.
            await client.query(
              `insert into dong_nhap_lich_su (mau, khoa, ma_lo, trang_tinh, dong, bam, du_lieu, thay_boi_lo)
              select d.mau, d.khoa, d.ma_lo, d.trang_tinh, d.dong, d.bam, d.du_lieu, $2 from dong_nhap d join ${STAGE} s on s.khoa = d.khoa and s.ket_qua = 'CORRECTED' where d.mau = $1`,
              [template.id, batchId],
            );
          }
          await template.write(db, CHANGED);
          // New keys are plainly inserted (an upsert's speculative insertion costs a third more);
          // a concurrent import of the same key fails this file's transaction, and its re-run completes.
          await client.query(
            `insert into dong_nhap (mau, khoa, ma_lo, trang_tinh, dong, bam, du_lieu)
            select $1, khoa, $2, trang_tinh, dong, bam, du_lieu from ${STAGE} where ket_qua = 'NEW'`,
            [template.id, batchId],
          );
          if (corrected)
            await client.query(
              `update dong_nhap d set ma_lo = $2, trang_tinh = s.trang_tinh, dong = s.dong, bam = s.bam, du_lieu = s.du_lieu
              from ${STAGE} s where d.mau = $1 and d.khoa = s.khoa and s.ket_qua = 'CORRECTED'`,
              [template.id, batchId],
            );
          ({ provinceYears, communeYears } = places);
          if (template.markSubmitted) await template.markSubmitted(db, places.submitted, today);
        }
      }
      // Every row not stored as it came, with where and why: the summary and the rejected-rows CSV.
      if (counts.rejected || same)
        await client.query(
          `insert into loi_nhap (ma_lo, trang_tinh, dong, cot, gia_tri, ma_loi, thong_diep_vi, thong_diep_en, dong_goc)
        select $1, s.trang_tinh, s.dong, i->>'column', i->>'value', i->>'code', i->>'vi', i->>'en', s.o_goc::jsonb
        from ${STAGE} s cross join lateral jsonb_array_elements(s.van_de) as i where s.van_de is not null order by s.n`,
          [batchId],
        );
      const faults = Object.fromEntries(Object.entries(issueCounts).filter(([code]) => isFault(code as IssueCode)));
      await client.query(
        `update lo_nhap set trang_thai = $2, ket_thuc = now(), so_dong = $3, so_moi = $4, so_sua = $5, so_da_co = $6, so_loi = $7, so_khong_luu = $8,
        tom_tat_loi = $9, tinh_nam = $10, xa = $11 where ma_lo = $1`,
        [
          batchId,
          status,
          counts.rows,
          counts.stored,
          counts.corrected,
          counts.alreadyStored,
          counts.rejected,
          counts.notStored,
          JSON.stringify(faults),
          JSON.stringify(provinceYears),
          communes,
        ],
      );
      await client.query('commit');
      return {
        batchId,
        template: template.id,
        fileName,
        checksum,
        status,
        policy,
        ...counts,
        issues: issueCounts,
        provinceYears,
        communeYears,
      };
    } catch (err) {
      await client.query('rollback').catch(() => {});
      await client.query(`update ${batches} set trang_thai = 'REJECTED', ket_thuc = now() where ma_lo = $1`, [batchId]).catch(() => {});
      throw err;
    }
  } finally {
    client.release();
  }
}

/** A row's own checks: its template's schema, then where it is filed (directory, dated area). */
function checkRow<Rec>(template: ImportTemplate<Rec>, source: SourceRow, area: ReturnType<typeof areaOf> | undefined) {
  const parsed = template.parse(source.cells);
  if (!parsed.ok) return parsed;
  const place = placeIssues(parsed.place, area);
  if (place.issues.length) return { ok: false as const, issues: place.issues };
  return { ...parsed, version: place.version! };
}

const withMessages = (i: RowIssue) => ({ ...i, ...messages(i) });

/** A query builder on one checked-out connection (templates' statements join the import's transaction). */
function singleClientKysely(client: pg.PoolClient): Kysely<any> {
  const connection = { query: (...args: unknown[]) => (client.query as (...a: unknown[]) => unknown)(...args), release: () => {} };
  const pool = { connect: async () => connection, end: async () => {} };
  // Cast: the dialect wants a pg.Pool, of which Kysely calls only connect() and end(), which this stand-in has.
  return new Kysely<any>({ dialect: new PostgresDialect({ pool: pool as never }) });
}

/** The directory and area checks of a row's place. */
function placeIssues(
  place: { codeColumn: string; code: string; date: string; nameColumn?: string; name?: string | null },
  area: ReturnType<typeof areaOf> | undefined,
) {
  const found = communeOnDate(place.code, place.date);
  const issue = (code: IssueCode, detailVi?: string, detailEn?: string): RowIssue => ({
    code,
    column: place.codeColumn,
    value: place.code,
    detailVi,
    detailEn,
  });
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
    const detailVi =
      `ngày ${place.date} mã ${place.code} là ${found.name}` +
      (other ? `; ${other.name} mang mã này ${other.validFrom} … ${other.validUntil ?? ''}` : '');
    const detailEn =
      `on ${place.date} code ${place.code} is ${found.name}` +
      (other ? `; ${other.name} had this code ${other.validFrom} … ${other.validUntil ?? ''}` : '');
    return {
      issues: [
        { code: 'CODE_NAME_MISMATCH' as const, column: place.nameColumn ?? place.codeColumn, value: place.name, detailVi, detailEn },
      ],
    };
  }
  if (area && !area.holds('commune', found.version.code, found.version.validFrom)) return { issues: [issue('OUTSIDE_AREA')] };
  return { issues: [], version: found.version };
}

async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Where the file's rows are filed, in one pass over the stage: the year-end commune-years and
 * province-years the stored rows change (the coverage refresh to run), the commune-years whose
 * reports count as submitted, and the commune versions of every row stored or already stored.
 */
async function placesOf(client: pg.PoolClient) {
  const { rows } = await client.query<{ ma_tinh: string; ma_xa: string; xa: string; nam: number; changed: boolean }>(
    `select ma_tinh, ma_xa, xa, nam, bool_or(ket_qua <> 'SAME') as changed from ${STAGE}
    where ket_qua in ('NEW', 'CORRECTED', 'SAME') group by ma_tinh, ma_xa, xa, nam`,
  );
  const changed = new Map<string, TouchedCommuneYear>();
  const submitted = new Map<string, { provinceCode: string; code: string; year: number }>();
  for (const r of rows) {
    if (r.changed) {
      const yearEnd = `${r.nam}-12-31` < DIRECTORY_START ? DIRECTORY_START : `${r.nam}-12-31`;
      for (const v of yearEndCommunes(getDirectory().byId.get(`commune:${r.xa}`)!, yearEnd))
        changed.set(`${r.nam}|${v.id}`, { year: r.nam, province: v.provinceCode, code: v.code, validFrom: v.validFrom });
    }
    submitted.set(`${r.ma_tinh}|${r.ma_xa}|${r.nam}`, { provinceCode: r.ma_tinh, code: r.ma_xa, year: r.nam });
  }
  const communeYears = [...changed.values()].sort((a, b) => a.year - b.year || compare(a.province, b.province) || compare(a.code, b.code));
  const provinceYears = [...new Map(communeYears.map((c) => [`${c.year}|${c.province}`, { province: c.province, year: c.year }])).values()];
  return { communeYears, provinceYears, submitted: [...submitted.values()], communes: [...new Set(rows.map((r) => r.xa))] };
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
