import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ApolloServer } from '@apollo/server';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { isCalendarDate } from '../../lib/args.ts';
import type { Viewer } from '../../lib/auth/viewer.ts';
import { seesInside } from '../../lib/directory/viewer-area.ts';
import type { Level } from '../../lib/directory/lineage.ts';
import type { Logger } from '../../lib/logger.ts';
import type { RequestIds } from '../../lib/request-ids.ts';
import type { HttpRoute } from '../../lib/http.ts';
import { FIRST_YEAR, LAST_YEAR, REFORM_DATE, directoryDay } from '../../lib/periods.ts';
import type { GatewayContext } from '../context.ts';
import { FORMATS, csvWriter, xlsxWriter, type Cell, type ExtractWriter, type Format, type ProvenanceLine } from './formats.ts';
import * as Q from './queries.ts';

/**
 * Coverage extracts for ministries: GET /extracts/coverage.csv and /extracts/coverage.xlsx,
 * one row per area, year and indicator, streamed. Every row comes from an operation executed
 * by this gateway with the caller's own identity (Apollo Server's executeOperation, through
 * the same plugins, cost limit and subgraph suppression as a query over HTTP), so an extract
 * can never show what the caller's queries would hide. MINISTRY and ADMIN may download; an
 * OFFICER gets only the areas wholly inside their dated area; other roles are refused.
 */

export interface ExtractDeps {
  apollo: () => ApolloServer<GatewayContext>;
  context: (req: IncomingMessage, ids: RequestIds) => Promise<GatewayContext>;
  logger: Logger;
}

export const EXTRACT_LEVELS = ['commune', 'district', 'province', 'national'] as const;
type ExtractLevel = (typeof EXTRACT_LEVELS)[number];
const ALLOWED_ROLES = new Set(['MINISTRY', 'ADMIN', 'OFFICER']);
const PAGE_SIZE = 1000;
const MAX_YEARS = 50;

export const EXTRACT_COLUMNS = [
  'year',
  'level',
  'code',
  'name',
  'full_name',
  'valid_from',
  'valid_until',
  'district_code',
  'district_name',
  'province_code',
  'province_name',
  'indicator',
  'period',
  'value',
  'numerator',
  'numerator_amount',
  'denominator',
  'target',
  'gap',
  'status',
  'completeness',
  'units_expected',
  'units_reported',
  'excluded_members',
  'data_quality',
  'suppression_reason',
  'refreshed_at',
  'geography_date',
  'estimate_methods',
] as const;

export const SUPPRESSION_RULE =
  'Indicators built on counts of children in a sensitive group (special circumstances, poor or near-poor households) ' +
  'are hidden for viewers outside the area where a count is from 1 to 9 (k = 10), and wherever a published total would ' +
  'let one be deduced (cell suppression checked by linear programs, protection level P = 3; see docs/security.md): ' +
  'status SUPPRESSED with empty value, numerator and denominator. This file is produced by the same execution, with ' +
  'your identity, as your GraphQL queries, so it hides exactly what they hide. An empty value is unknown, never zero: status says why (NO_DATA, NOT_REPORTED, SUPPRESSED).';
export const GEOGRAPHY_BASIS =
  'As filed: each row is the unit version in force on 31 December of its year (2021-11-01 for 2019-2020), with its ' +
  'validity; figures are not mapped to later units. Districts exist until 30 June 2025.';
const onGeographyOf = (date: string) =>
  `On the geography of ${date}: every row, whatever its year, is a unit in force on ${date}, holding everything filed in ` +
  'the year by the places it was formed from (however many hops back) or by the part of a place it continues. A figure ' +
  'that rests on a divided place is apportioned: data_quality has ESTIMATED and estimate_methods says how ' +
  '(CHILD_RESIDENCE_SHARE: by where its children lived next; EQUAL_SPLIT: no child crossed). See docs/coverage.md.';

export interface ExtractRequest {
  level: ExtractLevel;
  fromYear: number;
  toYear: number;
  provinceCode?: string;
  indicators?: string[];
  /** On the geography of this date (the coverage fields' `geographyDate`); absent: as filed. */
  geographyDate?: string;
}

export function extractRoutes(deps: ExtractDeps): HttpRoute[] {
  const route = (format: 'csv' | 'xlsx'): HttpRoute => ({
    path: `/extracts/coverage.${format}`,
    handle: async (req, res, _url, ids) => {
      await serveExtract(deps, format, req, res, ids);
      return true;
    },
  });
  return [route('csv'), route('xlsx')];
}

