import { z } from 'zod';

/**
 * Every setting comes from the environment and is validated once at start, so a typo fails
 * loudly with the variable's name instead of surfacing later as a confusing connection error.
 * Defaults point at the local servers started by scripts/services.sh.
 */
const port = z.coerce.number().int().min(0).max(65535); // 0: any free port (tests, benchmarks)
const positiveInt = z.coerce.number().int().positive();
const flag = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z
  .object({
    NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
    PORT: port.default(4000),
    HOST: z.string().min(1).default('0.0.0.0'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    PG_URL: z.url({ protocol: /^postgres(ql)?$/ }).default('postgres://postgres@127.0.0.1:55432/polyglot'),
    PG_POOL_SIZE: positiveInt.default(10),
    PG_QUERY_TIMEOUT_MS: positiveInt.default(5000),
    MONGO_SOCKET_TIMEOUT_MS: positiveInt.default(10000),
    /** How long a request waits for a MongoDB server to use: a stopped one fails it after this. */
    MONGO_SERVER_SELECTION_TIMEOUT_MS: positiveInt.default(5000),
    /** Reads the catalogue declares for secondaries (dashboards, analytics) go to them. */
    MONGO_SECONDARY_READS: flag.default(true),
    /** `majority`, or a number of nodes: how durable collections' writes (the audit logs) are acknowledged. */
    MONGO_DURABLE_WRITE_CONCERN: z.union([z.literal('majority'), z.coerce.number().int().min(0)]).default('majority'),
    MONGO_URL: z.url({ protocol: /^mongodb(\+srv)?$/ }).default('mongodb://127.0.0.1:57017/?directConnection=true'),
    MONGO_DB: z.string().regex(/^[A-Za-z0-9_-]+$/).default('polyglot'),
    REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:56379'),
    /** `host:port,host:port`: run caches, limits, persisted queries and the bus on this Redis Cluster (REDIS_URL then gives only the user, password and TLS of every node). */
    REDIS_CLUSTER_NODES: z.string().regex(/^[^\s,:]+:\d+(,[^\s,:]+:\d+)*$/, 'host:port,host:port,…').optional()
      .transform((nodes) => nodes?.split(',')),
    REDIS_KEY_PREFIX: z.string().default('pg:'),
    REDIS_COMMAND_TIMEOUT_MS: positiveInt.default(250),
    /** Megabytes (of JSON) of Redis cache hits each instance keeps parsed, coherent through Redis's key tracking; 0: none. */
    NEAR_CACHE_MB: z.coerce.number().min(0).max(4096).default(32),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_JWKS_URL: z.url({ protocol: /^https?$/ }).optional(),
    JWT_ISSUER: z.string().min(1).optional(),
    JWT_AUDIENCE: z.string().min(1).optional(),
    JWT_MAX_LIFETIME_S: positiveInt.default(86_400),
    MEMBERSHIP_CACHE_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
    MAX_PAGE_SIZE: positiveInt.max(1000).default(100),
    MAX_DEPTH: positiveInt.default(10),
    MAX_ALIASES: positiveInt.default(15),
    MAX_COST: positiveInt.default(50000),
    MAX_TOKENS: positiveInt.default(2000),
    MAX_DIRECTIVES: positiveInt.default(20),
    INTROSPECTION: flag.optional(),
    SHUTDOWN_GRACE_MS: positiveInt.default(10000),
    MAX_SUBSCRIPTIONS_PER_USER: positiveInt.default(20),
    SOCKET_INIT_TIMEOUT_MS: positiveInt.default(5000),
    RATE_LIMIT_USER_PER_MINUTE: positiveInt.default(1200),
    RATE_LIMIT_TENANT_PER_MINUTE: positiveInt.default(12000),
    /** Chat messages a user, and a tenant's users together, may post per minute (all instances). */
    CHAT_MESSAGES_PER_MINUTE_PER_USER: positiveInt.default(60),
    CHAT_MESSAGES_PER_MINUTE_PER_TENANT: positiveInt.default(1200),
    /** How long after posting its author may edit a chat message. */
    CHAT_EDIT_WINDOW_MINUTES: positiveInt.default(15),
    SUBSCRIPTION_BUFFER: positiveInt.default(1000),
    CHANGE_STREAM_LEASE_MS: positiveInt.min(1000).default(15000),
    /** Requests carrying it in `x-router-secret` are a router's merged fetches (see limits.ts). */
    ROUTER_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    WRITE_AUDIT_WAIT_MS: z.coerce.number().int().min(0).max(10_000).default(300),
    OUTBOX_RELAY: flag.default(true),
    /** How often the analytics rollups are brought up to date (one instance at a time); 0: never. */
    ROLLUP_INTERVAL_MS: z.coerce.number().int().refine((ms) => ms === 0 || ms >= 1000, '0 (off) or at least 1000').default(300_000),
    /** The gateway's own logs in MongoDB: api_request_log, error_log, feature_usage_metric. */
    REQUEST_LOG: flag.default(true),
    /** The share of logged operations whose request and response bodies are kept (secrets redacted). */
    REQUEST_LOG_BODY_SAMPLE: z.coerce.number().min(0).max(1).default(0),
    /** With REQUEST_LOG, how often the dependencies are checked for system_health_event. */
    HEALTH_CHECK_MS: positiveInt.min(100).default(5000),
    /** A router's response-cache invalidation endpoint: told which @cacheTag tags to drop when the gateway's caches drop (off when unset). */
    ROUTER_INVALIDATION_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** The router's `invalidation.shared_key`, sent as the `Authorization` header. */
    ROUTER_INVALIDATION_KEY: z.string().min(1).optional(),
    /** The longest one invalidation POST may take before it counts as failed (and is retried). */
    ROUTER_INVALIDATION_TIMEOUT_MS: positiveInt.default(2000),
    /** This subgraph's name in the supergraph: the router indexes cache tags per subgraph. */
    ROUTER_SUBGRAPH_NAME: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]*$/, 'a subgraph name').default('gateway'),
    /** Notifications' real channels (delivery/), each off when its URL is unset: its messages then wait queued. */
    SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
    SMTP_FROM: z.string().min(3).default('Notifications <notifications@localhost>'),
    PUSH_PROVIDER_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMS_PROVIDER_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** Sent to the push and SMS providers as `Authorization: Bearer …`. */
    PROVIDER_AUTH_KEY: z.string().min(1).optional(),
    /** Attempts per message before it fails; the pause after the n-th failed one is DELIVERY_BACKOFF_MS × 2^(n-1). */
    DELIVERY_ATTEMPTS: positiveInt.max(20).default(5),
    DELIVERY_BACKOFF_MS: positiveInt.default(2000),
    DELIVERY_POLL_MS: positiveInt.min(10).default(1000),
    DELIVERY_TIMEOUT_MS: positiveInt.default(10_000),
  })
  .refine((c) => !c.ROUTER_INVALIDATION_URL || c.ROUTER_INVALIDATION_KEY, {
    message: 'the router refuses invalidations without its shared key: set ROUTER_INVALIDATION_KEY',
    path: ['ROUTER_INVALIDATION_KEY'],
  })
  .refine((c) => c.NODE_ENV !== 'production' || c.JWT_JWKS_URL, {
    message: 'production verifies tokens against a JWKS: set JWT_JWKS_URL',
    path: ['JWT_JWKS_URL'],
  });

const DEVELOPMENT_SECRET = 'polyglot-gateway-development-secret-not-for-production';

export type Config = z.infer<typeof schema> & { introspection: boolean };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses `env`; the error message names each bad variable and says what is wrong with it. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const present = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = schema.safeParse(present);
  if (!result.success) {
    const lines = result.error.issues.map((issue) => `  ${issue.path.join('.') || '(config)'}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n${lines.join('\n')}`);
  }
  const config = result.data;
  return {
    ...config,
    // Outside production a fixed secret lets `make demo` and the tests mint tokens with no setup.
    JWT_SECRET: config.JWT_SECRET ?? (config.JWT_JWKS_URL ? undefined : DEVELOPMENT_SECRET),
    introspection: config.INTROSPECTION ?? config.NODE_ENV !== 'production',
  };
}
