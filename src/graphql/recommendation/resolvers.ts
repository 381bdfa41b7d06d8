import type { NodeRow } from '../../db/rows.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const nodes = (rows: readonly (NodeRow | null | Error)[]): NodeRow[] =>
  rows.filter((r): r is NodeRow => r !== null && !(r instanceof Error));

/** The node a match names (batched; usually already cached by the query that ranked it). */
const nodeOf = async (match: { id: string }, _args: unknown, ctx: GraphQLContext): Promise<NodeRow> => {
  const node = await ctx.loaders.node.load(match.id);
  if (!node) throw new Error(`matched node ${match.id} vanished during the request`);
  return node;
};

const langOf = (lang: 'NL' | 'EN' | null | undefined, ctx: GraphQLContext) => lang ?? ctx.language;

export const recommendationResolvers: Resolvers = {
  Query: {
    search: (_p, { text, types, first }, ctx) =>
      ctx.services.recommendations.search(ctx.viewer, text, types, first),
    whoKnows: (_p, args, ctx) =>
      ctx.services.recommendations.whoKnows(ctx.viewer, args, langOf(args.lang, ctx)),
    suggestedConnections: (_p, { professionalId, first, lang }, ctx) =>
      ctx.services.recommendations.suggestConnections(ctx.viewer, professionalId, first, langOf(lang, ctx)),
    practicesForBottleneck: (_p, { bottleneckId, first, lang }, ctx) =>
      ctx.services.recommendations.practicesForBottleneck(ctx.viewer, bottleneckId, first, langOf(lang, ctx)),
    introductionPath: (_p, { fromId, toId, maxHops }, ctx) =>
      ctx.services.recommendations.introductionPath(ctx.viewer, fromId, toId, maxHops),
    neighborhood: (_p, { id, depth, limit }, ctx) =>
      ctx.services.recommendations.neighborhood(ctx.viewer, id, depth, limit),
    alliancesSharingBottlenecks: (_p, { allianceId, first, lang }, ctx) =>
      ctx.services.similarity.alliancesSharingBottlenecks(allianceId, first, langOf(lang, ctx)),
    similar: (_p, { id, first, lang }, ctx) =>
      ctx.services.similarity.similar(ctx.viewer, id, first, langOf(lang, ctx)),
  },
  AllianceOverlap: {
    alliance: nodeOf,
    sharedBottlenecks: async (o, _a, ctx) => nodes(await ctx.loaders.node.loadMany(o.sharedBottleneckIds)),
    sharedThemes: async (o, _a, ctx) => nodes(await ctx.loaders.node.loadMany(o.sharedThemeIds)),
  },
  SimilarMatch: { node: nodeOf },
  ExpertMatch: { professional: nodeOf },
  ConnectionSuggestion: { professional: nodeOf },
  PracticeMatch: { practice: nodeOf },
  Path: { length: (path) => path.edges.length },
};
