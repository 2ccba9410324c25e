/** Where the gateway serves a commune's periodic child-work report (gateway/commune-report/route.ts). */
export const COMMUNE_REPORT_PATH = '/reports/commune';
export type ReportPeriod = 'YEARLY' | 'SIX_MONTH';

/** The report of one commune version and period, as XLSX or printable HTML. */
export function communeReportPath(
  code: string,
  validFrom: string,
  year: number,
  period: ReportPeriod,
  format: 'xlsx' | 'html' = 'xlsx',
): string {
  return `${COMMUNE_REPORT_PATH}.${format}?${new URLSearchParams({ code, validFrom, year: String(year), period })}`;
}
