import type { IndicatorValue as Value } from '../evaluate.ts';
import type { Indicator as Definition } from '../registry.ts';

export const IndicatorValue = {
  targetPopulation: (v: Value) => v.targetSource?.population.description ?? null,
  targetDocument: (v: Value) => v.targetSource?.document ?? null,
  sources: (v: Value) => [v.definition.numerator, v.definition.denominator],
};

export const Indicator = {
  completenessUnit: (i: Definition) => i.completeness.unit,
  targets: (i: Definition) =>
    i.targets.map((t) => ({
      ...t,
      population: t.population.description,
      provinceCode: t.population.provinceCode,
      classification: t.population.classification,
    })),
};
