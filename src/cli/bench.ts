import { listOf, readArgs, wholeNumber } from './args.js';
import { join } from 'node:path';
import { loadavg } from 'node:os';
import { compare, TARGETS } from '../bench/compare.js';
import {
  countProfessionals,
  generate,
  refusalToEmpty,
  settle,
  wipe,
  type GenerateReport,
} from '../bench/dataset.js';
import { operations } from '../bench/operations.js';
import { compareMarkdown, environment, scaleMarkdown, writeReport } from '../bench/report.js';
import { scale } from '../bench/scale.js';
import {
  benchDriver,
  rawDriver,
  startFloorHttp,
  startFloorYoga,
  startNeo4jGraphql,
  startOurs,
  type HttpTarget,
} from '../bench/targets.js';
import { connect, waitForDatabase } from '../bootstrap.js';
import { asOneClient } from './one-client.js';
import { loadConfig } from '../config.js';
import { randomBytes } from 'node:crypto';
import { migrate } from '../db/migrate.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';
import { buildSchema } from '../graphql/schema.js';
import { createServices } from '../services.js';

/**
 * npm run bench -- [--generate --professionals N] [--seconds 10] [--warmup 3] [--connections 10]
 *   [--rounds 2] [--operations single,nested,filtered,search,whoKnows,suggested]
 *   [--targets ours,ours-uncached,neo4j-graphql,yoga,raw-http,raw] [--tag name: results/<date>-name.*] [--source-maps]
 * npm run bench -- --scale 1000,10000,100000 [--scale-connections 1,10]
 *
 * In one process: our server, the same graph through @neo4j/graphql 7, and the statements our
 * resolvers send replayed through the driver alone (the floor), under the same load. Results go
 * to bench/results/<date>.{json,md} (scale: scale-<date>). See docs/performance.md.
 */
const USAGE = `usage: npm run bench -- [--generate --professionals N] [--seconds 10] [--warmup 3] [--connections 10]
         [--rounds 2] [--operations single,nested,...] [--targets ours,ours-uncached,neo4j-graphql,yoga,raw-http,raw]
         [--tag NAME] [--source-maps]
       npm run bench -- --scale 1000,10000,100000 [--scale-connections 1,10] [--seconds 10] [--warmup 3]
Compares, under the same load and in one process, our server, our server keeping no answers of
the rankings (ours-uncached: every request read anew), the same graph through @neo4j/graphql, the floor behind graphql-yoga (yoga: our schema in yoga without our plugins, the
execution replaced by the same statements), the bare-HTTP floor (raw-http: the same statements
behind a plain HTTP server) and the statements replayed through the driver alone (raw). --generate and --scale empty the database,
so they need an explicit NEO4J_URI. Results: bench/results/<date>[-NAME].{json,md} (scale-<date>...).
  --generate          empty the database and generate --professionals N (default 1000) first
  --seconds N         measured seconds per operation and target (default 10)
  --warmup N          warm-up seconds before each measurement (default 3)
  --connections N     concurrent connections (default 10)
  --rounds N          rounds, targets interleaved (default 2)
  --operations LIST   operations to measure (default all)
  --targets LIST      targets to measure (default all)
  --scale LIST        graph sizes for the scale table (professionals)
  --scale-connections LIST  concurrency levels of the scale table (default 1,10)
  --tag NAME          suffix of the result files
  --source-maps       keep source maps on (production runs without)`;