/** A refusal of a download route: its HTTP status and a GraphQL-style code (shared by every download route). */
export class ExtractError extends Error {
  readonly status: number;
  readonly code: string;
  readonly argument: string | undefined;
  constructor(status: number, code: string, message: string, argument?: string) {
    super(message);
    this.status = status;
    this.code = code;
    this.argument = argument;
  }
}
export const badParam = (argument: string, message: string) =>
  new ExtractError(400, 'BAD_USER_INPUT', `Parameter "${argument}": ${message}`, argument);

const STATUS_OF_CODE: Record<string, number> = {
  BAD_USER_INPUT: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  COST_LIMIT_EXCEEDED: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  RATE_LIMITED: 429,
};
function fromGraphQL(error: GraphQLFormattedError): ExtractError {
  const code = String(error.extensions?.code ?? 'INTERNAL_SERVER_ERROR');
  return new ExtractError(STATUS_OF_CODE[code] ?? 502, code, error.message);
}

/** Reads and checks the query string; unknown parameters are refused, so a typo never widens an extract. */
export function parseExtractRequest(search: URLSearchParams): ExtractRequest {
  const known = new Set(['level', 'years', 'provinceCode', 'indicators', 'geographyDate']);
  for (const key of search.keys()) if (!known.has(key)) throw badParam(key, `is not a parameter; use ${[...known].join(', ')}`);
  const level = (search.get('level') ?? 'commune') as ExtractLevel;
  if (!EXTRACT_LEVELS.includes(level)) throw badParam('level', `must be one of ${EXTRACT_LEVELS.join(', ')}`);
  const years = search.get('years') ?? `${FIRST_YEAR}-${LAST_YEAR}`;
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(years);
  const fromYear = Number(match?.[1]);
  const toYear = Number(match?.[2] ?? match?.[1]);
  if (!match || fromYear < FIRST_YEAR || toYear < fromYear || toYear - fromYear >= MAX_YEARS) {
    throw badParam('years', `must be a year or a range like ${FIRST_YEAR}-${LAST_YEAR}, from ${FIRST_YEAR}, at most ${MAX_YEARS} years`);
  }
  const request: ExtractRequest = { level, fromYear, toYear };
  const provinceCode = search.get('provinceCode');
  if (provinceCode !== null) {
    if (!/^\d{2}$/.test(provinceCode)) throw badParam('provinceCode', 'must be a 2-digit statistics-office code');
    if (level === 'national') throw badParam('provinceCode', 'does not apply to the national level');
    request.provinceCode = provinceCode;
  }
  const indicators = search.get('indicators');
  if (indicators !== null)
    request.indicators = indicators
      .split(',')
      .map((s) => s.trim())
      .filter(Boolean);
  const geographyDate = search.get('geographyDate');
  if (geographyDate !== null) {
    if (!isCalendarDate(geographyDate)) throw badParam('geographyDate', 'must be a calendar date, YYYY-MM-DD');
    if (level === 'district' && geographyDate >= REFORM_DATE)
      throw badParam('geographyDate', `districts were abolished on ${REFORM_DATE}: use level commune, province or national`);
    // Which dates the read model keeps is the coverage subgraph's to say (its BAD_USER_INPUT comes back as a 400).
    request.geographyDate = geographyDate;
  }
  return request;
}

