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
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  GRAPHIQL: boolean.optional(),
  SEED_DEMO_DATA: boolean.default(true),
  MAX_PAGE_SIZE: z.coerce.number().int().positive().default(100),
  SHUTDOWN_GRACE_MS: z.coerce.number().int().positive().default(10_000),
});

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
  }>;
  logLevel: string;
  graphiql: boolean;
  seedDemoData: boolean;
  maxPageSize: number;
  shutdownGraceMs: number;
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
    }),
    logLevel: e.LOG_LEVEL,
    graphiql: e.GRAPHIQL ?? e.NODE_ENV !== 'production',
    seedDemoData: e.SEED_DEMO_DATA,
    maxPageSize: e.MAX_PAGE_SIZE,
    shutdownGraceMs: e.SHUTDOWN_GRACE_MS,
  });
}
