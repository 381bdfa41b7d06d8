import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.js';
import { DEFAULT_SEED, generateSyntheticGraph, type SyntheticGraph } from '../generate/synthetic.js';
import type { GraphData } from '../importing/graph-import.js';
import type { Services } from '../services.js';
import { append } from '../util/groups.js';
import { join } from 'node:path';
import { CypherLibrary } from '../db/cypher.js';
import { projectRoot } from '../util/project-root.js';

/** The same batch sizes as `npm run generate`: no transaction grows beyond a few seconds. */
const NODE_BATCH = 5_000;
const RELATIONSHIP_BATCH = 10_000;

export interface GenerateReport {
  readonly professionals: number;
  readonly nodes: number;
  readonly relationships: number;
  readonly seconds: number;
  /** Nodes plus relationships imported per second. */
  readonly perSecond: number;
}

/**
 * cypher/maintenance/delete-all-entities deletes in one transaction, which a graph of a million
 * relationships does not fit in: these statements commit in batches (auto-commit transactions, as
 * CALL IN TRANSACTIONS requires).
 */
const cypher = new CypherLibrary(join(projectRoot(), 'cypher'));
const WIPE = [
  cypher.get('maintenance/delete-relationships-in-batches'),
  cypher.get('maintenance/delete-entities-in-batches'),
];
const SETTLE = [cypher.get('maintenance/await-indexes'), cypher.get('maintenance/clear-query-caches')];

export async function countProfessionals(services: Services): Promise<number> {
  return services.entities.count('Professional', { filters: [], relationFilters: [] });
}

/**
 * Why the database may not be emptied, if so: without NEO4J_URI the service would use the
 * development Neo4j, whose graph is somebody's work.
 */
export function refusalToEmpty(config: Config): string | undefined {
  if (config.neo4j.uri) return undefined;
  return (
    '--generate and --scale empty the database first: set NEO4J_URI to a disposable Neo4j ' +
    '(e.g. bash tools/neo4j/db.sh start bench 7751 and NEO4J_URI=bolt://127.0.0.1:7751)'
  );
}

/** Empties the graph (domain nodes only; schema, migrations and audit trail stay). */
export async function wipe(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of WIPE) await session.run(statement.text);
  } finally {
    await session.close();
  }
}

/** After a new graph: indexes online and plans made for its size, not for the previous one. */
export async function settle(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    for (const statement of SETTLE) await session.run(statement.text);
  } finally {
    await session.close();
  }
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function batches(graph: SyntheticGraph): GraphData[] {
  const byLabel = new Map<string, SyntheticGraph['nodes']>();
  for (const node of graph.nodes) append(byLabel, node.label, node);
  return [
    ...[...byLabel.values()].flatMap((nodes) => chunks(nodes, NODE_BATCH).map((b) => ({ nodes: b }))),
    ...chunks(graph.relationships, RELATIONSHIP_BATCH).map((b) => ({ relationships: b })),
  ];
}

/**
 * Generates the synthetic graph and imports it through the regular importer, as
 * `npm run generate` does, timing the import alone (building the graph in memory is not
 * what a database import costs).
 */
export async function generate(
  services: Services,
  professionals: number,
  progress: (line: string) => void,
): Promise<GenerateReport> {
  const graph = generateSyntheticGraph({ professionals, seed: DEFAULT_SEED });
  const total = graph.nodes.length + graph.relationships.length;
  const started = performance.now();
  let done = 0;
  for (const batch of batches(graph)) {
    const report = await services.importer.import(batch, 'bench');
    if (report.rejected.length > 0) {
      throw new Error(`${report.rejected.length} rows rejected: ${JSON.stringify(report.rejected[0])}`);
    }
    done += (batch.nodes?.length ?? 0) + (batch.relationships?.length ?? 0);
    progress(`imported ${done} / ${total} nodes and relationships`);
  }
  const seconds = (performance.now() - started) / 1000;
  return {
    professionals,
    nodes: graph.nodes.length,
    relationships: graph.relationships.length,
    seconds,
    perSecond: total / seconds,
  };
}
