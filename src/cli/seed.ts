import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { loadDemoData } from '../seed/demo.js';

/** npm run seed: applies migrations and loads (or refreshes) the demo data. */
const config = loadConfig();
const logger = createLogger(config.logLevel);
const services = connect(config, logger);
try {
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  const report = await loadDemoData(services);
  logger.info({ ...report, rejected: report.rejected.length }, 'demo data loaded');
  for (const r of report.rejected) logger.warn(r, 'rejected');
  process.exitCode = report.rejected.length > 0 ? 1 : 0;
} finally {
  await services.db.close();
}
