import { asOfArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import * as repo from '../db/repository.ts';
import type { ProvinceResolvers, DistrictResolvers } from '../__generated__/resolvers-types.ts';
import { communePage } from './connection.ts';
import { lastDayOf, parentOf, toDistrict, toProvince, type UnitShape } from './shapes.ts';

/** A date inside the version's validity: the argument if given, else its last day (or today). */
export function dateWithin(version: UnitShape, value: unknown): string {
  if (value == null) return lastDayOf(version);
  const date = asOfArg(value);
  if (date < version.validFrom || (version.validUntil && date > version.validUntil)) {
    throw badUserInput('date', `must fall within ${version.validFrom} to ${version.validUntil ?? 'today'}, when this unit was in force`);
  }
  return date;
}

export const Province: ProvinceResolvers = {
  async __resolveReference(ref, ctx) {
    const row = await ctx.loaders.provinceByKey.load(ref);
    return row ? toProvince(row) : null;
  },
  async districts(province, args, ctx) {
    return (await repo.listDistrictsOfProvinces(ctx.read, [province.code], dateWithin(province, args.date))).map(toDistrict);
  },
  communes(province, args, ctx) {
    return communePage(
      ctx,
      { date: dateWithin(province, args.date), provinceCode: province.code, classification: args.classification ?? undefined },
      args,
    );
  },
};

export const District: DistrictResolvers = {
  async __resolveReference(ref, ctx) {
    const row = await ctx.loaders.districtByKey.load(ref);
    return row ? toDistrict(row) : null;
  },
  async province(district, _, ctx) {
    const hit = await ctx.loaders.provinceAsOf.load({ code: district.provinceCode, date: lastDayOf(district) });
    return toProvince(parentOf(hit, `province ${district.provinceCode} of district ${district.code}`));
  },
  communes(district, args, ctx) {
    return communePage(
      ctx,
      { date: dateWithin(district, args.date), districtCode: district.code, classification: args.classification ?? undefined },
      args,
    );
  },
};
