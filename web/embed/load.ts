import { ask, NotFound } from './api.js';
import type { View } from './operations.js';
import type { Texts } from './texts.js';
import {
  ANSWERED_QUESTIONS,
  HELPED_BOTTLENECKS,
  openQuestions,
  type BottleneckHelp,
  type SuggestedAnswer,
} from './views-network.js';
import type { ViewData } from './views.js';

/** Views whose answers hold reasons in words, so that the language is part of what they ask. */
export const ASKS_IN_LANGUAGE: ReadonlySet<View> = new Set(['questions', 'similar-alliances', 'help']);

/**
 * Everything one widget shows: its view's operation once, then, for the views that need it, one
 * small operation per open question or open bottleneck (each cacheable on its own).
 */
export async function loadView(
  service: string,
  view: View,
  alliance: string,
  t: Texts,
  fresh = false,
): Promise<ViewData> {
  const lang = t.graphqlLang;
  const variables = view === 'similar-alliances' ? { id: alliance, lang } : { id: alliance };
  const data = await ask<ViewData>(service, view, variables, fresh);
  const a = data.alliance;
  if (!a) throw new NotFound(alliance);
  if (view === 'questions') {
    const open = openQuestions(a).slice(0, ANSWERED_QUESTIONS);
    const answers = await Promise.all(
      open.map((q) =>
        ask<{ question: { suggestedAnswers: SuggestedAnswer } | null }>(
          service,
          'question-answers',
          { id: q.id, lang },
          fresh,
        ).catch(gone),
      ),
    );
    data.answers = Object.fromEntries(
      open.map((q, i) => [q.id, answers[i]?.question?.suggestedAnswers ?? null]),
    );
  }
  if (view === 'help') {
    const open = (a.bottlenecks ?? []).slice(0, HELPED_BOTTLENECKS);
    const found = await Promise.all(
      open.map((b) =>
        ask<BottleneckHelp>(service, 'bottleneck-help', { id: b.id, askerId: alliance, lang }, fresh).catch(
          gone,
        ),
      ),
    );
    data.help = Object.fromEntries(open.flatMap((b, i) => (found[i] ? [[b.id, found[i]]] : [])));
  }
  return data;
}

/** A question or bottleneck removed since the first answer: shown without suggestions. */
function gone(error: unknown): null {
  if (error instanceof NotFound) return null;
  throw error;
}
