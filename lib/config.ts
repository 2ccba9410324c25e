import { z } from 'zod';

/** The five subgraphs, in the order they are started and composed. */
export const SUBGRAPH_NAMES = ['geography', 'education', 'health', 'culture', 'labour', 'coverage'] as const;
export type SubgraphName = (typeof SUBGRAPH_NAMES)[number];

export const DEFAULT_GATEWAY_PORT = 4000;
export const DEFAULT_SUBGRAPH_PORTS: Record<SubgraphName, number> = {
  geography: 4101,
  education: 4102,
  health: 4103,
  culture: 4104,
  labour: 4105,
  coverage: 4106,
};

const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();
const booleanFlag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Timeouts the database server enforces on each connection (the embedded database too). */
export const dbTimeoutsSchema = z.object({
  DB_STATEMENT_TIMEOUT_MS: positiveInt.default(15_000),
  // Our transactions never wait between statements; one that does holds locks (on PGlite, the whole session).
  DB_IDLE_IN_TRANSACTION_TIMEOUT_MS: positiveInt.default(10_000),
});

const dbSettings = {
  DB_POOL_MAX: positiveInt.default(10),
  DB_CONNECT_TIMEOUT_MS: positiveInt.default(5_000),
  ...dbTimeoutsSchema.shape,
};

/** Where development keys live when no real ones are configured (never used in production). */
export const DEFAULT_DEV_KEYS_DIR = '.data/keys';

export function subgraphEnvSchema(name: SubgraphName) {
  const prefix = name.toUpperCase();
  return z
    .object({
      NODE_ENV: z.string().default('development'),
      GATEWAY_PUBLIC_KEY_FILE: z.string().optional(),
      DEV_KEYS_DIR: z.string().default(DEFAULT_DEV_KEYS_DIR),
      [`${prefix}_PORT`]: port.default(DEFAULT_SUBGRAPH_PORTS[name]),
      [`${prefix}_DATABASE_URL`]: z.string().url().optional(),
      [`${prefix}_DATABASE_SCHEMA`]: z
        .string()
        .regex(/^[a-z_][a-z0-9_]*$/)
        .default(name),
      DATABASE_URL: z.string().url().optional(),
      // A hot standby for reads (docs/scale-out.md); the primary when not set.
      [`${prefix}_DATABASE_READ_URL`]: z.string().url().optional(),
      DATABASE_READ_URL: z.string().url().optional(),
      HOST: z.string().default('127.0.0.1'),
      DATALOADER_BATCH: booleanFlag.optional(),
      // Off where a job migrates (deploy/) or behind a transaction pooler: Kysely's migration lock is session-level.
      MIGRATE_ON_START: booleanFlag.optional(),
      ...dbSettings,
    })
    .transform((parsed) => {
      const env = parsed as Record<string, unknown> & typeof parsed;
      return {
        port: env[`${prefix}_PORT`] as number,
        host: env.HOST,
        production: env.NODE_ENV === 'production',
        /** Off only in benchmarks, to measure what batching buys. */
        batching: (env.DATALOADER_BATCH as boolean | undefined) ?? true,
        migrateOnStart: (env.MIGRATE_ON_START as boolean | undefined) ?? true,
        /** The gateway's public key; in development the generated one in DEV_KEYS_DIR. */
        gatewayPublicKeyFile: env.GATEWAY_PUBLIC_KEY_FILE,
        devKeysDir: env.DEV_KEYS_DIR,
        database: {
          url: (env[`${prefix}_DATABASE_URL`] as string | undefined) ?? env.DATABASE_URL,
          readUrl: (env[`${prefix}_DATABASE_READ_URL`] as string | undefined) ?? env.DATABASE_READ_URL,
          schema: env[`${prefix}_DATABASE_SCHEMA`] as string,
          poolMax: env.DB_POOL_MAX,
          connectTimeoutMs: env.DB_CONNECT_TIMEOUT_MS,
          statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
          idleInTransactionTimeoutMs: env.DB_IDLE_IN_TRANSACTION_TIMEOUT_MS,
        },
      };
    })
    .refine((c) => c.database.url !== undefined, {
      message: `set ${prefix}_DATABASE_URL or DATABASE_URL (npm start sets it to the embedded database)`,
    })
    .refine((c) => !c.production || c.gatewayPublicKeyFile, { message: 'set GATEWAY_PUBLIC_KEY_FILE in production' });
}
export type SubgraphConfig = z.infer<ReturnType<typeof subgraphEnvSchema>> & { database: { url: string } };

