import { GraphQLError } from 'graphql';
import type { Viewer } from '../../lib/auth/viewer.ts';
import { areaOf } from '../../lib/directory/areas.ts';
import type { RecordWindow } from '../../lib/periods.ts';

/**
 * Who may see which child records. ADMIN sees all; an OFFICER sees a child if any of their
 * residence rows falls in a commune version wholly inside the officer's dated area
 * (lib/directory/areas.ts), so an officer of a commune formed in 2025 sees the records filed
 * under its predecessors for the children who lived on its ground, and nothing of the children
 * who went to a neighbour. Everyone else is refused.
 */
export type Visibility = { all: true } | { all: false; communes: RecordWindow[] };

export function childVisibility(viewer: Viewer): Visibility {
  if (viewer.role === 'ADMIN') return { all: true };
  if (viewer.role === 'OFFICER') return { all: false, communes: areaOf(viewer.area).communeWindows() };
  throw new GraphQLError('Child records are visible only to officers inside their area and to administrators.', {
    extensions: { code: 'FORBIDDEN' },
  });
}
