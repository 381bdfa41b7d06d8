import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Viewer } from '../auth/viewer.js';
import { checkFirst, rankedMatches, type Match } from './matches.js';
import type { Lang } from './paths.js';
import { INSIGHT_ANSWER_WEIGHTS, PRACTICE_ANSWER_WEIGHTS } from './scoring.js';
import type {
  MatchOptions,
  PersonMatch,
  PracticeMatchRow,
  QuestionParams,
  QuestionScope,
  RecommendationService,
} from './service.js';

/** Labels whose hits are the topics of an answer's practices and insights. */
const ANSWER_TOPIC_LABELS = ['Insight', 'Practice', 'Initiative', 'Theme', 'Bottleneck'];

export interface AnswerRow {
  readonly people: PersonMatch[];
  readonly practices: PracticeMatchRow[];
  readonly insights: Match[];
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
    cypher.get('recommend/ask-practices');
    cypher.get('recommend/ask-insights');
  }

  async ask(
    viewer: Viewer,
    args: { text: string; first?: number | null } & QuestionScope,
    lang: Lang,
    options: MatchOptions = {},
  ): Promise<AnswerRow> {
    const first = checkFirst(args.first, 10);
    const question = await this.recommendations.questionParams(viewer, args.text, 'text', args);
    const empty = question.query === null && question.roles.length === 0;
    if (empty) return { people: [], practices: [], insights: [] };
    const [people, practices, insights] = await Promise.all([
      this.recommendations.rankExperts(viewer, question, [], first, lang, options),
      this.rankAnswers('recommend/ask-practices', question, PRACTICE_ANSWER_WEIGHTS, first, lang),
      this.rankAnswers('recommend/ask-insights', question, INSIGHT_ANSWER_WEIGHTS, first, lang),
    ]);
    return { people, practices: await this.recommendations.withContacts(viewer, practices), insights };
  }

  private async rankAnswers(
    name: string,
    question: QuestionParams,
    kindWeights: Readonly<Record<string, number>>,
    first: number,
    lang: Lang,
  ): Promise<Match[]> {
    if (question.query === null) return [];
    const rows = await this.db.read(this.cypher.get(name), {
      query: question.query,
      excludeIds: question.excludeIds,
      topicLabels: ANSWER_TOPIC_LABELS,
      topicHits: question.topicHits,
      minRelative: question.minRelative,
      kindWeights,
    });
    return rankedMatches(rows, first, lang);
  }
}
