import { z } from 'zod';
import { AREA_ENTRY_FORMAT, resolveAreaEntry } from '../directory/areas.ts';

/** Who is asking, as verified at the gateway and carried to every subgraph. */
export const ROLES = ['ANONYMOUS', 'ANALYST', 'MINISTRY', 'OFFICER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

/** One dated place (`31@2025-07-01`, `01279@2024-06-01`); refused unless the unit was in force on that day. */
const areaEntry = z.string().superRefine((entry, ctx) => {
  const resolved = resolveAreaEntry(entry);
  if ('error' in resolved) ctx.addIssue({ code: 'custom', message: resolved.error });
});

export const viewerClaims = z
  .object({
    sub: z.string().min(1),
    role: z.enum(ROLES),
    /** The places an OFFICER may see in detail, each as CODE@YYYY-MM-DD (lib/directory/areas.ts). */
    area: z.array(areaEntry).default([]),
  })
  .refine((c) => c.role !== 'OFFICER' || c.area.length > 0, {
    message: `an OFFICER token must name its area: ${AREA_ENTRY_FORMAT}`,
    path: ['area'],
  });

export interface Viewer {
  subject: string;
  role: Role;
  /** Dated area entries, validated against the directory. */
  area: string[];
}

export const ANONYMOUS: Viewer = { subject: 'anonymous', role: 'ANONYMOUS', area: [] };
