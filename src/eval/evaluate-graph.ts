import type { Viewer } from '../graphql/context.js';
import type { GraphData } from '../importing/graph-import.js';
import type { Services } from '../services.js';
import { adamicAdar, commonNeighbours, undirectedNeighbours, type Edge, type Scored } from './baselines.js';
import { hideKnowsTies } from './holdout.js';
import { casesByPerson, scoreRankings, type RankingScore } from './metrics.js';

export interface EvaluationOptions {
  /** Length of each suggestion list, and the k of hit@k. */
  readonly k: number;
  readonly hideFraction: number;
  readonly seed: number;
}

export interface MethodResult extends RankingScore {
  readonly method: string;
  readonly seconds: number;
}

export interface GraphEvaluation {
  readonly graph: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly knowsTies: number;
  readonly results: MethodResult[];
}

/** Admin, so that visibility hides nobody: the evaluation measures ranking, not privacy. */
const EVALUATOR: Viewer = { role: 'admin', professionalId: null, subject: 'eval', alliances: [] };
const PARALLEL_REQUESTS = 8;

/**
 * Empties the database, imports the graph without a seeded 10% (say) of its KNOWS ties, and asks
 * the recommender and the two baselines for the top k of everyone who lost a tie.
 * Destroys whatever the database held.
 */
export async function evaluateGraph(
  services: Services,
  graph: string,
  data: GraphData,
  options: EvaluationOptions,
): Promise<GraphEvaluation> {
  const { visible, hidden, knowsTies } = hideKnowsTies(data, options.hideFraction, options.seed);
  await services.db.write(services.cypher.get('maintenance/delete-all-entities'));
  const report = await services.importer.import(visible, 'eval');
  if (report.rejected.length > 0) {
    const first = report.rejected[0];
    throw new Error(`${graph}: ${report.rejected.length} rows rejected, first: ${JSON.stringify(first)}`);
  }

  const cases = casesByPerson(hidden);
  const people = [...cases.keys()].sort();
  const results: MethodResult[] = [];

  results.push(
    await timed('recommender', options.k, cases, async () => {
      const lists = await mapInParallel(people, PARALLEL_REQUESTS, async (id) => {
        const matches = await services.recommendations.suggestConnections(EVALUATOR, id, options.k, 'EN');
        return matches.map((m) => m.id);
      });
      return new Map(people.map((id, i) => [id, lists[i] ?? []]));
    }),
  );

  const edges: Edge[] = (visible.relationships ?? []).map((r) => ({
    from: String(r.from),
    to: String(r.to),
  }));
  const neighbours = undirectedNeighbours(edges);
  const knows = undirectedNeighbours(
    (visible.relationships ?? [])
      .filter((r) => r.type === 'KNOWS')
      .map((r) => ({ from: String(r.from), to: String(r.to) })),
  );
  const professionals = new Set(
    (visible.nodes ?? []).filter((n) => n.label === 'Professional').map((n) => String(n.id)),
  );
  const baselines: [string, typeof commonNeighbours][] = [
    ['common neighbours', commonNeighbours],
    ['Adamic-Adar', adamicAdar],
  ];
  for (const [method, rankFor] of baselines) {
    results.push(
      await timed(method, options.k, cases, async () => {
        const lists = new Map<string, string[]>();
        for (const person of people) {
          const known = knows.get(person) ?? new Set<string>();
          const isCandidate = (id: string) => professionals.has(id) && !known.has(id);
          lists.set(person, ids(rankFor(neighbours, person, isCandidate, options.k)));
        }
        return lists;
      }),
    );
  }

  return {
    graph,
    nodes: visible.nodes?.length ?? 0,
    relationships: data.relationships?.length ?? 0,
    knowsTies,
    results,
  };
}

async function timed(
  method: string,
  k: number,
  cases: ReadonlyMap<string, readonly string[]>,
  rank: () => Promise<Map<string, string[]>>,
): Promise<MethodResult> {
  const started = performance.now();
  const rankings = await rank();
  const seconds = Math.round((performance.now() - started) / 10) / 100;
  return { method, seconds, ...scoreRankings(cases, rankings, k) };
}

function ids(scored: readonly Scored[]): string[] {
  return scored.map((s) => s.id);
}

/** Runs the work over the items with at most `limit` in flight; results in item order. */
async function mapInParallel<T, R>(items: readonly T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
