import { asOfArg, communeCodeArg, districtCodeArg, provinceCodeArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { REFORM_DATE } from '../../../lib/periods.ts';
import * as repo from '../db/repository.ts';
import type { DirectoryIssue, QueryResolvers } from '../__generated__/resolvers-types.ts';
import type { GeographyContext } from '../context.ts';
import { selectsAny } from '../../../lib/selection.ts';
import { COMMUNE_PARTS } from './Commune.ts';
import { communePage } from './connection.ts';
import { placeSearch } from './PlaceSearch.ts';
import { dayBefore, toCommune, toDistrict, toProvince, toSnapshot } from './shapes.ts';

const CLASSIFICATIONS = new Set(['MOUNTAINOUS', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT']);

/** The snapshot that closes the 2021–2025 merger period. */
const MERGERS_UNTIL = '2025-03-01';

function mergerIssue(r: { code: string; name: string; unmatched_reason: string | null; source_names: string | null }): DirectoryIssue {
  const gone = `${r.name} (${r.code}) of 2021-11-01 is gone by 2025-03-01`;
  switch (r.unmatched_reason) {
    case 'NOT_IN_SOURCE':
      return { kind: 'MERGER_NOT_IN_SOURCE', code: r.code, name: r.name, detail: `${gone}; the merger list has no entry for it.` };
    case 'AMBIGUOUS':
      return {
        kind: 'MERGER_SUCCESSOR_AMBIGUOUS',
        code: r.code,
        name: r.name,
        detail: `${gone}; the merger list's successor (${r.source_names}) matches several units of its district.`,
      };
    default:
      return {
        kind: 'MERGER_SUCCESSOR_UNMATCHED',
        code: r.code,
        name: r.name,
        detail: `${gone}; the merger list names ${r.source_names}, which is no unit of its district in the directory.`,
      };
  }
}

export const Query: QueryResolvers = {
  async commune(_, args, ctx, info) {
    const code = communeCodeArg(args.code);
    const date = asOfArg(args.date);
    const loader = selectsAny(info, 'Commune', COMMUNE_PARTS) ? ctx.loaders.communeWithPartsAsOf : ctx.loaders.communeAsOf;
    const hit = await loader.load({ code, date });
    return hit ? toCommune(hit.row) : null;
  },

  communes(_, args, ctx) {
    const filter: repo.CommuneFilter = { date: asOfArg(args.date) };
    if (args.provinceCode != null) filter.provinceCode = provinceCodeArg(args.provinceCode, 'provinceCode');
    if (args.districtCode != null) filter.districtCode = districtCodeArg(args.districtCode, 'districtCode');
    if (args.classification != null) {
      if (!CLASSIFICATIONS.has(args.classification)) throw badUserInput('classification', 'is not a known classification');
      filter.classification = args.classification;
    }
    return communePage(ctx, filter, args);
  },

  async communeVersions(_, args, ctx) {
    return (await ctx.loaders.communeVersions.load(communeCodeArg(args.code))).map(toCommune);
  },

  async province(_, args, ctx) {
    const hit = await ctx.loaders.provinceAsOf.load({ code: provinceCodeArg(args.code), date: asOfArg(args.date) });
    return hit ? toProvince(hit.row) : null;
  },

  async provinces(_, args, ctx) {
    return (await repo.listProvinces(ctx.read, asOfArg(args.date))).map(toProvince);
  },

  async district(_, args, ctx) {
    const hit = await ctx.loaders.districtAsOf.load({ code: districtCodeArg(args.code), date: asOfArg(args.date) });
    return hit ? toDistrict(hit.row) : null;
  },

  placeSearch,

  async directorySnapshots(_, __, ctx) {
    return (await repo.listSnapshots(ctx.read)).map(toSnapshot);
  },

  async directoryIssues(_, __, ctx) {
    const found = await repo.findDirectoryIssues(ctx.read, REFORM_DATE, dayBefore(REFORM_DATE), MERGERS_UNTIL);
    return [
      ...found.unknownSuccessors.map((r) => ({
        kind: 'UNKNOWN_SUCCESSOR_CODE' as const,
        ...r,
        detail: `The crosswalk names new unit ${r.code} (${r.name}), which is not in the 2025-07-01 directory.`,
      })),
      ...found.unknownPredecessors.map((r) => ({
        kind: 'UNKNOWN_PREDECESSOR_CODE' as const,
        ...r,
        detail: `The crosswalk names predecessor ${r.code} (${r.name}), which is not in force on 2025-06-30.`,
      })),
      ...found.successorsWithout.map((r) => ({
        kind: 'SUCCESSOR_WITHOUT_CROSSWALK' as const,
        ...r,
        detail: `${r.name} (${r.code}) was formed on 2025-07-01 but no crosswalk row describes what it was formed from.`,
      })),
      ...found.predecessorsWithout.map((r) => ({
        kind: 'PREDECESSOR_WITHOUT_CROSSWALK' as const,
        ...r,
        detail: `${r.name} (${r.code}) was in force on 2025-06-30 but no crosswalk row carries it forward.`,
      })),
      ...found.unmatchedMergers.map((r) => mergerIssue(r)),
      ...found.formedWithout.map((r) => ({
        kind: 'FORMED_WITHOUT_KNOWN_PREDECESSOR' as const,
        ...r,
        detail: `${r.name} (${r.code}) is first listed on ${MERGERS_UNTIL}, and no merger row says what it was formed from.`,
      })),
    ];
  },

  viewer(_, __, ctx) {
    return ctx.viewer;
  },

  async dataProvenance(_, __, ctx) {
    const info = await repo.readDatasetInfo(ctx.read);
    const synthetic = info.synthetic !== 'false';
    return {
      geography:
        'Real: official names and statistics-office codes of every province, district and commune in the snapshots of ' +
        '2021-11-01, 2025-03-01, 2025-07-01 and 2026-04-30, and the 2025 reform crosswalk (see directorySnapshots).',
      sectorDataSynthetic: synthetic,
      sectorData:
        info.description ?? (synthetic ? 'Synthetic demo data: no agency data has been loaded into this deployment.' : 'Agency data.'),
      seed: info.seed ? Number(info.seed) : null,
      scope: info.scope ?? null,
      provinces: info.provinces ? info.provinces.split(',') : [],
      loadedAt: info.loadedAt ?? null,
    };
  },
};
