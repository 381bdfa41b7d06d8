import { readArgs } from './cli/args.js';
import { createServer } from 'node:http';
import { ANONYMOUS } from './auth/viewer.js';
import { connect, waitForDatabase } from './bootstrap.js';
import { loadConfig } from './config.js';
import { migrate } from './db/migrate.js';
import { createLogger } from './logger.js';
import { loadDemoData } from './seed/demo.js';
import { buildSchema } from './graphql/schema.js';
import { createApp, type Readiness } from './server/app.js';
import { warmUp } from './server/warm-up.js';
import { loadEmbedOperations } from './server/web/embed-operations.js';
import { projectRoot } from './util/project-root.js';
import { shareGraphChanges } from './shared-state/graph-changes.js';
import { closeRedisConnections, redisConnections } from './shared-state/redis.js';

readArgs(
  `usage: npm start   (or node dist/src/main.js)
Starts the service: GraphQL on /graphql (GraphiQL in a browser), the explorer on /explorer, embeds
on /embed.js, /healthz and /readyz. It takes no arguments; it is configured by environment
variables (README.md, "Configuration"), among them PORT (4000), HOST, NEO4J_URI (unset: the
project's local Neo4j is provisioned and started), NEO4J_USER, NEO4J_PASSWORD, REDIS_URL,
AUTH_JWT_SECRET, SEED_DEMO_DATA and LOG_LEVEL.`,
  {},
);
const config = loadConfig();
const logger = createLogger(config.logLevel);
const services = connect(config, logger);
// With REDIS_URL the replicas share their limits, live events and revocations there: the
// connections open now, and the service is ready only while Redis is reached (app.ts asks
// Neo4j itself on every /readyz).
const redis = config.redisUrl ? redisConnections(config.redisUrl, logger) : undefined;
redis?.open();
// What this replica keeps (answers, vocabulary, metrics) is read anew after another replica's write.
if (redis) shareGraphChanges(redis, services.db, logger);
let migrated = false;
const readiness: Readiness = {
  get migrated() {
    return migrated && (redis?.reachable() ?? true);
  },
  set migrated(value: boolean) {
    migrated = value;
  },
};
const schema = buildSchema(projectRoot());
const app = createApp({ config, services, logger, readiness, schema });
const server = createServer(app);

server.listen(config.port, config.host, () => {
  logger.info({ port: config.port }, 'listening: /graphql, /healthz, /readyz');
});

// The port answers at once (/healthz); /readyz turns 200 once Neo4j is reached, migrated and,
// when asked for, holds the demo data.
try {
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  if (config.seedDemoData && (await services.importer.isEmpty())) {
    const report = await loadDemoData(services);
    logger.info(
      { ...report, rejected: report.rejected.length, created: report.created.length },
      'empty database: demo data loaded',
    );
  }
  // The public network metrics (the explorer's first picture) are computed before traffic comes,
  // not on the first visitor's request; a graph too large for them is simply skipped.
  await services.network.stats(ANONYMOUS).catch((error: unknown) => {
    logger.info({ err: error }, 'network metrics not computed ahead');
  });
  // Every read asked once before traffic comes: plans, caches and code paths are warm at ready.
  if (config.warmUpMs > 0) {
    const known = [...loadEmbedOperations(projectRoot()).values()].map((operation) => operation.document);
    const report = await warmUp(services, schema, logger, config.warmUpMs, known).catch((error: unknown) => {
      logger.warn({ err: error }, 'warm-up failed');
      return undefined;
    });
    if (report) logger.info({ ...report, skipped: report.skipped.length }, 'warmed up');
  }
  readiness.migrated = true;
  logger.info({ sharedState: redis ? 'redis' : 'in-process' }, 'ready');
} catch (error) {
  logger.fatal({ err: error }, 'start-up failed');
  process.exit(1);
}

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  logger.info({ signal }, 'shutting down: draining requests');
  readiness.migrated = false;
  const forced = setTimeout(() => {
    logger.warn('grace period over: closing open connections');
    server.closeAllConnections();
  }, config.shutdownGraceMs);
  forced.unref();
  server.closeIdleConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await services.db.close();
  await closeRedisConnections();
  logger.info('stopped');
  process.exit(0);
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
