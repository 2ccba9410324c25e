import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { parse } from 'csv-parse';
import ExcelJS from 'exceljs';
import { comparable } from './text.ts';

/** One data row of a sheet, with each cell as text keyed by the template's column key. */
export interface SourceRow {
  sheet: string;
  /** The row number a person sees in the spreadsheet (1-based, header rows counted). */
  row: number;
  cells: Record<string, string>;
}

/** A column of a template: its key, and every header it is known by (Vietnamese first, then English aliases). */
export interface ColumnSpec {
  key: string;
  headers: readonly string[];
  required: boolean;
}

export class HeaderError extends Error {
  readonly sheet: string;
  readonly missing: string[];
  constructor(sheet: string, missing: string[]) {
    super(`sheet ${sheet}: no header row with the required columns ${missing.join(', ')}`);
    this.sheet = sheet;
    this.missing = missing;
  }
}

const HEADER_SEARCH_ROWS = 12;

/**
 * Finds the header in the first rows of a sheet and maps columns to keys. Agency templates
 * put a title above the header and often split it over two rows with merged cells
 * (`Số trẻ được khám` over `0-2 | 3-5 | …`): a merged cell's text is only in its first column,
 * so it is carried right over the empty cells beside it, and a second row's header is read
 * both alone and prefixed with the one above.
 */
export function locateHeader(
  rows: string[][],
  columns: readonly ColumnSpec[],
): { columnOf: Map<string, number>; dataStart: number } | { missing: string[] } {
  const keyOf = new Map<string, string>();
  for (const c of columns) for (const h of c.headers) keyOf.set(comparable(h), c.key);
  const required = columns.filter((c) => c.required).map((c) => c.key);
  let best: { columnOf: Map<string, number>; dataStart: number; found: number } | undefined;
  for (let i = 0; i < Math.min(rows.length, HEADER_SEARCH_ROWS); i++) {
    const below = rows[i + 1] ?? [];
    const top = carryMerged(rows[i]!, below.length);
    const one = new Map<string, number>();
    const two = new Map<string, number>();
    top.forEach((text, col) => {
      const key = keyOf.get(comparable(text));
      if (key && !one.has(key)) one.set(key, col);
      const under = below[col]?.trim();
      const keyTwo = under ? (keyOf.get(comparable(`${text} ${under}`)) ?? keyOf.get(comparable(under))) : key;
      if (keyTwo && !two.has(keyTwo)) two.set(keyTwo, col);
    });
    for (const [map, dataStart] of [
      [one, i + 1],
      [two, i + 2],
    ] as const) {
      if (map.size >= 2 && (!best || map.size > best.found)) best = { columnOf: map, dataStart, found: map.size };
    }
  }
  const missing = required.filter((k) => !best?.columnOf.has(k));
  if (!best || missing.length) return { missing: missing.map((k) => columns.find((c) => c.key === k)!.headers[0]!) };
  return { columnOf: best.columnOf, dataStart: best.dataStart };
}

/** A merged header cell's text fills the empty cells to its right (as far as the row below reaches). */
function carryMerged(row: string[], width: number): string[] {
  let last = '';
  return Array.from({ length: Math.max(row.length, width) }, (_, i) => (row[i]?.trim() ? (last = row[i]!.trim()) : last));
}

/**
 * Rows of a CSV or XLSX file (by extension or content), header located, in file order and in
 * batches (those a chunk of the file held): a promise per row cost more than the row's parse.
 */
export async function* readRows(path: string, columns: readonly ColumnSpec[]): AsyncGenerator<SourceRow[]> {
  if (await isZip(path)) yield* mapped(xlsxSheets(path), columns);
  else yield* mapped(csvSheet(path), columns);
}

async function isZip(path: string): Promise<boolean> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.readUInt32LE(0) === 0x04034b50;
  } finally {
    await handle.close();
  }
}

type RawRow = { sheet: string; row: number; cells: string[] };

