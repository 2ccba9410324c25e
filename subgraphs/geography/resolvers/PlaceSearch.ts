import { asOfArg } from '../../../lib/args.ts';
import { todayInVietnam } from '../../../lib/periods.ts';
import { badUserInput } from '../../../lib/errors.ts';
import * as repo from '../db/repository.ts';
import type { PlaceLevel } from '../db/tables.ts';
import type { PlaceMatchResolvers } from '../__generated__/resolvers-types.ts';
import type { GeographyContext } from '../context.ts';
import { searchKey } from '../names.ts';
import { toCommune, toDistrict, toProvince } from './shapes.ts';

const LEVELS: readonly PlaceLevel[] = ['PROVINCE', 'DISTRICT', 'COMMUNE'];
const MAX_MATCHES = 100;
const MAX_NAME_LENGTH = 100;

interface PlaceSearchArgs {
  name: unknown;
  date?: unknown;
  levels?: PlaceLevel[] | null;
  first?: number | null;
}

export async function placeSearch(_: unknown, args: PlaceSearchArgs, ctx: GeographyContext) {
  if (typeof args.name !== 'string' || args.name.length > MAX_NAME_LENGTH)
    throw badUserInput('name', `must be at most ${MAX_NAME_LENGTH} characters`);
  const key = searchKey(args.name);
  if (!key) throw badUserInput('name', 'must contain a letter or a digit');
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX_MATCHES) throw badUserInput('first', `must be from 0 to ${MAX_MATCHES}`);
  const search: repo.PlaceSearch = { key, levels: args.levels?.length ? args.levels : LEVELS, limit: first, today: todayInVietnam() };
  if (args.date != null) search.date = asOfArg(args.date);
  // The total needs at least one row back; a page of 0 asks for one and shows none.
  const hits = await repo.searchPlaces(ctx.read, { ...search, limit: Math.max(first, 1) });
  return { totalCount: hits[0]?.total ?? 0, matches: hits.slice(0, first).map(toMatch) };
}

function toMatch(hit: repo.PlaceHit) {
  const unit = {
    code: hit.code,
    valid_from: hit.valid_from,
    valid_until: hit.valid_until,
    name: hit.name,
    full_name: hit.full_name,
    name_en: hit.name_en,
    kind: hit.kind,
    province_code: hit.province_code,
    district_code: hit.district_code,
  };
  return {
    level: hit.level,
    match: hit.match,
    code: hit.code,
    name: hit.name,
    fullName: hit.full_name,
    validFrom: hit.valid_from,
    validUntil: hit.valid_until,
    unit,
    districtRow: hit.district_row,
    provinceRow: hit.province_row,
  };
}
export type Match = ReturnType<typeof toMatch>;

/** The place found and its parents, all read by the search's one statement. */
export const PlaceMatch: PlaceMatchResolvers = {
  commune: (m) => (m.level === 'COMMUNE' ? toCommune(m.unit) : null),
  district: (m) => (m.districtRow ? toDistrict(m.districtRow) : null),
  province(m) {
    if (!m.provinceRow) throw new Error(`no province ${m.unit.province_code} for ${m.level} ${m.code}`);
    return toProvince(m.provinceRow);
  },
};
