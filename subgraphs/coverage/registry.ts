import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { INDICATOR_MEASURES } from './db/tables.ts';

const measure = z.enum(INDICATOR_MEASURES);
const term = z.object({ subgraph: z.string(), measure, field: z.string() });

export const indicatorSchema = z.object({
  id: z.string().regex(/^[A-Z][A-Z0-9_]*$/),
  nameVi: z.string(),
  nameEn: z.string(),
  description: z.string(),
  numerator: term,
  denominator: term,
  completeness: z.object({ expected: measure, reported: measure, unit: z.string() }),
  unit: z.enum(['PERCENT', 'VND_PER_CHILD']),
  factor: z.number().positive(),
  periodType: z.enum(['CALENDAR_YEAR', 'SCHOOL_YEAR']),
  /** Built on counts of children in sensitive groups: suppressed when small, for viewers outside the area. */
  sensitive: z.boolean(),
  /**
   * Where a sensitive indicator is published: SUPPRESSION_PATTERN (the default) shows it outside
   * the area wherever the year's audited pattern allows; INSIDE_AREA_ONLY never shows it outside
   * the viewer's area (counts too rare for any published total to be safe, e.g. abuse victims).
   */
  publication: z.enum(['SUPPRESSION_PATTERN', 'INSIDE_AREA_ONLY']).default('SUPPRESSION_PATTERN'),
  legalBasis: z.string(),
  targets: z.array(
    z.object({
      value: z.number(),
      comparison: z.enum(['AT_LEAST', 'AT_MOST']),
      /** VALUE compares the rate; NUMERATOR compares the count (e.g. "14 communes equipped"). */
      term: z.enum(['VALUE', 'NUMERATOR']),
      fromYear: z.number().int(),
      year: z.number().int(),
      population: z.object({
        provinceCode: z.string().regex(/^\d{2}$/),
        classification: z.enum(['MOUNTAINOUS', 'ETHNIC_MINORITY_AREA', 'EXTREMELY_DIFFICULT']).nullable(),
        /** A district's plan: the district code, read on `geographyDate` (districts ended on 2025-06-30). */
        districtCode: z
          .string()
          .regex(/^\d{3}$/)
          .nullable()
          .default(null),
        /** The date of the geography the plan names (e.g. Hồng Ngự district as it stood in 2021); null: as filed. */
        geographyDate: z
          .string()
          .regex(/^\d{4}-\d{2}-\d{2}$/)
          .nullable()
          .default(null),
        description: z.string(),
      }),
      document: z.string(),
      /** Who issued the document (e.g. "Ủy ban nhân dân huyện Hồng Ngự"). */
      issuer: z.string().default(''),
      /** When it was issued: YYYY-MM-DD, or YYYY-MM when the document leaves the day blank. */
      issued: z
        .string()
        .regex(/^\d{4}-\d{2}(-\d{2})?$/)
        .nullable()
        .default(null),
    }),
  ),
});
export type Indicator = z.infer<typeof indicatorSchema>;
/** An indicator whose numerator is money (VND), served exact as `numeratorAmount`, never as a Float. */
export const numeratorIsMoney = (i: Pick<Indicator, 'unit'>) => i.unit === 'VND_PER_CHILD';
export type Target = Indicator['targets'][number];

const registryFile = z.object({
  suppression: z.object({ k: z.number().int().min(2), protection: z.number().int().min(1) }),
  indicators: z.array(indicatorSchema),
});

/** data/indicators.json, read and checked field by field once. */
const registry = registryFile.parse(JSON.parse(readFileSync(new URL('./data/indicators.json', import.meta.url), 'utf8')));

/** The registry shipped in data/indicators.json. */
export function readRegistryFile(): Indicator[] {
  return registry.indicators;
}

/** The small-count threshold k: counts of children in sensitive groups from 1 to k−1 are never shown outside the area. */
export const SUPPRESSION_K = registry.suppression.k;

/** The protection level P: a hidden small count v must stay possible anywhere from max(0, v−P) to v+P for an attacker. */
export const SUPPRESSION_P = registry.suppression.protection;

export const deadlineSchema = z.object({
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
  agency: z.enum(['LABOUR', 'HEALTH', 'CULTURE']).nullable(),
  level: z.enum(['COMMUNE', 'DISTRICT', 'DEPARTMENT']),
  period: z.enum(['YEARLY', 'SIX_MONTH']),
  monthDay: z.string().regex(/^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/),
  document: z.string(),
});
export type Deadline = z.infer<typeof deadlineSchema>;

/** The plans' reporting deadlines shipped in data/deadlines.json. */
export function readDeadlinesFile(): Deadline[] {
  const raw = JSON.parse(readFileSync(new URL('./data/deadlines.json', import.meta.url), 'utf8')) as { deadlines: unknown };
  return z.array(deadlineSchema).parse(raw.deadlines);
}
