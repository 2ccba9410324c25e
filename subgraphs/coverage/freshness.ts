import type { FreshnessPolicy } from '../../lib/freshness.ts';
import { freshnessStamps } from './db/repository.ts';
import type { CoverageDB } from './db/tables.ts';

/**
 * What coverage answers depend on: each year's refresh (its figures and the suppression pattern
 * stored under the same stamp), each year's recorded child-friendly assessments (they change
 * the CHILD_FRIENDLY_COMMUNE share between refreshes), and the registry and deadlines this
 * process loaded at start.
 * Kept: the as-filed `coverage(year)` of communes, districts and provinces, and what hangs off
 * an indicator value. Everything else (series, rankings, bases of a date, audits) is not.
 */
const STARTED = new Date().toISOString();
const KEYS = new Set(['Commune.code', 'Commune.validFrom', 'Province.code', 'Province.validFrom', 'District.code', 'District.validFrom']);
const VALUE_TYPES = new Set(['IndicatorValue', 'Indicator', 'IndicatorTerm']);

export const coverageFreshness: FreshnessPolicy<CoverageDB> = {
  async stamps(db) {
    const rows = await freshnessStamps(db);
    return { code: STARTED, ...Object.fromEntries(rows.map((r) => [r.key, r.stamp])) };
  },
  dependsOn(coordinate, args) {
    if (coordinate === 'Query._entities' || KEYS.has(coordinate)) return [];
    const [type, field] = coordinate.split('.') as [string, string];
    if (VALUE_TYPES.has(type)) return ['code'];
    if (field === 'coverage' && (type === 'Commune' || type === 'Province' || type === 'District') && args.geographyDate == null) {
      return ['code', `year:${args.year}`, `assessed:${args.year}`];
    }
    return undefined;
  },
};
