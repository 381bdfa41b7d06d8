import Graph from 'graphology';
import type { BriefNode, Metric, Subgraph } from './api.js';
import type { Label } from './i18n.js';
import { placeNewNodes } from './placement.js';

/** A community drawn as one node until the analyst opens it (see Explorer.openCluster). */
export const CLUSTER = 'Cluster';
export type NodeKind = Label | typeof CLUSTER;
export const clusterNodeId = (community: number) => `cluster:${community}`;

export interface NodeAttributes {
  x: number;
  y: number;
  /** Display text (sigma draws the `label` attribute). */
  label: string;
  kind: NodeKind;
  name: string;
  fixed?: boolean;
  /** From the server (networkOverview, networkNodeMetrics); absent until they arrived. */
  metric?: Metric;
  /** Members of a cluster node. */
  members?: number;
  /**
   * A cluster node whose members are in the picture: kept out of view rather than dropped, since
   * sigma re-indexes the whole picture for every tie a dropped node takes with it.
   */
  opened?: boolean;
}
export interface EdgeAttributes {
  type: string;
  /** The ends again, so that the renderer's per-frame edge reducer needs no lookups. */
  source: string;
  target: string;
  /** Drawn width of a tie between two cluster nodes (type CLUSTER). */
  weight?: number;
}

export type ExplorerGraph = Graph<NodeAttributes, EdgeAttributes>;

export interface Filters {
  hiddenLabels: Set<Label>;
  theme: string | null;
  alliance: string | null;
  region: string | null;
}

export function emptyFilters(): Filters {
  return { hiddenLabels: new Set(), theme: null, alliance: null, region: null };
}

export function createGraph(): ExplorerGraph {
  // Two people can be tied by several relationship types at once, so edges are keyed by type.
  return new Graph<NodeAttributes, EdgeAttributes>({ multi: true, type: 'directed', allowSelfLoops: false });
}

export const edgeKey = (type: string, from: string, to: string) => `${type}|${from}|${to}`;

const displayName = (node: BriefNode) => (node.name.length > 48 ? `${node.name.slice(0, 46)}…` : node.name);

/**
 * Adds what is new; new nodes are placed once next to their neighbours already in the picture (or
 * around `anchor`), so nothing that was there moves and no layout has to run. Returns the new ids.
 */
export function mergeSubgraph(graph: ExplorerGraph, sub: Subgraph, anchor?: string): string[] {
  const added: string[] = [];
  const centre = anchor && graph.hasNode(anchor) ? graph.getNodeAttributes(anchor) : null;
  for (const node of sub.nodes) {
    if (graph.hasNode(node.id)) continue;
    graph.addNode(node.id, {
      x: centre?.x ?? 0,
      y: centre?.y ?? 0,
      label: displayName(node),
      kind: node.kind,
      name: node.name,
    });
    added.push(node.id);
  }
  for (const edge of sub.edges) {
    if (!graph.hasNode(edge.from) || !graph.hasNode(edge.to) || edge.from === edge.to) continue;
    graph.mergeEdgeWithKey(edgeKey(edge.type, edge.from, edge.to), edge.from, edge.to, {
      type: edge.type,
      source: edge.from,
      target: edge.to,
    });
  }
  if (added.length > 0) placeNewNodes(graph, added, centre);
  return added;
}

/** The loaded neighbours of a node, in both directions. */
export function neighboursOf(graph: ExplorerGraph, id: string): string[] {
  return graph.hasNode(id) ? graph.neighbors(id) : [];
}

/** Everything located in a region, also through its sub-regions (LOCATED_IN chains). */
function locatedIn(graph: ExplorerGraph, region: string): Set<string> {
  const found = new Set<string>([region]);
  const queue = [region];
  while (queue.length) {
    const place = queue.pop() as string;
    graph.forEachInEdge(place, (_edge, attributes, source) => {
      if (attributes.type !== 'LOCATED_IN' || found.has(source)) return;
      found.add(source);
      queue.push(source);
    });
  }
  return found;
}

function closedNeighbourhood(graph: ExplorerGraph, id: string): Set<string> {
  return new Set([id, ...neighboursOf(graph, id)]);
}

/** The nodes that pass every active filter; each entity filter keeps that entity and its ties. */
export function visibleNodes(graph: ExplorerGraph, filters: Filters): Set<string> {
  const scopes: Set<string>[] = [];
  for (const id of [filters.theme, filters.alliance]) {
    if (id) scopes.push(graph.hasNode(id) ? closedNeighbourhood(graph, id) : new Set());
  }
  if (filters.region)
    scopes.push(graph.hasNode(filters.region) ? locatedIn(graph, filters.region) : new Set());
  const visible = new Set<string>();
  graph.forEachNode((id, attributes) => {
    if (attributes.opened) return;
    if (attributes.kind !== CLUSTER && filters.hiddenLabels.has(attributes.kind)) return;
    if (scopes.every((scope) => scope.has(id))) visible.add(id);
  });
  return visible;
}

/** A plain, JSON-ready copy of the visible part, for export. */
export function visibleSubgraph(graph: ExplorerGraph, visible: Set<string>, extra: (id: string) => object) {
  const nodes = [...visible].map((id) => {
    const a = graph.getNodeAttributes(id);
    return { id, kind: a.kind, name: a.name, x: a.x, y: a.y, ...extra(id) };
  });
  const edges: { type: string; from: string; to: string }[] = [];
  graph.forEachEdge((_key, attributes, source, target) => {
    if (visible.has(source) && visible.has(target))
      edges.push({ type: attributes.type, from: source, to: target });
  });
  return { nodes, edges };
}

/** Loaded node count per label, for the filter list. */
export function countByLabel(graph: ExplorerGraph): Map<Label, number> {
  const counts = new Map<Label, number>();
  graph.forEachNode((_id, a) => {
    if (a.kind !== CLUSTER) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  });
  return counts;
}
