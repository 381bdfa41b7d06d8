import { readArgs, usageError, wholeNumber } from './args.js';
import cliProgress from 'cli-progress';
import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import type { ImportReport } from '../importing/graph-import.js';
import { loadSources, locateRejections } from '../importing/sources.js';
import { createLogger } from '../logger.js';
import { announceGraphWritten } from '../shared-state/graph-changes.js';
import { closeRedisConnections, redisConnections } from '../shared-state/redis.js';

/**
 * npm run import -- FILE... [--dry-run] [--batch-size N]: imports JSON ({nodes, relationships}),
 * the project's CSV layout (a file per label plus relationships.csv) or element and connection
 * sheets of network-mapping tools; a folder stands for the files in it. Every row is checked
 * before anything is written; rejected rows are listed with file, line and reason, and the exit
 * code is 1 when there were any. Writes go in batches of N rows per transaction (0: everything
 * in one transaction); importing the same files again changes nothing. With REDIS_URL, the new
 * insights and questions are announced to the live subscribers of every replica.
 */
const USAGE = `usage: npm run import -- FILE|FOLDER... [--dry-run] [--batch-size N]
Imports JSON ({nodes, relationships}), the project's CSV layout, GraphML or element and connection
sheets of network-mapping tools; a folder stands for the files in it. Every row is checked before
anything is written; rejected rows are listed with file, line and reason (exit code 1).
  --dry-run           check everything, write nothing
  --batch-size N      rows per transaction (default 5000; 0 = everything in one transaction)
With REDIS_URL set, the new insights and questions reach the live subscribers of every replica.`;

const { values, positionals } = readArgs(USAGE, {
  allowPositionals: true,
  options: {
    'dry-run': { type: 'boolean', default: false },
    'batch-size': { type: 'string', default: '5000' },
  },
});
const batchSize = wholeNumber(USAGE, 'batch-size', values['batch-size'], 0);
if (positionals.length === 0) usageError(USAGE, 'name at least one file or folder to import');
const dryRun = values['dry-run'];

const source = await loadSources(positionals).catch((error: Error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(2);
});
for (const warning of source.warnings) process.stderr.write(`warning: ${warning}\n`);

const config = loadConfig();
const logger = createLogger(config.logLevel);
const services = connect(config, logger);
const bar = new cliProgress.SingleBar(
  { format: '{bar} {value}/{total} rows written | {eta_formatted} left', stream: process.stderr },
  cliProgress.Presets.shades_classic,
);
try {
  await waitForDatabase(services, logger);
  // A dry run writes nothing, not even the schema.
  if (!dryRun) await migrate(services.db, services.cypher, logger);
  const rows = source.nodes.length + source.relationships.length;
  process.stderr.write(`checking ${rows} rows from ${positionals.join(', ')}\n`);
  let started = false;
  const report = await services.importer.import(
    { nodes: source.nodes, relationships: source.relationships },
    'import',
    dryRun,
    {
      batchSize: batchSize === 0 ? undefined : batchSize,
      onProgress: (done, total) => {
        if (!started) bar.start(total, 0);
        started = true;
        bar.update(done);
      },
    },
  );
  bar.stop();
  // With REDIS_URL, the new insights and questions reach the live subscribers of every replica.
  const announced = !dryRun && config.redisUrl ? await announce(config.redisUrl, report.created) : 0;
  const rejected = locateRejections(source, report);
  for (const r of rejected) {
    const where = r.line === null ? r.file : `${r.file}:${r.line}`;
    process.stdout.write(`rejected ${where}${r.id ? ` (${r.id})` : ''}: ${r.reason}\n`);
  }
  const verb = dryRun ? 'would create' : 'created';
  process.stdout.write(
    `${dryRun ? 'dry run, nothing written: ' : ''}${verb} ${report.nodesCreated} nodes, ` +
      `${dryRun ? 'would update' : 'updated'} ${report.nodesUpdated}, ` +
      `${dryRun ? 'would write' : 'wrote'} ${report.relationships} relationships; ` +
      `${rejected.length} rows rejected\n`,
  );
  if (announced > 0)
    process.stdout.write(`sent ${announced} new insights and questions to live subscribers\n`);
  process.exitCode = rejected.length > 0 ? 1 : 0;
} catch (error) {
  bar.stop();
  // In batches, what was written before a failure stays; the same import again completes it.
  process.stderr.write(`import failed: ${(error as Error).message}\n`);
  if (!dryRun && batchSize > 0)
    process.stderr.write('rows written before the failure stay; run the import again to complete it\n');
  process.exitCode = 2;
} finally {
  // Whatever was written (all of it, or the batches before a failure): the replicas' kept answers
  // of the rankings are not used after it. Told before the connections close.
  if (!dryRun && config.redisUrl && services.db.writes > 0) {
    await announceGraphWritten(redisConnections(config.redisUrl, logger)).catch((error: unknown) =>
      process.stderr.write(
        `the replicas' kept answers were not told of the import: ${(error as Error).message}\n`,
      ),
    );
  }
  // Sends what was announced before the connections close; each closes even if the other fails.
  await Promise.allSettled([services.db.close(), closeRedisConnections()]);
}

/**
 * The new insights and questions announced through Redis, once it answers (the command
 * connection queues nothing while it connects). The import stands when Redis is away: it says so.
 */
async function announce(url: string, created: ImportReport['created']): Promise<number> {
  try {
    await redisConnections(url, logger).ready();
  } catch (error) {
    process.stderr.write(`not announced to live subscribers: ${(error as Error).message}\n`);
    return 0;
  }
  return services.live.imported(created);
}
