import type { NodeRow } from '../../db/rows.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const professionalOf = async (
  match: { id: string },
  _args: unknown,
  ctx: GraphQLContext,
): Promise<NodeRow> => {
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
  },
  ExpertMatch: { professional: professionalOf },
  ConnectionSuggestion: { professional: professionalOf },
  PracticeMatch: { practice: professionalOf },
  Path: { length: (path) => path.edges.length },
};
