import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { SUBGRAPH_NAMES, type SubgraphName } from '../../lib/config.ts';
import type { DatabaseSettings } from '../../lib/db.ts';

/**
 * Each test suite gets its own schemas, named with a random prefix, on the server chosen by
 * test/support/global-setup.ts (PostgreSQL, or PGlite over the wire protocol when no
 * PostgreSQL is reachable). `drop()` removes them all.
 */
export interface TestSchemas {
  url: string;
  server: string;
  settings(name: SubgraphName): DatabaseSettings;
  drop(): Promise<void>;
}

export async function createTestSchemas(): Promise<TestSchemas> {
  const url = inject('databaseUrl');
  const prefix = `t${randomBytes(4).toString('hex')}`;
  const schemaOf = (name: SubgraphName) => `${prefix}_${name}`;
  return {
    url,
    server: inject('databaseServer'),
    settings: (name) => ({ url, schema: schemaOf(name), poolMax: 4 }),
    drop: async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        for (const name of SUBGRAPH_NAMES) await client.query(`drop schema if exists "${schemaOf(name)}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseServer: string;
  }
}
