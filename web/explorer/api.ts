import type { Label } from './i18n.js';

export interface BriefNode {
  id: string;
  kind: Label;
  name: string;
}
export interface GraphEdge {
  type: string;
  from: string;
  to: string;
}
export interface Subgraph {
  nodes: BriefNode[];
  edges: GraphEdge[];
  /** Server metrics of the nodes, when the answer carried them (neighborhood does). */
  metrics?: ReadonlyMap<string, Metric>;
}
export interface Option {
  id: string;
  name: string;
}

// Same-origin: the explorer is served by the service itself, next to /graphql.
const ENDPOINT = new URL(location.pathname.replace(/\/explorer\/?.*$/, '/graphql'), location.origin);

// Enum fields of different types need their own names in one selection (GraphQL field merging).
export const BRIEF = `fragment Brief on Node {
  __typename id
  ... on Professional { name }
  ... on Organization { name }
  ... on Alliance { name }
  ... on Theme { name }
  ... on Practice { title }
  ... on Initiative { name }
  ... on Insight { text }
  ... on Bottleneck { title }
  ... on Event { name }
  ... on Region { name }
}`;

const SUBGRAPH = `nodes { ...Brief } edges { type from to }`;

// Public fields only: the explorer never asks for email or notes.
const DETAILS_FIELDS = `node(id: $id) {
    __typename id
    ... on Professional { name headline bio languages region { name } organizations { name } }
    ... on Organization { name organizationSector: sector }
    ... on Alliance { name description allianceLevel: level url }
    ... on Theme { name description }
    ... on Practice { title summary practiceKind: kind practiceStage: stage url }
    ... on Initiative { name question description initiativeKind: kind initiativeStage: stage }
    ... on Insight { text insightKind: kind createdAt author { name } }
    ... on Bottleneck { title description bottleneckStatus: status }
    ... on Event { name date place description }
    ... on Region { name regionLevel: level }
  }`;
const DETAILS = `query Details($id: ID!) { ${DETAILS_FIELDS} }`;

export interface RawNode {
  __typename: Label;
  id: string;
  name?: string;
  title?: string;
  text?: string;
}

/** A failed request, by kind: the page words it in its own language (i18n.ts errorMessage). */
export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    /** extensions.code of the first error, 'NETWORK' when the service was not reached, else 'HTTP'. */
    readonly code: string,
    readonly status = 0,
  ) {
    super(message);
  }
}

export async function request<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
  } catch (error) {
    throw new GraphQLRequestError((error as Error).message, 'NETWORK');
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  if (body.errors?.length) {
    const code = body.errors[0]?.extensions?.code ?? (response.status === 429 ? 'RATE_LIMITED' : 'HTTP');
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join('; '), code, response.status);
  }
  if (!body.data) {
    const code = response.status === 429 ? 'RATE_LIMITED' : response.status >= 500 ? 'UNAVAILABLE' : 'HTTP';
    throw new GraphQLRequestError(`HTTP ${response.status}`, code, response.status);
  }
  return body.data;
}

export function brief(raw: RawNode): BriefNode {
  const name = raw.name ?? raw.title ?? raw.text ?? raw.id;
  return { id: raw.id, kind: raw.__typename, name };
}

function subgraph(raw: { nodes: RawNode[]; edges: GraphEdge[] }): Subgraph {
  return { nodes: raw.nodes.map(brief), edges: raw.edges };
}

export async function search(text: string, types?: Label[], first = 15) {
  const data = await request<{ search: { node: RawNode; score: number }[] }>(
    `query Search($text: String!, $types: [NodeType!], $first: Int) {
      search(text: $text, types: $types, first: $first) { score node { ...Brief } }
    } ${BRIEF}`,
    { text, types, first },
  );
  return data.search.map((hit) => ({ node: brief(hit.node), score: hit.score }));
}

/** A node's neighbourhood with the nodes' metrics in the same answer (one request, not two). */
export async function neighborhood(id: string, depth: number, limit: number): Promise<Subgraph> {
  const data = await request<{
    neighborhood: { nodes: RawNode[]; edges: GraphEdge[]; metrics: (Metric & { id: string })[] };
  }>(
    `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
      neighborhood(id: $id, depth: $depth, limit: $limit) {
        ${SUBGRAPH} metrics { id community degree betweenness }
      }
    } ${BRIEF}`,
    { id, depth, limit },
  );
  const metrics = new Map(data.neighborhood.metrics.map(({ id: node, ...metric }) => [node, metric]));
  return { ...subgraph(data.neighborhood), metrics };
}

