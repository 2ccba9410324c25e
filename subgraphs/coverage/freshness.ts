import { sql } from 'kysely';
import type { FreshnessPolicy } from '../../lib/freshness.ts';
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
    // The query builder, not raw SQL: it places the table in the subgraph's schema.
    const rows = await db
      .selectFrom('refresh_log')
      .select([sql<string>`'year:' || year`.as('key'), sql<string>`max(refreshed_at)::text`.as('stamp')])
      .groupBy('year')
      .unionAll(
        db
          .selectFrom('child_friendly_assessment')
          .select([sql<string>`'assessed:' || year`.as('key'), sql<string>`max(recorded_at)::text`.as('stamp')])
          .groupBy('year'),
      )
      .execute();
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
