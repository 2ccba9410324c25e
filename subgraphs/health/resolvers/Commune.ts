import { seesInside } from '../../../lib/directory/viewer-area.ts';
import type { CommuneResolvers } from '../__generated__/resolvers-types.ts';
import { redacted, toCheckupRound, toCommuneCheckups, toInsurance, toStationReport, toTreatmentSupport, windowYear } from './shapes.ts';

/**
 * Health figures on the geography's Commune entity; the representation is all they need.
 * Sensitive measures (../measures.ts) are withheld outside the viewer's area.
 */
export const Commune: CommuneResolvers = {
  __resolveReference: (ref) => ref,
  async checkups(commune, args, ctx) {
    const key = windowYear(commune, args);
    return redacted(
      'CommuneCheckups',
      toCommuneCheckups(await ctx.loaders.communeCheckups.load(key), key.year),
      seesInside(ctx.viewer, 'commune', commune),
    );
  },
  async checkupRounds(commune, args, ctx) {
    const visible = seesInside(ctx.viewer, 'commune', commune);
    return (await ctx.loaders.communeCheckupRounds.load(windowYear(commune, args))).map((r) =>
      redacted('CheckupRound', toCheckupRound(r), visible),
    );
  },
  async treatmentSupport(commune, args, ctx) {
    const key = windowYear(commune, args);
    return redacted(
      'TreatmentSupport',
      toTreatmentSupport(await ctx.loaders.communeTreatmentSupport.load(key), key.year),
      seesInside(ctx.viewer, 'commune', commune),
    );
  },
  async childHealthInsurance(commune, args, ctx) {
    const key = windowYear(commune, args);
    return toInsurance(await ctx.loaders.communeInsurance.load(key), key.year);
  },
  async healthReporting(commune, args, ctx) {
    return toStationReport(await ctx.loaders.communeReports.load(windowYear(commune, args)));
  },
};
