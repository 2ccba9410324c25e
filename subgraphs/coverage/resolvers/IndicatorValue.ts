import type { IndicatorResolvers, IndicatorValueResolvers } from '../__generated__/resolvers-types.ts';
import { numeratorIsMoney } from '../registry.ts';

export const IndicatorValue: IndicatorValueResolvers = {
  // Money is never a Float: a money numerator is served as numeratorAmount (VND) only.
  numerator: (v) => (numeratorIsMoney(v.definition) ? null : v.numerator),
  targetPopulation: (v) => v.targetSource?.population.description ?? null,
  targetDocument: (v) => v.targetSource?.document ?? null,
  sources: (v) => [v.definition.numerator, v.definition.denominator],
};

export const Indicator: IndicatorResolvers = {
  completenessUnit: (i) => i.completeness.unit,
  publication: (i) => (i.sensitive ? (i.publication ?? 'SUPPRESSION_PATTERN') : null),
  targets: (i) =>
    i.targets.map((t) => ({
      ...t,
      population: t.population.description,
      provinceCode: t.population.provinceCode,
      classification: t.population.classification,
      districtCode: t.population.districtCode ?? null,
      geographyDate: t.population.geographyDate ?? null,
      issuer: t.issuer ?? '',
      issued: t.issued ?? null,
    })),
};
