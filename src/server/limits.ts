import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { GraphQLError, NoSchemaIntrospectionCustomRule, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Config } from '../config.js';
import type { Database } from '../db/database.js';
import { RateLimited, toGraphQLError } from '../errors.js';
import { createLogger } from '../logger.js';
import { SharedBulkhead } from '../shared-state/bulkhead.js';
import { SharedBudget, type RequestBudget, type Taken } from '../shared-state/rate-limits.js';
import { redisConnections } from '../shared-state/redis.js';
import { Bulkhead, currentClient, type Admission } from './bulkhead.js';
import { Clients, isRefused, type Client, type Refused } from './clients.js';
import { budgetsFrom, CostModel } from './cost.js';

export interface LimitsOptions {
  readonly config: Config;
  readonly clients: Clients;
  readonly schema: GraphQLSchema;
  readonly db: Database;
}

/**
 * Abuse limits (OWASP GraphQL cheat sheet; GitHub's and Shopify's public APIs), in the order a
 * request meets them:
 * 1. the rate limit per client: the verified identity, or the address; credentials that fail to
 *    verify count against the address with a stricter budget (shared by replicas with REDIS_URL);
 * 2. the shape of each operation (graphql-armor: depth, aliases, tokens, directives, no field
 *    suggestions) and introspection when switched off;
 * 3. the cost of the whole request, every alias and every operation of a batch, against the
 *    budget of the viewer's role (see cost.ts);
 * 4. a bulkhead: one client runs a bounded number of operations at once and holds a bounded
 *    share of the Neo4j connection pool; over it, its calls queue briefly and then get 429;
 * 5. a time limit per request.
 */
export function limitPlugins({ config, clients, schema, db }: LimitsOptions): Plugin[] {
  const plugins: Plugin[] = [
    EnvelopArmorPlugin({
      maxDepth: { n: 12 },
      costLimit: { enabled: false },
      maxAliases: { n: 20 },
      maxDirectives: { n: 20 },
      maxTokens: { n: 3_000 },
      blockFieldSuggestion: { enabled: true },
    }),
    useRateLimit(config, clients),
    useCostLimit(config, clients, schema),
    useBulkhead(config, clients, db),
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
                    extensions: {
                      code: 'UNAVAILABLE',
                      http: { status: 503, headers: { 'Retry-After': '2' } },
                    },
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

/** Token buckets by key, refilled continuously; the oldest keys go when there are too many. */
export class Buckets implements RequestBudget {
  private readonly buckets = new Map<string, { tokens: number; updated: number }>();
  private readonly refillPerMs: number;

  constructor(private readonly perMinute: number) {
    this.refillPerMs = perMinute / 60_000;
  }

  /** Takes one token; the seconds to wait when there is none. */
  take(key: string): Taken {
    const now = Date.now();
    const bucket = this.buckets.get(key) ?? { tokens: this.perMinute, updated: now };
    bucket.tokens = Math.min(this.perMinute, bucket.tokens + (now - bucket.updated) * this.refillPerMs);
    bucket.updated = now;
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > 50_000) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      return { ok: true };
    }
    return { ok: false, retryAfter: Math.ceil((1 - bucket.tokens) / this.refillPerMs / 1000) };
  }

  /** Whether a token is left, without taking it. */
  has(key: string): boolean {
    const bucket = this.buckets.get(key);
    if (!bucket) return true;
    return bucket.tokens + (Date.now() - bucket.updated) * this.refillPerMs >= 1;
  }
}

function tooMany(fetchAPI: { Response: typeof Response }, retryAfter: number, message: string): Response {
  return new fetchAPI.Response(
    JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', retryAfter } }] }),
    { status: 429, headers: { 'content-type': 'application/json', 'retry-after': String(retryAfter) } },
  );
}

/** Continues with `next` at once for a plain value, after it for a promise. */
function then<T, R>(value: T | Promise<T>, next: (value: T) => R | Promise<R>): R | Promise<R> {
  return value instanceof Promise ? value.then(next) : next(value);
}

