import type { UndirectedGraph } from 'graphology';
import betweennessModule from 'graphology-metrics/centrality/betweenness.js';

// A CommonJS module typed as an ES default export: under NodeNext the default import is the
// module object, which at run time is the function itself.
const exactBetweenness = betweennessModule as unknown as typeof betweennessModule.default;

/**
 * Adjacency visits one answer may spend on betweenness: about 1.5 s of one core (measured at about
 * 70 million visits a second; docs/network.md). Brandes' algorithm visits every tie twice per
 * source node, so exact betweenness costs nodes × 2 × ties.
 */
export const BETWEENNESS_BUDGET = 100_000_000;

export interface Betweenness {
  /** Normalised betweenness (0..1) by node id. */
  readonly scores: Readonly<Record<string, number>>;
  /** Source nodes used: all of them (exact) or a sample. */
  readonly sources: number;
  readonly exact: boolean;
}

/**
 * Betweenness centrality, normalised like graphology-metrics does. Exact (graphology-metrics)
 * while that fits the budget; beyond it, Brandes from a seeded sample of source nodes, scaled up
 * (Brandes and Pich 2007): the ranking of the strongest brokers, which is what the answer is
 * for, settles long before all sources are visited.
 */
export function betweenness(graph: UndirectedGraph, random: () => number): Betweenness {
  const n = graph.order;
  const visitsPerSource = Math.max(1, 2 * graph.size);
  if (n * visitsPerSource <= BETWEENNESS_BUDGET) {
    const scores = exactBetweenness(graph, { getEdgeWeight: null, normalized: true });
    return { scores, sources: n, exact: true };
  }
  const k = Math.max(1, Math.floor(BETWEENNESS_BUDGET / visitsPerSource));
  return { scores: sampledBetweenness(graph, sample(n, k, random)), sources: k, exact: false };
}

/** Brandes' accumulation from the given sources (indexes into graph.nodes()), on typed arrays. */
export function sampledBetweenness(
  graph: UndirectedGraph,
  sources: readonly number[],
): Record<string, number> {
  const ids = graph.nodes();
  const n = ids.length;
  const index = new Map(ids.map((id, i) => [id, i]));
  const offsets = new Int32Array(n + 1);
  ids.forEach((id, i) => (offsets[i + 1] = offsets[i]! + graph.degree(id)));
  const adjacency = new Int32Array(offsets[n]!);
  ids.forEach((id, i) => {
    let k = offsets[i]!;
    graph.forEachNeighbor(id, (other) => (adjacency[k++] = index.get(other)!));
  });
  const total = new Float64Array(n);
  const sigma = new Float64Array(n);
  const delta = new Float64Array(n);
  const distance = new Int32Array(n);
  const order = new Int32Array(n);
  for (const s of sources) {
    sigma.fill(0);
    delta.fill(0);
    distance.fill(-1);
    sigma[s] = 1;
    distance[s] = 0;
    order[0] = s;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      for (let k = offsets[v]!; k < offsets[v + 1]!; k++) {
        const w = adjacency[k]!;
        if (distance[w]! < 0) {
          distance[w] = distance[v]! + 1;
          order[tail++] = w;
        }
        if (distance[w] === distance[v]! + 1) sigma[w] = sigma[w]! + sigma[v]!;
      }
    }
    for (let i = tail - 1; i > 0; i--) {
      const w = order[i]!;
      const share = (1 + delta[w]!) / sigma[w]!;
      for (let k = offsets[w]!; k < offsets[w + 1]!; k++) {
        const v = adjacency[k]!;
        if (distance[v] === distance[w]! - 1) delta[v] = delta[v]! + sigma[v]! * share;
      }
      total[w] = total[w]! + delta[w]!;
    }
  }
  const scale = n <= 2 ? 0 : n / sources.length / ((n - 1) * (n - 2));
  return Object.fromEntries(ids.map((id, i) => [id, total[i]! * scale]));
}

/** k distinct indexes below n (partial Fisher-Yates). */
function sample(n: number, k: number, random: () => number): number[] {
  const pool = Array.from({ length: n }, (_, i) => i);
  for (let i = 0; i < Math.min(k, n); i++) {
    const j = i + Math.floor(random() * (n - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, Math.min(k, n));
}
