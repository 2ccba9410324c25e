import { communeReportPath } from '../../../lib/report-path.ts';
import { communeCodeKey, cursorArg, districtCodeArg, encodeCursor, pageSizeArg, provinceCodeArg, yearArg } from '../../../lib/args.ts';
import { daysBetween } from '../../../lib/periods.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { listDeadlines, listSubmissions, type SubmissionColumn } from '../db/repository.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import type { CoverageContext } from '../context.ts';
import { deadlineFor, districtState, owesReport, stateOf, type ReportState } from '../timeliness.ts';

const COLUMN: Record<string, SubmissionColumn> = {
  'LABOUR|YEARLY': 'labour_yearly_submitted_on',
  'LABOUR|SIX_MONTH': 'labour_six_month_submitted_on',
  'HEALTH|YEARLY': 'health_submitted_on',
  'CULTURE|YEARLY': 'culture_submitted_on',
};

export const reportingStatus: QueryResolvers['reportingStatus'] = async (_, args, ctx) => {
  const year = yearArg(args.year);
  const period = args.period ?? 'YEARLY';
  const column = COLUMN[`${args.agency}|${period}`];
  if (!column) throw badUserInput('period', `${args.agency.toLowerCase()} reports are yearly only`);
  const provinceCode = args.provinceCode == null ? undefined : provinceCodeArg(args.provinceCode, 'provinceCode');
  const districtCode = args.districtCode == null ? undefined : districtCodeArg(args.districtCode, 'districtCode');
  const limit = pageSizeArg(args.first);
  const after = cursorArg(args.after, communeCodeKey);

  const [deadlines, rows] = await Promise.all([
    listDeadlines(ctx.read),
    listSubmissions(ctx.read, { year, column, provinceCode, districtCode }),
  ]);
  const reports = rows.flatMap((row) => {
    const deadline = deadlineFor(deadlines, { provinceCode: row.province_code, agency: args.agency, level: 'COMMUNE', period }, year);
    if (!deadline || !owesReport(row, deadline.date)) return [];
    const state = stateOf(row.submitted_on, deadline.date);
    const daysLate = state === 'LATE' && row.submitted_on ? daysBetween(deadline.date, row.submitted_on) : null;
    return [{ row, deadline, state, daysLate }];
  });

  const districts = new Map<string, { district: { code: string; validFrom: string }; members: typeof reports }>();
  for (const r of reports) {
    const { district_code: code, district_valid_from: validFrom } = r.row;
    if (!code || !validFrom) continue;
    const key = `${code}|${validFrom}`;
    const entry = districts.get(key) ?? { district: { code, validFrom }, members: [] };
    entry.members.push(r);
    districts.set(key, entry);
  }

  const listed = reports.filter((r) => !args.state || r.state === args.state).filter((r) => after === undefined || r.row.code > after);
  const page = listed.slice(0, limit);
  const count = (state: ReportState) => reports.filter((r) => r.state === state).length;
  return {
    agency: args.agency,
    year,
    period,
    summary: {
      expected: reports.length,
      onTime: count('ON_TIME'),
      late: count('LATE'),
      missing: count('MISSING'),
      onTimeShare: reports.length ? Math.round((count('ON_TIME') / reports.length) * 1e6) / 1e6 : null,
    },
    totalCount: reports.filter((r) => !args.state || r.state === args.state).length,
    communes: page.map((r) => ({
      commune: { code: r.row.code, validFrom: r.row.valid_from },
      deadline: r.deadline.date,
      deadlineSource: r.deadline.document,
      submittedOn: r.row.submitted_on,
      state: r.state,
      daysLate: r.daysLate,
      // The child-work report the commune owes is labour's; the gateway fills it from the graph.
      reportPath: args.agency === 'LABOUR' ? communeReportPath(r.row.code, String(r.row.valid_from), year, period) : null,
    })),
    pageInfo: { hasNextPage: listed.length > limit, endCursor: page.length ? encodeCursor(page.at(-1)!.row.code) : null },
    districts: [...districts.values()]
      .map(({ district, members }) => {
        const first = members[0]!.row;
        const own = deadlineFor(deadlines, { provinceCode: first.province_code, agency: args.agency, level: 'DISTRICT', period }, year);
        const deadline = own ?? members[0]!.deadline;
        return {
          district,
          deadline: deadline.date,
          deadlineSource: deadline.document,
          communes: members.length,
          onTime: members.filter((m) => m.state === 'ON_TIME').length,
          late: members.filter((m) => m.state === 'LATE').length,
          missing: members.filter((m) => m.state === 'MISSING').length,
          state: districtState(
            members.map((m) => m.row.submitted_on),
            deadline.date,
          ),
        };
      })
      .sort((a, b) => a.district.code.localeCompare(b.district.code)),
  };
};

export async function reportingDeadlines(_: unknown, __: unknown, ctx: CoverageContext) {
  return listDeadlines(ctx.read);
}
