import { dateArg, yearArg } from '../../../lib/args.ts';
import { badUserInput } from '../../../lib/errors.ts';
import { DIRECTORY_START, addDays, type WindowYear } from '../../../lib/periods.ts';
import { holdsYearEnd } from '../db/repository.ts';
import { onwardPlan, placeGroups } from './children-on-geography.ts';
import { seesInside } from '../../../lib/directory/viewer-area.ts';
import { redact, withhold } from '../../../lib/sensitivity.ts';
import type { CommuneResolvers } from '../__generated__/resolvers-types.ts';
import { LABOUR_MEASURES } from '../measures.ts';
import { toFund, toPlaced, toPopulation, toReporting, toSupport, windowYear } from './shapes.ts';

/**
 * A version's window cut at `through` (inclusive): the year's events up to that day. The window
 * then misses 31 December, so the repository leaves the year-end figures null, as for a version
 * that ended during the year.
 */
function throughDay(key: WindowYear, through: unknown): WindowYear {
  if (through === undefined || through === null) return key;
  const day = dateArg(through, 'through');
  if (!day.startsWith(`${key.year}-`)) throw badUserInput('through', `must be a day of ${key.year}`);
  const end = addDays(day, 1);
  return end < key.to ? { ...key, to: end } : key;
}

/**
 * Labour measures of a commune version. Each field validates its year, then goes through a
 * per-request DataLoader (one SQL statement for every commune of the request). Rows carry
 * the commune code valid on their date; recordWindow decides which belong to this version.
 * Sensitive measures (../measures.ts) are withheld outside the viewer's area.
 */
export const Commune: CommuneResolvers = {
  __resolveReference: (ref) => ref,
  async childPopulation(commune, args, ctx) {
    const row = await ctx.loaders.communePopulation.load(windowYear(commune, yearArg(args.year)));
    return row ? redact(LABOUR_MEASURES, 'ChildPopulation', toPopulation(row), seesInside(ctx.viewer, 'commune', commune)) : null;
  },
  async childSupport(commune, args, ctx) {
    const row = await ctx.loaders.communeSupport.load(throughDay(windowYear(commune, yearArg(args.year)), args.through));
    if (!row || row.registered === 0) return null;
    return withhold(LABOUR_MEASURES, 'Commune.childSupport', toSupport(row), seesInside(ctx.viewer, 'commune', commune));
  },
  async childProtectionFund(commune, args, ctx) {
    const row = await ctx.loaders.communeFund.load(windowYear(commune, yearArg(args.year)));
    return row ? redact(LABOUR_MEASURES, 'ChildProtectionFundYear', toFund(row), seesInside(ctx.viewer, 'commune', commune)) : null;
  },
  /** Null while the version is in force: nobody has moved on from it yet. */
  async onwardResidence(commune, _args, ctx) {
    if (!commune.validUntil) return null;
    const rows = await ctx.loaders.onwardResidence.load({ code: commune.code, lastDay: commune.validUntil });
    return rows.map((r) => ({ code: r.onward_code, children: Number(r.children) })).sort((a, b) => a.code.localeCompare(b.code));
  },
  async childrenOnGeography(commune, args, ctx) {
    const key = windowYear(commune, yearArg(args.year));
    const geographyDate = dateArg(args.geographyDate, 'geographyDate', { min: DIRECTORY_START });
    if (!holdsYearEnd(key)) return null;
    const plan = onwardPlan(commune.code, commune.validFrom, geographyDate);
    const base = { year: key.year, geographyDate };
    if ('unmapped' in plan) return { ...base, unmappedReason: plan.unmapped, groups: [] };
    const rows = await ctx.loaders.childrenByOnwardResidence.load({ ...key, days: plan.days });
    const inside = seesInside(ctx.viewer, 'commune', commune);
    const groups = placeGroups(commune.code, commune.validFrom, geographyDate, plan.days, rows).map((g) => ({
      ...redact(LABOUR_MEASURES, 'ChildrenPlaced', toPlaced(g), inside),
      commune: g.target ? { code: g.target.split('|')[0]!, validFrom: g.target.split('|')[1]! } : null,
      placement: g.placement,
    }));
    return { ...base, unmappedReason: null, groups };
  },
  async labourReporting(commune, args, ctx) {
    const row = await ctx.loaders.communeReporting.load(windowYear(commune, yearArg(args.year)));
    return row ? toReporting(row) : null;
  },
};
