import { asOfArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import * as repo from '../db/repository.ts';
import type { GeographyContext } from '../context.ts';
import { communePage } from './connection.ts';
import { lastDayOf, toDistrict, toProvince, type DistrictShape, type UnitShape } from './shapes.ts';

/** A date inside the version's validity: the argument if given, else its last day (or today). */
export function dateWithin(version: UnitShape, value: unknown): string {
  if (value == null) return lastDayOf(version);
  const date = asOfArg(value);
  if (date < version.validFrom || (version.validUntil && date > version.validUntil)) {
    throw badUserInput('date', `must fall within ${version.validFrom} to ${version.validUntil ?? 'today'}, when this unit was in force`);
  }
  return date;
}

interface ListArgs {
  date?: unknown;
  classification?: string;
  first?: unknown;
  after?: unknown;
}

export const Province = {
  async __resolveReference(ref: { code: string; validFrom: string }, ctx: GeographyContext) {
    const row = await ctx.loaders.provinceByKey.load(ref);
    return row ? toProvince(row) : null;
  },
  async districts(province: UnitShape, args: { date?: unknown }, ctx: GeographyContext) {
    return (await repo.listDistrictsOfProvinces(ctx.read, [province.code], dateWithin(province, args.date))).map(toDistrict);
  },
  communes(province: UnitShape, args: ListArgs, ctx: GeographyContext) {
    return communePage(ctx, { date: dateWithin(province, args.date), provinceCode: province.code, classification: args.classification }, args);
  },
};

export const District = {
  async __resolveReference(ref: { code: string; validFrom: string }, ctx: GeographyContext) {
    const row = await ctx.loaders.districtByKey.load(ref);
    return row ? toDistrict(row) : null;
  },
  async province(district: DistrictShape, _: unknown, ctx: GeographyContext) {
    const hit = await ctx.loaders.provinceAsOf.load({ code: district.provinceCode, date: lastDayOf(district) });
    return hit ? toProvince(hit.row) : null;
  },
  communes(district: DistrictShape, args: ListArgs, ctx: GeographyContext) {
    return communePage(ctx, { date: dateWithin(district, args.date), districtCode: district.code, classification: args.classification }, args);
  },
};