export async function introductionPath(fromId: string, toId: string, maxHops: number) {
  const data = await request<{
    introductionPath: { length: number; nodes: RawNode[]; edges: GraphEdge[] } | null;
  }>(
    `query Path($from: ID!, $to: ID!, $maxHops: Int) {
      introductionPath(fromId: $from, toId: $to, maxHops: $maxHops) { length ${SUBGRAPH} }
    } ${BRIEF}`,
    { from: fromId, to: toId, maxHops },
  );
  const path = data.introductionPath;
  return path ? { length: path.length, ...subgraph(path) } : null;
}

export interface Metric {
  community: number | null;
  degree: number;
  betweenness: number;
}
export interface OverviewCommunity {
  id: number;
  size: number;
  hub: BriefNode | null;
}
export interface Overview {
  nodeCount: number;
  relationshipCount: number;
  modularity: number;
  communities: OverviewCommunity[];
  communityTies: { from: number; to: number; ties: number }[];
  nodes: (BriefNode & Metric)[];
  edges: GraphEdge[];
}

/**
 * The server's picture of the whole network (metrics kept there per graph version): the largest
 * communities, the ties between them and the top nodes; with `communityId`, that community's
 * best connected members.
 */
export async function networkOverview(
  top: number,
  communities: number,
  communityId?: number,
): Promise<Overview> {
  const data = await request<{
    networkOverview: Omit<Overview, 'communities' | 'nodes'> & {
      communities: { id: number; size: number; members: RawNode[] }[];
      nodes: (Metric & { node: RawNode })[];
    };
  }>(
    `query Overview($top: Int, $communities: Int, $communityId: Int) {
      networkOverview(top: $top, communities: $communities, communityId: $communityId) {
        nodeCount relationshipCount modularity
        communities { id size members(first: 1) { ...Brief } }
        communityTies { from to ties }
        nodes { community degree betweenness node { ...Brief } }
        edges { type from to }
      }
    } ${BRIEF}`,
    { top, communities, communityId: communityId ?? null },
  );
  const raw = data.networkOverview;
  return {
    ...raw,
    communities: raw.communities.map((c) => ({
      id: c.id,
      size: c.size,
      hub: c.members[0] ? brief(c.members[0]) : null,
    })),
    nodes: raw.nodes.map((n) => ({
      ...brief(n.node),
      community: n.community,
      degree: n.degree,
      betweenness: n.betweenness,
    })),
  };
}

/** Degree, betweenness and community of loaded nodes, computed and kept by the server. */
export async function nodeMetrics(ids: string[]): Promise<Map<string, Metric>> {
  const data = await request<{ networkNodeMetrics: (Metric & { id: string })[] }>(
    `query Metrics($ids: [ID!]!) { networkNodeMetrics(ids: $ids) { id community degree betweenness } }`,
    { ids },
  );
  return new Map(data.networkNodeMetrics.map(({ id, ...metric }) => [id, metric]));
}

export async function details(id: string): Promise<Record<string, unknown> | null> {
  const data = await request<{ node: Record<string, unknown> | null }>(DETAILS, { id });
  return data.node;
}

/**
 * A node's details and its server metrics in one request: the service runs one operation of an
 * anonymous client at a time, so two requests would wait for each other.
 */
export async function detailsAndMetric(
  id: string,
): Promise<{ details: Record<string, unknown> | null; metric: Metric | null }> {
  const data = await request<{
    node: Record<string, unknown> | null;
    networkNodeMetrics: (Metric & { id: string })[];
  }>(
    `query DetailsAndMetric($id: ID!) {
      ${DETAILS_FIELDS}
      networkNodeMetrics(ids: [$id]) { id community degree betweenness }
    }`,
    { id },
  );
  const found = data.networkNodeMetrics.find((m) => m.id === id);
  return {
    details: data.node,
    metric: found
      ? { community: found.community, degree: found.degree, betweenness: found.betweenness }
      : null,
  };
}

/** Themes, alliances and regions for the filter menus. */
export async function filterOptions(): Promise<Record<'themes' | 'alliances' | 'regions', Option[]>> {
  const list = (field: string, order: string) =>
    `${field}(first: 100, orderBy: { field: ${order}, direction: ASC }) { edges { node { id name } } }`;
  const data = await request<Record<'themes' | 'alliances' | 'regions', { edges: { node: Option }[] }>>(
    `query FilterOptions { ${list('themes', 'NAME')} ${list('alliances', 'NAME')} ${list('regions', 'NAME')} }`,
  );
  return {
    themes: data.themes.edges.map((e) => e.node),
    alliances: data.alliances.edges.map((e) => e.node),
    regions: data.regions.edges.map((e) => e.node),
  };
}
