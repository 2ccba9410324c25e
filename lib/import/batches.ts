import { GraphQLError, parse, type DocumentNode } from 'graphql';
import type { Kysely } from 'kysely';
import { pageSizeArg } from '../args.ts';
import type { Viewer } from '../auth/viewer.ts';
import { areaOf } from '../directory/areas.ts';
import type { ImportDB } from './tables.ts';

/**
 * Import batches newest first: every batch for an ADMIN; for an OFFICER the batches they
 * submitted and those whose stored rows all lie in their area (never a batch that touched
 * communes outside it). Error summaries are counts by code, never row contents.
 */
export async function visibleBatches(db: Kysely<any>, viewer: Viewer, first: number) {
  const idb = db as Kysely<ImportDB>;
  const rows = await idb
    .selectFrom('lo_nhap')
    .selectAll()
    .orderBy('bat_dau', 'desc')
    .limit(viewer.role === 'ADMIN' ? first : 5_000)
    .execute();
  const area = viewer.role === 'OFFICER' ? areaOf(viewer.area) : undefined;
  const inArea = (xa: string[]) =>
    xa.length > 0 &&
    xa.every((id) => {
      const [code, validFrom] = id.split('|') as [string, string];
      return area!.holds('commune', code, validFrom);
    });
  return rows
    .filter((b) => !area || b.nguoi_nop === viewer.subject || inArea(b.xa))
    .slice(0, first)
    .map((b) => ({
      id: b.ma_lo,
      template: b.mau,
      fileName: b.ten_tep,
      checksum: b.tong_kiem,
      submittedBy: b.nguoi_nop,
      policy: b.chinh_sach,
      status: b.trang_thai,
      startedAt: new Date(b.bat_dau).toISOString(),
      finishedAt: b.ket_thuc ? new Date(b.ket_thuc).toISOString() : null,
      rows: b.so_dong,
      stored: b.so_moi,
      corrected: b.so_sua,
      alreadyStored: b.so_da_co,
      rejected: b.so_loi,
      notStored: b.so_khong_luu,
      errors: b.tom_tat_loi as Record<string, number>,
      provinceYears: b.tinh_nam as { province: string; year: number }[],
    }));
}
export type VisibleBatch = Awaited<ReturnType<typeof visibleBatches>>[number];

/** The rejected rows of a batch may hold children's personal data: only its submitter and ADMINs read them. */
export const mayReadRejections = (viewer: Viewer, submittedBy: string) => viewer.role === 'ADMIN' || viewer.subject === submittedBy;

/**
 * The GraphQL face of an agency's imports: `<agency>ImportBatches` on Query, and the batch
 * types, shared (@shareable, identical) by every agency that takes imports.
 */
