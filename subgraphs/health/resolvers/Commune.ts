import { seesInside } from '../../../lib/directory/viewer-area.ts';
import type { HealthContext } from '../context.ts';
import {
  redacted,
  toCheckupRound,
  toCommuneCheckups,
  toInsurance,
  toStationReport,
  toTreatmentSupport,
  windowYear,
  type UnitRef,
} from './shapes.ts';

type YearArgs = { year?: unknown };

/**
 * Health figures on the geography's Commune entity; the representation is all they need.
 * Sensitive measures (../measures.ts) are withheld outside the viewer's area.
 */
export const Commune = {
  __resolveReference: (ref: UnitRef) => ref,
  async checkups(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(commune, args);
    return redacted('CommuneCheckups', toCommuneCheckups(await ctx.loaders.communeCheckups.load(key), key.year), seesInside(ctx.viewer, 'commune', commune));
  },
  async checkupRounds(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const visible = seesInside(ctx.viewer, 'commune', commune);
    return (await ctx.loaders.communeCheckupRounds.load(windowYear(commune, args))).map((r) => redacted('CheckupRound', toCheckupRound(r), visible));
  },
  async treatmentSupport(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(commune, args);
    return redacted('TreatmentSupport', toTreatmentSupport(await ctx.loaders.communeTreatmentSupport.load(key), key.year), seesInside(ctx.viewer, 'commune', commune));
  },
  async childHealthInsurance(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(commune, args);
    return toInsurance(await ctx.loaders.communeInsurance.load(key), key.year);
  },
  async healthReporting(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    return toStationReport(await ctx.loaders.communeReports.load(windowYear(commune, args)));
  },
};