const { values } = readArgs(USAGE, {
  options: {
    generate: { type: 'boolean', default: false },
    professionals: { type: 'string', default: '1000' },
    seconds: { type: 'string', default: '10' },
    warmup: { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    rounds: { type: 'string', default: '2' },
    operations: { type: 'string' },
    targets: { type: 'string' },
    scale: { type: 'string' },
    'scale-connections': { type: 'string', default: '1,10' },
    tag: { type: 'string', default: '' },
    'source-maps': { type: 'boolean', default: false },
  },
});

const numbers = (name: string, text: string) =>
  text.split(',').map((t) => wholeNumber(USAGE, name, t.trim()));
const log = (line: string) => process.stderr.write(`${line}\n`);

// Production runs compiled JavaScript without source maps; tsx turns them on, which makes every
// stack trace the driver captures per query (neo4j-driver-core result.js) several times dearer.
if (!values['source-maps']) process.setSourceMapsEnabled(false);

// The load generator is one client: the per-client rate limit would only measure itself. The
// npm script runs the bench with NODE_ENV=production, as deployments run (libraries such as
// graphql-js drop their development checks); the bench's own tokens need a secret for that.
const config = asOneClient(
  loadConfig({
    ...process.env,
    AUTH_JWT_SECRET: process.env.AUTH_JWT_SECRET ?? randomBytes(32).toString('hex'),
  }),
);
const seconds = wholeNumber(USAGE, 'seconds', values.seconds);
const warmupSeconds = wholeNumber(USAGE, 'warmup', values.warmup);
const suffix = values.tag ? `-${values.tag.replace(/[^\w-]/g, '')}` : '';
// Before connecting: without NEO4J_URI, connecting would start (and then empty) the dev Neo4j.
const refusal = values.generate || values.scale !== undefined ? refusalToEmpty(config) : undefined;
if (refusal) {
  process.stderr.write(`${refusal}\n`);
  process.exit(2);
}

const logger = createLogger('warn');
const services = connect(config, logger);
const driver = benchDriver(config);
const raw = rawDriver(config);
const database = config.neo4j.database;
const env = environment();
const resultsDir = join(projectRoot(), 'bench', 'results');
const started: HttpTarget[] = [];

try {
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  if (values.scale !== undefined) {
    const sizes = numbers('scale', values.scale);
    const ours = await startOurs(config, services, logger);
    started.push(ours);
    const load = {
      connections: numbers('scale-connections', values['scale-connections']),
      seconds,
      warmupSeconds,
    };
    const rows = await scale({ services, ours, driver, raw, database, log }, sizes, load);
    env.loadAverageAfter = loadavg().map((n) => Math.round(n * 100) / 100);
    const report = { kind: 'scale' as const, environment: env, load, rows };
    const markdown = scaleMarkdown(report);
    const files = writeReport(resultsDir, 'scale-', suffix, report, markdown);
    process.stdout.write(`${markdown}\nwritten to ${files.join(' and ')}\n`);
  } else {
    let generated: GenerateReport | null = null;
    if (values.generate) {
      log('emptying the database');
      await wipe(driver, database);
      generated = await generate(services, wholeNumber(USAGE, 'professionals', values.professionals), log);
      await settle(driver, database);
      log(`generated in ${generated.seconds.toFixed(1)} s: ${generated.perSecond.toFixed(0)} per second`);
    }
    const professionals = await countProfessionals(services);
    const synthetic = (await services.entities.getByIds(['prof-00000'])).size === 1;
    if (professionals < 10 || !synthetic) {
      throw new Error('no synthetic graph here: run with --generate --professionals N (and NEO4J_URI)');
    }
    const all = operations(professionals);
    const wanted =
      values.operations === undefined
        ? undefined
        : listOf(
            USAGE,
            'operations',
            values.operations,
            all.map((o) => o.key),
          );
    const list = all.filter((o) => !wanted || wanted.includes(o.key));
    const ours = await startOurs(config, services, logger);
    started.push(ours);
    // The same service on the same driver, keeping no answers (see Stage.oursUncached). Its app
    // sets the driver's admission (the session bulkhead) anew, for both: harmless, since the
    // targets are measured one after another and the bench is one client.
    const uncachedConfig = { ...config, answerCache: { entries: 0, maxAgeMs: 1 } };
    const uncachedServices = createServices(uncachedConfig, services.db, services.cypher, logger);
    // Its question vocabulary is read now, as compare() reads ours: the floors' statements are
    // recorded through it, and the vocabulary read is the service's own cache, not a request's.
    await uncachedServices.recommendations.questions.vocabulary();
    const oursUncached = await startOurs(uncachedConfig, uncachedServices, logger);
    started.push(oursUncached);
    const theirs = await startNeo4jGraphql(driver, database);
    started.push(theirs);
    const floorHttp = await startFloorHttp(raw, database);
    started.push(floorHttp);
    const floorYoga = await startFloorYoga(raw, database, buildSchema(projectRoot()), floorHttp.routes);
    started.push(floorYoga);
    const load = {
      connections: wholeNumber(USAGE, 'connections', values.connections),
      seconds,
      warmupSeconds,
      rounds: Math.max(1, wholeNumber(USAGE, 'rounds', values.rounds)),
      targets: values.targets === undefined ? undefined : listOf(USAGE, 'targets', values.targets, TARGETS),
    };
    const results = await compare(
      { services, ours, oursUncached, theirs, raw, floorHttp, floorYoga, database, log },
      list,
      load,
    );
    env.loadAverageAfter = loadavg().map((n) => Math.round(n * 100) / 100);
    const report = {
      kind: 'compare' as const,
      environment: env,
      graph: { professionals, generated },
      load,
      operations: results,
    };
    const markdown = compareMarkdown(report);
    const files = writeReport(resultsDir, '', suffix, report, markdown);
    process.stdout.write(`${markdown}\nwritten to ${files.join(' and ')}\n`);
  }
} catch (error) {
  // Printed here: an uncaught error would also print its source line, a whole compiled module.
  process.stderr.write(
    `bench failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
} finally {
  for (const target of started) await target.close();
  await driver.close();
  await raw.close();
  await services.db.close();
}
