/**
 * Migrates every subgraph's database and loads the synthetic demo data, on PostgreSQL or any
 * server the services are configured for (DATABASE_URL, or <NAME>_DATABASE_URL per subgraph).
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/coverage npm run seed -- --provinces all
 */
import { ConfigError } from '../lib/config.ts';
import { openMigrated, settingsFromEnv } from './databases.ts';
import { demoOptionsFromArgs } from './demo/options.ts';
import { isSeeded, seedAll } from './demo/seed.ts';

try {
  const options = demoOptionsFromArgs(process.argv.slice(2));
  const databases = await openMigrated(settingsFromEnv());
  try {
    if (await isSeeded(databases.dbs.geography)) {
      process.stdout.write('Demo data is already loaded; drop the subgraph schemas to load it again.\n');
    } else {
      const started = performance.now();
      const counts = await seedAll(databases, options);
      process.stdout.write(`${JSON.stringify(counts, null, 2)}\nseeded in ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  } finally {
    await databases.close();
  }
} catch (err) {
  if (err instanceof ConfigError) {
    process.stderr.write(`${err.message}\n`);
    process.exit(78);
  }
  throw err;
}
