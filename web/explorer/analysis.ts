import { CLUSTER, type ExplorerGraph, type NodeKind } from './graph-model.js';

export const LABEL_COLOURS: Record<NodeKind, string> = {
  Professional: '#3b82f6',
  Organization: '#8b5cf6',
  Alliance: '#0f766e',
  Theme: '#22c55e',
  Practice: '#06b6d4',
  Initiative: '#ec4899',
  Insight: '#f59e0b',
  Bottleneck: '#ef4444',
  Event: '#84cc16',
  Region: '#94a3b8',
  Question: '#a855f7',
  ConditionCheck: '#14b8a6',
  Commitment: '#f97316',
  [CLUSTER]: '#475569',
};

const COMMUNITY_COLOURS = [
  '#4e79a7',
  '#f28e2b',
  '#e15759',
  '#59a14f',
  '#b07aa1',
  '#76b7b2',
  '#edc948',
  '#9c755f',
  '#ff9da7',
  '#1f77b4',
  '#17becf',
  '#8c564b',
];
export const OTHER_COMMUNITY_COLOUR = '#c3c9d2';
/** Communities beyond this share one colour; the legend sums them up in one line. */
export const NAMED_COMMUNITIES = COMMUNITY_COLOURS.length;

/** A community as the server found it (Louvain over the whole network, numbered by size). */
export interface CommunityInfo {
  id: number;
  size: number;
  hubName: string;
}

export interface Analysis {
  /** Distinct neighbours in view. */
  degree: Map<string, number>;
  /** Communities with nodes in view, by server id, smallest id (largest community) first. */
  inView: { info: CommunityInfo; shown: number }[];
  edgeCount: number;
}

/**
 * What the side panels and sizes need of the visible part: degree in view and which server
 * communities are present. Linear in nodes and ties; the network metrics themselves (communities,
 * betweenness) come from the server, which keeps them per graph version.
 */
export function analyse(
  graph: ExplorerGraph,
  visible: Set<string>,
  communities: ReadonlyMap<number, CommunityInfo>,
): Analysis {
  const neighbours = new Map<string, Set<string>>();
  let edgeCount = 0;
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (!visible.has(source) || !visible.has(target)) return;
    const a = neighbours.get(source) ?? new Set<string>();
    if (a.has(target)) return;
    const b = neighbours.get(target) ?? new Set<string>();
    if (b.has(source)) return;
    a.add(target);
    b.add(source);
    neighbours.set(source, a);
    neighbours.set(target, b);
    edgeCount++;
  });
  const degree = new Map<string, number>();
  const shown = new Map<number, number>();
  for (const id of visible) {
    degree.set(id, neighbours.get(id)?.size ?? 0);
    const community = graph.getNodeAttribute(id, 'metric')?.community;
    if (community != null) shown.set(community, (shown.get(community) ?? 0) + 1);
  }
  const inView = [...shown]
    .sort((a, b) => a[0] - b[0])
    .map(([id, count]) => ({ info: communities.get(id) ?? { id, size: count, hubName: '' }, shown: count }));
  return { degree, inView, edgeCount };
}

export function communityColour(community: number | null | undefined): string {
  if (community == null) return OTHER_COMMUNITY_COLOUR;
  return COMMUNITY_COLOURS[community - 1] ?? OTHER_COMMUNITY_COLOUR;
}

export function degreeSize(degree: number): number {
  return Math.min(22, 3 + 1.9 * Math.sqrt(degree));
}

export function brokerageSize(score: number, max: number): number {
  return 3 + 21 * Math.sqrt(max > 0 ? score / max : 0);
}

/** A cluster node grows with the square root of its members: area stands for people. */
export function clusterSize(members: number): number {
  return Math.min(40, 6 + 1.1 * Math.sqrt(members));
}
