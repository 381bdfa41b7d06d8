import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { evaluateGraph, type GraphEvaluation } from '../eval/evaluate-graph.js';
import { markdownTable, writeReport, type EvaluationRun } from '../eval/report.js';
import { DEFAULT_SEED, generateSyntheticGraph } from '../generate/synthetic.js';
import type { GraphData } from '../importing/graph-import.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';

/**
 * npm run eval:recommend [-- --professionals 400 --seed S]: hides 10% of the KNOWS ties of the
 * synthetic graph and of the demo graph, and measures how many of them the recommender and two
 * baselines suggest back (hit@10, MRR). Writes bench/results/eval-recommend-<date>.json and .md.
 * It EMPTIES the database, so it insists on an explicit NEO4J_URI rather than the development one.
 */
const { values } = parseArgs({
  options: { professionals: { type: 'string', default: '400' }, seed: { type: 'string' } },
});
const professionals = Number(values.professionals);
const seed = values.seed === undefined ? DEFAULT_SEED : Number(values.seed);
if (!Number.isInteger(professionals) || professionals < 10 || !Number.isInteger(seed)) {
  throw new Error('usage: eval-recommend [--professionals N (>= 10)] [--seed integer]');
}

const config = loadConfig();
if (!config.neo4j.uri) {
  console.error('eval:recommend empties the database: set NEO4J_URI to a disposable Neo4j');
  process.exit(2);
}
const logger = createLogger(config.logLevel);
const services = connect(config, logger);
try {
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  const options = { k: 10, hideFraction: 0.1, seed };
  const demo = JSON.parse(readFileSync(join(projectRoot(), 'data', 'demo.json'), 'utf8')) as GraphData;
  const graphs: [string, GraphData][] = [
    [`synthetic-${professionals}`, generateSyntheticGraph({ professionals, seed })],
    ['demo', demo],
  ];
  const evaluations: GraphEvaluation[] = [];
  for (const [name, data] of graphs) {
    console.error(`evaluating ${name}...`);
    evaluations.push(await evaluateGraph(services, name, data, options));
  }
  const run: EvaluationRun = { date: new Date().toISOString().slice(0, 10), options, graphs: evaluations };
  const files = writeReport(run, join(projectRoot(), 'bench', 'results'));
  console.log(markdownTable(run));
  console.error(`written: ${files.join(', ')}`);
} finally {
  await services.db.close();
}
