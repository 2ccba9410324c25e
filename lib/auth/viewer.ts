import { z } from 'zod';

/** Who is asking, as verified at the gateway and carried to every subgraph. */
export const ROLES = ['ANONYMOUS', 'ANALYST', 'MINISTRY', 'OFFICER', 'ADMIN'] as const;
export type Role = (typeof ROLES)[number];

export const viewerClaims = z
  .object({
    sub: z.string().min(1),
    role: z.enum(ROLES),
    /** Province (2-digit) or commune (5-digit) codes an OFFICER may see in detail. */
    area: z.array(z.string().regex(/^(\d{2}|\d{5})$/)).default([]),
  })
  .refine((c) => c.role !== 'OFFICER' || c.area.length > 0, { message: 'an OFFICER token must name its area', path: ['area'] });

export interface Viewer {
  subject: string;
  role: Role;
  area: string[];
}

export const ANONYMOUS: Viewer = { subject: 'anonymous', role: 'ANONYMOUS', area: [] };
