import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import type { NodeRow } from '../db/rows.js';
import { withInstants } from '../db/values.js';
import { checkFirst, rankedRows, REASONS_PER_MATCH, type Match } from './matches.js';
import type { Lang } from './paths.js';
import { chooseHits, type IndexHit, type TopicHit } from './question-hits.js';
import { INSIGHT_ANSWER_WEIGHTS, PRACTICE_ANSWER_WEIGHTS } from './scoring.js';
import {
  TOPIC_LABELS,
  topicHitsFor,
  type MatchOptions,
  type PersonMatch,
  type PracticeMatchRow,
  type QuestionParams,
  type QuestionScope,
  type RecommendationService,
} from './service.js';

/** Labels whose hits are the topics of an answer's practices and insights. */
export const ANSWER_TOPIC_LABELS = ['Insight', 'Practice', 'Initiative', 'Theme', 'Bottleneck'];

/** What a client asks of one list of an answer: its matches, with or without their reasons. */
export interface ListWanted {
  readonly reasons: boolean;
}

/**
 * What a client asks of an answer: per list, null when the list is not selected (its statement is
 * not sent), else whether reasons are wanted (without them the statement projects no evidence);
 * for practices also whether their contacts are.
 */
export interface AskSelection {
  readonly people: ListWanted | null;
  readonly practices: (ListWanted & { readonly contacts: boolean }) | null;
  readonly insights: ListWanted | null;
}

/** Every list with its reasons and contacts: for callers outside GraphQL. */
export const WHOLE_ANSWER: AskSelection = {
  people: { reasons: true },
  practices: { reasons: true, contacts: true },
  insights: { reasons: true },
};

/** A practice or insight that answers, with its node (so that showing it needs no statement). */
export interface AnswerMatch extends Match {
  readonly node: NodeRow;
}

export interface AnswerRow {
  readonly people: PersonMatch[];
  readonly practices: (PracticeMatchRow & AnswerMatch)[];
  readonly insights: AnswerMatch[];
}

/**
 * A question in a sentence, answered three ways at once: who knows about it, which practices
 * answer it, which insights hold the lesson. The question is read once (terms, roles, scope) and
 * the three rankings share it. The region and alliance scope the people; practices and insights
 * are knowledge that travels, from anywhere.
 */
export class AskService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly recommendations: RecommendationService,
  ) {
    cypher.get('recommend/question-hits');
    cypher.get('recommend/ask-practices');
    cypher.get('recommend/ask-insights');
  }

  async ask(
    viewer: Viewer,
    args: { text: string; first?: number | null } & QuestionScope,
    lang: Lang,
    wanted: AskSelection = WHOLE_ANSWER,
  ): Promise<AnswerRow> {
    const first = checkFirst(args.first, 10);
    const question = await this.recommendations.questionParams(viewer, args.text, 'text', args);
    const empty = question.query === null && question.roles.length === 0;
    if (empty) return { people: [], practices: [], insights: [] };
    // The index is asked once; each list chooses the hits of its labels from that one answer.
    const hits: IndexHit[] =
      question.query === null
        ? []
        : (
            await this.recommendations.readRanking(this.cypher.get('recommend/question-hits'), {
              query: question.query,
              labelSets: [TOPIC_LABELS, ANSWER_TOPIC_LABELS],
              topicHits: question.topicHits,
              excludeIds: question.excludeIds,
              seen: question.seen,
            })
          ).map((row) => ({ id: String(row.id), label: String(row.label), score: Number(row.score) }));
    const choose = (labels: readonly string[]) =>
      chooseHits(hits, labels, question.excludeIds, topicHitsFor(labels), question.minRelative);
    const answerHits = choose(ANSWER_TOPIC_LABELS);
    const answers = (
      name: string,
      list: ListWanted | null,
      kindWeights: Readonly<Record<string, number>>,
    ): Promise<AnswerMatch[]> =>
      list === null
        ? Promise.resolve([])
        : this.rankAnswers(name, question, answerHits, kindWeights, first, lang, list);
    const [people, practices, insights] = await Promise.all([
      wanted.people === null
        ? []
        : this.recommendations.rankExperts(
            viewer,
            { ...question, query: null },
            choose(TOPIC_LABELS),
            first,
            lang,
            wanted.people,
          ),
      answers('recommend/ask-practices', wanted.practices, PRACTICE_ANSWER_WEIGHTS),
      answers('recommend/ask-insights', wanted.insights, INSIGHT_ANSWER_WEIGHTS),
    ]);
    const withContacts = wanted.practices?.contacts
      ? await this.recommendations.withContacts(viewer, practices)
      : practices.map((m) => ({ ...m, contacts: [] }));
    return { people, practices: withContacts, insights };
  }

  private async rankAnswers(
    name: string,
    question: QuestionParams,
    hits: readonly TopicHit[],
    kindWeights: Readonly<Record<string, number>>,
    first: number,
    lang: Lang,
    options: MatchOptions,
  ): Promise<AnswerMatch[]> {
    if (hits.length === 0 || first === 0) return [];
    // Ranked in the database: only the answers shown leave it, each with its strongest pieces of
    // evidence (twice as many as are shown, since two pieces may read as one reason).
    const rows = await this.recommendations.readRanking(this.cypher.get(name), {
      hits,
      excludeIds: question.excludeIds,
      seen: question.seen,
      kindWeights,
      first,
      reasons: options.reasons === false ? 0 : 2 * REASONS_PER_MATCH,
    });
    return rankedRows(rows, lang).map((match, i) => ({
      ...match,
      node: withInstants(rows[i]!.node as NodeRow),
    }));
  }
}
