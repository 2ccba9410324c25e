/**
 * When a request's subgraph calls must be done by (REQUEST_DEADLINE_MS). The deadline runs from
 * when the balancer first accepted the request, which it stamps as `x-request-start: t=<epoch ms>`
 * (HAProxy in `npm run cluster`), not from when this replica received it. A request that the
 * balancer resends after another replica died under it thus keeps only what is left of its time:
 * it answers, partially if it must, before the client gives up, instead of starting over.
 *
 * The header can only shorten a request's own deadline (a start later than now counts as now), so
 * a client that sends one gains nothing. Across machines it assumes clocks kept in step (NTP).
 */
export const REQUEST_START_HEADER = 'x-request-start';

export function requestDeadline(deadlineMs: number, requestStart: string | string[] | undefined, now = Date.now()): number {
  const stamped = typeof requestStart === 'string' ? /^t=(\d{1,15})$/.exec(requestStart.trim())?.[1] : undefined;
  const start = stamped === undefined ? now : Math.min(now, Number(stamped));
  return start + deadlineMs;
}
