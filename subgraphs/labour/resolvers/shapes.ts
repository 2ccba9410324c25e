import { recordWindow, type VersionRef, type WindowYear } from '../../../lib/periods.ts';
import {
  AGE_BANDS,
  CIRCUMSTANCE_GROUPS,
  yearEnd,
  type FundRow,
  type PopulationRow,
  type ReportingRow,
  type SupportRow,
} from '../db/repository.ts';
import { HINH_THUC, NGUON } from '../db/tables.ts';
import type { PlacedCounts } from './children-on-geography.ts';

export const windowYear = (ref: VersionRef, year: number): WindowYear => {
  const w = recordWindow(ref);
  return { code: w.code, from: w.from, to: w.to, year };
};

const n = (v: unknown) => Number(v ?? 0);
/** An exact VND sum the statement always selects (coalesced to 0, as text). */
const vnd = (v: unknown): string => {
  if (typeof v !== 'string') throw new Error(`expected a VND sum as text, got ${typeof v}`);
  return v;
};
const nOrNull = (v: unknown) => (v === null || v === undefined ? null : Number(v));

export function toPopulation(row: PopulationRow) {
  const byAgeBand = AGE_BANDS.map((b) => ({ band: b.band, minAge: b.min, maxAge: b.max, children: n(row[`age_${b.min}`]) }));
  return {
    year: row.year,
    referenceDate: yearEnd(row.year),
    total: n(row.total),
    byAgeBand,
    preschoolAndPrimaryAge: n(row.age_3) + n(row.age_6),
    poor: n(row.poor),
    nearPoor: n(row.near_poor),
    poorOrNearPoor: n(row.poor) + n(row.near_poor),
    specialCircumstances: n(row.special),
    inNeed: n(row.in_need),
    specialCircumstancesByGroup: CIRCUMSTANCE_GROUPS.map((group) => ({ group, children: n(row[`nhom_${group}`]) })),
  };
}

export function toSupport(row: SupportRow) {
  return {
    year: row.year,
    childrenOnRegister: n(row.registered),
    childrenSupported: n(row.children_supported),
    supportEvents: n(row.events),
    totalAmount: row.amount,
    byForm: HINH_THUC.map((f) => ({ form: f, events: n(row[`ev_${f}`]), children: n(row[`ch_${f}`]), amount: vnd(row[`am_${f}`]) })),
    bySource: NGUON.map((s) => ({ source: s, events: n(row[`ev_${s}`]), amount: vnd(row[`am_${s}`]) })),
    specialCircumstanceChildren: nOrNull(row.special),
    specialCircumstanceChildrenSupported: nOrNull(row.special_supported),
    poorOrNearPoorChildren: nOrNull(row.poor_or_near),
    poorOrNearPoorChildrenSupported: nOrNull(row.poor_or_near_supported),
    inNeedChildren: nOrNull(row.in_need),
    inNeedChildrenSupported: nOrNull(row.in_need_supported),
    violenceOrAbuseVictims: nOrNull(row.abuse_victims),
    violenceOrAbuseVictimsSupported: nOrNull(row.abuse_victims_supported),
  };
}

/** A placed group's counts under the ChildrenPlaced field names. */
export const toPlaced = (g: PlacedCounts) => ({
  total: g.total,
  preschoolAndPrimaryAge: g.preschool_and_primary,
  preschoolAge: g.preschool,
  specialCircumstanceChildren: g.special,
  specialCircumstanceChildrenSupported: g.special_supported,
  poorOrNearPoorChildren: g.poor_or_near,
  poorOrNearPoorChildrenSupported: g.poor_or_near_supported,
  inNeedChildren: g.in_need,
  inNeedChildrenSupported: g.in_need_supported,
  violenceOrAbuseVictims: g.abuse_victims,
  violenceOrAbuseVictimsSupported: g.abuse_victims_supported,
});

export const toFund = (row: FundRow) => ({
  year: row.year,
  amountDisbursed: row.disbursed,
  disbursements: n(row.disbursements),
  amountDonated: row.donated,
  donations: n(row.donations),
});

export const toReporting = (row: ReportingRow) => ({
  year: row.year,
  sixMonth: { period: 'SIX_MONTH' as const, submitted: row.six_month_submitted_on !== null, submittedOn: row.six_month_submitted_on },
  yearly: { period: 'YEARLY' as const, submitted: row.yearly_submitted_on !== null, submittedOn: row.yearly_submitted_on },
});

export const toReportingSummary = (row: ReportingRow) => ({
  year: row.year,
  communesSubmittedSixMonth: n(row.communes_reporting_six_month),
  communesSubmittedYearly: n(row.communes_reporting_yearly),
});
