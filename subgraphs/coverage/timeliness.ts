import { recordWindow } from '../../lib/periods.ts';
import type { Deadline } from './registry.ts';

export type Agency = 'LABOUR' | 'HEALTH' | 'CULTURE';
export type ReportState = 'ON_TIME' | 'LATE' | 'MISSING';

export interface AppliedDeadline {
  date: string;
  document: string;
}

/** The most specific rule of the plans for a report: a province's own rule beats the general one, an agency's beats "every agency". */
export function deadlineFor(
  deadlines: Deadline[],
  report: { provinceCode: string; agency: Agency; level: Deadline['level']; period: Deadline['period'] },
  year: number,
): AppliedDeadline | null {
  const candidates = deadlines
    .filter((d) => d.level === report.level && d.period === report.period)
    .filter((d) => (d.provinceCode === null || d.provinceCode === report.provinceCode) && (d.agency === null || d.agency === report.agency))
    .sort((a, b) => specificity(b) - specificity(a));
  const rule = candidates[0];
  return rule ? { date: `${year}-${rule.monthDay}`, document: rule.document } : null;
}
const specificity = (d: Deadline) => (d.provinceCode ? 2 : 0) + (d.agency ? 1 : 0);

/** A commune version owes a report when it was in force on the report's deadline. */
export function owesReport(version: { code: string; valid_from: string; valid_until: string | null }, deadline: string): boolean {
  const w = recordWindow({ code: version.code, validFrom: version.valid_from, validUntil: version.valid_until });
  return w.from <= deadline && deadline < w.to;
}

export function stateOf(submittedOn: string | null, deadline: string): ReportState {
  if (!submittedOn) return 'MISSING';
  return submittedOn <= deadline ? 'ON_TIME' : 'LATE';
}

/**
 * A district's report could go out on time when every commune report it compiles had arrived by
 * the district's own deadline: ON_TIME then; LATE when all arrived, some after it; MISSING when any never did.
 */
export function districtState(submissions: (string | null)[], deadline: string): ReportState {
  if (submissions.some((s) => !s)) return 'MISSING';
  return submissions.every((s) => s! <= deadline) ? 'ON_TIME' : 'LATE';
}
