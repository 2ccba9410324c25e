import { asOfArg } from '../../../lib/args.ts';
import { REFORM_DATE, addDays } from '../../../lib/periods.ts';
import type { GeographyContext } from '../context.ts';
import type { Commune as CommuneRow } from '../db/tables.ts';
import { dayBefore, lastDayOf, toCommune, toDistrict, toProvince, type CommuneShape } from './shapes.ts';

interface Lineage {
  transfer: 'FULL' | 'PARTIAL';
  basis: 'REFORM_CROSSWALK_2025' | 'SAME_CODE';
  code: string;
  name: string;
  commune: CommuneShape | null;
}

const sameCodeLink = (row: CommuneRow): Lineage => ({
  transfer: 'FULL',
  basis: 'SAME_CODE',
  code: row.code,
  name: row.full_name,
  commune: toCommune(row),
});

async function predecessors(commune: CommuneShape, ctx: GeographyContext): Promise<Lineage[]> {
  if (commune.validFrom === REFORM_DATE) {
    const rows = await ctx.loaders.crosswalkBySuccessor.load(commune.code);
    const date = dayBefore(REFORM_DATE);
    const found = await Promise.all(rows.map((r) => ctx.loaders.communeAsOf.load({ code: r.predecessor_code, date })));
    return rows.map((r, i) => ({
      transfer: r.transfer === 'full' ? 'FULL' : 'PARTIAL',
      basis: 'REFORM_CROSSWALK_2025',
      code: r.predecessor_code,
      name: r.predecessor_name,
      commune: found[i] ? toCommune(found[i].row) : null,
    }));
  }
  const versions = await ctx.loaders.communeVersions.load(commune.code);
  const previous = versions.find((v) => v.valid_until === dayBefore(commune.validFrom));
  return previous ? [sameCodeLink(previous)] : [];
}

async function successors(commune: CommuneShape, ctx: GeographyContext): Promise<Lineage[]> {
  if (!commune.validUntil) return [];
  if (commune.validUntil === dayBefore(REFORM_DATE)) {
    const rows = await ctx.loaders.crosswalkByPredecessor.load(commune.code);
    const found = await Promise.all(rows.map((r) => ctx.loaders.communeByKey.load({ code: r.code, validFrom: REFORM_DATE })));
    return rows.map((r, i) => ({
      transfer: r.transfer === 'full' ? 'FULL' : 'PARTIAL',
      basis: 'REFORM_CROSSWALK_2025',
      code: r.code,
      name: r.name,
      commune: found[i] ? toCommune(found[i]) : null,
    }));
  }
  const versions = await ctx.loaders.communeVersions.load(commune.code);
  const next = versions.find((v) => v.valid_from === addDays(commune.validUntil!, 1));
  return next ? [sameCodeLink(next)] : [];
}

export const Commune = {
  async __resolveReference(ref: { code: string; validFrom: string }, ctx: GeographyContext) {
    const row = await ctx.loaders.communeByKey.load({ code: ref.code, validFrom: ref.validFrom });
    return row ? toCommune(row) : null;
  },
  async province(commune: CommuneShape, _: unknown, ctx: GeographyContext) {
    const hit = await ctx.loaders.provinceAsOf.load({ code: commune.provinceCode, date: lastDayOf(commune) });
    return hit ? toProvince(hit.row) : null;
  },
  async district(commune: CommuneShape, _: unknown, ctx: GeographyContext) {
    if (!commune.districtCode) return null;
    const hit = await ctx.loaders.districtAsOf.load({ code: commune.districtCode, date: lastDayOf(commune) });
    return hit ? toDistrict(hit.row) : null;
  },
  predecessors: (commune: CommuneShape, _: unknown, ctx: GeographyContext) => predecessors(commune, ctx),
  successors: (commune: CommuneShape, _: unknown, ctx: GeographyContext) => successors(commune, ctx),
  async endedWithoutKnownSuccessor(commune: CommuneShape, _: unknown, ctx: GeographyContext) {
    return commune.validUntil !== null && (await successors(commune, ctx)).length === 0;
  },
  async classifications(commune: CommuneShape, args: { date?: unknown }, ctx: GeographyContext) {
    const date = args.date == null ? lastDayOf(commune) : asOfArg(args.date);
    const rows = await ctx.loaders.classifications.load(commune);
    return rows
      .filter((r) => r.valid_from <= date && (r.valid_until === null || r.valid_until >= date))
      .map((r) => ({ kind: r.kind, validFrom: r.valid_from, validUntil: r.valid_until, source: r.source, synthetic: r.synthetic }));
  },
};
