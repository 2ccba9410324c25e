import type { Logger } from '../lib/logger.ts';

export interface GatewayContext {
  requestId: string;
  logger: Logger;
}
