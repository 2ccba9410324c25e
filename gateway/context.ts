import type { Viewer } from '../lib/auth/viewer.ts';
import type { Logger } from '../lib/logger.ts';

export interface GatewayContext {
  requestId: string;
  logger: Logger;
  viewer: Viewer;
  /** The gateway's token for the subgraphs, made once per request. */
  internalToken(): Promise<string>;
}
