import { communeCodeArg, dateArg, districtCodeArg, provinceCodeArg, yearArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { DIRECTORY_START } from '../../../lib/periods.ts';
import { GraphQLError } from 'graphql';
import { lastRefresh, listRefreshes, sumIndicators } from '../db/repository.ts';
import { storedPattern } from '../patterns.ts';
import type { QueryResolvers } from '../__generated__/resolvers-types.ts';
import { referenceDate } from '../refresh.ts';
import { communeCoverage } from './ranking.ts';
import { reportingDeadlines, reportingStatus } from './reporting.ts';
import type { AreaRef } from '../publication.ts';
import { NO_FILTER, OPEN_WINDOW, published, selectIndicators, valuesOf } from './values.ts';
import { geographyArg, onBasis } from './basis.ts';
import { basisLedger } from '../db/repository.ts';

/** A ledger holds every measure in each of its tallies; a missing one is a refresh bug, never 0. */
function counted(tally: Record<string, number>, measure: string): number {
  const value = tally[measure];
  if (value === undefined) throw new Error(`the basis ledger has no ${measure} in one of its tallies`);
  return value;
}

export const Query: QueryResolvers = {
  async indicators(_, __, ctx) {
    return ctx.loaders.indicators();
  },
  async indicator(_, args, ctx) {
    return (await ctx.loaders.indicators()).find((i) => i.id === args.id) ?? null;
  },

  async coverageGroup(_, args, ctx) {
    const year = yearArg(args.year);
    const basis = geographyArg(args.geographyDate);
    // On a date's geography, codes are read on that date.
    const date = dateArg(args.date, 'date', { default: basis ?? referenceDate(year), min: DIRECTORY_START });
    const indicators = await selectIndicators(ctx, args.indicators);
    const filter = { ...NO_FILTER };
    const words: string[] = [];
    if (args.provinceCode != null) words.push(`province ${(filter.province_code = provinceCodeArg(args.provinceCode, 'provinceCode'))}`);
    if (args.districtCode != null) words.push(`district ${(filter.district_code = districtCodeArg(args.districtCode, 'districtCode'))}`);
    if (args.classification != null)
      words.push(`${(filter.classification = args.classification).toLowerCase().replaceAll('_', ' ')} communes`);
    let codes: { codes: string[]; date: string } | undefined;
    if (args.codes != null) {
      if (!args.codes.length) throw badUserInput('codes', 'must name at least one commune');
      codes = { codes: args.codes.map((c) => communeCodeArg(c, 'codes')), date };
      words.push(`communes ${codes.codes.join(', ')} as of ${date}`);
    }
    const key = { key: 'group', year, ...OPEN_WINDOW, ...filter, basis_date: basis };
    // Filtered by nothing but a province (and a classification), the group is a population a count target can name.
    const exactPopulation =
      filter.province_code && !filter.district_code && !codes
        ? { provinceCode: filter.province_code, classification: filter.classification }
        : null;
    const [sums] = await sumIndicators(ctx.read, indicators, [key], codes);
    // Only the published geometry (the nation, a province or a district, each optionally of one
    // classification) can carry sensitive figures outside the viewer's area; any other group could
    // be differenced against another to single out a commune.
    const provinceOfGroup = (sums!.province_code as string | null) ?? null;
    const area: AreaRef =
      codes || (filter.province_code && filter.district_code)
        ? { kind: 'adhoc', codes: codes?.codes ?? [], provinceCode: provinceOfGroup }
        : filter.district_code
          ? { kind: 'district', code: filter.district_code, provinceCode: provinceOfGroup, classification: filter.classification }
          : filter.province_code
            ? { kind: 'province', code: filter.province_code, provinceCode: filter.province_code, classification: filter.classification }
            : { kind: 'nation', classification: filter.classification };
    const values = valuesOf(indicators, year, sums!, exactPopulation);
    return {
      description: words.length ? words.join(', ') : 'all communes',
      year,
      geographyDate: basis,
      communes: Number(sums!.communes),
      values: basis ? onBasis(ctx, values, sums!, basis, area) : await published(ctx, year, sums!.year_stamp, values, area),
    };
  },

  async nationalCoverage(_, args, ctx) {
    const year = yearArg(args.year);
    const basis = geographyArg(args.geographyDate);
    const indicators = await selectIndicators(ctx, args.indicators);
    const sums = await ctx.loaders.sums.load({
      key: `nation|${year}|${basis ?? ''}`,
      year,
      ...OPEN_WINDOW,
      ...NO_FILTER,
      basis_date: basis,
    });
    const values = valuesOf(indicators, year, sums);
    return {
      description: 'Vietnam',
      year,
      geographyDate: basis,
      communes: Number(sums.communes),
      values: basis
        ? onBasis(ctx, values, sums, basis, { kind: 'nation' })
        : await published(ctx, year, sums.year_stamp, values, { kind: 'nation' }),
    };
  },

  /** What moving a year's figures onto a date's geography kept, moved and could not place. */
  async geographyReconciliation(_, args, ctx) {
    const year = yearArg(args.year);
    const basis = geographyArg(args.geographyDate)!;
    const row = await basisLedger(ctx.read, basis, year);
    if (!row) return null;
    const ledger = (typeof row.ledger === 'string' ? JSON.parse(row.ledger) : row.ledger) as {
      filed: Record<string, number>;
      onBasis: Record<string, number>;
      unmapped: Record<string, number>;
      placedByRecords?: Record<string, number>;
      unmappedVersions: { id: string; reason: string }[];
    };
    return {
      year,
      geographyDate: basis,
      refreshedAt: row.refreshed_at,
      measures: Object.entries(ledger.filed).map(([m, filed]) => ({
        measure: m,
        filed,
        onBasis: counted(ledger.onBasis, m),
        unmapped: counted(ledger.unmapped, m),
        placedByRecords: ledger.placedByRecords ? counted(ledger.placedByRecords, m) : null,
      })),
      unmappedCommunes: ledger.unmappedVersions.map((u) => {
        const [code, validFrom] = u.id.replace('commune:', '').split('|') as [string, string];
        return { commune: { code, validFrom }, reason: u.reason };
      }),
    };
  },

  communeCoverage,
  reportingStatus,
  reportingDeadlines,

  async suppressionAudit(_, args, ctx) {
    if (ctx.viewer.role !== 'ADMIN')
      throw new GraphQLError('The suppression audit is visible to administrators only.', { extensions: { code: 'FORBIDDEN' } });
    const year = yearArg(args.year);
    const stamp = await lastRefresh(ctx.read, year);
    if (!stamp) return null;
    const pattern = await storedPattern(ctx.read, year, stamp);
    return { year, ...pattern.audit, computedAt: pattern.computedAt };
  },

  async coverageFreshness(_, args, ctx) {
    const rows = await listRefreshes(ctx.read, args.year == null ? undefined : yearArg(args.year));
    return rows.map((r) => ({ year: r.year, provinceCode: r.province_code, refreshedAt: r.refreshed_at, communes: r.communes }));
  },
};
