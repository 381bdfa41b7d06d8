/**
 * Classic link-prediction baselines over the whole imported graph, every relationship type read as
 * an undirected edge: two professionals who share an alliance, a theme, a region or a friend have
 * that node as a common neighbour. They set the bar the recommender has to clear.
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

/**
 * Sums the weight of every shared neighbour z over the two-hop paths person–z–candidate, and ranks
 * the candidates by score, then id (the recommender's tie-break). The person is never a candidate.
 */
function rankBySharedNeighbours(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  weightOf: (degree: number) => number,
  k: number,
): Scored[] {
  const scores = new Map<string, number>();
  for (const z of neighbours.get(person) ?? []) {
    const around = neighbours.get(z) ?? new Set<string>();
    const weight = weightOf(around.size);
    for (const candidate of around) {
      if (candidate === person || !isCandidate(candidate)) continue;
      scores.set(candidate, (scores.get(candidate) ?? 0) + weight);
    }
  }
  return [...scores]
    .map(([id, score]) => ({ id, score }))
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, k);
}

/** Number of shared neighbours. */
export function commonNeighbours(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  k: number,
): Scored[] {
  return rankBySharedNeighbours(neighbours, person, isCandidate, () => 1, k);
}

/**
 * Adamic-Adar: shared neighbours weighted by 1 / ln(degree), so a niche bottleneck shared by two
 * counts more than a theme shared by hundreds. A shared neighbour has degree 2 at least, so the
 * logarithm is never 0.
 */
export function adamicAdar(
  neighbours: Neighbours,
  person: string,
  isCandidate: (id: string) => boolean,
  k: number,
): Scored[] {
  return rankBySharedNeighbours(neighbours, person, isCandidate, (degree) => 1 / Math.log(degree), k);
}
