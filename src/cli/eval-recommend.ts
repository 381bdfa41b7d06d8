import { readArgs, usageError, wholeNumber } from './args.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { evaluateGraph, type EvaluationOptions, type GraphEvaluation } from '../eval/evaluate-graph.js';
import { loadRealNetworks, networkGraph, networkSpecs, REAL_NETWORKS } from '../eval/networks.js';
import { summaryTable, writeReport, type EvaluationRun } from '../eval/report.js';
import { DEFAULT_SEED, generateSyntheticGraph } from '../generate/synthetic.js';
import type { GraphData } from '../importing/graph-import.js';
import { createLogger } from '../logger.js';
import { projectRoot } from '../util/project-root.js';

/**
 * npm run eval:recommend [-- options]: hides 10% of the KNOWS ties of each graph, once per seed,
 * and measures how many of them the recommender and the baselines (common neighbours, Adamic-Adar,
 * resource allocation, each plain and tie-fair) suggest back (hit@10, MRR); with several seeds,
 * the recommender's paired difference to each baseline with a 95% t-interval. Graphs: the
 * synthetic graph, the demo graph, and real social networks exported by python3's networkx.
 * Writes bench/results/eval-recommend-<date>.json and .md.
 * It EMPTIES the database, so it insists on an explicit NEO4J_URI rather than the development one.
 */
const USAGE = [
  'usage: npm run eval:recommend -- [options]',
  'Scores suggestedConnections against baselines on held-out ties of a synthetic graph, the demo',
  'graph and real social networks. It empties the database, so it needs an explicit NEO4J_URI.',
  '  --networks a,b,...      real networks (default all: ' +
    REAL_NETWORKS.map((n) => n.name).join(',') +
    '; none for none)',
  '  --seeds N               holdouts per real network (default 20)',
  '  --seed S                first seed (default ' +
    DEFAULT_SEED +
    '); seeds are S, S+1, ...; also the synthetic graph',
  '  --skip-synthetic        skip the synthetic and the demo graph',
  '  --synthetic-seeds N     holdouts of the synthetic and the demo graph (default 1)',
  '  --professionals N       people in the synthetic graph (default 400, at least 10)',
].join('\n');

const { values } = readArgs(USAGE, {
  options: {
    professionals: { type: 'string', default: '400' },
    seed: { type: 'string' },
    seeds: { type: 'string', default: '20' },
    'synthetic-seeds': { type: 'string', default: '1' },
    networks: { type: 'string' },
    'skip-synthetic': { type: 'boolean', default: false },
  },
});
const professionals = wholeNumber(USAGE, 'professionals', values.professionals, 10);
const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber(USAGE, 'seed', values.seed, 0);
const realSeeds = wholeNumber(USAGE, 'seeds', values.seeds, 1);
const syntheticSeeds = wholeNumber(USAGE, 'synthetic-seeds', values['synthetic-seeds'], 1);
const names =
  values.networks === undefined
    ? REAL_NETWORKS.map((n) => n.name)
    : values.networks === 'none'
      ? []
      : values.networks
          .split(',')
          .map((n) => n.trim())
          .filter((n) => n !== '');
try {
  networkSpecs(names);
} catch (error) {
  usageError(USAGE, (error as Error).message);
}

const config = loadConfig();
if (!config.neo4j.uri) {
  console.error('eval:recommend empties the database: set NEO4J_URI to a disposable Neo4j');
  process.exit(2);
}

const seedsFrom = (count: number) => Array.from({ length: count }, (_, i) => seed + i);
const k = 10;
const hideFraction = 0.1;
const graphs: { name: string; description: string; data: GraphData; options: EvaluationOptions }[] = [];
if (!values['skip-synthetic']) {
  const options: EvaluationOptions = {
    k,
    hideFraction,
    seeds: seedsFrom(syntheticSeeds),
    baselineEdges: 'all',
  };
  const demo = JSON.parse(readFileSync(join(projectRoot(), 'data', 'demo.json'), 'utf8')) as GraphData;
  graphs.push(
    {
      name: `synthetic-${professionals}`,
      description: `Synthetic graph, ${professionals} professionals, generator seed ${seed}`,
      data: generateSyntheticGraph({ professionals, seed }),
      options,
    },
    { name: 'demo', description: 'Demo graph (data/demo.json)', data: demo, options },
  );
}
const skipped: { name: string; reason: string }[] = [];
if (names.length > 0) {
  const load = loadRealNetworks(names);
  if (load.unavailable !== null) {
    console.error(`real networks skipped: ${load.unavailable}`);
    console.error(
      '  they need python3 with networkx (pip install networkx, or apt-get install python3-networkx)',
    );
    skipped.push(...names.map((name) => ({ name, reason: load.unavailable as string })));
  }
  for (const s of load.skipped) console.error(`network ${s.name} skipped: ${s.reason}`);
  skipped.push(...load.skipped);
  const options: EvaluationOptions = { k, hideFraction, seeds: seedsFrom(realSeeds), baselineEdges: 'KNOWS' };
  for (const network of load.networks) {
    graphs.push({
      name: network.name,
      description: `${network.title}: ${network.source}`,
      data: networkGraph(network),
      options,
    });
  }
}
if (graphs.length === 0) {
  console.error('nothing to evaluate');
  process.exit(1);
}

const logger = createLogger(config.logLevel);
const services = connect(config, logger);
try {
  await waitForDatabase(services, logger);
  await migrate(services.db, services.cypher, logger);
  const evaluations: GraphEvaluation[] = [];
  for (const graph of graphs) {
    const count = graph.options.seeds.length;
    evaluations.push(
      await evaluateGraph(services, graph.name, graph.description, graph.data, graph.options, (s, i) =>
        console.error(`evaluating ${graph.name}, seed ${s} (${i + 1}/${count})...`),
      ),
    );
  }
  const run: EvaluationRun = {
    date: new Date().toISOString().slice(0, 10),
    k,
    hideFraction,
    graphs: evaluations,
    skipped,
  };
  const files = writeReport(run, join(projectRoot(), 'bench', 'results'));
  console.log(summaryTable(run));
  console.error(`written: ${files.join(', ')}`);
} finally {
  await services.db.close();
}
