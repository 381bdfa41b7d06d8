import type { Viewer } from '../graphql/context.js';
import type { GraphData } from '../importing/graph-import.js';
import type { Services } from '../services.js';
import {
  BASELINES,
  sharedNeighbourScores,
  topByScore,
  undirectedNeighbours,
  type Edge,
} from './baselines.js';
import { hideKnowsTies } from './holdout.js';
import { casesByPerson, scoreRankings, type RankingScore } from './metrics.js';
import {
  mean,
  pairedDifference,
  sampleSd,
  verdictOf,
  type PairedDifference,
  type Verdict,
} from './statistics.js';
import { tieFairExpectation, tiePosition, type TiePosition } from './tie-fair.js';

export interface EvaluationOptions {
  /** Length of each suggestion list, and the k of hit@k. */
  readonly k: number;
  readonly hideFraction: number;
  /** One holdout (hide, import, ask) per seed. */
  readonly seeds: readonly number[];
  /**
   * What the baselines read as edges: every relationship type (generated and demo graphs), or the
   * KNOWS ties only (a network of people and their ties, where the two are the same).
   */
  readonly baselineEdges: 'all' | 'KNOWS';
}

export const RECOMMENDER = 'recommender';
export const RECOMMENDER_TIE_FAIR = 'recommender, tie-fair (diagnostic)';
export const TIE_FAIR = ', tie-fair';

export type MethodRole = 'recommender' | 'baseline' | 'diagnostic';

export interface MethodResult extends RankingScore {
  readonly method: string;
  readonly role: MethodRole;
  /** Scored by the expectation over random orders of tied candidates (hits are then expected hits). */
  readonly tieFair: boolean;
  readonly seconds: number;
}

/** One holdout: the hidden ties of one seed, and every method's score on them. */
export interface SeedEvaluation {
  readonly seed: number;
  readonly people: number;
  readonly hiddenTies: number;
  readonly cases: number;
  /** Cases whose hidden partner shares no neighbour with them in the visible graph. */
  readonly casesWithoutSharedNeighbour: number;
  /** Cases of people with at most k candidates: every method that fills its list hits them. */
  readonly casesWithAtMostKCandidates: number;
  /**
   * Cases where the recommender's longest list ended inside the target's tie group, so that its
   * tie-fair diagnostic undercounts the tie (and flatters the recommender).
   */
  readonly truncatedTieGroups: number;
  readonly results: readonly MethodResult[];
}

export interface MethodSummary {
  readonly method: string;
  readonly role: MethodRole;
  readonly tieFair: boolean;
  /** Means over the seeds of the per-seed hit@k and MRR. */
  readonly hitAtK: number;
  readonly mrr: number;
  /** Sample standard deviations over the seeds (null with one seed). */
  readonly hitAtKSd: number | null;
  readonly mrrSd: number | null;
  readonly perSeed: { readonly hitAtK: readonly number[]; readonly mrr: readonly number[] };
  readonly seconds: number;
}

/** The recommender against one baseline on one metric, paired by seed: recommender − baseline. */
export interface Comparison {
  readonly metric: 'hitAtK' | 'mrr';
  readonly baseline: string;
  /** Whether this is the best tie-fair baseline on the metric (highest mean). */
  readonly best: boolean;
  readonly difference: PairedDifference;
  readonly verdict: Verdict;
  /** The recommender's mean is at least the baseline's. */
  readonly atOrAbove: boolean;
}

export interface GraphEvaluation {
  readonly graph: string;
  readonly description: string;
  readonly nodes: number;
  readonly relationships: number;
  readonly knowsTies: number;
  readonly baselineEdges: 'all' | 'KNOWS';
  readonly seeds: readonly number[];
  readonly methods: readonly MethodSummary[];
  readonly comparisons: readonly Comparison[];
  readonly perSeed: readonly SeedEvaluation[];
}

/** Admin, so that visibility hides nobody: the evaluation measures ranking, not privacy. */
const EVALUATOR: Viewer = { role: 'admin', professionalId: null, subject: 'eval', alliances: [] };
const PARALLEL_REQUESTS = 8;
/** The longest list the recommender gives (its maximum `first`): input of the tie-fair diagnostic. */
const LONGEST_LIST = 100;

/**
 * For every seed: empties the database, imports the graph without a seeded share of its KNOWS
 * ties, and asks the recommender and the baselines for the top k of everyone who lost a tie; then
 * summarises the methods over the seeds and compares the recommender with each tie-fair baseline.
 * Destroys whatever the database held.
 */
