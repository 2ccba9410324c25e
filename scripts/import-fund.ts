/**
 * Loads a Child Protection Fund ledger file (CSV, UTF-8, header row) into the labour database,
 * all or nothing: every row is validated first, then everything is written in one transaction
 * that the database's invariants check at commit (migration 0004). This script is the stopgap
 * that the imports issue's importer will replace; its file format is docs/fund.md's.
 *
 *   npm run import:fund -- --file ledger.csv
 *
 * Rows, by `kind` (columns a kind does not use stay empty):
 *   donor                 ref=donor id, name, donor_kind (CA_NHAN | DOANH_NGHIEP | TO_CHUC)
 *   donation              ref, date, donor (id), amount, level (TINH | HUYEN | XA), province, unit,
 *                         earmark_commune, earmark_programme, earmark_form, in_kind (yes/no), in_kind_description
 *   disbursement          ref, date, amount, province, district, commune, purpose, approved_by,
 *                         programme, form, from (empty: the allocation rule; or "REF:amount;REF:amount")
 *   reverse_donation      ref, date, reverses (the donation's ref), purpose (the reason)
 *   reverse_disbursement  ref, date, reverses (the disbursement's ref), approved_by
 * Refs are the file's own names for its rows; amounts are whole đồng.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parse } from 'csv-parse/sync';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { loadConfigOrExit, subgraphEnvSchema, type SubgraphConfig } from '../lib/config.ts';
import { connect, migrate } from '../lib/db.ts';
import {
  FundError,
  fundErrorOf,
  recordDisbursement,
  recordDonation,
  reverseDisbursement,
  reverseDonation,
} from '../subgraphs/labour/db/fund-ledger.ts';
import { HINH_THUC, type LabourDB } from '../subgraphs/labour/db/tables.ts';
import { labour } from '../subgraphs/labour/subgraph.ts';

const isDay = (v: string) => {
  const t = Date.parse(`${v}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(t) && new Date(t).toISOString().startsWith(v);
};
const date = z.string().refine(isDay, 'a calendar date YYYY-MM-DD');
const amount = z.string().regex(/^[1-9]\d{0,17}$/, 'a whole, positive number of đồng');
const ref = z.string().min(1, 'a ref');
const optional = (t: z.ZodString) =>
  z
    .string()
    .transform((v) => (v === '' ? null : v))
    .pipe(t.nullable());
const code = (digits: number) => z.string().regex(new RegExp(`^\\d{${digits}}$`), `a ${digits}-digit code`);
const form = z.enum(HINH_THUC);

const ROW = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('donor'), ref, name: z.string().min(1), donor_kind: z.enum(['CA_NHAN', 'DOANH_NGHIEP', 'TO_CHUC']) }),
  z
    .object({
      kind: z.literal('donation'),
      ref,
      date,
      donor: ref,
      amount,
      level: z.enum(['TINH', 'HUYEN', 'XA']),
      province: code(2),
      unit: z.string().regex(/^\d{2,5}$/, 'a unit code'),
      earmark_commune: optional(code(5)),
      earmark_programme: optional(z.string()),
      earmark_form: z
        .string()
        .transform((v) => (v === '' ? null : v))
        .pipe(form.nullable()),
      in_kind: z.enum(['yes', 'no', '']),
      in_kind_description: z.string(),
    })
    .refine((r) => r.in_kind !== 'yes' || r.in_kind_description !== '', {
      message: 'a gift in kind says what it was and how it was valued',
      path: ['in_kind_description'],
    }),
  z.object({
    kind: z.literal('disbursement'),
    ref,
    date,
    amount,
    province: code(2),
    district: optional(code(3)),
    commune: code(5),
    purpose: z.string().min(1),
    approved_by: z.string().min(1),
    programme: optional(z.string()),
    form: z
      .string()
      .transform((v) => (v === '' ? null : v))
      .pipe(form.nullable()),
    from: z.string().regex(/^$|^[^:;]+:\d+(;[^:;]+:\d+)*$/, 'empty, or REF:amount;REF:amount'),
  }),
  z.object({ kind: z.literal('reverse_donation'), ref, date, reverses: ref, purpose: z.string().min(1) }),
  z.object({ kind: z.literal('reverse_disbursement'), ref, date, reverses: ref, approved_by: z.string().min(1) }),
]);
type Row = z.infer<typeof ROW>;

export class ImportError extends Error {
  readonly problems: string[];
  constructor(problems: string[]) {
    super(`${problems.length} problem(s) in the ledger file; nothing was written:\n${problems.join('\n')}`);
    this.problems = problems;
  }
}

/** Parses and validates every row; throws ImportError listing every problem (line numbers as in the file). */
export function parseLedger(text: string): { line: number; row: Row }[] {
  const records = parse(text, { columns: true, skip_empty_lines: true, trim: true, bom: true, relax_column_count: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  const problems: string[] = [];
  const rows: { line: number; row: Row }[] = [];
  const refs = new Map<string, string>();
  for (const { record, info } of records) {
    const filled = Object.fromEntries(
      [
        'ref',
        'name',
        'donor_kind',
        'date',
        'donor',
        'amount',
        'level',
        'province',
        'unit',
        'district',
        'commune',
        'earmark_commune',
        'earmark_programme',
        'earmark_form',
        'in_kind',
        'in_kind_description',
        'purpose',
        'approved_by',
        'programme',
        'form',
        'from',
        'reverses',
        'kind',
      ].map((k) => [k, record[k] ?? '']),
    );
    const parsed = ROW.safeParse(filled);
    if (!parsed.success) {
      problems.push(...parsed.error.issues.map((i) => `line ${info.lines}: ${i.path.join('.') || 'row'}: ${i.message}`));
      continue;
    }
    const row = parsed.data;
    const kindOfRef = row.kind === 'donor' ? 'donor' : row.kind.includes('donation') ? 'donation' : 'disbursement';
    if (refs.has(`${kindOfRef}:${row.ref}`)) problems.push(`line ${info.lines}: ref ${row.ref} is used twice`);
    refs.set(`${kindOfRef}:${row.ref}`, row.kind);
    const needs = (kind: string, r: string) => {
      if (!refs.has(`${kind}:${r}`)) problems.push(`line ${info.lines}: ${kind} ${r} is not defined above`);
    };
    if (row.kind === 'donation') needs('donor', row.donor);
    if (row.kind === 'disbursement' && row.from) for (const part of row.from.split(';')) needs('donation', part.split(':')[0]!);
    if (row.kind === 'reverse_donation') needs('donation', row.reverses);
    if (row.kind === 'reverse_disbursement') needs('disbursement', row.reverses);
    rows.push({ line: info.lines, row });
  }
  if (!records.length) problems.push('the file holds no rows');
  if (problems.length) throw new ImportError(problems);
  return rows;
}

/** Writes validated rows in one transaction; a refusal names the line and rolls everything back. */
export async function importLedger(db: Kysely<LabourDB>, rows: { line: number; row: Row }[]): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  let current = 0;
  try {
    await db.transaction().execute(async (trx) => {
      const ids = new Map<string, number>();
      for (const { line, row } of rows) {
        current = line;
        counts[row.kind] = (counts[row.kind] ?? 0) + 1;
        switch (row.kind) {
          case 'donor':
            await trx.insertInto('quy_nha_tai_tro').values({ ma_nha_tai_tro: row.ref, ten: row.name, loai: row.donor_kind }).execute();
            break;
          case 'donation':
            ids.set(
              `donation:${row.ref}`,
              await recordDonation(trx, {
                ngay: row.date,
                ma_nha_tai_tro: row.donor,
                so_tien: row.amount,
                cap: row.level,
                ma_tinh: row.province,
                ma_don_vi: row.unit,
                hien_vat: row.in_kind === 'yes',
                mo_ta_hien_vat: row.in_kind_description || null,
                chi_dinh_xa: row.earmark_commune,
                chi_dinh_chuong_trinh: row.earmark_programme,
                chi_dinh_hinh_thuc: row.earmark_form,
              }),
            );
            break;
          case 'disbursement':
            ids.set(
              `disbursement:${row.ref}`,
              await recordDisbursement(trx, {
                ngay: row.date,
                ma_tinh: row.province,
                ma_huyen: row.district,
                ma_xa: row.commune,
                so_tien: row.amount,
                muc_dich: row.purpose,
                nguoi_duyet: row.approved_by,
                chuong_trinh: row.programme,
                hinh_thuc: row.form,
                from: row.from
                  ? row.from.split(';').map((p) => ({ ma_khoan_thu: ids.get(`donation:${p.split(':')[0]}`)!, so_tien: p.split(':')[1]! }))
                  : undefined,
              }),
            );
            break;
          case 'reverse_donation':
            await reverseDonation(trx, ids.get(`donation:${row.reverses}`)!, row.date, row.purpose);
            break;
          case 'reverse_disbursement':
            await reverseDisbursement(trx, ids.get(`disbursement:${row.reverses}`)!, row.date, row.approved_by);
            break;
        }
      }
      current = 0; // the commit's checks belong to no single line
    });
  } catch (err) {
    const fundErr = fundErrorOf(err);
    if (fundErr instanceof FundError)
      throw new ImportError([`${current ? `line ${current}` : 'at commit'}: ${fundErr.code}: ${fundErr.message}`]);
    if ((err as { code?: string }).code === '23505')
      throw new ImportError([`line ${current}: already in the ledger (${(err as Error).message})`]);
    throw err;
  }
  return counts;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { file: { type: 'string' } } });
  if (!values.file) {
    process.stderr.write('usage: npm run import:fund -- --file ledger.csv\n');
    process.exit(64);
  }
  const config = loadConfigOrExit(subgraphEnvSchema('labour')) as SubgraphConfig;
  const database = connect<LabourDB>(config.database);
  try {
    await migrate(database.db, config.database.schema, labour.migrations);
    const counts = await importLedger(database.db, parseLedger(readFileSync(values.file, 'utf8')));
    process.stdout.write(`imported ${JSON.stringify(counts)}\n`);
  } catch (err) {
    if (!(err instanceof ImportError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 65;
  } finally {
    await database.close();
  }
}
