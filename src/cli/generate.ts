import { readArgs, wholeNumber } from './args.js';
import {
  DEFAULT_SEED,
  generateSyntheticGraph,
  type SyntheticGraph,
  type SyntheticNode,
} from '../generate/synthetic.js';
import type { GraphData } from '../importing/graph-import.js';
import type { Services } from '../services.js';
import { append } from '../util/groups.js';
import { withServices } from './with-services.js';

/**
 * npm run generate -- --professionals N [--seed S]: builds the synthetic graph and imports it
 * through the regular importer, in batches so that no transaction grows beyond a few seconds:
 * nodes first (by label), then relationships, whose ends are then already stored.
 * Imports upsert by id, so running it twice with the same options changes nothing.
 */
const NODE_BATCH = 5_000;
const RELATIONSHIP_BATCH = 10_000;

const USAGE = `usage: npm run generate -- --professionals N [--seed S]
Builds a synthetic network of N professionals (at least 10) with their alliances, initiatives,
insights, bottlenecks and events, and imports it into the configured Neo4j (NEO4J_URI, else the
project's local one) in batches. The same N and seed give the same graph; running it twice changes
nothing.
  --professionals N   how many professionals (at least 10)
  --seed S            the generator's seed, a whole number (default ${DEFAULT_SEED})`;

const { values } = readArgs(USAGE, {
  options: { professionals: { type: 'string' }, seed: { type: 'string' } },
});
const professionals = wholeNumber(USAGE, 'professionals', values.professionals, 10);
const seed = values.seed === undefined ? DEFAULT_SEED : wholeNumber(USAGE, 'seed', values.seed, 0);

function chunks<T>(list: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

async function importInBatches(services: Services, graph: SyntheticGraph) {
  const byLabel = new Map<string, SyntheticNode[]>();
  for (const node of graph.nodes) append(byLabel, node.label, node);
  const batches: GraphData[] = [
    ...[...byLabel.values()].flatMap((nodes) => chunks(nodes, NODE_BATCH).map((b) => ({ nodes: b }))),
    ...chunks(graph.relationships, RELATIONSHIP_BATCH).map((b) => ({ relationships: b })),
  ];
  const total = graph.nodes.length + graph.relationships.length;
  let done = 0;
  for (const batch of batches) {
    const report = await services.importer.import(batch, 'generate');
    if (report.rejected.length > 0) {
      throw new Error(
        `${report.rejected.length} rows rejected, first: ${JSON.stringify(report.rejected[0])}`,
      );
    }
    done += (batch.nodes?.length ?? 0) + (batch.relationships?.length ?? 0);
    process.stderr.write(`\rimported ${done} / ${total} nodes and relationships`);
  }
  process.stderr.write('\n');
}

await withServices(async (services) => {
  const graph = generateSyntheticGraph({ professionals, seed });
  const started = performance.now();
  await importInBatches(services, graph);
  const seconds = (performance.now() - started) / 1000;
  const items = graph.nodes.length + graph.relationships.length;
  console.error(
    `${graph.nodes.length} nodes and ${graph.relationships.length} relationships in ${seconds.toFixed(1)} s: ` +
      `${Math.round(items / seconds)} per second`,
  );
});
