import type { Viewer } from '../auth/viewer.ts';
import { areaOf } from './areas.ts';
import type { Level } from './lineage.ts';

/**
 * Whether a viewer sees a unit version's sensitive figures: ADMIN everywhere, an OFFICER for a
 * version wholly inside their dated area (lib/directory/areas.ts), nobody else.
 */
export function seesInside(viewer: Viewer, level: Level, unit: { code: string; validFrom: string }): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'OFFICER') return false;
  return areaOf(viewer.area).holds(level, unit.code, unit.validFrom);
}
