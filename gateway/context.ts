import type { Viewer } from '../lib/auth/viewer.ts';
import type { Logger } from '../lib/logger.ts';

export interface GatewayContext {
  requestId: string;
  logger: Logger;
  viewer: Viewer;
  /** Whose budget a request spends: the token subject, or the anonymous caller's address. */
  rateKey: string;
  /** The gateway's token for the subgraphs, made once per request. */
  internalToken(): Promise<string>;
}
