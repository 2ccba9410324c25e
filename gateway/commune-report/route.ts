import type { IncomingMessage, ServerResponse } from 'node:http';
import { GraphQLError } from 'graphql';
import { seesInside } from '../../lib/directory/viewer-area.ts';
import type { HttpRoute } from '../../lib/http.ts';
import { DIRECTORY_START, FIRST_YEAR, LAST_YEAR, schoolYearForCalendarYear } from '../../lib/periods.ts';
import { COMMUNE_REPORT_PATH, type ReportPeriod } from '../../lib/report-path.ts';
import type { RequestIds } from '../../lib/request-ids.ts';
import { badParam, ExtractError as ReportError, type ExtractDeps } from '../extracts/route.ts';
import { buildReport, periodEnd, REPORT_QUERY } from './content.ts';
import { reportHtml, reportXlsx } from './render.ts';

/**
 * GET /reports/commune.xlsx and /reports/commune.html ?code=17761&validFrom=2021-11-01&year=2023&period=YEARLY:
 * the commune's periodic child-work report, filled by one operation executed as the caller (the
 * same plugins, cost limit and withholding as their own queries). Only an OFFICER whose area
 * holds the commune, or ADMIN: the report carries figures withheld outside the area.
 */
export function communeReportRoutes(deps: ExtractDeps): HttpRoute[] {
  const route = (format: 'xlsx' | 'html'): HttpRoute => ({
    path: `${COMMUNE_REPORT_PATH}.${format}`,
    handle: async (req, res, url, ids) => {
      await serve(deps, format, req, res, url, ids);
      return true;
    },
  });
  return [route('xlsx'), route('html')];
}

interface ReportRequest {
  code: string;
  validFrom: string;
  year: number;
  period: ReportPeriod;
}

export function parseReportRequest(search: URLSearchParams): ReportRequest {
  const known = new Set(['code', 'validFrom', 'year', 'period']);
  for (const key of search.keys()) if (!known.has(key)) throw badParam(key, `is not a parameter; use ${[...known].join(', ')}`);
  const code = search.get('code') ?? '';
  if (!/^\d{5}$/.test(code)) throw badParam('code', 'must be a 5-digit commune code');
  const validFrom = search.get('validFrom') ?? '';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(validFrom) || validFrom < DIRECTORY_START)
    throw badParam('validFrom', `must be the commune version's first day, YYYY-MM-DD, from ${DIRECTORY_START}`);
  const year = Number(search.get('year'));
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR)
    throw badParam('year', `must be a year from ${FIRST_YEAR} to ${LAST_YEAR}`);
  const period = (search.get('period') ?? 'YEARLY') as ReportPeriod;
  if (period !== 'YEARLY' && period !== 'SIX_MONTH') throw badParam('period', 'must be YEARLY or SIX_MONTH (six months to 30 June)');
  return { code, validFrom, year, period };
}

async function serve(
  deps: ExtractDeps,
  format: 'xlsx' | 'html',
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  ids: RequestIds,
): Promise<void> {
  try {
    if (req.method !== 'GET') throw new ReportError(405, 'METHOD_NOT_ALLOWED', 'Reports are read with GET.');
    const ctx = await deps.context(req, ids).catch((err: unknown) => {
      if (err instanceof GraphQLError)
        throw new ReportError(
          Number((err.extensions.http as { status?: number })?.status ?? 401),
          String(err.extensions.code),
          err.message,
        );
      throw err;
    });
    if (ctx.viewer.role === 'ANONYMOUS') throw new ReportError(401, 'UNAUTHENTICATED', 'A valid bearer token is required.');
    const request = parseReportRequest(url.searchParams);
    if (!seesInside(ctx.viewer, 'commune', request)) {
      throw new ReportError(403, 'FORBIDDEN', 'A commune report is for an OFFICER whose area holds the commune, or ADMIN.');
    }
    const response = await deps.apollo().executeOperation(
      {
        query: REPORT_QUERY,
        variables: {
          code: request.code,
          date: request.validFrom,
          year: request.year,
          schoolYear: schoolYearForCalendarYear(request.year),
          through: periodEnd(request.year, request.period),
        },
      },
      { contextValue: ctx },
    );
    if (response.body.kind !== 'single') throw new Error('the report operation returns one result');
    const { data, errors } = response.body.singleResult as {
      data?: { commune: { validFrom: string } | null };
      errors?: readonly { message: string; extensions?: { code?: unknown } }[];
    };
    if (errors?.length) throw new ReportError(502, String(errors[0]!.extensions?.code ?? 'INTERNAL_SERVER_ERROR'), errors[0]!.message);
    if (!data?.commune || data.commune.validFrom !== request.validFrom)
      throw new ReportError(404, 'NOT_FOUND', `No commune ${request.code} version from ${request.validFrom}.`);
    const report = buildReport(data, request.year, request.period, schoolYearForCalendarYear(request.year));
    const name = `bao-cao-tre-em-${request.code}-${request.year}${request.period === 'SIX_MONTH' ? '-6-thang' : ''}`;
    res.statusCode = 200;
    res.setHeader('cache-control', 'no-store');
    if (format === 'xlsx') {
      res.setHeader('content-type', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      res.setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
      res.end(await reportXlsx(report));
    } else {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(reportHtml(report));
    }
    ctx.logger.info(
      { role: ctx.viewer.role, code: request.code, year: request.year, period: request.period, format },
      'commune report served',
    );
  } catch (err) {
    if (!(err instanceof ReportError)) deps.logger.error({ ...ids, err }, 'commune report failed');
    const known = err instanceof ReportError ? err : new ReportError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    res.statusCode = known.status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        errors: [{ message: known.message, extensions: { code: known.code, ...(known.argument ? { argument: known.argument } : {}) } }],
      }),
    );
  }
}