export async function evaluateGraph(
  services: Services,
  graph: string,
  description: string,
  data: GraphData,
  options: EvaluationOptions,
  onSeed: (seed: number, index: number) => void = () => {},
): Promise<GraphEvaluation> {
  if (options.seeds.length === 0) throw new Error(`${graph}: no seeds`);
  const perSeed: SeedEvaluation[] = [];
  for (const [index, seed] of options.seeds.entries()) {
    onSeed(seed, index);
    perSeed.push(await evaluateSeed(services, graph, data, options, seed));
  }
  const methods = summarise(perSeed);
  const knowsTies = (data.relationships ?? []).filter((r) => r.type === 'KNOWS').length;
  return {
    graph,
    description,
    nodes: data.nodes?.length ?? 0,
    relationships: data.relationships?.length ?? 0,
    knowsTies,
    baselineEdges: options.baselineEdges,
    seeds: options.seeds,
    methods,
    comparisons: compare(methods),
    perSeed,
  };
}

async function evaluateSeed(
  services: Services,
  graph: string,
  data: GraphData,
  options: EvaluationOptions,
  seed: number,
): Promise<SeedEvaluation> {
  const { k } = options;
  const { visible, hidden } = hideKnowsTies(data, options.hideFraction, seed);
  await services.db.write(services.cypher.get('maintenance/delete-all-entities'));
  const report = await services.importer.import(visible, 'eval');
  if (report.rejected.length > 0) {
    const first = report.rejected[0];
    throw new Error(`${graph}: ${report.rejected.length} rows rejected, first: ${JSON.stringify(first)}`);
  }

  const cases = casesByPerson(hidden);
  const people = [...cases.keys()].sort();
  const results: MethodResult[] = [];

  // The recommender as it answers (top k with reasons, ties by id), and its longest list with the
  // scores (without reasons: they do not change the ranking), from which the diagnostic takes the
  // expectation over random orders of its tied candidates.
  const started = performance.now();
  const lists = await mapInParallel(people, PARALLEL_REQUESTS, async (id) => {
    const matches = await services.recommendations.suggestConnections(EVALUATOR, id, k, 'EN');
    return matches.map((m) => m.id);
  });
  const seconds = elapsed(started);
  const rankings = new Map(people.map((id, i) => [id, lists[i] ?? []]));
  results.push({
    method: RECOMMENDER,
    role: 'recommender',
    tieFair: false,
    seconds,
    ...scoreRankings(cases, rankings, k),
  });

  const longest = await mapInParallel(people, PARALLEL_REQUESTS, async (id) => {
    const matches = await services.recommendations.suggestConnections(EVALUATOR, id, LONGEST_LIST, 'EN', {
      reasons: false,
    });
    return matches.map((m) => ({ id: m.id, score: m.score }));
  });
  let truncatedTieGroups = 0;
  const recommenderPositions = new Map<string, (TiePosition | null)[]>();
  for (const [i, person] of people.entries()) {
    const list = longest[i] ?? [];
    const scores = new Map(list.map((m) => [m.id, m.score]));
    const lastScore = list.at(-1)?.score;
    recommenderPositions.set(
      person,
      (cases.get(person) ?? []).map((partner) => {
        const own = scores.get(partner);
        // Absent from the longest list: a miss.
        if (own === undefined) return null;
        if (list.length === LONGEST_LIST && own === lastScore) truncatedTieGroups += 1;
        return tiePosition(scores, list.length, partner, true);
      }),
    );
  }
  results.push(tieFairResult(RECOMMENDER_TIE_FAIR, 'diagnostic', cases, recommenderPositions, k, 0));

  // The baselines, on the same visible graph.
  const visibleRelationships = visible.relationships ?? [];
  const edgesOf = (type: string | null): Edge[] =>
    visibleRelationships
      .filter((r) => type === null || r.type === type)
      .map((r) => ({ from: String(r.from), to: String(r.to) }));
  const knows = undirectedNeighbours(edgesOf('KNOWS'));
  const neighbours = options.baselineEdges === 'KNOWS' ? knows : undirectedNeighbours(edgesOf(null));
  const professionals = (visible.nodes ?? [])
    .filter((n) => n.label === 'Professional')
    .map((n) => String(n.id));
  const professionalSet = new Set(professionals);
  const candidacy = new Map(
    people.map((person) => {
      const known = knows.get(person) ?? new Set<string>();
      const isCandidate = (id: string) => id !== person && professionalSet.has(id) && !known.has(id);
      return [person, { isCandidate, count: professionals.filter(isCandidate).length }];
    }),
  );

  let casesWithoutSharedNeighbour = 0;
  let casesWithAtMostKCandidates = 0;
  for (const [b, baseline] of BASELINES.entries()) {
    const began = performance.now();
    const listed = new Map<string, string[]>();
    const positions = new Map<string, (TiePosition | null)[]>();
    for (const person of people) {
      const { isCandidate, count } = candidacy.get(person) as {
        isCandidate: (id: string) => boolean;
        count: number;
      };
      const scores = sharedNeighbourScores(neighbours, person, isCandidate, baseline.weightOf);
      listed.set(
        person,
        topByScore(scores, k).map((s) => s.id),
      );
      const partners = cases.get(person) ?? [];
      positions.set(
        person,
        partners.map((partner) => tiePosition(scores, count, partner, isCandidate(partner))),
      );
      if (b === 0) {
        casesWithoutSharedNeighbour += partners.filter((p) => !((scores.get(p) ?? 0) > 0)).length;
        if (count <= k) casesWithAtMostKCandidates += partners.length;
      }
    }
    const listSeconds = elapsed(began);
    results.push({
      method: baseline.method,
      role: 'baseline',
      tieFair: false,
      seconds: listSeconds,
      ...scoreRankings(cases, listed, k),
    });
    results.push(tieFairResult(baseline.method + TIE_FAIR, 'baseline', cases, positions, k, listSeconds));
  }

  const counts = scoreRankings(cases, new Map(), k);
  return {
    seed,
    people: counts.people,
    hiddenTies: counts.hiddenTies,
    cases: counts.cases,
    casesWithoutSharedNeighbour,
    casesWithAtMostKCandidates,
    truncatedTieGroups,
    results,
  };
}

