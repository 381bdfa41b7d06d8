import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import type { ExplorerGraph } from './graph-model.js';
import type { Label } from './i18n.js';

export const LABEL_COLOURS: Record<Label, string> = {
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

export interface Community {
  index: number;
  size: number;
  colour: string;
  /** The best connected member, to name the cluster in the legend. */
  hub: string;
}

export interface Analysis {
  degree: Map<string, number>;
  community: Map<string, number>;
  communities: Community[];
  modularity: number;
  edgeCount: number;
}

/** The visible part as a simple undirected graph: ties count once, whatever their type. */
function visibleSimpleGraph(graph: ExplorerGraph, visible: Set<string>): Graph {
  const simple = new Graph({ type: 'undirected', multi: false });
  for (const id of visible) simple.addNode(id);
  graph.forEachEdge((_key, _attributes, source, target) => {
    if (visible.has(source) && visible.has(target) && source !== target) simple.mergeEdge(source, target);
  });
  return simple;
}

// A fixed seed: the same picture gives the same clusters and colours on every reload.
function seededRandom(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function analyse(graph: ExplorerGraph, visible: Set<string>): Analysis {
  const simple = visibleSimpleGraph(graph, visible);
  const degree = new Map<string, number>();
  simple.forEachNode((id) => degree.set(id, simple.degree(id)));
  if (simple.size === 0) {
    const community = new Map([...visible].map((id, i) => [id, i]));
    return { degree, community, communities: [], modularity: 0, edgeCount: 0 };
  }
  const detailed = louvain.detailed(simple, { rng: seededRandom(42), resolution: 1 });
  const sizes = new Map<number, string[]>();
  for (const [id, c] of Object.entries(detailed.communities)) {
    const members = sizes.get(c) ?? [];
    members.push(id);
    sizes.set(c, members);
  }
  // Biggest clusters get the distinct colours and the small numbers.
  const ordered = [...sizes.entries()].sort((a, b) => b[1].length - a[1].length);
  const community = new Map<string, number>();
  const communities: Community[] = ordered.map(([, members], index) => {
    for (const id of members) community.set(id, index);
    const hub = members.reduce((best, id) => ((degree.get(id) ?? 0) > (degree.get(best) ?? 0) ? id : best));
    return { index, size: members.length, colour: COMMUNITY_COLOURS[index] ?? OTHER_COMMUNITY_COLOUR, hub };
  });
  return { degree, community, communities, modularity: detailed.modularity, edgeCount: simple.size };
}

/** The ties among visible nodes, each pair once, for the brokerage worker. */
export function visiblePairs(graph: ExplorerGraph, visible: Set<string>): [string, string][] {
  const pairs: [string, string][] = [];
  visibleSimpleGraph(graph, visible).forEachEdge((_key, _attributes, a, b) => void pairs.push([a, b]));
  return pairs;
}

export function communityColour(analysis: Analysis, id: string): string {
  const index = analysis.community.get(id);
  return index === undefined ? OTHER_COMMUNITY_COLOUR : (COMMUNITY_COLOURS[index] ?? OTHER_COMMUNITY_COLOUR);
}

export function degreeSize(degree: number): number {
  return Math.min(22, 3 + 1.9 * Math.sqrt(degree));
}

export function brokerageSize(score: number, max: number): number {
  return 3 + 21 * Math.sqrt(max > 0 ? score / max : 0);
}
