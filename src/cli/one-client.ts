import type { Config } from '../config.js';

/**
 * The configuration for a script that is one client sending on many connections (the bench, the
 * load and fault runs): the per-client rate limit and bulkhead would only measure themselves, so
 * both are lifted. npm run load:fair keeps them: it measures exactly them.
 */
export function asOneClient(config: Config): Config {
  return {
    ...config,
    rateLimitPerMinute: 100_000_000,
    bulkhead: { ...config.bulkhead, clientOperations: 100_000, clientSessions: 100_000 },
  };
}
