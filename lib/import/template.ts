import type { Kysely, RawBuilder } from 'kysely';
import type { z } from 'zod';
import { cell, rowIssues } from './cells.ts';
import type { RowIssue } from './issues.ts';
import type { ColumnSpec } from './read.ts';

/** Where a row is filed: the commune code and the day it is meant on (checked against the directory and the submitter's area). */
export interface RowPlace {
  codeColumn: string;
  code: string;
  date: string;
  /** The commune's name as the file gives it, when it does: catches a reused code. */
  nameColumn?: string;
  name?: string | null;
}

export type ParsedRow<Rec> =
  | { ok: false; issues: RowIssue[] }
  | {
      ok: true;
      record: Rec;
      /** The natural key: one stored record per key and template. */
      key: string;
      place: RowPlace;
      /** The calendar year whose figures the row feeds. */
      year: number;
    };

/**
 * One file template of one agency: its columns (Vietnamese headers and English aliases), how a
 * row becomes a record, and how records are written into the agency's own tables. The
 * framework (lib/import/run.ts) does the rest: reading, directory and area checks, duplicates,
 * idempotence, corrections, provenance and the transaction.
 */
export interface ImportTemplate<Rec> {
  /** `health.checkups`: stored with every batch and provenance row. */
  id: string;
  agency: string;
  title: { vi: string; en: string };
  columns: readonly ColumnSpec[];
  parse(cells: Record<string, string>): ParsedRow<Rec>;
  /**
   * Writes the file's new and corrected records (a correction replaces the stored record of the
   * same key) with set-based statements over `changed`: a relation of (n, ma_tinh, ma_huyen,
   * ma_xa, xa_tu, nam, du_lieu): du_lieu is the record as JSON, n its order in the file and
   * xa_tu the day the commune's code came into force.
   */
  write(db: Kysely<any>, changed: RawBuilder<unknown>): Promise<void>;
  /**
   * Codes a row refers to that must already be stored (a support record's child): a row whose
   * record field `field` is not a `key` of `table` is rejected UNKNOWN_REFERENCE, set-based.
   */
  references?: { field: string; table: string; key: string }[];
  /** After all rows of an accepted file: a commune's yearly report counts as submitted on `today`. */
  markSubmitted?(db: Kysely<any>, communeYears: { provinceCode: string; code: string; year: number }[], today: string): Promise<void>;
}

/** The commune columns most templates file a row by: its code, and its name to catch a reused code. */
export const COMMUNE_COLUMNS: readonly ColumnSpec[] = [
  { key: 'ma_xa', headers: ['Mã xã', 'Mã xã/phường', 'Commune code'], required: true },
  { key: 'ten_xa', headers: ['Tên xã', 'Tên xã/phường', 'Commune name'], required: false },
];
/** The cells of the commune columns, for a template's row schema. */
export const communeCells = () => ({ ma_xa: cell.required(), ten_xa: cell.optional() });

/** A parsed row's commune cells: every template files its rows by `ma_xa`, named by `ten_xa`. */
interface CommuneCells {
  ma_xa: string;
  ten_xa: string | null;
}

/**
 * What an agency declares for a template: its columns, the schema that checks a row's cells, and
 * what a valid row stores. `defineTemplate` does the rest of `parse` the same way for all.
 */
export interface TemplateSpec<Row extends CommuneCells, Rec> extends Omit<ImportTemplate<Rec>, 'parse'> {
  schema: z.ZodType<Row>;
  /**
   * A valid row's record, its natural key and the day its commune is checked on; the year its
   * figures feed is that day's unless given.
   */
  toRecord(row: Row): { record: Rec; key: string; date: string; year?: number };
}

export function defineTemplate<Row extends CommuneCells, Rec>({
  schema,
  toRecord,
  ...template
}: TemplateSpec<Row, Rec>): ImportTemplate<Rec> {
  return {
    ...template,
    parse(cells) {
      const parsed = schema.safeParse(cells);
      if (!parsed.success) return { ok: false, issues: rowIssues(parsed.error, cells) };
      const row = parsed.data;
      const { record, key, date, year } = toRecord(row);
      return {
        ok: true,
        record,
        key,
        year: year ?? Number(date.slice(0, 4)),
        place: { codeColumn: 'ma_xa', code: row.ma_xa, date, nameColumn: 'ten_xa', name: row.ten_xa },
      };
    },
  };
}
