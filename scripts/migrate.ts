/**
 * Applies every subgraph's pending migrations and loads the administrative directory, on the
 * databases the services are configured for. Services also do this when they start.
 */
import { loadConfigOrExit, subgraphEnvSchema } from '../lib/config.ts';
import { openMigrated, settingsFromEnv } from './databases.ts';

loadConfigOrExit(subgraphEnvSchema('geography')); // reports a missing database URL clearly
const databases = await openMigrated(settingsFromEnv());
await databases.close();
process.stdout.write('All subgraph databases are migrated.\n');
