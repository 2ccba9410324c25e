import type { HealthContext } from '../context.ts';
import {
  toCheckupRound,
  toCommuneCheckups,
  toInsurance,
  toStationReport,
  toTreatmentSupport,
  windowYear,
  type UnitRef,
} from './shapes.ts';

type YearArgs = { year?: unknown };

/** Health figures on the geography's Commune entity; the representation is all they need. */
export const Commune = {
  __resolveReference: (ref: UnitRef) => ref,
  async checkups(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(commune, args);
    return toCommuneCheckups(await ctx.loaders.communeCheckups.load(key), key.year);
  },
  async checkupRounds(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    return (await ctx.loaders.communeCheckupRounds.load(windowYear(commune, args))).map(toCheckupRound);
  },
  async treatmentSupport(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(commune, args);
    return toTreatmentSupport(await ctx.loaders.communeTreatmentSupport.load(key), key.year);
  },
  async childHealthInsurance(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    const key = windowYear(commune, args);
    return toInsurance(await ctx.loaders.communeInsurance.load(key), key.year);
  },
  async healthReporting(commune: UnitRef, args: YearArgs, ctx: HealthContext) {
    return toStationReport(await ctx.loaders.communeReports.load(windowYear(commune, args)));
  },
};
