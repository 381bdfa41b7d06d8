import { z } from 'zod';

const boolean = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const schema = z.object({
  NODE_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().default('0.0.0.0'),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI')
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default('neo4j'),
  NEO4J_DATABASE: z.string().default('neo4j'),
  NEO4J_LOCAL_PORT: z.coerce.number().int().default(7687),
  NEO4J_TRANSACTION_TIMEOUT_MS: z.coerce.number().int().positive().default(15_000),
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().positive().default(100),
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().positive().default(3_000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHIQL: boolean.optional(),
  SEED_DEMO_DATA: boolean.default(true),
  MAX_PAGE_SIZE: z.coerce.number().int().positive().default(100),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
  WARM_UP_MS: z.coerce.number().int().min(0).default(120_000),
  AUTH_JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  AUTH_JWKS_URL: z.string().url().optional(),
  AUTH_JWT_ISSUER: z.string().default('maatschappelijk-brein'),
  AUTH_JWT_AUDIENCE: z.string().default('maatschappelijk-brein'),
  AUTH_MAX_TOKEN_LIFETIME_S: z.coerce
    .number()
    .int()
    .positive()
    .default(8 * 3600),
  INTROSPECTION: boolean.optional(),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().positive().default(600),
  COST_LIMIT: z.coerce.number().int().positive().default(6_000),
  CLIENT_MAX_OPERATIONS: z.coerce.number().int().positive().default(1),
  CLIENT_MAX_SESSIONS: z.coerce.number().int().positive().default(2),
  CLIENT_QUEUE_MS: z.coerce.number().int().min(0).default(2_000),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().positive().default(20_000),
  AUDIT_HASH_SALT: z.string().min(8).optional(),
  // Bounded: the cache sets aside room for all its entries at start, and an answer's age bounds
  // how long a statement's date() (a membership ended yesterday) stays as it was read.
  ANSWER_CACHE_ENTRIES: z.coerce.number().int().min(0).max(10_000).default(500),
  ANSWER_CACHE_MAX_AGE_MS: z.coerce.number().int().positive().max(600_000).default(60_000),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
});

/** Development only: a fixed secret so that `npm run token` works out of the box. */
const DEVELOPMENT_JWT_SECRET = 'development-only-secret-do-not-use-in-production';

export type Config = Readonly<{
  env: 'development' | 'test' | 'production';
  port: number;
  host: string;
  neo4j: Readonly<{
    /** Undefined: the project's own local Neo4j is started and used. */
    uri: string | undefined;
    localPort: number;
    user: string;
    password: string;
    database: string;
    transactionTimeoutMs: number;
    maxPoolSize: number;
    acquisitionTimeoutMs: number;
  }>;
  logLevel: string;
  graphiql: boolean;
  seedDemoData: boolean;
  maxPageSize: number;
  shutdownGraceMs: number;
  /** Longest the warm-up before /readyz may take (0: no warm-up). */
  warmUpMs: number;
  auth: Readonly<{
    /** HS256 secret; undefined when only JWKS or API keys are accepted. */
    jwtSecret: string | undefined;
    jwksUrl: string | undefined;
    issuer: string;
    audience: string;
    /** Longest accepted span from a token's issue (or now) to its expiry, in seconds. */
    maxTokenLifetimeS: number;
  }>;
  introspection: boolean;
  rateLimitPerMinute: number;
  /** Proxies of ours in front of the service; the client's address is read from X-Forwarded-For behind them. */
  trustProxyHops: number;
  /** Cost budget of one anonymous request; members get twice, editors four and admins eight times it. */
  costLimit: number;
  /**
   * The per-client bulkhead: operations and Neo4j sessions at once for a client without
   * credentials (twice that with verified credentials), and how long a call may queue.
   */
  bulkhead: Readonly<{ clientOperations: number; clientSessions: number; queueMs: number }>;
  requestTimeoutMs: number;
  auditHashSalt: string;
  /**
   * The rankings' answers kept while the graph is unchanged (src/db/answer-cache.ts): how many at
   * most (0: none), and for how long at most (writes the service is not told of).
   */
  answerCache: Readonly<{ entries: number; maxAgeMs: number }>;
  /**
   * Where the state that replicas share lives (rate limits, the per-client operation limit,
   * live events, revoked credentials); undefined: in this process only.
   */
  redisUrl: string | undefined;
}>;

/** Reads and validates the environment; the only place that touches process.env. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  return Object.freeze({
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    neo4j: Object.freeze({
      uri: e.NEO4J_URI,
      localPort: e.NEO4J_LOCAL_PORT,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      transactionTimeoutMs: e.NEO4J_TRANSACTION_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
    }),
    logLevel: e.LOG_LEVEL,
    graphiql: e.GRAPHIQL ?? e.NODE_ENV !== 'production',
    seedDemoData: e.SEED_DEMO_DATA,
    maxPageSize: e.MAX_PAGE_SIZE,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
    warmUpMs: e.WARM_UP_MS,
    auth: Object.freeze({
      jwtSecret: e.AUTH_JWT_SECRET ?? (e.NODE_ENV === 'production' ? undefined : DEVELOPMENT_JWT_SECRET),
      jwksUrl: e.AUTH_JWKS_URL,
      issuer: e.AUTH_JWT_ISSUER,
      audience: e.AUTH_JWT_AUDIENCE,
      maxTokenLifetimeS: e.AUTH_MAX_TOKEN_LIFETIME_S,
    }),
    introspection: e.INTROSPECTION ?? e.NODE_ENV !== 'production',
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxyHops: e.TRUST_PROXY_HOPS,
    costLimit: e.COST_LIMIT,
    bulkhead: Object.freeze({
      clientOperations: e.CLIENT_MAX_OPERATIONS,
      clientSessions: e.CLIENT_MAX_SESSIONS,
      queueMs: e.CLIENT_QUEUE_MS,
    }),
    requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
    auditHashSalt: e.AUDIT_HASH_SALT ?? e.AUTH_JWT_SECRET ?? DEVELOPMENT_JWT_SECRET,
    answerCache: Object.freeze({ entries: e.ANSWER_CACHE_ENTRIES, maxAgeMs: e.ANSWER_CACHE_MAX_AGE_MS }),
    redisUrl: e.REDIS_URL,
  });
}
