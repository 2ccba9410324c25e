import { yearArg } from '../../../lib/args.ts';
import { recordWindow, todayInVietnam, type VersionRef, type WindowYear } from '../../../lib/periods.ts';
import { redact } from '../../../lib/sensitivity.ts';
import { HEALTH_MEASURES } from '../measures.ts';
import type { CheckupRoundRow, CheckupTotalsRow, InsuranceRow, StationReportRow, TreatmentSupportRow } from '../db/repository.ts';
import type { TreatmentFundingSource } from '../__generated__/resolvers-types.ts';
import { EnumValues } from './enums.ts';

/** Validates `year` and pairs it with the version's window of row dates. */
export function windowYear(ref: VersionRef, args: { year?: unknown }): WindowYear {
  return { ...recordWindow(ref), year: yearArg(args.year) };
}

/** A figure object with its sensitive measures null unless the viewer sees them (null stays null). */
export function redacted<T extends object>(type: string, value: T, visible: boolean): T;
export function redacted<T extends object>(type: string, value: T | null, visible: boolean): T | null;
export function redacted<T extends object>(type: string, value: T | null, visible: boolean): T | null {
  return value && redact(HEALTH_MEASURES, type, value, visible);
}

/** The department's age-band codes, in GraphQL names. */
const BANDS = [
  ['AGE_0_2', 'examined_0_2'],
  ['AGE_3_5', 'examined_3_5'],
  ['AGE_6_10', 'examined_6_10'],
  ['AGE_11_15', 'examined_11_15'],
] as const;

function checkupFigures(row: CheckupTotalsRow) {
  return {
    rounds: row.rounds,
    examined: row.examined,
    examinedByAgeBand: BANDS.map(([band, column]) => ({ band, examined: row[column] })),
    examinedPreschoolAndPrimaryAge: row.examined_3_5 + row.examined_6_10,
    referred: row.referred,
    malnourished: row.malnourished,
  };
}

/** Null when no report was due; figures null when the station did not report (missing, not zero). */
export function toCommuneCheckups(row: CheckupTotalsRow | null, year: number) {
  if (!row?.stations_due) return null;
  const reported = row.stations_reported > 0;
  const figures = reported
    ? checkupFigures(row)
    : { rounds: null, examined: null, examinedByAgeBand: null, examinedPreschoolAndPrimaryAge: null, referred: null, malnourished: null };
  return { year, reported, submittedOn: row.last_submitted, ...figures };
}

export function toProvinceCheckups(row: CheckupTotalsRow | null, year: number) {
  if (!row?.stations_due) return null;
  return {
    year,
    stationsDue: row.stations_due,
    stationsReported: row.stations_reported,
    stationsLate: row.stations_late,
    ...checkupFigures(row),
  };
}

export const toCheckupRound = (r: CheckupRoundRow) => ({
  id: r.ma_dot,
  date: r.ngay_kham,
  kind: r.loai,
  team: r.doi_kham,
  provider: r.don_vi_thuc_hien,
  examined: r.examined,
  referred: r.referred,
  malnourished: r.malnourished,
});

const { OTHER, ...KNOWN } = EnumValues.TreatmentFundingSource;
const KNOWN_SOURCES = new Set<string>(Object.values(KNOWN));
const isKnownSource = (nguon: string): nguon is TreatmentFundingSource => KNOWN_SOURCES.has(nguon);
/** A source code the department uses that the graph does not know yet counts as OTHER. */
const sourceOf = (nguon: string): TreatmentFundingSource => (isKnownSource(nguon) ? nguon : OTHER);
/** Null when the version was not in force in the year, or the year has not begun. */
export function toTreatmentSupport(row: TreatmentSupportRow | null, year: number) {
  if (!row?.in_force || year > Number(todayInVietnam().slice(0, 4))) return null;
  const bySource = new Map<TreatmentFundingSource, { source: TreatmentFundingSource; cases: number; amount: bigint }>();
  for (const s of row.by_source ?? []) {
    const source = sourceOf(s.nguon);
    const entry = bySource.get(source) ?? { source, cases: 0, amount: 0n };
    entry.cases += Number(s.cases);
    entry.amount += BigInt(s.amount);
    bySource.set(source, entry);
  }
  // Money stays exact: bigint sums, VND strings (lib/scalars.ts).
  return {
    year,
    cases: row.cases,
    amount: String(row.amount),
    bySource: [...bySource.values()].map((e) => ({ ...e, amount: e.amount.toString() })),
  };
}

export function toInsurance(row: InsuranceRow | null, year: number) {
  if (!row) return null;
  return {
    year,
    communesReported: row.communes,
    childrenUnder6: row.children_under_6,
    cardsIssued: row.cards_issued,
    coverage: row.children_under_6 > 0 ? row.cards_issued / row.children_under_6 : null,
  };
}

/** A commune version has at most one report per year; null when none was due. */
export function toStationReport(rows: StationReportRow[]) {
  const r = rows[rows.length - 1];
  if (!r) return null;
  return {
    year: r.nam,
    periodEnd: r.den_ngay,
    deadline: r.han_nop,
    submittedOn: r.ngay_nop,
    late: r.ngay_nop === null ? null : r.ngay_nop > r.han_nop,
  };
}
