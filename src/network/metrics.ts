import { UndirectedGraph } from 'graphology';
import louvainModule from 'graphology-communities-louvain';
import type { Label } from '../domain/labels.js';
import type { RelationshipType } from '../domain/relationships.js';
import { append } from '../util/groups.js';
import { betweenness } from './betweenness.js';
import { mulberry32 } from '../util/random.js';

/** The graph as the metrics see it (see cypher/network/). */
export interface Projection {
  readonly nodes: readonly { readonly id: string; readonly label: Label }[];
  readonly edges: readonly { readonly type: RelationshipType; readonly from: string; readonly to: string }[];
}

export interface LabelCount {
  readonly label: Label;
  readonly count: number;
}

export interface TypeCount {
  readonly type: string;
  readonly count: number;
}

export interface CommunityRow {
  readonly id: number;
  readonly size: number;
  readonly nodesByLabel: readonly LabelCount[];
  /** Best connected first (degree, then id). */
  readonly memberIds: readonly string[];
}

export interface BrokerRow {
  readonly id: string;
  readonly betweenness: number;
  /** Communities among the person and their direct neighbours. */
  readonly communities: number;
}

export interface NetworkStatsRow {
  readonly nodeCount: number;
  readonly relationshipCount: number;
  readonly nodesByLabel: readonly LabelCount[];
  readonly relationshipsByType: readonly TypeCount[];
  readonly density: number;
  readonly components: number;
  readonly largestComponent: number;
  readonly modularity: number;
  readonly communities: readonly CommunityRow[];
  /** Professionals with betweenness above zero, highest first. */
  readonly brokers: readonly BrokerRow[];
  /** False when betweenness was estimated from a sample of nodes (large networks). */
  readonly brokersExact: boolean;
  readonly isolatedIds: readonly string[];
  /** Per node, for the explorer's overview and sizing (see overview.ts). */
  readonly nodeMetrics: ReadonlyMap<string, NodeMetricRow>;
  /** The domain relationships among the projection's nodes, as typed and directed in the graph. */
  readonly ties: Projection['edges'];
  /** Ties between communities (ids as in `communities`), each pair once, most ties first. */
  readonly communityTies: readonly CommunityTieRow[];
}

export interface NodeMetricRow {
  readonly label: Label;
  /** Distinct neighbours in the projection. */
  readonly degree: number;
  /** Normalised betweenness (estimated on large networks, see `brokersExact`). */
  readonly betweenness: number;
  /** The community's id in `communities`; null for a node in no community of two or more. */
  readonly community: number | null;
}

export interface CommunityTieRow {
  readonly from: number;
  readonly to: number;
  readonly ties: number;
}

// A CommonJS module typed as an ES default export: under NodeNext the default import is the
// module object, which at run time is the function itself.
const louvain = louvainModule as unknown as typeof louvainModule.default;

type Graph = UndirectedGraph;

/**
 * Louvain visits nodes in a random order and large networks sample betweenness sources; a fixed
 * seed makes every answer the same.
 */
export const SEED = 20_251_124;

/**
 * Communities (Louvain), brokers (betweenness centrality of professionals), components, density
 * and counts. The graph is simple and undirected: several relationships between two nodes are
 * one tie, since "how strongly" is not what these measures ask. Nodes are added in id order, so
 * with the fixed seed the result depends only on the graph.
 */
export function networkMetrics(projection: Projection): NetworkStatsRow {
  const graph = new UndirectedGraph({ multi: false, allowSelfLoops: false });
  const labelOf = new Map<string, Label>();
  for (const node of [...projection.nodes].sort((a, b) => compare(a.id, b.id))) {
    labelOf.set(node.id, node.label);
    graph.addNode(node.id);
  }
  const edges = projection.edges.filter((e) => labelOf.has(e.from) && labelOf.has(e.to));
  const sorted = [...edges].sort(
    (a, b) => compare(a.from, b.from) || compare(a.to, b.to) || compare(a.type, b.type),
  );
  for (const e of sorted) {
    if (e.from !== e.to) graph.mergeEdge(e.from, e.to);
  }

  const { communityOf, modularity } = communities(graph);
  const components = componentSizes(graph);
  const n = graph.order;
  const rows = communityRows(graph, communityOf, labelOf);
  const { centrality, ...ranked } = brokers(graph, communityOf, labelOf);
  const numbered = new Map<string, number>();
  for (const row of rows) for (const id of row.memberIds) numbered.set(id, row.id);
  const nodeMetrics = new Map<string, NodeMetricRow>();
  graph.forEachNode((id) =>
    nodeMetrics.set(id, {
      label: labelOf.get(id)!,
      degree: graph.degree(id),
      betweenness: centrality[id] ?? 0,
      community: numbered.get(id) ?? null,
    }),
  );
  return {
    nodeCount: n,
    relationshipCount: edges.length,
    nodesByLabel: countBy(projection.nodes.map((x) => x.label)).map(([label, count]) => ({ label, count })),
    relationshipsByType: countBy(edges.map((e) => e.type)).map(([type, count]) => ({ type, count })),
    density: n < 2 ? 0 : (2 * graph.size) / (n * (n - 1)),
    components: components.length,
    largestComponent: components[0] ?? 0,
    modularity,
    communities: rows,
    ...ranked,
    isolatedIds: isolated(projection, edges),
    nodeMetrics,
    ties: sorted,
    communityTies: communityTies(graph, numbered),
  };
}

