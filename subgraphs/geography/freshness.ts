import type { FreshnessPolicy } from '../../lib/freshness.ts';
import { importedDatasetStamp } from './db/repository.ts';
import type { GeographyDB } from './db/tables.ts';

/**
 * What geography answers depend on: the directory this process loaded at start, and what an
 * import writes (classifications, and the dataset's provenance, which every import rewrites).
 * Kept: lookups of places and what hangs off them. Not kept: the viewer's identity and
 * provenance, the directory's own reports.
 */
const STARTED = new Date().toISOString();
const ROOTS = new Set(['commune', 'communes', 'communeVersions', 'province', 'provinces', 'district', 'placeSearch', '_entities']);
const NOT_KEPT = new Set(['ViewerIdentity', 'DataProvenance', 'DirectorySnapshot', 'DirectoryIssue']);

export const geographyFreshness: FreshnessPolicy<GeographyDB> = {
  async stamps(db) {
    return { code: STARTED, directory: await importedDatasetStamp(db) };
  },
  dependsOn(coordinate) {
    const [type, field] = coordinate.split('.') as [string, string];
    if (type === 'Query') return ROOTS.has(field) ? ['code', 'directory'] : undefined;
    return NOT_KEPT.has(type) ? undefined : ['code', 'directory'];
  },
};
