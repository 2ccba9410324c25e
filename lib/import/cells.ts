import { z } from 'zod';
import type { IssueCode, RowIssue } from './issues.ts';
import { labelMap } from './text.ts';

/**
 * zod schemas for spreadsheet cells (always text, already trimmed). Each failure carries one of
 * our issue codes in `params.code`, so a row's zod errors become coded, bilingual row issues.
 */
const fail = (ctx: z.RefinementCtx, code: IssueCode, detail?: string) => {
  ctx.addIssue({ code: 'custom', message: detail ?? code, params: { code, detail } });
  return z.NEVER;
};

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const YMD = /^(\d{4})-(\d{2})-(\d{2})$/;
/** YYYY-MM-DD for `2024-03-05`, `05/03/2024` or `5.3.2024` (day first, as Vietnam writes dates); null when not a real day. */
export function parseDate(text: string): string | null {
  let y: number, m: number, d: number;
  const ymd = YMD.exec(text);
  const dmy = ymd ? null : DMY.exec(text);
  if (ymd) [y, m, d] = [Number(ymd[1]), Number(ymd[2]), Number(ymd[3])];
  else if (dmy) [d, m, y] = [Number(dmy[1]), Number(dmy[2]), Number(dmy[3])];
  else return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return ymd ? text : `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
const daysInMonth = (y: number, m: number) =>
  m === 2 ? (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28) : [4, 6, 9, 11].includes(m) ? 30 : 31;

function countOf(text: string, ctx: z.RefinementCtx): number {
  const plain = text.replace(/[\s.,](?=\d{3}\b)/g, '');
  return /^\d+$/.test(plain) ? Number(plain) : fail(ctx, 'BAD_COUNT');
}

export const cell = {
  required: () => z.string().transform((s, ctx) => (s ? s : fail(ctx, 'REQUIRED'))),
  optional: () =>
    z
      .string()
      .optional()
      .transform((s) => s || null),
  /** A real day inside [from, to]. */
  date: (from: string, to: string) =>
    z.string().transform((s, ctx) => {
      if (!s) return fail(ctx, 'REQUIRED');
      const date = parseDate(s);
      if (!date) return fail(ctx, 'BAD_DATE');
      if (date < from || date > to) return fail(ctx, 'DATE_OUT_OF_PERIOD', `${from} … ${to}`);
      return date;
    }),
  /** A non-negative whole number (thousands separators `.` `,` and spaces allowed). */
  count: () => z.string().transform((s, ctx) => (s ? countOf(s, ctx) : fail(ctx, 'REQUIRED'))),
  /** A count that may be left empty (null). */
  optionalCount: () =>
    z
      .string()
      .optional()
      .transform((s, ctx): number | null => (s ? countOf(s, ctx) : null)),
  year: (from: number, to: number) =>
    z.string().transform((s, ctx) => {
      if (!s) return fail(ctx, 'REQUIRED');
      const year = Number(s);
      if (!/^\d{4}$/.test(s)) return fail(ctx, 'BAD_VALUE');
      if (year < from || year > to) return fail(ctx, 'DATE_OUT_OF_PERIOD', `${from} … ${to}`);
      return year;
    }),
  /** A label the agency uses (Vietnamese or English, tone marks optional) mapped to its stored code. */
  label: <Code extends string | number>(labels: Record<string, Code>, options: { optional?: boolean } = {}) => {
    const lookup = labelMap(labels);
    const known = [...new Set(Object.keys(labels))].slice(0, 8).join(', ');
    return z.string().transform((s, ctx): Code | null => {
      if (!s) return options.optional ? null : fail(ctx, 'REQUIRED');
      return lookup(s) ?? fail(ctx, 'UNKNOWN_LABEL', known);
    });
  },
  /** Several labels in one cell, separated by `;` `,` or `|`. */
  labels: <Code extends string | number>(labels: Record<string, Code>) => {
    const lookup = labelMap(labels);
    return z.string().transform((s, ctx): Code[] => {
      const parts = s
        .split(/[;,|]/)
        .map((p) => p.trim())
        .filter(Boolean);
      const codes = parts.map(lookup);
      const unknown = parts.filter((_, i) => codes[i] === undefined);
      if (unknown.length) return fail(ctx, 'UNKNOWN_LABEL', unknown.join(', '));
      return [...new Set(codes as Code[])];
    });
  },
};

/** A part that must not exceed its whole, reported on the part's column. */
export function partNotAboveWhole(ctx: z.RefinementCtx, part: number, whole: number, column: string): void {
  if (part > whole)
    ctx.addIssue({
      code: 'custom',
      message: 'PART_EXCEEDS_WHOLE',
      path: [column],
      params: { code: 'PART_EXCEEDS_WHOLE', detail: `${part} > ${whole}` },
    });
}

/** The row's zod errors as row issues, one per column. */
export function rowIssues(error: z.ZodError, cells: Record<string, string>): RowIssue[] {
  const seen = new Set<string>();
  const out: RowIssue[] = [];
  for (const issue of error.issues) {
    const column = String(issue.path[0] ?? '');
    if (seen.has(column)) continue;
    seen.add(column);
    const params = (issue as { params?: { code?: IssueCode; detail?: string } }).params;
    const code: IssueCode = params?.code ?? (issue.code === 'invalid_type' ? 'REQUIRED' : 'BAD_VALUE');
    out.push({ code, column, value: cells[column] ?? '', detailVi: params?.detail, detailEn: params?.detail });
  }
  return out;
}
