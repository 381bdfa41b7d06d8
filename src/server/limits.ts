import { hash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';

/**
 * Abuse limits applied before execution (OWASP GraphQL cheat sheet): size and shape of the
 * operation (graphql-armor: depth, cost, aliases, tokens, directives, no field suggestions),
 * introspection when switched off, a per-client rate limit and a time limit per request.
 * `first` is capped by the services and transactions by the Neo4j transaction timeout.
 */
export function limitPlugins(config: Config): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: 12 },
      costLimit: { maxCost: 20_000 },
      maxAliases: { n: 20 },
      maxDirectives: { n: 20 },
      maxTokens: { n: 3_000 },
      blockFieldSuggestion: { enabled: true },
    }),
    useRateLimit(config.rateLimitPerMinute),
    useRequestTimeout(config.requestTimeoutMs),
  ];
  if (!config.introspection) plugins.push(useNoIntrospection());
  return plugins;
}

function useNoIntrospection(): Plugin {
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}

/** Fails a request that runs longer than the limit instead of holding the client. */
function useRequestTimeout(ms: number): Plugin {
  return {
    onExecute({ executeFn, setExecuteFn }) {
      setExecuteFn(async (args) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise((resolve) => {
          timer = setTimeout(
            () =>
              resolve({
                errors: [
                  new GraphQLError(`the request took longer than ${ms} ms`, {
                    extensions: { code: 'UNAVAILABLE' },
                  }),
                ],
              }),
            ms,
          );
        });
        try {
          return (await Promise.race([executeFn(args), timeout])) as Awaited<ReturnType<typeof executeFn>>;
        } finally {
          clearTimeout(timer);
        }
      });
    },
  };
}

interface Bucket {
  tokens: number;
  updated: number;
}

/**
 * A token bucket per client: credentials when given (hashed), else the remote address. A client
 * over its budget gets HTTP 429 with Retry-After and a RATE_LIMITED error.
 */
export function useRateLimit(perMinute: number): Plugin {
  const buckets = new Map<string, Bucket>();
  const refillPerMs = perMinute / 60_000;
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz' || url.pathname === '/readyz') return;
      const now = Date.now();
      // Node's http adapter passes the incoming message as serverContext.req.
      const key = clientKey(request, (serverContext as { req?: IncomingMessage } | undefined)?.req);
      const bucket = buckets.get(key) ?? { tokens: perMinute, updated: now };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (now - bucket.updated) * refillPerMs);
      bucket.updated = now;
      buckets.set(key, bucket);
      if (buckets.size > 50_000) buckets.clear();
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return;
      }
      const retryAfter = Math.ceil((1 - bucket.tokens) / refillPerMs / 1000);
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({
            errors: [{ message: 'too many requests; slow down', extensions: { code: 'RATE_LIMITED' } }],
          }),
          { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } },
        ),
      );
    },
  };
}

function clientKey(request: Request, req: IncomingMessage | undefined): string {
  const credentials = request.headers.get('x-api-key') ?? request.headers.get('authorization');
  if (credentials) return `c:${hash('sha256', credentials).slice(0, 24)}`;
  return `a:${req?.socket.remoteAddress ?? 'local'}`;
}
