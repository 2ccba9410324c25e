import { gatewaySecurity } from '../lib/auth/provision.ts';
import { gatewayEnvSchema, loadConfigOrExit } from '../lib/config.ts';
import { createLogger } from '../lib/logger.ts';
import { onShutdownSignal } from '../lib/shutdown.ts';
import { startGateway } from './server.ts';

const config = loadConfigOrExit(gatewayEnvSchema);
const logger = createLogger('gateway');
try {
  const gateway = await startGateway(config, logger, await gatewaySecurity(config));
  onShutdownSignal(logger, gateway.stop);
} catch (err) {
  logger.fatal({ err }, 'could not start');
  process.exit(1);
}