/** Expected hits and reciprocal ranks over the cases, from the target's tie position per case. */
function tieFairResult(
  method: string,
  role: MethodRole,
  cases: ReadonlyMap<string, readonly string[]>,
  positions: ReadonlyMap<string, readonly (TiePosition | null)[]>,
  k: number,
  seconds: number,
): MethodResult {
  let count = 0;
  let hits = 0;
  let reciprocal = 0;
  for (const [person, partners] of cases) {
    const perPartner = positions.get(person) ?? [];
    for (let i = 0; i < partners.length; i++) {
      const expected = tieFairExpectation(perPartner[i] ?? null, k);
      count += 1;
      hits += expected.hit;
      reciprocal += expected.reciprocalRank;
    }
  }
  return {
    method,
    role,
    tieFair: true,
    seconds,
    people: cases.size,
    hiddenTies: count / 2,
    cases: count,
    hits,
    hitAtK: count === 0 ? 0 : hits / count,
    mrr: count === 0 ? 0 : reciprocal / count,
  };
}

/** Per method (in the order of the first seed): means and spreads over the seeds. */
export function summarise(perSeed: readonly SeedEvaluation[]): MethodSummary[] {
  const first = perSeed[0];
  if (!first) return [];
  return first.results.map((r) => {
    const runs = perSeed.map((s) => {
      const found = s.results.find((x) => x.method === r.method);
      if (!found) throw new Error(`seed ${s.seed} has no result for ${r.method}`);
      return found;
    });
    const hits = runs.map((x) => x.hitAtK);
    const mrrs = runs.map((x) => x.mrr);
    const spread = (values: number[]) => (values.length < 2 ? null : sampleSd(values));
    return {
      method: r.method,
      role: r.role,
      tieFair: r.tieFair,
      hitAtK: mean(hits),
      mrr: mean(mrrs),
      hitAtKSd: spread(hits),
      mrrSd: spread(mrrs),
      perSeed: { hitAtK: hits, mrr: mrrs },
      seconds: Math.round(runs.reduce((sum, x) => sum + x.seconds, 0) * 100) / 100,
    };
  });
}

/**
 * The recommender against every baseline, per metric, paired by seed; the tie-fair baseline with
 * the highest mean on a metric is marked best (the first one on equal means).
 */
export function compare(methods: readonly MethodSummary[]): Comparison[] {
  const ours = methods.find((m) => m.role === 'recommender');
  if (!ours) return [];
  const baselines = methods.filter((m) => m.role === 'baseline');
  const comparisons: Comparison[] = [];
  for (const metric of ['hitAtK', 'mrr'] as const) {
    const fair = baselines.filter((m) => m.tieFair);
    const best = fair.reduce<MethodSummary | null>(
      (top, m) => (top === null || m[metric] > top[metric] ? m : top),
      null,
    );
    for (const baseline of baselines) {
      const difference = pairedDifference(ours.perSeed[metric], baseline.perSeed[metric]);
      comparisons.push({
        metric,
        baseline: baseline.method,
        best: baseline === best,
        difference,
        verdict: verdictOf(difference),
        atOrAbove: difference.mean >= -1e-12,
      });
    }
  }
  return comparisons;
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) / 10) / 100;
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
