import { readArgs } from './args.js';
import { loadDemoData } from '../seed/demo.js';
import { withServices } from './with-services.js';

/** npm run seed: applies migrations and loads (or refreshes) the demo data. */
readArgs(
  `usage: npm run seed
Applies the migrations and loads (or refreshes) the demo data (data/demo.json) in the configured
Neo4j (NEO4J_URI, else the project's local one). Running it again changes nothing.`,
  {},
);
const rejected = await withServices(async (services, _config, logger) => {
  const report = await loadDemoData(services);
  logger.info(
    { ...report, rejected: report.rejected.length, created: report.created.length },
    'demo data loaded',
  );
  for (const r of report.rejected) logger.warn(r, 'rejected');
  return report.rejected.length;
});
process.exitCode = rejected > 0 ? 1 : 0;
