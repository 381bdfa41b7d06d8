import type { NodeRow } from '../../db/rows.js';
import { checkFirst } from '../../recommend/matches.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const found = (rows: readonly (NodeRow | null | Error)[]): NodeRow[] =>
  rows.filter((r): r is NodeRow => r !== null && !(r instanceof Error));

export const networkResolvers: Resolvers = {
  Query: {
    networkStats: (_p, { allianceId, themeId }, ctx) =>
      ctx.services.network.stats(ctx.viewer, { allianceId, themeId }),
    networkOverview: async (_p, { allianceId, themeId, top, communities, communityId }, ctx) => {
      const overview = await ctx.services.network.overview(
        ctx.viewer,
        { allianceId, themeId },
        { top: top ?? 150, communities: communities ?? 40, communityId },
      );
      const nodes = await ctx.loaders.node.loadMany(overview.nodes.map((n) => n.id));
      return {
        ...overview,
        communities: [...overview.communities],
        communityTies: [...overview.communityTies],
        edges: overview.edges.map((e) => ({ ...e, properties: null })),
        // The metrics only hold nodes this viewer may see, so the loader finds each of them.
        nodes: overview.nodes.flatMap((n, i) => {
          const node = nodes[i];
          return node && !(node instanceof Error) ? [{ ...n, node }] : [];
        }),
      };
    },
    networkNodeMetrics: (_p, { ids, allianceId, themeId }, ctx) =>
      ctx.services.network.nodeMetrics(ctx.viewer, { allianceId, themeId }, ids),
  },
  Subgraph: {
    // From the metrics kept per graph version, as networkNodeMetrics reads them.
    metrics: (subgraph, _a, ctx) =>
      ctx.services.network.nodeMetrics(
        ctx.viewer,
        {},
        subgraph.nodes.map((n) => n.id),
      ),
  },
  NetworkStats: {
    brokers: (stats, { first }) => stats.brokers.slice(0, checkFirst(first, 10)),
    isolated: async (stats, _a, ctx) => found(await ctx.loaders.node.loadMany([...stats.isolatedIds])),
  },
  Community: {
    members: async (community, { first }, ctx) =>
      found(await ctx.loaders.node.loadMany(community.memberIds.slice(0, checkFirst(first, 20)))),
  },
  Broker: {
    professional: async (broker, _a, ctx) => {
      const node = await ctx.loaders.node.load(broker.id);
      // The projection only holds people this viewer may see, so the loader finds every broker.
      if (!node) throw new Error(`broker ${broker.id} vanished during the request`);
      return node;
    },
  },
};
