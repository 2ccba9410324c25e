/**
 * The shared vocabulary of time. Agencies keep their own period conventions; these are the
 * rules by which the subgraphs translate them.
 */

/** The administrative directory starts with the snapshot in force on this date. */
export const DIRECTORY_START = '2021-11-01';
/** Districts were abolished and communes merged on this date; codes were reused after it. */
export const REFORM_DATE = '2025-07-01';
/** Calendar years the demo data and the plans cover. */
export const FIRST_YEAR = 2019;
export const LAST_YEAR = 2025;
/** FIRST_YEAR to LAST_YEAR, in order. */
export const DATA_YEARS: readonly number[] = Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => FIRST_YEAR + i);

const DAY_MS = 86_400_000;

/** Today in Vietnam (UTC+7), as YYYY-MM-DD: the default for every "as of" argument. */
export function todayInVietnam(now = Date.now()): string {
  return new Date(now + 7 * 3_600_000).toISOString().slice(0, 10);
}

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;

/** The calendar day `days` after (or, negative, before) `date`; both YYYY-MM-DD. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` comes first); both YYYY-MM-DD. */
export function daysBetween(from: string, to: string): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Earlier than any row date, and later: the ends of a window that holds every row. */
const BEFORE_ALL_ROWS = '1900-01-01';
const AFTER_ALL_ROWS = '9999-12-31';
/** A window of row dates that holds every row (exclusive end, as in RecordWindow). */
export const ALL_ROW_DATES = { from: BEFORE_ALL_ROWS, to: AFTER_ALL_ROWS } as const;

/**
 * The first row date a version owns. Rows dated before the directory starts were filed under
 * the codes of its first snapshot, so a version from that snapshot owns every earlier date too.
 */
export function firstRowDate(validFrom: string): string {
  return validFrom === DIRECTORY_START ? BEFORE_ALL_ROWS : validFrom;
}

/** The directory day a date is read on: the date itself, or the first snapshot for dates before it. */
export function directoryDay(date: string): string {
  return date < DIRECTORY_START ? DIRECTORY_START : date;
}

/**
 * A commune, district or province version as the gateway sends it to an agency subgraph: the
 * entity key (`code`, `validFrom`) and, through `@requires`, `validUntil` from geography.
 */
export interface VersionRef {
  code: string;
  validFrom: string;
  validUntil?: string | null;
}

/**
 * A commune version, as a half-open window of row dates that belong to it. Rows dated before
 * the directory starts were filed under the codes of its first snapshot, so versions from that
 * snapshot own them too.
 */
export interface RecordWindow {
  code: string;
  from: string;
  /** exclusive */
  to: string;
}
/** A RecordWindow as a key table's columns: every repository names the window `win_from`, `win_to`. */
// A type, not an interface: keyTable() takes it as a plain record of columns.
export type WindowKey = {
  code: string;
  win_from: string;
  /** exclusive */
  win_to: string;
};
export const windowKey = (w: RecordWindow): WindowKey => ({ code: w.code, win_from: w.from, win_to: w.to });
/** The one string id of a WindowKey (DataLoader cache keys, row keys). */
export const windowKeyId = (k: WindowKey) => `${k.code}|${k.win_from}|${k.win_to}`;

/** A version's window of row dates and a calendar year: what a version's yearly figures are read by. */
export interface WindowYear extends RecordWindow {
  year: number;
}
/** The one string id of a WindowYear (DataLoader cache keys, row keys). */
export const windowYearId = (k: WindowYear) => `${k.code}|${k.from}|${k.to}|${k.year}`;

export function recordWindow(ref: VersionRef): RecordWindow {
  return {
    code: ref.code,
    from: firstRowDate(ref.validFrom),
    to: ref.validUntil ? addDays(ref.validUntil, 1) : AFTER_ALL_ROWS,
  };
}

/**
 * School years run September to May and are named "2024-2025". The one rule for comparing
 * sectors: calendar year Y is matched with the school year that *starts* in Y (2024 ↔
 * 2024-2025), whose enrolment is counted in September of Y, close to the year-end population
 * the other sectors use.
 */
export function schoolYearForCalendarYear(year: number): string {
  return `${year}-${year + 1}`;
}

/**
 * The one age rule for counting children, in every agency's figures that are compared with
 * each other: age in completed years on 31 December of the year (that is, the year minus the
 * year of birth, as Vietnam's school ages go by year of birth). A child is then in one age band
 * for a whole calendar year, so children examined in a spring round and children living there
 * at the year's end are counted by the same ages. Labour's child counts (on 31 December) and
 * health's check-up age bands both follow it.
 */
export function ageAtYearEnd(birthDate: string, year: number): number {
  return year - Number(birthDate.slice(0, 4));
}
/** Preschool and primary-school age, by ageAtYearEnd: the plans' check-up and meal population. */
export const PRESCHOOL_AND_PRIMARY_AGE = { min: 3, max: 10 } as const;