export function importBatchesTypeDefs(agency: string): DocumentNode {
  return parse(`
extend type Query {
  """
  The ${agency} agency's import batches (files submitted to POST /import/${agency}), newest
  first: who submitted what and when, what became of every row, errors by code. ADMIN sees
  every batch; an OFFICER the batches they submitted and those wholly inside their area.
  """
  ${agency}ImportBatches(
    "How many batches, 0 to 1000 (more is BAD_USER_INPUT)."
    first: Int = 50
  ): [ImportBatch!]! @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
}

"One file submitted once to an agency's importer, and what became of each of its rows."
type ImportBatch @shareable {
  "The batch id (also the \`batch\` of GET /import/<agency>/rejected)."
  id: ID!
  "The file template, e.g. \`labour.children\`."
  template: String!
  "The file name the submitter gave."
  fileName: String!
  "SHA-256 of the file as received, hex."
  checksum: String!
  "The submitter's subject."
  submittedBy: String!
  "ALL_OR_NOTHING or VALID_ROWS."
  policy: String!
  "RUNNING (or interrupted: nothing of it stored), ACCEPTED, PARTIAL (valid rows stored) or REJECTED (nothing stored)."
  status: String!
  "ISO 8601 instant."
  startedAt: String!
  "ISO 8601 instant; null while running or when interrupted."
  finishedAt: String
  "Rows read. rows = stored + corrected + alreadyStored + rejected + notStored."
  rows: Int!
  "New records stored."
  stored: Int!
  "Rows that replaced a stored record of the same key (what they replaced is kept)."
  corrected: Int!
  "Rows identical to what was stored: nothing changed."
  alreadyStored: Int!
  "Rows rejected with at least one error code."
  rejected: Int!
  "Valid rows not stored because the file was rejected as a whole."
  notStored: Int!
  "Rejected rows by error code."
  errors: [ImportErrorCount!]! @listSize(assumedSize: 20)
  """
  The rejected rows with where and why (their cells may hold personal data): for the submitter
  and ADMINs only, null for other readers.
  """
  rejectedRows(
    "0 to 1000 (more is BAD_USER_INPUT)."
    first: Int = 100
  ): [ImportRejection!] @listSize(slicingArguments: ["first"], requireOneSlicingArgument: false)
}

"How many rows of a batch were rejected with one error code."
type ImportErrorCount @shareable {
  "An error code of docs/imports.md, e.g. CODE_RETIRED."
  code: String!
  "Rows rejected with this code."
  rows: Int!
}

"One reason one row was not stored."
type ImportRejection @shareable {
  "The sheet's name (CSV for a CSV file)."
  sheet: String!
  "The row number a person sees in the spreadsheet."
  row: Int!
  "The template's column key; empty for the whole row."
  column: String!
  "The cell's value as read."
  value: String!
  "The error code (docs/imports.md)."
  code: String!
  "The message in Vietnamese."
  messageVi: String!
  "The message in English."
  messageEn: String!
}
`);
}

/** Batches are read from the read database: a replica's lag only delays a batch's appearance. */
type Ctx = { read: Kysely<any>; viewer: Viewer };
type BatchesQuery<A extends string> = {
  [K in `${A}ImportBatches`]: (_: unknown, args: { first?: unknown }, ctx: Ctx) => Promise<VisibleBatch[]>;
};

/**
 * Resolvers for importBatchesTypeDefs(agency). The key is typed by agency, so each subgraph's
 * `satisfies Resolvers` checks them against its generated types (codegen.ts adds this SDL).
 */
export function importBatchesResolvers<A extends string>(agency: A) {
  const query = {
    [`${agency}ImportBatches`]: async (_: unknown, args: { first?: unknown }, ctx: Ctx) => {
      if (ctx.viewer.role !== 'ADMIN' && ctx.viewer.role !== 'OFFICER') {
        throw new GraphQLError('Import batches are visible to administrators and officers only.', { extensions: { code: 'FORBIDDEN' } });
      }
      return visibleBatches(ctx.read, ctx.viewer, pageSizeArg(args.first, 'first', 50));
    },
  } as BatchesQuery<A>;
  return {
    Query: query,
    ImportBatch: {
      errors: (b: VisibleBatch) =>
        Object.entries(b.errors ?? {})
          .map(([code, rows]) => ({ code, rows }))
          .sort((a, c) => a.code.localeCompare(c.code)),
      rejectedRows: async (b: VisibleBatch, args: { first?: unknown }, ctx: Ctx) => {
        if (!mayReadRejections(ctx.viewer, b.submittedBy)) return null;
        const rows = await (ctx.read as Kysely<ImportDB>)
          .selectFrom('loi_nhap')
          .select(['trang_tinh', 'dong', 'cot', 'gia_tri', 'ma_loi', 'thong_diep_vi', 'thong_diep_en'])
          .where('ma_lo', '=', b.id)
          .orderBy('id')
          .limit(pageSizeArg(args.first, 'first', 100))
          .execute();
        return rows.map((r) => ({
          sheet: r.trang_tinh,
          row: r.dong,
          column: r.cot,
          value: r.gia_tri,
          code: r.ma_loi,
          messageVi: r.thong_diep_vi,
          messageEn: r.thong_diep_en,
        }));
      },
    },
  };
}
