import type { AnswerFreshness } from './answer-cache.ts';
import type { Viewer } from '../lib/auth/viewer.ts';
import type { Logger } from '../lib/logger.ts';
import type { RequestIds } from '../lib/request-ids.ts';

export interface GatewayContext extends RequestIds {
  logger: Logger;
  viewer: Viewer;
  /** Whose budget a request spends: the token subject, or the anonymous caller's address. */
  rateKey: string;
  /** When the request's subgraph calls must be done by (epoch ms; REQUEST_DEADLINE_MS from the balancer's start stamp; gateway/request-deadline.ts), if there is a deadline. */
  deadline?: number;
  /** The gateway's token for the subgraphs, made once per request. */
  internalToken(): Promise<string>;
  /** What the subgraph fetches said about their freshness, when the answer may be kept (gateway/answer-cache.ts). */
  answerFreshness?: AnswerFreshness;
}
