import { z } from 'zod';
import { badUserInput } from './errors.ts';
import { DIRECTORY_START, FIRST_YEAR, todayInVietnam } from './periods.ts';

/**
 * Argument checks shared by every subgraph. Arguments are validated in resolvers rather than
 * in custom scalars so that a bad literal yields BAD_USER_INPUT naming the argument, the same
 * through the gateway as against a subgraph.
 */

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function dateArg(value: unknown, argument: string, options: { default?: string; min?: string } = {}): string {
  if (value === undefined || value === null) {
    if (options.default !== undefined) return options.default;
    throw badUserInput(argument, 'is required');
  }
  if (!isCalendarDate(value)) throw badUserInput(argument, `must be a calendar date YYYY-MM-DD, got ${JSON.stringify(value)}`);
  if (options.min && (value as string) < options.min) {
    throw badUserInput(argument, `must be on or after ${options.min}`);
  }
  return value as string;
}

/** A real day written YYYY-MM-DD (not 2024-02-30). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** An "as of" date for the administrative directory: defaults to today, never before it starts. */
export function asOfArg(value: unknown, argument = 'date'): string {
  return dateArg(value, argument, { default: todayInVietnam(), min: DIRECTORY_START });
}

export function codeArg(value: unknown, argument: string, digits: number): string {
  if (typeof value !== 'string' || !new RegExp(`^\\d{${digits}}$`).test(value)) {
    throw badUserInput(argument, `must be a ${digits}-digit statistics-office code, got ${JSON.stringify(value)}`);
  }
  return value;
}

export const communeCodeArg = (value: unknown, argument = 'code') => codeArg(value, argument, 5);
export const districtCodeArg = (value: unknown, argument = 'code') => codeArg(value, argument, 3);
export const provinceCodeArg = (value: unknown, argument = 'code') => codeArg(value, argument, 2);

export function yearArg(value: unknown, argument = 'year'): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < FIRST_YEAR || value > 2100) {
    throw badUserInput(argument, `must be a calendar year from ${FIRST_YEAR}, got ${JSON.stringify(value)}`);
  }
  return value;
}

export function schoolYearArg(value: unknown, argument = 'schoolYear'): string {
  const match = typeof value === 'string' ? /^(\d{4})-(\d{4})$/.exec(value) : null;
  if (!match || Number(match[2]) !== Number(match[1]) + 1 || Number(match[1]) < FIRST_YEAR) {
    throw badUserInput(argument, `must be a school year like "2024-2025" from ${FIRST_YEAR}, got ${JSON.stringify(value)}`);
  }
  return value as string;
}

export const MAX_PAGE_SIZE = 1000;

export function pageSizeArg(value: unknown, argument = 'first', fallback = 50): number {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badUserInput(argument, `must be an integer from 0 to ${MAX_PAGE_SIZE}, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Opaque keyset cursors: base64url of the sort key of the last row seen. */
export function encodeCursor(key: string): string {
  return Buffer.from(`k:${key}`, 'utf8').toString('base64url');
}
/** The key of lists sorted by commune code. */
export const communeCodeKey = z.string().regex(/^\d{5}$/);

/**
 * The sort key inside a cursor, checked against `key`, the shape of the keys its list makes: a
 * forged or mangled cursor is the client's mistake (BAD_USER_INPUT), never a failed SQL cast.
 */
export function cursorArg<T>(value: unknown, key: z.ZodType<T, string>, argument = 'after'): T | undefined {
  if (value === undefined || value === null) return undefined;
  const decoded = typeof value === 'string' ? Buffer.from(value, 'base64url').toString('utf8') : '';
  const parsed = decoded.startsWith('k:') ? key.safeParse(decoded.slice(2)) : undefined;
  if (!parsed?.success) throw badUserInput(argument, 'is not a cursor returned by this API');
  return parsed.data;
}