function communityTies(graph: Graph, numbered: ReadonlyMap<string, number>): CommunityTieRow[] {
  const counts = new Map<string, CommunityTieRow>();
  graph.forEachEdge((_edge, _attributes, a, b) => {
    const ca = numbered.get(a);
    const cb = numbered.get(b);
    if (ca === undefined || cb === undefined || ca === cb) return;
    const [from, to] = ca < cb ? [ca, cb] : [cb, ca];
    const key = `${from}:${to}`;
    counts.set(key, { from, to, ties: (counts.get(key)?.ties ?? 0) + 1 });
  });
  return [...counts.values()].sort((x, y) => y.ties - x.ties || x.from - y.from || x.to - y.to);
}

function communities(graph: Graph): { communityOf: Map<string, number>; modularity: number } {
  if (graph.size === 0) {
    // Louvain needs at least one tie; without any, every node is on its own.
    return { communityOf: new Map(graph.nodes().map((id, i) => [id, i])), modularity: 0 };
  }
  const result = louvain.detailed(graph, { getEdgeWeight: null, rng: mulberry32(SEED) });
  return { communityOf: new Map(Object.entries(result.communities)), modularity: result.modularity };
}

/** Communities of two or more nodes, numbered by size (largest first), then by smallest member id. */
function communityRows(
  graph: Graph,
  communityOf: ReadonlyMap<string, number>,
  labelOf: ReadonlyMap<string, Label>,
): CommunityRow[] {
  const members = new Map<number, string[]>();
  for (const [id, community] of communityOf) append(members, community, id);
  const groups = [...members.values()]
    .filter((ids) => ids.length >= 2)
    .map((ids) => ids.sort((a, b) => graph.degree(b) - graph.degree(a) || compare(a, b)))
    .sort((a, b) => b.length - a.length || compare(minId(a), minId(b)));
  return groups.map((ids, index) => ({
    id: index + 1,
    size: ids.length,
    nodesByLabel: countBy(ids.map((id) => labelOf.get(id)!)).map(([label, count]) => ({ label, count })),
    memberIds: ids,
  }));
}

function brokers(
  graph: Graph,
  communityOf: ReadonlyMap<string, number>,
  labelOf: ReadonlyMap<string, Label>,
): { brokers: BrokerRow[]; brokersExact: boolean; centrality: Readonly<Record<string, number>> } {
  if (graph.order < 3) return { brokers: [], brokersExact: true, centrality: {} };
  const { scores: centrality, exact } = betweenness(graph, mulberry32(SEED));
  const ranked = graph
    .nodes()
    .filter((id) => labelOf.get(id) === 'Professional' && (centrality[id] ?? 0) > 0)
    .map((id) => {
      const touched = new Set([communityOf.get(id), ...graph.neighbors(id).map((x) => communityOf.get(x))]);
      return { id, betweenness: centrality[id]!, communities: touched.size };
    })
    .sort((a, b) => b.betweenness - a.betweenness || compare(a.id, b.id));
  return { brokers: ranked, brokersExact: exact, centrality };
}

/** Practices and initiatives nobody contributes to and with no APPLIES link to one another. */
function isolated(projection: Projection, edges: Projection['edges']): string[] {
  const linked = new Set<string>();
  for (const e of edges) {
    if (e.type === 'CONTRIBUTES_TO') linked.add(e.to);
    if (e.type === 'APPLIES') {
      linked.add(e.from);
      linked.add(e.to);
    }
  }
  return projection.nodes
    .filter((n) => (n.label === 'Practice' || n.label === 'Initiative') && !linked.has(n.id))
    .map((n) => n.id)
    .sort(compare);
}

/** Sizes of the connected components, largest first. */
function componentSizes(graph: Graph): number[] {
  const seen = new Set<string>();
  const sizes: number[] = [];
  for (const start of graph.nodes()) {
    if (seen.has(start)) continue;
    seen.add(start);
    const stack = [start];
    let size = 0;
    while (stack.length > 0) {
      const node = stack.pop()!;
      size += 1;
      graph.forEachNeighbor(node, (next) => {
        if (!seen.has(next)) {
          seen.add(next);
          stack.push(next);
        }
      });
    }
    sizes.push(size);
  }
  return sizes.sort((a, b) => b - a);
}

/** Counts by key, most frequent first, ties by key. */
function countBy<K extends string>(keys: readonly K[]): [K, number][] {
  const counts = new Map<K, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function minId(ids: readonly string[]): string {
  return ids.reduce((m, id) => (compare(id, m) < 0 ? id : m));
}