export const gatewayEnvSchema = z
  .object({
    PORT: port.default(DEFAULT_GATEWAY_PORT),
    HOST: z.string().default('127.0.0.1'),
    NODE_ENV: z.string().default('development'),
    SUBGRAPH_TIMEOUT_MS: positiveInt.default(15_000),
    // All subgraph calls of one request together, when set: a plan of several calls in a row answers
    // (partially) within it instead of up to one SUBGRAPH_TIMEOUT_MS per call. Set below clients' timeouts.
    REQUEST_DEADLINE_MS: positiveInt.optional(),
    MAX_BODY_BYTES: positiveInt.default(1_000_000),
    INTROSPECTION: booleanFlag.optional(),
    IDE: booleanFlag.optional(),
    PORTAL: booleanFlag.default(true),
    CORS_ORIGINS: z.string().default('*'),
    SUPERGRAPH_PATH: z.string().optional(),
    AUTH_JWKS_URL: z.string().url().optional(),
    AUTH_JWKS_FILE: z.string().optional(),
    AUTH_ISSUER: z.string().default('child-coverage-dev'),
    AUTH_AUDIENCE: z.string().default('child-coverage-graph'),
    ANONYMOUS_ACCESS: z.enum(['aggregates', 'none']).default('aggregates'),
    GATEWAY_PRIVATE_KEY_FILE: z.string().optional(),
    DEV_KEYS_DIR: z.string().default(DEFAULT_DEV_KEYS_DIR),
    MAX_DEPTH: positiveInt.default(12),
    MAX_ALIASES: positiveInt.default(30),
    MAX_TOKENS: positiveInt.default(5_000),
    MAX_DIRECTIVES: positiveInt.default(20),
    // Operation cost budgets (gateway/cost.ts; docs/security.md). Signed-in: above the national report (693,126), the
    // largest operation the project sends. Anonymous: above every public example (README: 2,615), portal page and a
    // page of 1,000 communes with their indicators (12,001).
    MAX_COST: positiveInt.default(1_000_000),
    MAX_COST_ANONYMOUS: positiveInt.default(20_000),
    PERSISTED_QUERIES_DIR: z.string().optional(),
    RATE_LIMIT_OPERATIONS_PER_MINUTE: positiveInt.default(600),
    RATE_LIMIT_FIELDS_PER_MINUTE: positiveInt.default(60_000),
    // Whole answers kept until a refresh or import changes what they depend on (gateway/answer-cache.ts); 0 turns it off.
    ANSWER_CACHE_MIB: z.coerce.number().int().min(0).default(64),
    // Shared by every gateway replica when set (gateway/rate-limit-store.ts); else each counts in its own memory.
    RATE_LIMIT_DATABASE_URL: z.string().url().optional(),
    RATE_LIMIT_DATABASE_SCHEMA: z
      .string()
      .regex(/^[a-z_][a-z0-9_]*$/)
      .default('gateway'),
    ...Object.fromEntries(SUBGRAPH_NAMES.map((n) => [`${n.toUpperCase()}_URL`, z.string().url().optional()])),
  })
  .transform((parsed) => {
    const env = parsed as Record<string, unknown> & typeof parsed;
    return {
      port: env.PORT,
      host: env.HOST,
      production: env.NODE_ENV === 'production',
      subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
      answerCacheMiB: env.ANSWER_CACHE_MIB,
      requestDeadlineMs: env.REQUEST_DEADLINE_MS,
      maxBodyBytes: env.MAX_BODY_BYTES,
      introspection: env.INTROSPECTION ?? env.NODE_ENV !== 'production',
      /** The browser IDE at GET /graphql (gateway/ide.ts). */
      ide: env.IDE ?? env.NODE_ENV !== 'production',
      /** The reference portal page at /portal/communes/:code (gateway/portal.ts). */
      portal: env.PORTAL,
      corsOrigins: env.CORS_ORIGINS.split(',').map((s) => s.trim()),
      supergraphPath: env.SUPERGRAPH_PATH,
      persistedQueriesDir: env.PERSISTED_QUERIES_DIR,
      rateLimits: { operationsPerMinute: env.RATE_LIMIT_OPERATIONS_PER_MINUTE, fieldsPerMinute: env.RATE_LIMIT_FIELDS_PER_MINUTE },
      rateLimitStore: env.RATE_LIMIT_DATABASE_URL
        ? { url: env.RATE_LIMIT_DATABASE_URL, schema: env.RATE_LIMIT_DATABASE_SCHEMA }
        : undefined,
      limits: {
        depth: env.MAX_DEPTH,
        aliases: env.MAX_ALIASES,
        tokens: env.MAX_TOKENS,
        directives: env.MAX_DIRECTIVES,
        cost: { signedIn: env.MAX_COST, anonymous: env.MAX_COST_ANONYMOUS },
      },
      auth: {
        jwksUrl: env.AUTH_JWKS_URL,
        jwksFile: env.AUTH_JWKS_FILE,
        issuer: env.AUTH_ISSUER,
        audience: env.AUTH_AUDIENCE,
        anonymousAccess: env.ANONYMOUS_ACCESS === 'aggregates',
        gatewayPrivateKeyFile: env.GATEWAY_PRIVATE_KEY_FILE,
        devKeysDir: env.DEV_KEYS_DIR,
      },
      subgraphUrls: Object.fromEntries(
        SUBGRAPH_NAMES.map((n) => [
          n,
          (env[`${n.toUpperCase()}_URL`] as string | undefined) ?? `http://127.0.0.1:${DEFAULT_SUBGRAPH_PORTS[n]}/graphql`,
        ]),
      ) as Record<SubgraphName, string>,
    };
  })
  .refine((c) => !c.production || ((c.auth.jwksUrl || c.auth.jwksFile) && c.auth.gatewayPrivateKeyFile), {
    message: 'in production set AUTH_JWKS_URL or AUTH_JWKS_FILE, and GATEWAY_PRIVATE_KEY_FILE',
  });
export type GatewayConfig = z.infer<typeof gatewayEnvSchema>;

export class ConfigError extends Error {
  readonly issues: string[];
  constructor(issues: string[]) {
    super(`Invalid configuration:\n  ${issues.join('\n  ')}`);
    this.issues = issues;
  }
}

/** Parses the environment once, reporting every problem together. */
export function parseConfig<S extends z.ZodType>(schema: S, env: NodeJS.ProcessEnv = process.env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((i) => `${i.path.length ? `${i.path.join('.')}: ` : ''}${i.message}`));
}

/** For entrypoints only: print every configuration error once and exit. */
export function loadConfigOrExit<S extends z.ZodType>(schema: S): z.infer<S> {
  try {
    return parseConfig(schema);
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
      process.exit(78); // EX_CONFIG
    }
    throw err;
  }
}
