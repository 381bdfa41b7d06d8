import { BadInput } from '../errors.js';
import type { CommunityRow, CommunityTieRow, NetworkStatsRow, NodeMetricRow } from './metrics.js';

export const MAX_OVERVIEW_NODES = 1_000;
export const MAX_OVERVIEW_COMMUNITIES = 200;
export const MAX_METRIC_IDS = 5_000;

export interface OverviewRequest {
  /** Nodes to include: the strongest brokers and best connected, or a community's members. */
  readonly top: number;
  /** How many communities (largest first) to describe. */
  readonly communities: number;
  /** Members of this community instead of the network's top nodes. */
  readonly communityId?: number | null;
}

export interface OverviewNodeRow extends NodeMetricRow {
  readonly id: string;
}

export interface NetworkOverviewRow {
  readonly nodeCount: number;
  readonly relationshipCount: number;
  readonly modularity: number;
  readonly communities: readonly CommunityRow[];
  readonly communityTies: readonly CommunityTieRow[];
  readonly nodes: readonly OverviewNodeRow[];
  readonly edges: NetworkStatsRow['ties'];
}

/**
 * A picture of a large network small enough for a browser to draw at once: its communities as
 * single nodes sized by their members, the ties between them, and the most important nodes
 * (half by betweenness, half by degree) with the ties among them. With `communityId`, the best
 * connected members of that community instead, tied to each other and to the network's top nodes
 * (which the analyst has in view already), so that a cluster can be opened on demand.
 */
export function overviewOf(stats: NetworkStatsRow, request: OverviewRequest): NetworkOverviewRow {
  const { top, communityId } = request;
  if (!Number.isInteger(top) || top < 0 || top > MAX_OVERVIEW_NODES)
    throw new BadInput('top', `'top' must be between 0 and ${MAX_OVERVIEW_NODES}`);
  const shown = request.communities;
  if (!Number.isInteger(shown) || shown < 0 || shown > MAX_OVERVIEW_COMMUNITIES)
    throw new BadInput('communities', `'communities' must be between 0 and ${MAX_OVERVIEW_COMMUNITIES}`);
  const communities = stats.communities.slice(0, shown);
  const listed = new Set(communities.map((c) => c.id));
  const topIds = topNodes(stats, top);
  let ids = topIds;
  let anchors: ReadonlySet<string> = new Set();
  if (communityId !== null && communityId !== undefined) {
    const community = stats.communities.find((c) => c.id === communityId);
    if (!community) throw new BadInput('communityId', `there is no community ${communityId}`);
    ids = community.memberIds.slice(0, top);
    anchors = new Set(topIds);
  }
  const chosen = new Set(ids);
  const edges = stats.ties.filter(
    (t) =>
      (chosen.has(t.from) && (chosen.has(t.to) || anchors.has(t.to))) ||
      (chosen.has(t.to) && anchors.has(t.from)),
  );
  return {
    nodeCount: stats.nodeCount,
    relationshipCount: stats.relationshipCount,
    modularity: stats.modularity,
    communities,
    communityTies: stats.communityTies.filter((t) => listed.has(t.from) && listed.has(t.to)),
    nodes: ids.map((id) => ({ id, ...stats.nodeMetrics.get(id)! })),
    edges,
  };
}

// Rankings are kept with the metrics they come from: the same overview is asked for often.
const rankings = new WeakMap<NetworkStatsRow, { byBrokerage: string[]; byDegree: string[] }>();

function rankingOf(stats: NetworkStatsRow) {
  let ranking = rankings.get(stats);
  if (!ranking) {
    const all = [...stats.nodeMetrics];
    const byBrokerage = all
      .filter(([, m]) => m.betweenness > 0)
      .sort((a, b) => b[1].betweenness - a[1].betweenness || compare(a[0], b[0]))
      .slice(0, MAX_OVERVIEW_NODES)
      .map(([id]) => id);
    const byDegree = all
      .sort((a, b) => b[1].degree - a[1].degree || compare(a[0], b[0]))
      .slice(0, 2 * MAX_OVERVIEW_NODES)
      .map(([id]) => id);
    ranking = { byBrokerage, byDegree };
    rankings.set(stats, ranking);
  }
  return ranking;
}

/** Half the places by betweenness, the rest by degree; ties broken by id for stable answers. */
function topNodes(stats: NetworkStatsRow, top: number): string[] {
  const { byBrokerage, byDegree } = rankingOf(stats);
  const chosen = new Set(byBrokerage.slice(0, Math.ceil(top / 2)));
  for (const id of byDegree) {
    if (chosen.size >= top) break;
    chosen.add(id);
  }
  return [...chosen];
}

/** Degree, betweenness and community of the given nodes; unknown ids are left out. */
export function metricsOf(stats: NetworkStatsRow, ids: readonly string[]): OverviewNodeRow[] {
  if (ids.length > MAX_METRIC_IDS)
    throw new BadInput('ids', `at most ${MAX_METRIC_IDS} ids at once, not ${ids.length}`);
  return ids.flatMap((id) => {
    const metric = stats.nodeMetrics.get(id);
    return metric ? [{ id, ...metric }] : [];
  });
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
