import { NotFound } from '../../errors.js';
import { answerSelection, primedAnswer } from '../recommendation/resolvers.js';
import { entityResolvers } from '../shared/entity.js';
import type { Resolvers } from '../generated/resolvers-types.js';

const base = entityResolvers('Question');

export const questionResolvers: Resolvers = {
  ...base,
  Question: {
    ...base.Question,
    // Asked by whom, answered by what: the asker and its own texts never answer themselves.
    suggestedAnswers: async (question, { first, lang }, ctx, info) => {
      const asked = await ctx.services.structure.question(question.id);
      if (!asked) throw new NotFound('Question', question.id);
      const answer = await ctx.services.answers.ask(
        ctx.viewer,
        { text: asked.text, first, askerIds: asked.askers },
        lang ?? ctx.language,
        answerSelection(info),
      );
      return primedAnswer(answer, ctx);
    },
  },
};
