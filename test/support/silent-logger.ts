import { createLogger } from '../../lib/logger.ts';

/** Tests log only failures, unless LOG_LEVEL says otherwise. */
export const testLogger = (name: string) => createLogger(name, process.env.LOG_LEVEL ?? 'silent');
