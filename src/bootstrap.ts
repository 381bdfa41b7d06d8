import { join } from 'node:path';
import type { Config } from './config.js';
import { CypherLibrary } from './db/cypher.js';
import { Database } from './db/database.js';
import { startLocalNeo4j } from './db/local-neo4j.js';
import type { Logger } from './logger.js';
import { createServices, type Services } from './services.js';
import { projectRoot } from './util/project-root.js';

/** The database connection and services, as the server and every script build them. */
export function connect(config: Config, logger: Logger): Services {
  const uri = config.neo4j.uri ?? startLocalNeo4j('dev', config.neo4j.localPort, logger);
  const db = new Database({
    uri,
    user: config.neo4j.user,
    password: config.neo4j.password,
    database: config.neo4j.database,
    transactionTimeoutMs: config.neo4j.transactionTimeoutMs,
    maxPoolSize: config.neo4j.maxPoolSize,
    acquisitionTimeoutMs: config.neo4j.acquisitionTimeoutMs,
    logger,
  });
  return createServices(config, db, new CypherLibrary(join(projectRoot(), 'cypher')), logger);
}

/** Waits until Neo4j answers, with a growing pause between attempts. */
export async function waitForDatabase(services: Services, logger: Logger, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  for (let pause = 250; ; pause = Math.min(pause * 2, 5_000)) {
    try {
      await services.db.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      logger.warn({ retryInMs: pause }, 'neo4j not reachable yet');
      await new Promise((resolve) => setTimeout(resolve, pause));
    }
  }
}
