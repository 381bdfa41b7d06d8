import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import { createYoga, type GraphQLParams, type Plugin } from 'graphql-yoga';
import neo4j, { type Driver } from 'neo4j-driver';
import { mintToken } from '../auth/tokens.js';
import { DRIVER_CONFIG } from '../db/database.js';
import type { Config } from '../config.js';
import { createApp } from '../server/app.js';
import { useValidationCache } from '../server/plugins.js';
import { useRequestBodyLimit } from '../server/request-body.js';
import type { Services } from '../services.js';
import type { Logger } from '../logger.js';
import { neo4jGraphqlTypeDefs } from './neo4j-graphql-typedefs.js';
import { replay, type RecordedStatement } from './recorder.js';

/** An HTTP GraphQL server of this process on an ephemeral port of 127.0.0.1. */
export interface HttpTarget {
  readonly url: string;
  readonly headers: Record<string, string>;
  close(): Promise<void>;
}

async function listen(handler: Parameters<typeof createServer>[1]): Promise<{ url: string; server: Server }> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`, server };
}

async function shut(server: Server): Promise<void> {
  server.closeIdleConnections();
  const forced = setTimeout(() => server.closeAllConnections(), 5_000);
  await new Promise((resolve) => server.close(resolve));
  clearTimeout(forced);
}

/**
 * Our service as production runs it (createApp: armor limits, request timeout, error masking),
 * called as an administrator, like `npm run load`: everyone is visible, so the answers equal
 * those of @neo4j/graphql, which has no visibility rules. The caller's config lifts the rate limit.
 */
export async function startOurs(config: Config, services: Services, logger: Logger): Promise<HttpTarget> {
  const app = createApp({ config, services, logger, readiness: { migrated: true } });
  const { url, server } = await listen(app);
  const token = await mintToken(config.auth, { sub: 'bench-admin', role: 'admin' });
  return {
    url,
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    close: () => shut(server),
  };
}

/** The same graph through @neo4j/graphql 7 in graphql-yoga, with its own driver. */
export async function startNeo4jGraphql(driver: Driver, database: string): Promise<HttpTarget> {
  const schema = await new Neo4jGraphQL({ typeDefs: neo4jGraphqlTypeDefs(), driver }).getSchema();
  const yoga = createYoga({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    context: () => ({ sessionConfig: { database } }),
  });
  const { url, server } = await listen(yoga);
  return { url, headers: { 'content-type': 'application/json' }, close: () => shut(server) };
}

/** A request the floor over HTTP knows: the statements ours sent for it, and ours' answer. */
export interface FloorRoute {
  readonly statements: readonly RecordedStatement[];
  readonly response: string;
  /** ours' data, for the floor behind yoga to answer with. */
  readonly data: Record<string, unknown>;
}

/** The floor over HTTP: which recorded request answers which request body. */
export interface FloorHttpTarget extends HttpTarget {
  readonly routes: Map<string, FloorRoute>;
}

/**
 * The floor behind a bare node:http server: a POSTed body is looked up among the recorded
 * requests, its statements are replayed through the floor's driver (records fetched, nothing
 * converted, as the floor does), and ours' answer to the same request is sent, so that both carry
 * the same bytes. No GraphQL, no plugins, no resolvers: it shows which part of the distance
 * between ours and the floor is HTTP alone.
 */
export async function startFloorHttp(driver: Driver, database: string): Promise<FloorHttpTarget> {
  const routes = new Map<string, FloorRoute>();
  const { url, server } = await listen((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const route = routes.get(Buffer.concat(chunks).toString('utf8'));
      if (!route) {
        response.writeHead(404).end();
        return;
      }
      replay(driver, database, route.statements)
        .then(() => {
          response
            .writeHead(200, {
              'content-type': 'application/json',
              'content-length': Buffer.byteLength(route.response),
            })
            .end(route.response);
        })
        .catch((error: unknown) => {
          if (!response.headersSent) response.writeHead(500);
          response.end(String(error));
        });
    });
  });
  return { url, headers: { 'content-type': 'application/json' }, routes, close: () => shut(server) };
}

/**
 * The floor behind graphql-yoga: our schema in a yoga server set up as ours (the same body limit
 * and validation cache) but without our other plugins, where execution is replaced by the replay
 * of the recorded statements and the recorded answer. Requests are
 * parsed, validated and answered by yoga as ours are, so the distance from the floor over bare
 * HTTP to this target is the framework's, and the distance from this target to ours is our
 * resolvers, loaders and plugins. It answers the routes of the floor over bare HTTP (keyed by the
 * POSTed body, which yoga has parsed into query and variables by then).
 */
export async function startFloorYoga(
  driver: Driver,
  database: string,
  schema: GraphQLSchema,
  routes: ReadonlyMap<string, FloorRoute>,
): Promise<HttpTarget> {
  const yoga = createYoga<{ params: GraphQLParams }>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: false,
    logging: false,
    // yoga's own body limit and validation cache are replaced in ours, by cheaper ones: the same here.
    maxRequestBodySize: false,
    parserAndValidationCache: { validationCache: false },
    plugins: [
      useValidationCache(),
      useRequestBodyLimit(),
      <Plugin>{
        onExecute({ args, setResultAndStopExecution }) {
          const { query, variables } = (args.contextValue as { params: GraphQLParams }).params;
          const route = routes.get(JSON.stringify({ query, variables }));
          if (!route) throw new Error('no recorded request for this body');
          return replay(driver, database, route.statements).then(() =>
            setResultAndStopExecution({ data: route.data }),
          );
        },
      },
    ],
  });
  const { url, server } = await listen(yoga);
  return { url, headers: { 'content-type': 'application/json' }, close: () => shut(server) };
}

/** A driver configured as src/db/database.ts configures ours. */
export function benchDriver(config: Config): Driver {
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
  return neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    maxConnectionPoolSize: 100,
    connectionAcquisitionTimeout: 3_000,
    userAgent: 'maatschappelijk-brein-bench',
  });
}

/** A driver set up as the service's own (src/db/database.ts): the floor replays through it. */
export function rawDriver(config: Config): Driver {
  const uri = config.neo4j.uri ?? `bolt://127.0.0.1:${config.neo4j.localPort}`;
  return neo4j.driver(uri, neo4j.auth.basic(config.neo4j.user, config.neo4j.password), {
    ...DRIVER_CONFIG,
    userAgent: 'maatschappelijk-brein-bench-raw',
  });
}

/** POSTs one GraphQL request and returns its data; GraphQL errors throw. */
export async function post(target: HttpTarget, body: string): Promise<Record<string, unknown>> {
  const response = await fetch(target.url, { method: 'POST', headers: target.headers, body });
  const json = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (!response.ok || json.errors?.length || !json.data) {
    throw new Error(`${target.url} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
  }
  return json.data;
}
