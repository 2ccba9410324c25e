import type { IndicatorResolvers, IndicatorValueResolvers } from '../__generated__/resolvers-types.ts';

export const IndicatorValue: IndicatorValueResolvers = {
  targetPopulation: (v) => v.targetSource?.population.description ?? null,
  targetDocument: (v) => v.targetSource?.document ?? null,
  sources: (v) => [v.definition.numerator, v.definition.denominator],
};

export const Indicator: IndicatorResolvers = {
  completenessUnit: (i) => i.completeness.unit,
  targets: (i) =>
    i.targets.map((t) => ({
      ...t,
      population: t.population.description,
      provinceCode: t.population.provinceCode,
      classification: t.population.classification,
    })),
};
