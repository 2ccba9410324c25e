import { SUBGRAPH_NAMES, gatewayEnvSchema, parseConfig, type SubgraphName } from '../../lib/config.ts';
import { connect, type DatabaseSettings } from '../../lib/db.ts';
import { refreshAll } from '../../scripts/refresh-coverage.ts';
import type { CoverageDB } from '../../subgraphs/coverage/db/tables.ts';
import { startSubgraph, type RunningSubgraph } from '../../lib/subgraph.ts';
import { startGateway, type RunningGateway } from '../../gateway/server.ts';
import { openMigrated } from '../../scripts/databases.ts';
import { seedAll } from '../../scripts/demo/seed.ts';
import type { DemoOptions } from '../../scripts/demo/world.ts';
import { SUBGRAPHS } from '../../subgraphs/index.ts';
import { createTestSchemas, type TestSchemas } from './database.ts';
import { postGraphQL, type GraphQLResponse } from './graphql.ts';
import { clientToken, testKeys, testSecurity } from './keys.ts';
import { createLogger } from '../../lib/logger.ts';
import { testLogger } from './silent-logger.ts';

/** A small demo: Cao Bằng only (about 200 communes before the reform), quick to seed. */
export const SMALL_DEMO: DemoOptions = { seed: 11, provinces: ['04'], childrenPerCommune: 40 };

export interface TestSupergraph {
  schemas: TestSchemas;
  subgraphs: Record<SubgraphName, RunningSubgraph>;
  gateway: RunningGateway;
  query<T = any>(query: string, variables?: Record<string, unknown>, headers?: Record<string, string>): Promise<GraphQLResponse<T>>;
  stop(): Promise<void>;
}

/**
 * Every subgraph and the gateway on port 0, over fresh schemas seeded with `demo`, the gateway
 * started from the committed schema/supergraph.graphql, and the coverage read model refreshed. `settings` overrides where a
 * subgraph's database lives (the embedded-backend test passes a PGlite server).
 */
export async function startTestSupergraph(
  options: {
    demo?: DemoOptions;
    settings?: (name: SubgraphName) => DatabaseSettings;
    /** Where the subgraphs read (a replica); the primary when not given. */
    readUrl?: string;
    subgraphTimeoutMs?: number;
    anonymousAccess?: boolean;
    /** When given, every service logs into it (to prove what never gets logged), at `logLevel` (default debug). */
    logs?: string[];
    logLevel?: string;
    /** Extra gateway environment, e.g. lower rate limits. */
    gatewayEnv?: Record<string, string>;
    /** Refresh the coverage read model after start (default true). */
    refresh?: boolean;
  } = {},
): Promise<TestSupergraph> {
  const schemas = await createTestSchemas();
  // Whatever fails part-way stops what was started and drops the schemas, so failed runs leave nothing behind.
  const started: { stop(): Promise<void> }[] = [];
  try {
    const base = options.settings ?? schemas.settings;
    const settings = (name: SubgraphName): DatabaseSettings => ({ ...base(name), readUrl: options.readUrl });
    const databases = await openMigrated(settings);
    try {
      await seedAll(databases, options.demo ?? SMALL_DEMO);
    } finally {
      await databases.close();
    }
    const logger = (name: string) =>
      options.logs
        ? createLogger(name, options.logLevel ?? 'debug', { write: (line: string) => void options.logs!.push(line) })
        : testLogger(name);
    const subgraphs = {} as Record<SubgraphName, RunningSubgraph>;
    for (const name of SUBGRAPH_NAMES) {
      subgraphs[name] = await startSubgraph(SUBGRAPHS[name], {
        port: 0,
        host: '127.0.0.1',
        database: settings(name),
        logger: logger(name),
        migrate: false,
        gatewayKey: (await testKeys()).gatewayPublic,
      });
      started.push(subgraphs[name]);
    }
    const config = parseConfig(gatewayEnvSchema, {
      PORT: '0',
      // Generous by default: the first read of a year computes its suppression pattern (an LP audit) on loaded machines.
      SUBGRAPH_TIMEOUT_MS: String(options.subgraphTimeoutMs ?? 60_000),
      // Suites change data behind the gateway's back; test/answer-cache.test.ts turns the answer cache on.
      ANSWER_CACHE_MIB: '0',
      ...options.gatewayEnv,
      ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, subgraphs[n].url])),
    });
    const gateway = await startGateway(config, logger('gateway'), await testSecurity(options.anonymousAccess ?? true));
    started.push(gateway);
    if (options.refresh !== false) {
      const admin = { authorization: `Bearer ${await clientToken({ role: 'ADMIN', subject: 'test-refresh' })}` };
      const coverageDb = connect<CoverageDB>(settings('coverage'));
      try {
        // Suppression patterns (an LP audit each) are computed for the years a suite reads, not all seven.
        await refreshAll(coverageDb.db, gateway.url, admin, { patterns: 'on-first-use' });
      } finally {
        await coverageDb.close();
      }
    }
    return {
      schemas,
      subgraphs,
      gateway,
      query: (query, variables, headers) => postGraphQL(gateway.url, query, variables, headers),
      stop: async () => {
        await gateway.stop();
        await Promise.all(Object.values(subgraphs).map((s) => s.stop().catch(() => {})));
        await schemas.drop();
      },
    };
  } catch (err) {
    for (const service of started.reverse()) await service.stop().catch(() => {});
    await schemas.drop().catch(() => {});
    throw err;
  }
}