async function serveExtract(deps: ExtractDeps, format: Format, req: IncomingMessage, res: ServerResponse, ids: RequestIds): Promise<void> {
  let started = false;
  try {
    if (req.method !== 'GET') throw new ExtractError(405, 'METHOD_NOT_ALLOWED', 'Extracts are read with GET.');
    const ctx = await deps.context(req, ids).catch((err: unknown) => {
      if (err instanceof GraphQLError)
        throw new ExtractError(
          Number((err.extensions.http as { status?: number })?.status ?? 401),
          String(err.extensions.code),
          err.message,
        );
      throw err;
    });
    if (ctx.viewer.role === 'ANONYMOUS') throw new ExtractError(401, 'UNAUTHENTICATED', 'A valid bearer token is required.');
    if (!ALLOWED_ROLES.has(ctx.viewer.role))
      throw new ExtractError(403, 'FORBIDDEN', 'Extracts are for MINISTRY, ADMIN and OFFICER tokens.');
    const request = parseExtractRequest(new URL(req.url ?? '/', 'http://localhost').searchParams);
    if (ctx.viewer.role === 'OFFICER' && request.level === 'national') {
      throw new ExtractError(403, 'FORBIDDEN', 'An officer may extract only the areas inside their own area, not the nation.');
    }
    const run = operationRunner(deps.apollo(), ctx);
    const provenance = await provenanceOf(run, request, ctx.viewer);
    // The first rows are read before any byte is sent, so a bad indicator id or a refused
    // operation still gets its status code; a failure later aborts the transfer (never a
    // file that looks complete).
    const rows = extractRows(run, request, ctx.viewer);
    const first = await rows.next();
    res.statusCode = 200;
    res.setHeader('content-type', FORMATS[format].contentType);
    res.setHeader('content-disposition', `attachment; filename="${fileName(request)}.${format}"`);
    res.setHeader('cache-control', 'no-store');
    started = true;
    const writer: ExtractWriter =
      format === 'csv' ? await csvWriter(res, provenance, EXTRACT_COLUMNS) : await xlsxWriter(res, provenance, EXTRACT_COLUMNS);
    let count = 0;
    const send = async (batch: Cell[][]) => {
      for (const row of batch) await writer.write(row);
      count += batch.length;
    };
    if (!first.done) await send(first.value);
    for await (const batch of rows) await send(batch);
    await writer.end();
    ctx.logger.info({ role: ctx.viewer.role, ...request, format, rows: count }, 'extract served');
  } catch (err) {
    if (started) {
      deps.logger.error({ ...ids, err }, 'extract aborted');
      res.destroy();
      return;
    }
    if (!(err instanceof ExtractError)) deps.logger.error({ ...ids, err }, 'extract failed');
    const known = err instanceof ExtractError ? err : new ExtractError(500, 'INTERNAL_SERVER_ERROR', 'Internal server error');
    res.statusCode = known.status;
    res.setHeader('content-type', 'application/json; charset=utf-8');
    res.end(
      JSON.stringify({
        errors: [{ message: known.message, extensions: { code: known.code, ...(known.argument ? { argument: known.argument } : {}) } }],
      }),
    );
  }
}

const fileName = (r: ExtractRequest) =>
  [
    'coverage',
    r.level,
    r.fromYear === r.toYear ? `${r.fromYear}` : `${r.fromYear}-${r.toYear}`,
    ...(r.provinceCode ? [r.provinceCode] : []),
    ...(r.geographyDate ? [`geography-${r.geographyDate}`] : []),
  ].join('-');

type Run = <T>(query: string, variables?: Record<string, unknown>) => Promise<T>;

/** Runs one operation through the gateway's request pipeline as the caller; any error fails the extract. */
function operationRunner(apollo: ApolloServer<GatewayContext>, ctx: GatewayContext): Run {
  return async <T>(query: string, variables: Record<string, unknown> = {}) => {
    const response = await apollo.executeOperation<T & Record<string, unknown>>({ query, variables }, { contextValue: ctx });
    if (response.body.kind !== 'single') throw new Error('extract operations return one result');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) throw fromGraphQL(errors[0]!);
    return data as T;
  };
}

async function provenanceOf(run: Run, request: ExtractRequest, viewer: Viewer): Promise<ProvenanceLine[]> {
  const { dataProvenance: p, coverageFreshness } = await run<{
    dataProvenance: {
      geography: string;
      sectorData: string;
      sectorDataSynthetic: boolean;
      seed: number | null;
      scope: string | null;
      loadedAt: string | null;
    };
    coverageFreshness: { year: number; provinceCode: string; refreshedAt: string }[];
  }>(Q.PROVENANCE);
  const refreshes = coverageFreshness
    .filter((f) => f.year >= request.fromYear && f.year <= request.toYear)
    .map((f) => f.refreshedAt)
    .sort();
  const refreshed = refreshes.length
    ? `oldest ${refreshes[0]}, newest ${refreshes.at(-1)} (each row has its own refreshed_at)`
    : 'never: the read model holds no refresh for these years';
  return [
    [
      'Title',
      `Child coverage by ${request.level}, ${request.fromYear}–${request.toYear}${request.provinceCode ? `, province ${request.provinceCode}` : ''}${request.indicators ? `, indicators ${request.indicators.join(' ')}` : ''}`,
    ],
    [
      'Source',
      "Child coverage graph: the coverage subgraph's indicator read model (definitions, numerators, denominators and targets: Query.indicators)",
    ],
    [
      'Sector data',
      p.sectorDataSynthetic
        ? `SYNTHETIC: ${p.sectorData} (seed ${p.seed ?? '?'}, scope ${p.scope ?? '?'}). Not for decisions.`
        : p.sectorData,
    ],
    ['Geography', p.geography],
    ['Geography basis', request.geographyDate ? onGeographyOf(request.geographyDate) : GEOGRAPHY_BASIS],
    ['Refreshed at', refreshed],
    ['Suppression', SUPPRESSION_RULE],
    ['Requested by', `${viewer.role}${viewer.role === 'OFFICER' ? ` for ${viewer.area.join(', ')} (only areas wholly inside it)` : ''}`],
    ['Generated at', new Date().toISOString()],
  ];
}

