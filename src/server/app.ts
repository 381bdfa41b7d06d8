import { randomUUID } from 'node:crypto';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
import Negotiator from 'negotiator';
import type { GraphQLSchema } from 'graphql';
import type { Config } from '../config.js';
import type { Viewer } from '../auth/viewer.js';
import { DomainError, toGraphQLError } from '../errors.js';
import type { GraphQLContext } from '../graphql/context.js';
import { Loaders } from '../graphql/loaders.js';
import { buildSchema } from '../graphql/schema.js';
import type { Logger } from '../logger.js';
import type { Services } from '../services.js';
import { projectRoot } from '../util/project-root.js';
import { maskError } from './errors.js';
import {
  useContractErrorCodes,
  useReadiness,
  useSchemaDocument,
  useValidationCache,
  yogaLogger,
} from './plugins.js';
import { BOOKMARK_HEADER, useCausalConsistency } from './bookmarks.js';
import { Clients, isRefused, type Client, type Refused } from './clients.js';
import { limitPlugins, useCredentialedCaching } from './limits.js';
import { useRequestBodyLimit } from './request-body.js';
import { useJsonCompression } from './web/compression.js';
import { GRAPHIQL_OPTIONS, renderLocalGraphiQL } from './web/graphiql.js';
import { webPlugins } from './web.js';

/** Whether the service may take traffic: Neo4j reached and migrations applied. */
export interface Readiness {
  migrated: boolean;
}

export interface AppOptions {
  readonly config: Config;
  readonly services: Services;
  readonly logger: Logger;
  readonly readiness: Readiness;
  /** The executable schema, when the caller uses it too (the warm-up); built here otherwise. */
  readonly schema?: GraphQLSchema;
}

export type App = YogaServerInstance<object, GraphQLContext>;

/**
 * The request's viewer, as the rate limit found it when the request came in (clients.ts); bad
 * credentials end the request with 401 and UNAUTHENTICATED. Known credentials answer without a
 * promise, so most requests build their context synchronously.
 */
function authenticate(clients: Clients, request: Request, address: string): Viewer | Promise<Viewer> {
  const found = clients.of(request) ?? clients.identify(request, address);
  const viewerOf = (f: Client | Refused): Viewer => (isRefused(f) ? unauthenticated(f.error) : f.viewer);
  return found instanceof Promise ? found.then(viewerOf) : viewerOf(found);
}

function unauthenticated(error: DomainError): never {
  const mapped = toGraphQLError(error);
  mapped.extensions.http = { status: 401 };
  throw mapped;
}

/** The context of one GraphQL request (also used by the warm-up, without a request). */
export function requestContext(
  services: Services,
  logger: Logger,
  request: Request,
  requestId: string,
  viewer: Viewer,
): GraphQLContext {
  return {
    viewer,
    services,
    loaders: new Loaders(services, viewer),
    logger: logger.child({ requestId }),
    requestId,
    language: isEnglish(request) ? 'EN' : 'NL',
  };
}

/**
 * English when the client prefers it to Dutch by Accept-Language (its order and q-values, as
 * negotiated by `negotiator`); Dutch otherwise, and when neither is named.
 */
export function isEnglish(request: Request): boolean {
  const header = request.headers.get('accept-language');
  if (!header) return false;
  return new Negotiator({ headers: { 'accept-language': header } }).language(['nl', 'en']) === 'en';
}

/** The HTTP application: GraphQL on /graphql, /healthz and /readyz. No port: see main.ts. */
export function createApp({ config, services, logger, readiness, ...options }: AppOptions): App {
  const schema = options.schema ?? buildSchema(projectRoot());
  const clients = new Clients(services.authenticator, config.trustProxyHops);
  return createYoga<object, GraphQLContext>({
    schema,
    graphqlEndpoint: '/graphql',
    healthCheckEndpoint: '/healthz',
    landingPage: false,
    batching: { limit: 10 },
    // Public reads serve any origin; writes need a bearer token or API key, which browsers never
    // attach on their own, so no cookies or credentials are involved.
    cors: {
      origin: '*',
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'if-none-match', BOOKMARK_HEADER],
      exposedHeaders: [BOOKMARK_HEADER],
    },
    // Served from the service itself: GraphiQL works on networks without internet access.
    graphiql: config.graphiql ? GRAPHIQL_OPTIONS : false,
    renderGraphiQL: renderLocalGraphiQL,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskError(logger) },
    context: ({ request, ...serverContext }) => {
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const viewer = authenticate(clients, request, clients.addressOf(request, serverContext));
      return viewer instanceof Promise
        ? viewer.then((known) => requestContext(services, logger, request, requestId, known))
        : requestContext(services, logger, request, requestId, viewer);
    },
    // Bodies are limited by useRequestBodyLimit, documents are validated once (useValidationCache).
    maxRequestBodySize: false,
    parserAndValidationCache: { validationCache: false },
    plugins: [
      useContractErrorCodes(),
      ...limitPlugins({ config, clients, schema, db: services.db }),
      ...webPlugins(config),
      useReadiness('/readyz', async () => {
        if (!readiness.migrated) return false;
        try {
          await services.db.verifyConnectivity();
          return true;
        } catch {
          return false;
        }
      }),
      useValidationCache(),
      useRequestBodyLimit(),
      useSchemaDocument(schema),
      useCausalConsistency(),
      useJsonCompression(),
      // Last, so that it sees the headers every other plugin set.
      useCredentialedCaching(),
    ],
  });
}
