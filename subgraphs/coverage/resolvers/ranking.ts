import { z } from 'zod';
import { badUserInput } from '../../../lib/errors.ts';
import {
  communeCodeKey,
  cursorArg,
  districtCodeArg,
  encodeCursor,
  isCalendarDate,
  pageSizeArg,
  provinceCodeArg,
  yearArg,
} from '../../../lib/args.ts';
import { rankCommunes, type RankQuery } from '../db/repository.ts';
import type { CommuneYear } from '../db/tables.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import type { CoverageContext } from '../context.ts';
import type { Indicator } from '../registry.ts';
import { communeRowSums, published, selectIndicators, valuesOf } from './values.ts';
import { geographyArg, onBasis } from './basis.ts';

async function rowValues(
  ctx: CoverageContext,
  indicators: Indicator[],
  row: CommuneYear & { year_stamp: string; estimates?: unknown },
  basis: string | null,
) {
  const area = { kind: 'commune' as const, key: `${row.code}|${row.valid_from}`, provinceCode: row.province_code };
  const sums = communeRowSums(indicators, row);
  if (!basis) return published(ctx, row.year, row.year_stamp, valuesOf(indicators, row.year, sums), area);
  const estimates = (typeof row.estimates === 'string' ? JSON.parse(row.estimates) : row.estimates) as { childRecordsPlaced?: boolean }[];
  const withEstimate = {
    ...sums,
    estimated_members: estimates.length ? 1 : 0,
    estimated_child_members: estimates.some((e) => !e.childRecordsPlaced) ? 1 : 0,
    estimates: JSON.stringify(estimates),
  };
  return onBasis(ctx, valuesOf(indicators, row.year, withEstimate), withEstimate, basis, area);
}

/** The key a ranking cursor holds: [sort value, commune code, version start], as JSON. */
const RANK_KEY = z
  .string()
  .transform((text, ctx) => {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      ctx.issues.push({ code: 'custom', message: 'not JSON', input: text });
      return z.NEVER;
    }
  })
  .pipe(z.tuple([z.number().nullable(), communeCodeKey, z.string().refine(isCalendarDate)]))
  .transform(([value, code, validFrom]) => ({ value, code, validFrom }));

export const communeCoverage: QueryResolvers['communeCoverage'] = async (_, args, ctx) => {
  const year = yearArg(args.year);
  const basis = geographyArg(args.geographyDate);
  const all = await ctx.loaders.indicators();
  const byId = async (id: string, argument: string) => (await selectIndicators(ctx, [id], argument))[0]!;
  const shown = await selectIndicators(ctx, args.indicators);
  const limit = pageSizeArg(args.first);
  const after = cursorArg(args.after, RANK_KEY);
  const query: RankQuery = {
    year,
    provinceCode: args.provinceCode == null ? undefined : provinceCodeArg(args.provinceCode, 'provinceCode'),
    districtCode: args.districtCode == null ? undefined : districtCodeArg(args.districtCode, 'districtCode'),
    classification: args.classification ? (args.classification.toLowerCase() as RankQuery['classification']) : undefined,
    conditions: await Promise.all(
      (args.where ?? []).map(async (c) => ({
        indicator: await byId(c.indicator, 'where'),
        lessThan: c.lessThan ?? undefined,
        atLeast: c.atLeast ?? undefined,
        status: c.status ?? undefined,
      })),
    ),
    notMetOnAny: args.notMetOnAny ? (args.indicators ? shown : all) : undefined,
    orderBy: args.orderBy
      ? { indicator: await byId(args.orderBy.indicator, 'orderBy'), direction: args.orderBy.direction ?? 'ASC' }
      : undefined,
    after,
    limit: limit + 1,
    hidden: new Map(),
    basisDate: basis ?? undefined,
  };
  // Filters and the sort must not see cells hidden from this viewer; only they need the pattern up front.
  const filtering = [
    ...query.conditions.map((c) => c.indicator),
    ...(query.notMetOnAny ?? []),
    ...(query.orderBy ? [query.orderBy.indicator] : []),
  ];
  if (basis && filtering.some((i) => i.sensitive) && ctx.viewer.role !== 'ADMIN') {
    // On a date's geography, sensitive cells outside the viewer's area are all hidden (basis.ts); an officer's filter sees none either.
    throw badUserInput('where', 'filters and sorts on sensitive indicators on a geography other than as filed are for ADMIN only');
  } else if (filtering.some((i) => i.sensitive)) {
    const publication = await ctx.loaders.publication(year, await ctx.loaders.stamp(year), ctx.viewer);
    for (const i of all.filter((x) => x.sensitive)) query.hidden.set(i.id, publication.hiddenCommunes(i.id));
  }
  const { rows, totalCount } =
    limit === 0
      ? { rows: [], totalCount: (await rankCommunes(ctx.read, { ...query, limit: 0 })).totalCount }
      : await rankCommunes(ctx.read, query);
  const page = rows.slice(0, limit);
  const edges = await Promise.all(
    page.map(async (row) => ({
      cursor: encodeCursor(JSON.stringify([row.sort_value, row.code, row.valid_from])),
      node: { commune: { code: row.code, validFrom: row.valid_from }, year, values: await rowValues(ctx, shown, row, basis) },
    })),
  );
  return {
    totalCount,
    edges,
    nodes: edges.map((e) => e.node),
    pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.at(-1)?.cursor ?? null },
  };
};
