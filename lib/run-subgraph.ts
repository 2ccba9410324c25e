import { subgraphGatewayKey } from './auth/provision.ts';
import { loadConfigOrExit, subgraphEnvSchema, type SubgraphConfig } from './config.ts';
import { createLogger } from './logger.ts';
import { onShutdownSignal } from './shutdown.ts';
import { startSubgraph, type SubgraphDefinition } from './subgraph.ts';

/** The whole of a subgraph's entrypoint: configuration, start, graceful shutdown. */
export async function runSubgraph<DB, Loaders>(definition: SubgraphDefinition<DB, Loaders>): Promise<void> {
  const config = loadConfigOrExit(subgraphEnvSchema(definition.name)) as SubgraphConfig;
  const logger = createLogger(definition.name);
  try {
    const running = await startSubgraph(definition, {
      ...config,
      migrate: config.migrateOnStart,
      logger,
      gatewayKey: await subgraphGatewayKey(config),
    });
    onShutdownSignal(logger, running.stop);
  } catch (err) {
    logger.fatal({ err }, 'could not start');
    process.exit(1);
  }
}
