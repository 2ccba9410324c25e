import { once } from 'node:events';
import type { Writable } from 'node:stream';
import { stringify } from 'csv-stringify';
import ExcelJS from 'exceljs';

/** One line of provenance: a label and its text. */
export type ProvenanceLine = readonly [label: string, text: string];
export type Cell = string | number | null;

/** Streams rows of one table into a file format; `end` finishes the file. */
export interface ExtractWriter {
  write(row: readonly Cell[]): Promise<void>;
  end(): Promise<void>;
}

export const FORMATS = {
  csv: { contentType: 'text/csv; charset=utf-8' },
  xlsx: { contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
} as const;
export type Format = keyof typeof FORMATS;

/**
 * CSV, UTF-8 with a byte-order mark (so Excel reads Vietnamese names right), with the
 * provenance as a header block of lines starting with "#" before the column names (csv-parse's
 * `comment: '#'`, pandas' `comment='#'` skip it).
 */
export async function csvWriter(out: Writable, provenance: readonly ProvenanceLine[], columns: readonly string[]): Promise<ExtractWriter> {
  // The BOM and the header block go out as they are (a CSV record would quote a line with a comma).
  const block = provenance.map(([label, text]) => `# ${label}: ${text.replace(/\s+/g, ' ')}\n`).join('');
  if (!out.write(`\ufeff${block}`)) await once(out, 'drain');
  const csv = stringify();
  csv.pipe(out);
  const send = async (row: readonly Cell[]) => {
    if (!csv.write(row)) await once(csv, 'drain');
  };
  await send([...columns]);
  return {
    write: (row) => send(row),
    end: async () => {
      csv.end();
      await once(out, 'finish');
    },
  };
}

/** Excel's limit of rows per sheet, the header row included. */
export const XLSX_MAX_ROWS = 1_048_576;

/**
 * XLSX through exceljs's streaming writer (rows are committed as they come, never held): a
 * first sheet "About" with the provenance, then the data, split into "Coverage 2", "Coverage 3"…
 * at Excel's row limit, each sheet with the column names.
 */
export async function xlsxWriter(
  out: Writable,
  provenance: readonly ProvenanceLine[],
  columns: readonly string[],
  maxRows = XLSX_MAX_ROWS,
): Promise<ExtractWriter> {
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: false, useSharedStrings: false });
  const about = workbook.addWorksheet('About');
  for (const line of provenance) about.addRow([...line]).commit();
  about.commit();
  let sheet: ExcelJS.Worksheet | undefined;
  let sheets = 0;
  let rows = 0;
  const nextSheet = () => {
    sheet?.commit();
    sheets += 1;
    sheet = workbook.addWorksheet(sheets === 1 ? 'Coverage' : `Coverage ${sheets}`);
    sheet.addRow([...columns]).commit();
    rows = 1;
  };
  nextSheet();
  return {
    write: async (row) => {
      if (rows >= maxRows) nextSheet();
      sheet!.addRow([...row]).commit();
      rows += 1;
      // exceljs writes into `out` without waiting; yield to it when it is full.
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    end: async () => {
      sheet!.commit();
      await workbook.commit();
    },
  };
}