async function* mapped(batches: AsyncIterable<RawRow[]>, columns: readonly ColumnSpec[]): AsyncGenerator<SourceRow[]> {
  let sheet: string | undefined;
  let head: RawRow[] = [];
  let header: { columnOf: Map<string, number>; dataStart: number } | undefined;
  const emit = (r: RawRow): SourceRow | undefined => {
    if (r.cells.every((c) => !c?.trim())) return undefined;
    const cells: Record<string, string> = {};
    for (const [key, col] of header!.columnOf) cells[key] = (r.cells[col] ?? '').trim();
    return { sheet: r.sheet, row: r.row, cells };
  };
  let out: SourceRow[] = [];
  const settle = () => {
    const found = locateHeader(
      head.map((r) => r.cells),
      columns,
    );
    if ('missing' in found) throw new HeaderError(sheet!, found.missing);
    header = found;
    for (const r of head.slice(found.dataStart)) {
      const row = emit(r);
      if (row) out.push(row);
    }
    head = [];
  };
  for await (const rows of batches) {
    for (const r of rows) {
      if (r.sheet !== sheet) {
        if (sheet !== undefined && !header) settle();
        sheet = r.sheet;
        header = undefined;
        head = [];
      }
      if (header) {
        const row = emit(r);
        if (row) out.push(row);
      } else {
        head.push(r);
        if (head.length >= HEADER_SEARCH_ROWS + 1) settle();
      }
    }
    if (out.length) yield out;
    out = [];
  }
  if (sheet !== undefined && !header) settle();
  if (out.length) yield out;
}

/** Comma or semicolon, whichever the header line uses more (Vietnamese Excel saves CSV with `;`). */
async function sniffDelimiter(path: string): Promise<string> {
  const handle = await open(path, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(64 * 1024), 0, 64 * 1024, 0);
    const text = buffer.subarray(0, bytesRead).toString('utf8');
    const lines = text.split(/\r?\n/).slice(0, HEADER_SEARCH_ROWS);
    const count = (ch: string) => lines.reduce((n, l) => n + l.split(ch).length - 1, 0);
    return count(';') > count(',') ? ';' : ',';
  } finally {
    await handle.close();
  }
}

/** The CSV's rows, a batch per chunk of the file: csv-parse is fed by hand and hands its records over synchronously. */
async function* csvSheet(path: string): AsyncGenerator<RawRow[]> {
  const parser = parse({ bom: true, delimiter: await sniffDelimiter(path), relax_column_count: true, skip_empty_lines: false, info: true });
  let batch: RawRow[] = [];
  let failure: Error | undefined;
  parser.on('data', ({ record, info }: { record: string[]; info: { lines: number } }) =>
    batch.push({ sheet: 'CSV', row: info.lines, cells: record }),
  );
  parser.on('error', (err: Error) => (failure ??= err));
  const take = () => {
    if (failure) throw failure;
    const rows = batch;
    batch = [];
    return rows;
  };
  for await (const chunk of createReadStream(path, { highWaterMark: 256 * 1024 })) {
    parser.write(chunk);
    const rows = take();
    if (rows.length) yield rows;
  }
  parser.end();
  await finished(parser).catch((err: Error) => (failure ??= err));
  const rows = take();
  if (rows.length) yield rows;
}

async function* xlsxSheets(path: string): AsyncGenerator<RawRow[]> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(path, {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
  });
  let index = 0;
  for await (const worksheet of reader) {
    index++;
    // Cast: exceljs's streaming worksheet reader carries its sheet's name, which its types leave out.
    const name = (worksheet as unknown as { name?: string }).name ?? `Sheet${index}`;
    let batch: RawRow[] = [];
    for await (const row of worksheet) {
      const values = row.values as unknown[];
      batch.push({
        sheet: name,
        row: row.number,
        cells: Array.from({ length: Math.max(0, values.length - 1) }, (_, i) => cellText(values[i + 1])),
      });
      if (batch.length >= 1_000) {
        yield batch;
        batch = [];
      }
    }
    if (batch.length) yield batch;
  }
}

/** A cell as the text a person sees: dates as YYYY-MM-DD, formulas by their result, rich text joined. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    const v = value as { result?: unknown; richText?: { text: string }[]; text?: string; error?: string };
    if ('result' in v) return cellText(v.result);
    if (v.richText) return v.richText.map((t) => t.text).join('');
    if (typeof v.text === 'string') return v.text;
    if (v.error) return v.error;
    return '';
  }
  return String(value);
}