/**
 * The request budget and the failure budget: token buckets of this process, or, with REDIS_URL,
 * budgets in Redis that every replica takes from (src/shared-state/rate-limits.ts).
 */
function rateBudgets(config: Config): { requests: RequestBudget; failures: RequestBudget } {
  const perMinute = config.rateLimitPerMinute;
  const failuresPerMinute = Math.max(5, Math.floor(perMinute / 20));
  if (!config.redisUrl) return { requests: new Buckets(perMinute), failures: new Buckets(failuresPerMinute) };
  const redis = redisConnections(config.redisUrl, createLogger(config.logLevel)).commands;
  return {
    requests: new SharedBudget(redis, 'requests', perMinute),
    failures: new SharedBudget(redis, 'failures', failuresPerMinute),
  };
}

/**
 * A budget per client. The key is the verified identity (so the same token written with other
 * spacing is the same client) or, without credentials, the address. Credentials that fail to
 * verify take from the address's budget for failures (a twentieth of the normal one); once that
 * is spent, credentials from the address are refused with 429 before any verification or lookup.
 * In-process (the default) the budgets are token buckets; with REDIS_URL they are shared by
 * every replica.
 */
export function useRateLimit(config: Config, clients: Clients): Plugin {
  const { requests, failures } = rateBudgets(config);
  const refusedNow = (fetchAPI: { Response: typeof Response }, retryAfter: number) =>
    tooMany(fetchAPI, retryAfter, 'too many requests; slow down');
  return {
    onRequest({ request, url, serverContext, endResponse, fetchAPI }) {
      if (url.pathname === '/healthz' || url.pathname === '/readyz') return;
      const address = clients.addressOf(request, serverContext);
      const failureKey = `f:${address}`;
      const limit = (found: Client | Refused) => {
        if (isRefused(found)) return then(failures.take(failureKey), () => undefined);
        return then(requests.take(found.key), (taken) => {
          if (!taken.ok) endResponse(refusedNow(fetchAPI, taken.retryAfter));
        });
      };
      const identifyAndLimit = () => then(clients.identify(request, address), limit);
      if (!Clients.hasCredentials(request)) return identifyAndLimit();
      return then(failures.has(failureKey), (left) => {
        if (left) return identifyAndLimit();
        return then(failures.take(failureKey), (taken) => {
          endResponse(
            tooMany(
              fetchAPI,
              taken.ok ? 1 : taken.retryAfter,
              'too many failed authentications from this address',
            ),
          );
        });
      });
    },
  };
}

/**
 * Prices the whole request before any of it runs: every operation of a batch, every alias, by
 * the work each field starts (cost.ts), against the budget of the viewer's role. Over budget:
 * BAD_USER_INPUT naming the cost and the limit, and nothing runs.
 */
/** The price of each request in flight (all its operations), for the bulkhead. */
const requestCosts = new WeakMap<Request, number>();

/**
 * Requests that cost less than this (a page of a list, one node, every embed view) do not take
 * one of the client's operation slots; they are held only by its share of Neo4j sessions. The
 * slots are for the walks, rankings and metrics that can occupy a core.
 */
export const HEAVY_COST = 1_000;

export function useCostLimit(config: Config, clients: Clients, schema: GraphQLSchema): Plugin {
  const model = new CostModel(schema);
  const budgets = budgetsFrom(config.costLimit);
  return {
    onRequestParse({ request }) {
      return {
        onRequestParseDone({ requestParserResult }) {
          const all = Array.isArray(requestParserResult) ? requestParserResult : [requestParserResult];
          let cost = 0;
          for (const params of all) {
            if (typeof params.query === 'string')
              cost += model.price(params.query, params.variables, params.operationName);
          }
          requestCosts.set(request, cost);
          const found = clients.of(request);
          const role = found && !isRefused(found) ? found.viewer.role : 'anonymous';
          const limit = budgets[role];
          if (cost <= limit) return;
          throw new GraphQLError(
            `this request would cost ${cost} points; the limit per request is ${limit} (${role}): ask for fewer or smaller results, or split the request`,
            {
              extensions: {
                code: 'BAD_USER_INPUT',
                reason: 'COST_LIMIT',
                cost,
                limit,
                http: { status: 400 },
              },
            },
          );
        },
      };
    },
  };
}

