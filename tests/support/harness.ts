import { mintToken, type TokenClaims } from '../../src/auth/tokens.js';
import { loadConfig } from '../../src/config.js';
import { migrate } from '../../src/db/migrate.js';
import { connect } from '../../src/bootstrap.js';
import { createLogger } from '../../src/logger.js';
import { createApp, type App, type Readiness } from '../../src/server/app.js';
import type { Services } from '../../src/services.js';

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: Record<string, unknown> }[];
}

export interface Harness {
  readonly services: Services;
  readonly app: App;
  readonly readiness: Readiness;
  /** Runs an operation as `as` (default: the harness's default viewer). */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read loosely shaped JSON
  gql(query: string, variables?: Record<string, unknown>, as?: As): Promise<GraphQLResponse<any>>;
  /** A bearer token for these claims. */
  token(claims: TokenClaims): Promise<string>;
  reset(): Promise<void>;
  close(): Promise<void>;
}

/**
 * A real service over the test Neo4j, reached through yoga.fetch (the full HTTP handling without
 * a port). The graph is emptied at start: each test file begins from a clean database.
 */
/** Who a test request runs as: anonymous, an administrator, or the holder of these claims. */
export type As = 'anonymous' | 'admin' | TokenClaims;

export interface HarnessOptions {
  readonly env?: Record<string, string>;
  /** Default viewer of gql(); most tests are about data, so administrators by default. */
  readonly as?: As;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const env = options.env ?? {};
  const uri = process.env.BREIN_TEST_NEO4J_URI;
  if (!uri) throw new Error('BREIN_TEST_NEO4J_URI is not set: run the tests through jest (global setup)');
  const config = loadConfig({
    NODE_ENV: 'test',
    NEO4J_URI: uri,
    NEO4J_USER: process.env.NEO4J_TEST_USER ?? 'neo4j',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? 'neo4j',
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '1000000',
    ...env,
  });
  const logger = createLogger(config.logLevel);
  const services = connect(config, logger);
  await migrate(services.db, services.cypher, logger);
  const readiness: Readiness = { migrated: true };
  const app = createApp({ config, services, logger, readiness });
  const reset = async () => {
    await services.db.write(services.cypher.get('maintenance/delete-all-entities'));
    await services.db.write(services.cypher.get('maintenance/delete-audit-trail'));
  };
  await reset();
  const token = (claims: TokenClaims) => mintToken(config.auth, claims);
  return {
    services,
    app,
    readiness,
    reset,
    token,
    async gql(query, variables, as = options.as ?? 'admin') {
      const headers: Record<string, string> = {
        'content-type': 'application/json',
        accept: 'application/json',
      };
      if (as !== 'anonymous') {
        const claims = as === 'admin' ? { sub: 'test-admin', role: 'admin' as const } : as;
        headers.authorization = `Bearer ${await token(claims)}`;
      }
      const response = await app.fetch('http://brein.test/graphql', {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse;
    },
    close: () => services.db.close(),
  };
}

/** The data of a response that must have no errors. */
export function dataOf<T>(response: GraphQLResponse<T>): T {
  if (response.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(response.errors)}`);
  return response.data as T;
}

export function codesOf(response: GraphQLResponse): string[] {
  return (response.errors ?? []).map((e) => String(e.extensions?.code));
}
