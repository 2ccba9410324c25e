import type { IndicatorValue as Value } from '../evaluate.ts';
import { numeratorIsMoney, type Indicator as Definition } from '../registry.ts';

export const IndicatorValue = {
  // Money is never a Float: a money numerator is served as numeratorAmount (VND) only.
  numerator: (v: Value) => (numeratorIsMoney(v.definition) ? null : v.numerator),
  targetPopulation: (v: Value) => v.targetSource?.population.description ?? null,
  targetDocument: (v: Value) => v.targetSource?.document ?? null,
  sources: (v: Value) => [v.definition.numerator, v.definition.denominator],
};

export const Indicator = {
  completenessUnit: (i: Definition) => i.completeness.unit,
  publication: (i: Definition) => (i.sensitive ? i.publication ?? 'SUPPRESSION_PATTERN' : null),
  targets: (i: Definition) =>
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