/**
 * The bulkhead: each client runs at most `clientOperations` heavy operations (a request priced at
 * HEAVY_COST or more) at once and holds at most
 * `clientSessions` Neo4j sessions at once (a fixed share of the pool); clients with verified
 * credentials get twice that. Over either, its calls wait briefly (a batch of ten waits its
 * turn), then fail with RATE_LIMITED (429, Retry-After). Other clients keep the rest of the pool
 * and of the machine: on a small machine one client's heavy walks must not occupy every core.
 * With REDIS_URL the limit of operations holds across every replica (shared-state/bulkhead.ts);
 * the share of sessions stays per replica, since each replica has a pool of its own.
 */
export function useBulkhead(config: Config, clients: Clients, db: Database): Plugin {
  const { clientOperations, clientSessions, queueMs } = config.bulkhead;
  const redis = config.redisUrl
    ? redisConnections(config.redisUrl, createLogger(config.logLevel)).commands
    : undefined;
  const operationsOf = (perClient: number): Admission => {
    const options = { perClient, queueMs, maxQueued: Math.max(10, perClient * 10) };
    if (!redis) return new Bulkhead(options);
    // A slot outlives any operation: the request times out, its transactions before that.
    const slotTtlMs = config.requestTimeoutMs + Math.max(config.neo4j.transactionTimeoutMs, queueMs) + 5_000;
    return new SharedBulkhead(redis, { ...options, name: 'ops', slotTtlMs });
  };
  const sized = (operations: number, sessions: number) => ({
    operations: operationsOf(operations),
    sessions: new Bulkhead({ perClient: sessions, queueMs, maxQueued: sessions * 50 }),
  });
  const anonymous = sized(clientOperations, clientSessions);
  const verified = sized(clientOperations * 2, clientSessions * 2);
  const share = (client: string) => (client.startsWith('s:') ? verified : anonymous);
  db.admitWith((work) => {
    const client = currentClient.getStore();
    return client === undefined ? work() : share(client).sessions.run(client, work);
  });
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const request = (args.contextValue as { request?: Request }).request;
      const found = request ? clients.of(request) : undefined;
      const key = found && !isRefused(found) ? found.key : undefined;
      if (key === undefined) return;
      const heavy = (requestCosts.get(request!) ?? 0) >= HEAVY_COST;
      setExecuteFn(async (executeArgs) => {
        const run = () => currentClient.run(key, async () => executeFn(executeArgs));
        try {
          return await (heavy ? share(key).operations.run(key, run) : run());
        } catch (error) {
          if (!(error instanceof RateLimited)) throw error;
          return { errors: [toGraphQLError(error)] } as Awaited<ReturnType<typeof executeFn>>;
        }
      });
    },
  };
}

/**
 * Answers to requests that carry credentials are never stored by a shared cache: `private,
 * no-store`. Public answers vary by the credentials headers, so that a cache keeps the
 * anonymous answer apart from any other.
 */
export function useCredentialedCaching(): Plugin {
  return {
    onResponse({ request, response }) {
      const vary = response.headers.get('vary');
      const withCredentials = ['Authorization', 'X-Api-Key'];
      const varies = vary ? vary.split(',').map((v) => v.trim().toLowerCase()) : [];
      const missing = withCredentials.filter((h) => !varies.includes(h.toLowerCase()));
      if (Clients.hasCredentials(request)) {
        response.headers.set('cache-control', 'private, no-store');
        response.headers.delete('etag');
      } else if (!(response.headers.get('cache-control') ?? '').includes('public')) {
        return;
      }
      if (missing.length) response.headers.set('vary', [vary, ...missing].filter(Boolean).join(', '));
    },
  };
}
