import { GraphQLError } from 'graphql';
import type { Viewer } from '../../lib/auth/viewer.ts';
import { areaOf } from '../../lib/directory/areas.ts';
import type { RecordWindow } from '../../lib/periods.ts';
import type { LabourContext } from './context.ts';
import { appendAudit } from './db/child-records.ts';

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

/**
 * Who sees where the fund's money went (money paid out pays children, so it is sensitive like
 * the support it pays): ADMIN everywhere; an OFFICER for a province or commune every version of
 * whose code lies inside their area (ledger rows carry codes, not versions); the nation only
 * ADMIN. What donors gave is public.
 */
export function seesFundIn(viewer: Viewer, level: 'province' | 'commune' | 'nation', code: string): boolean {
  if (viewer.role === 'ADMIN') return true;
  if (viewer.role !== 'OFFICER' || level === 'nation') return false;
  return areaOf(viewer.area).holdsEveryVersionOf(level, code);
}

/** Records, on the primary, who read personal data (a child's record, a person's name) in this request, and what. */
export function auditRead(ctx: LabourContext, query: string, childIds: string[]): Promise<void> {
  return ctx.primary((db) =>
    appendAudit(db, {
      subject: ctx.viewer.subject,
      role: ctx.viewer.role,
      area: ctx.viewer.area,
      requestId: ctx.requestId,
      correlationId: ctx.correlationId,
      query,
      childIds,
    }),
  );
}
