import { randomUUID } from 'node:crypto';
import { createYoga, type YogaServerInstance } from 'graphql-yoga';
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
import { useContractErrorCodes, useReadiness, useValidationCache, yogaLogger } from './plugins.js';
import { limitPlugins } from './limits.js';
import { useRequestBodyLimit } from './request-body.js';
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
}

export type App = YogaServerInstance<object, GraphQLContext>;

/**
 * The request's viewer; bad credentials end the request with 401 and UNAUTHENTICATED. Known
 * credentials answer without a promise, so most requests build their context synchronously.
 */
function authenticate(services: Services, request: Request): Viewer | Promise<Viewer> {
  try {
    const viewer = services.authenticator.viewerFor(request.headers);
    return viewer instanceof Promise ? viewer.catch(unauthenticated) : viewer;
  } catch (error) {
    return unauthenticated(error);
  }
}

function unauthenticated(error: unknown): never {
  if (!(error instanceof DomainError)) throw error;
  const mapped = toGraphQLError(error);
  mapped.extensions.http = { status: 401 };
  throw mapped;
}

function requestContext(
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

function isEnglish(request: Request): boolean {
  return /^en\b/i.test(request.headers.get('accept-language') ?? '');
}

/** The HTTP application: GraphQL on /graphql, /healthz and /readyz. No port: see main.ts. */
export function createApp({ config, services, logger, readiness }: AppOptions): App {
  return createYoga<object, GraphQLContext>({
    schema: buildSchema(projectRoot()),
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
      allowedHeaders: ['content-type', 'authorization', 'x-api-key', 'if-none-match'],
    },
    graphiql: config.graphiql ? { title: 'Maatschappelijk Brein' } : false,
    logging: yogaLogger(logger),
    maskedErrors: { maskError: maskError(logger) },
    context: ({ request }) => {
      const requestId = request.headers.get('x-request-id') ?? randomUUID();
      const viewer = authenticate(services, request);
      return viewer instanceof Promise
        ? viewer.then((known) => requestContext(services, logger, request, requestId, known))
        : requestContext(services, logger, request, requestId, viewer);
    },
    // Bodies are limited by useRequestBodyLimit, documents are validated once (useValidationCache).
    maxRequestBodySize: false,
    parserAndValidationCache: { validationCache: false },
    plugins: [
      useContractErrorCodes(),
      ...limitPlugins(config),
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
    ],
  });
}
