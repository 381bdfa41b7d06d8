/**
 * Classic link-prediction baselines over an undirected graph: on the generated and demo graphs
 * every relationship type is read as an edge (two professionals who share an alliance, a theme, a
 * region or a friend have that node as a common neighbour); on a network of KNOWS ties only, the
 * neighbours are the people one knows. They set the bar the recommender has to clear.
 */

export interface Edge {
  readonly from: string;
  readonly to: string;
}

export type Neighbours = ReadonlyMap<string, ReadonlySet<string>>;

export interface Scored {
  readonly id: string;
  readonly score: number;
}

/** Undirected adjacency; parallel edges of different types between two nodes count once. */
export function undirectedNeighbours(edges: Iterable<Edge>): Map<string, Set<string>> {
  const neighbours = new Map<string, Set<string>>();
  const add = (a: string, b: string) => {
    const set = neighbours.get(a);
    if (set) set.add(b);
    else neighbours.set(a, new Set([b]));
  };
  for (const { from, to } of edges) {
    if (from === to) continue;
    add(from, to);
    add(to, from);
  }
  return neighbours;
}

/** How much one shared neighbour of the given degree adds to a pair's score. */
export type NeighbourWeight = (degree: number) => number;

/**
 * The score of every candidate that shares at least one neighbour with the person: the sum of the
 * weight of each shared neighbour z over the two-hop paths person–z–candidate. Candidates without
 * a shared neighbour are absent (their score is 0). The person is never a candidate.
 */
export function sharedNeighbourScores(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  weightOf: NeighbourWeight,
): Map<string, number> {
  const scores = new Map<string, number>();
  for (const z of neighbours.get(person) ?? []) {
    const around = neighbours.get(z) ?? new Set<string>();
    const weight = weightOf(around.size);
    for (const candidate of around) {
      if (candidate === person || !isCandidate(candidate)) continue;
      scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  }
  return scores;
}

/** The first k candidates by score, then id (the recommender's tie-break). */
export function topByScore(scores: ReadonlyMap<string, number>, k: number): Scored[] {
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k);
}

/** Shared neighbours count 1 each. */
export const COMMON_NEIGHBOURS_WEIGHT: NeighbourWeight = () => 1;

/**
 * Shared neighbours count 1 / ln(degree), so a niche bottleneck shared by two counts more than a
 * theme shared by hundreds. A shared neighbour has degree 2 at least, so the logarithm is never 0.
 */
export const ADAMIC_ADAR_WEIGHT: NeighbourWeight = (degree) => 1 / Math.log(degree);

/**
 * Shared neighbours count 1 / degree: the share of a unit of resource that the neighbour passes on
 * to each of its neighbours (Zhou, Lü and Zhang 2009). Punishes hubs harder than Adamic-Adar.
 */
export const RESOURCE_ALLOCATION_WEIGHT: NeighbourWeight = (degree) => 1 / degree;

/** The baselines of the evaluation, in the order of its reports. */
export const BASELINES: readonly { readonly method: string; readonly weightOf: NeighbourWeight }[] = [
  { method: 'common neighbours', weightOf: COMMON_NEIGHBOURS_WEIGHT },
  { method: 'Adamic-Adar', weightOf: ADAMIC_ADAR_WEIGHT },
  { method: 'resource allocation', weightOf: RESOURCE_ALLOCATION_WEIGHT },
];

function rankBySharedNeighbours(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  weightOf: NeighbourWeight,
  k: number,
): Scored[] {
  return topByScore(sharedNeighbourScores(neighbours, person, isCandidate, weightOf), k);
}

/** Number of shared neighbours; the first k by score, then id. */
export function commonNeighbours(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  k: number,
): Scored[] {
  return rankBySharedNeighbours(neighbours, person, isCandidate, COMMON_NEIGHBOURS_WEIGHT, k);
}

/** Adamic-Adar (sum of 1 / ln(degree) over shared neighbours); the first k by score, then id. */
export function adamicAdar(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  k: number,
): Scored[] {
  return rankBySharedNeighbours(neighbours, person, isCandidate, ADAMIC_ADAR_WEIGHT, k);
}

/** Resource allocation (sum of 1 / degree over shared neighbours); the first k by score, then id. */
export function resourceAllocation(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  k: number,
): Scored[] {
  return rankBySharedNeighbours(neighbours, person, isCandidate, RESOURCE_ALLOCATION_WEIGHT, k);
}
