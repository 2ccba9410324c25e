import { asOfArg } from '../../../lib/args.ts';
import { selectsAny } from '../../../lib/selection.ts';
import { REFORM_DATE, addDays } from '../../../lib/periods.ts';
import type { CommuneResolvers, Transfer, UnknownSuccessorReason } from '../__generated__/resolvers-types.ts';
import type { GeographyContext } from '../context.ts';
import type { LineageDirection } from '../db/repository.ts';
import type { Commune as CommuneRow, LinkBasis, MergerRow } from '../db/tables.ts';
import { dayBefore, lastDayOf, parentOf, toCommune, toDistrict, toProvince, type CommuneShape } from './shapes.ts';

interface Lineage {
  transfer: Transfer;
  basis: LinkBasis;
  code: string;
  name: string;
  commune: CommuneShape | null;
}

const sameCodeLink = (row: CommuneRow): Lineage => ({
  transfer: 'full',
  basis: 'SAME_CODE',
  code: row.code,
  name: row.full_name,
  commune: toCommune(row),
});

/** The 2021–2025 merger links of a version: the communes merged into it, or the unit it merged into. */
async function mergerLinks(commune: CommuneShape, ctx: GeographyContext, direction: LineageDirection): Promise<Lineage[]> {
  const rows = direction === 'BACKWARD' ? await ctx.loaders.mergersInto.load(commune) : await ctx.loaders.mergersOf.load(commune);
  const linked = rows.filter((r): r is MergerRow & { successor_code: string; successor_valid_from: string } => r.successor_code !== null);
  const found = await Promise.all(
    linked.map((r) =>
      ctx.loaders.communeByKey.load(
        direction === 'BACKWARD'
          ? { code: r.code, validFrom: r.valid_from }
          : { code: r.successor_code, validFrom: r.successor_valid_from },
      ),
    ),
  );
  return linked.map((r, i) => ({
    // a linked merger row always states its transfer; read as a partial one if it did not
    transfer: r.transfer ?? 'partial',
    basis: r.basis === 'MERGER_LIST' ? 'COMMUNE_MERGER_2021_2025' : 'SAME_NAME_IN_DISTRICT_2025',
    code: direction === 'BACKWARD' ? r.code : r.successor_code,
    name: direction === 'BACKWARD' ? r.name : r.successor_name!,
    commune: found[i] ? toCommune(found[i]) : null,
  }));
}

async function predecessors(commune: CommuneShape, ctx: GeographyContext): Promise<Lineage[]> {
  if (commune.validFrom === REFORM_DATE) {
    const rows = await ctx.loaders.crosswalkBySuccessor.load(commune.code);
    const date = dayBefore(REFORM_DATE);
    const found = await Promise.all(rows.map((r) => ctx.loaders.communeAsOf.load({ code: r.predecessor_code, date })));
    return rows.map((r, i) => ({
      transfer: r.transfer,
      basis: 'REFORM_CROSSWALK_2025',
      code: r.predecessor_code,
      name: r.predecessor_name,
      commune: found[i] ? toCommune(found[i].row) : null,
    }));
  }
  const versions = await ctx.loaders.communeVersions.load(commune.code);
  const previous = versions.find((v) => v.valid_until === dayBefore(commune.validFrom));
  return [...(previous ? [sameCodeLink(previous)] : []), ...(await mergerLinks(commune, ctx, 'BACKWARD'))];
}

async function successors(commune: CommuneShape, ctx: GeographyContext): Promise<Lineage[]> {
  if (!commune.validUntil) return [];
  if (commune.validUntil === dayBefore(REFORM_DATE)) {
    const rows = await ctx.loaders.crosswalkByPredecessor.load(commune.code);
    const found = await Promise.all(rows.map((r) => ctx.loaders.communeByKey.load({ code: r.code, validFrom: REFORM_DATE })));
    return rows.map((r, i) => ({
      transfer: r.transfer,
      basis: 'REFORM_CROSSWALK_2025',
      code: r.code,
      name: r.name,
      commune: found[i] ? toCommune(found[i]) : null,
    }));
  }
  const versions = await ctx.loaders.communeVersions.load(commune.code);
  const next = versions.find((v) => v.valid_from === addDays(commune.validUntil!, 1));
  return [...(next ? [sameCodeLink(next)] : []), ...(await mergerLinks(commune, ctx, 'FORWARD'))];
}