const asOf = (year: number) => directoryDay(`${year}-12-31`);

interface Place {
  unit: Q.Unit | null;
  district?: { code: string; name: string } | null;
  province?: { code: string; name: string } | null;
}

function rowsFor(year: number, level: ExtractLevel, place: Place, values: Q.Value[]): Cell[][] {
  const u = place.unit;
  return values.map((v) => [
    year,
    level,
    u?.code ?? null,
    u?.name ?? 'Viet Nam',
    u?.fullName ?? 'Viet Nam',
    u?.validFrom ?? null,
    u?.validUntil ?? null,
    place.district?.code ?? null,
    place.district?.name ?? null,
    place.province?.code ?? null,
    place.province?.name ?? null,
    v.indicator,
    v.period,
    v.value,
    v.numerator,
    v.numeratorAmount,
    v.denominator,
    v.target,
    v.gap,
    v.status,
    v.completeness,
    v.unitsExpected,
    v.unitsReported,
    v.excludedMembers,
    v.dataQuality.join('|'),
    v.suppressionReason,
    v.refreshedAt,
    v.geographyDate,
    v.estimate?.methods.join('|') ?? null,
  ]);
}

/** Batches of rows, year by year and page by page; an officer's rows are only those wholly inside their area. */
async function* extractRows(run: Run, request: ExtractRequest, viewer: Viewer): AsyncGenerator<Cell[][]> {
  const visible = (level: Level, unit: Q.Unit) => viewer.role !== 'OFFICER' || seesInside(viewer, level, unit);
  const indicators = request.indicators ?? null;
  const geographyDate = request.geographyDate ?? null;
  // On a date's geography the units are those in force that day; as filed, those of each year's end.
  const unitsOn = (year: number) => geographyDate ?? asOf(year);
  for (let year = request.fromYear; year <= request.toYear; year++) {
    if (request.level === 'commune') {
      let after: string | null = null;
      do {
        const {
          communeCoverage: page,
        }: {
          communeCoverage: {
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            nodes: { commune: Q.Unit & Place; values: Q.Value[] }[];
          };
        } = await run(Q.COMMUNE_PAGE, {
          year,
          provinceCode: request.provinceCode ?? null,
          indicators,
          geographyDate,
          first: PAGE_SIZE,
          after,
        });
        yield page.nodes
          .filter((n) => visible('commune', n.commune))
          .flatMap((n) =>
            rowsFor(year, 'commune', { unit: n.commune, district: n.commune.district, province: n.commune.province }, n.values),
          );
        after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      } while (after);
    } else if (request.level === 'district') {
      const { provinces } = await run<{ provinces: { code: string; name: string; districts: (Q.Unit & { coverage: Q.Value[] })[] }[] }>(
        Q.DISTRICTS,
        { year, date: unitsOn(year), indicators, geographyDate },
      );
      yield provinces
        .filter((p) => !request.provinceCode || p.code === request.provinceCode)
        .flatMap((p) =>
          p.districts.filter((d) => visible('district', d)).flatMap((d) => rowsFor(year, 'district', { unit: d, province: p }, d.coverage)),
        );
    } else if (request.level === 'province') {
      const { provinces } = await run<{ provinces: (Q.Unit & { coverage: Q.Value[] })[] }>(Q.PROVINCES, {
        year,
        date: unitsOn(year),
        indicators,
        geographyDate,
      });
      yield provinces
        .filter((p) => (!request.provinceCode || p.code === request.provinceCode) && visible('province', p))
        .flatMap((p) => rowsFor(year, 'province', { unit: p, province: { code: p.code, name: p.name } }, p.coverage));
    } else {
      const { nationalCoverage } = await run<{ nationalCoverage: { values: Q.Value[] } }>(Q.NATION, { year, indicators, geographyDate });
      yield rowsFor(year, 'national', { unit: null }, nationalCoverage.values);
    }
  }
}
