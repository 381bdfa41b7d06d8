import type { GraphQLResolveInfo } from 'graphql';
import { maySee } from '../../auth/viewer.js';
import type { NodeRow } from '../../db/rows.js';
import type { GraphQLContext } from '../context.js';
import type { Resolvers } from '../generated/resolvers-types.js';
import type { AnswerRow, AskSelection } from '../../recommend/ask.js';
import { selectedOnLists, selectsOnItems } from '../shared/lookahead.js';
import { existingNode } from '../shared/relations.js';

const nodes = (rows: readonly (NodeRow | null | Error)[]): NodeRow[] =>
  rows.filter((r): r is NodeRow => r !== null && !(r instanceof Error));

/** The node a match names (batched; usually already cached by the query that ranked it). */
const nodeOf = (match: { id: string }, _args: unknown, ctx: GraphQLContext): Promise<NodeRow> =>
  existingNode(match.id, ctx);

/** The nodes of the matches come with them: later lookups of those nodes send no statement. */
function primed<M extends { readonly node: NodeRow }>(matches: M[], ctx: GraphQLContext): M[] {
  ctx.loaders.prime(matches.map((m) => m.node));
  return matches;
}

/** An answer's people, practices and insights come with their nodes. */
export function primedAnswer(answer: AnswerRow, ctx: GraphQLContext): AnswerRow {
  primed(answer.people, ctx);
  primed(answer.practices, ctx);
  primed(answer.insights, ctx);
  return answer;
}

/** The person of a match: as read with it when only some properties were asked for, else whole. */
const personOf = (
  match: { readonly id: string; readonly node?: NodeRow },
  args: unknown,
  ctx: GraphQLContext,
): NodeRow | Promise<NodeRow> =>
  match.node?.__partial && maySee(ctx.viewer, match.node) ? match.node : nodeOf(match, args, ctx);

/**
 * What a query selects of an answer (`ask`, `Question.suggestedAnswers`): a list not selected is
 * not ranked, reasons not selected are not projected, contacts not selected are not read.
 */
export function answerSelection(info: GraphQLResolveInfo): AskSelection {
  const lists = selectedOnLists(info, 'Answer', {
    people: 'ExpertMatch',
    practices: 'PracticeMatch',
    insights: 'InsightMatch',
  });
  const listOf = (fields: ReadonlySet<string> | undefined) =>
    fields === undefined ? null : { reasons: fields.has('reasons'), contacts: fields.has('contacts') };
  return {
    people: listOf(lists.people),
    practices: listOf(lists.practices),
    insights: listOf(lists.insights),
  };
}

const langOf = (lang: 'NL' | 'EN' | null | undefined, ctx: GraphQLContext) => lang ?? ctx.language;

export const recommendationResolvers: Resolvers = {
  Query: {
    search: (_p, { text, types, first }, ctx) =>
      ctx.services.recommendations.search(ctx.viewer, text, types, first),
    whoKnows: async (_p, args, ctx, info) =>
      primed(
        await ctx.services.recommendations.whoKnows(ctx.viewer, args, langOf(args.lang, ctx), {
          reasons: selectsOnItems(info, 'ExpertMatch', 'reasons'),
        }),
        ctx,
      ),
    ask: async (_p, args, ctx, info) => {
      const answer = await ctx.services.answers.ask(
        ctx.viewer,
        args,
        langOf(args.lang, ctx),
        answerSelection(info),
      );
      return primedAnswer(answer, ctx);
    },
    suggestedConnections: async (_p, { professionalId, first, lang, regionId }, ctx, info) =>
      primed(
        await ctx.services.recommendations.suggestConnections(
          ctx.viewer,
          professionalId,
          first,
          langOf(lang, ctx),
          {
            reasons: selectsOnItems(info, 'ConnectionSuggestion', 'reasons'),
          },
          regionId ?? null,
        ),
        ctx,
      ),
    practicesForBottleneck: (_p, { bottleneckId, first, lang }, ctx) =>
      ctx.services.recommendations.practicesForBottleneck(ctx.viewer, bottleneckId, first, langOf(lang, ctx)),
    introductionPath: (_p, { fromId, toId, maxHops, lang }, ctx) =>
      ctx.services.recommendations.introductionPath(ctx.viewer, fromId, toId, maxHops, langOf(lang, ctx)),
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
  ExpertMatch: { professional: personOf },
  ConnectionSuggestion: { professional: personOf },
  PracticeMatch: { practice: nodeOf },
  InsightMatch: { insight: nodeOf },
  Path: {
    length: (path) => path.edges.length,
    kind: (path) => path.kind ?? null,
    text: (path) => path.text ?? null,
  },
};
