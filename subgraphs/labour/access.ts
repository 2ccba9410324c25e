import { GraphQLError } from 'graphql';
import type { Viewer } from '../../lib/auth/viewer.ts';

/**
 * Who may see which child records. ADMIN sees all; an OFFICER sees the children who have
 * lived in their area (provinces by 2-digit code, communes by 5-digit code) at any time, so an
 * officer of a commune formed in 2025 sees the records filed under its predecessors for the
 * children who became theirs, and nothing of the children who went to a neighbour. Everyone
 * else is refused.
 */
export type Visibility = { all: true } | { all: false; provinces: string[]; communes: string[] };

export function childVisibility(viewer: Viewer): Visibility {
  if (viewer.role === 'ADMIN') return { all: true };
  if (viewer.role === 'OFFICER') {
    return { all: false, provinces: viewer.area.filter((c) => c.length === 2), communes: viewer.area.filter((c) => c.length === 5) };
  }
  throw new GraphQLError('Child records are visible only to officers inside their area and to administrators.', {
    extensions: { code: 'FORBIDDEN' },
  });
}

/**
 * Whether the viewer may see the sensitive aggregates (counts of children in special
 * circumstances or poor households) of an area unsuppressed: ADMIN, or an OFFICER whose area
 * holds it. Everyone else reads them, with small-count suppression, as coverage indicators.
 */
export function seesSensitiveCounts(viewer: Viewer, area: { communeCode?: string; provinceCodes: string[] }): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'OFFICER') return false;
  return (area.communeCode !== undefined && viewer.area.includes(area.communeCode)) || area.provinceCodes.some((p) => viewer.area.includes(p));
}
