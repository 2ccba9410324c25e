import { randomUUID } from 'node:crypto';
import { z } from 'zod';

/**
 * Every request gets an id the gateway makes itself: it names the request in every service's
 * logs and in the child-record audit trail, so no client may choose it. A client may send its
 * own id for its own bookkeeping; that is kept apart as the correlation id, checked and capped,
 * and never used as the request id.
 */
export const REQUEST_ID_HEADER = 'x-request-id';
/** A client sends its own id in `x-request-id` (as clients commonly do); it comes back in this header, labelled. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';

export const correlationId = z.string().regex(/^[A-Za-z0-9._:-]{1,64}$/);

export interface RequestIds {
  /** Made by the gateway (a UUID); returned in `x-request-id`. */
  requestId: string;
  /** The client's own id, when it sent a well-formed one; only ever a label. */
  correlationId?: string;
}

export function newRequestIds(clientHeader: string | string[] | undefined): RequestIds {
  const given = correlationId.safeParse(clientHeader);
  return given.success ? { requestId: randomUUID(), correlationId: given.data } : { requestId: randomUUID() };
}