/** Why an ended version has no known successor; null when it has one or is still in force. */
async function unknownSuccessorReason(commune: CommuneShape, ctx: GeographyContext): Promise<UnknownSuccessorReason | null> {
  if (!commune.validUntil || (await successors(commune, ctx)).length) return null;
  if (commune.validUntil === dayBefore(REFORM_DATE)) return 'NOT_IN_REFORM_CROSSWALK';
  const [unmatched] = await ctx.loaders.mergersOf.load(commune);
  if (!unmatched?.unmatched_reason) throw new Error(`version ${commune.code} ${commune.validFrom} ended with no lineage row`);
  return unmatched.unmatched_reason;
}

async function lineage(commune: CommuneShape, direction: LineageDirection, ctx: GeographyContext) {
  const rows = await ctx.loaders.lineage.load({ code: commune.code, validFrom: commune.validFrom, direction });
  return rows.map(({ start_code: _s, start_valid_from: _f, hops, all_full, path, direction: _d, ...row }) => ({
    commune: toCommune(row),
    hops,
    transfer: all_full ? ('full' as const) : ('partial' as const),
    path: path.map(async (hop) => {
      const found = await ctx.loaders.communeByKey.load({ code: hop.code, validFrom: hop.validFrom });
      return {
        transfer: hop.transfer,
        basis: hop.basis,
        code: hop.code,
        name: found?.full_name ?? '',
        commune: found ? toCommune(found) : null,
      };
    }),
  }));
}

/** A commune's own fields that come from other rows: the statement that finds it brings them when asked (one statement per fetch). */
export const COMMUNE_PARTS = ['province', 'district', 'classifications'];

export const Commune: CommuneResolvers = {
  async __resolveReference(ref, ctx, info) {
    const loader = selectsAny(info, 'Commune', COMMUNE_PARTS) ? ctx.loaders.communeWithPartsByKey : ctx.loaders.communeByKey;
    const row = await loader.load({ code: ref.code, validFrom: ref.validFrom });
    return row ? toCommune(row) : null;
  },
  async province(commune, _, ctx) {
    const what = `province ${commune.provinceCode} of commune ${commune.code}`;
    if (commune.parts) return toProvince(parentOf(commune.parts.province && { row: commune.parts.province }, what));
    const hit = await ctx.loaders.provinceAsOf.load({ code: commune.provinceCode, date: lastDayOf(commune) });
    return toProvince(parentOf(hit, what));
  },
  async district(commune, _, ctx) {
    if (!commune.districtCode) return null;
    if (commune.parts) return commune.parts.district && toDistrict(commune.parts.district);
    const hit = await ctx.loaders.districtAsOf.load({ code: commune.districtCode, date: lastDayOf(commune) });
    return hit ? toDistrict(hit.row) : null;
  },
  predecessors: (commune, _, ctx) => predecessors(commune, ctx),
  successors: (commune, _, ctx) => successors(commune, ctx),
  async endedWithoutKnownSuccessor(commune, _, ctx) {
    return commune.validUntil !== null && (await successors(commune, ctx)).length === 0;
  },
  unknownSuccessorReason: (commune, _, ctx) => unknownSuccessorReason(commune, ctx),
  lineage: (commune, args, ctx) => lineage(commune, args.direction ?? 'BACKWARD', ctx),
  async classifications(commune, args, ctx) {
    const date = args.date == null ? lastDayOf(commune) : asOfArg(args.date);
    const rows = commune.parts?.classifications ?? (await ctx.loaders.classifications.load(commune));
    return rows
      .filter((r) => r.valid_from <= date && (r.valid_until === null || r.valid_until >= date))
      .map((r) => ({ kind: r.kind, validFrom: r.valid_from, validUntil: r.valid_until, source: r.source, synthetic: r.synthetic }));
  },
};
