import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig, type Config } from '../config.js';
import { migrate } from '../db/migrate.js';
import { createLogger, type Logger } from '../logger.js';
import type { Services } from '../services.js';

export interface ScriptOptions {
  /** Apply migrations first (default true; a dry run wants none). */
  readonly migrate?: boolean;
  readonly logLevel?: string;
}

/** What every script does around its work: connect, wait for Neo4j, migrate, and close at the end. */
export async function withServices<T>(
  work: (services: Services, config: Config, logger: Logger) => Promise<T>,
  options: ScriptOptions = {},
): Promise<T> {
  const config = loadConfig();
  const logger = createLogger(options.logLevel ?? config.logLevel);
  const services = connect(config, logger);
  try {
    await waitForDatabase(services, logger);
    if (options.migrate !== false) await migrate(services.db, services.cypher, logger);
    return await work(services, config, logger);
  } finally {
    await services.db.close();
  }
}
