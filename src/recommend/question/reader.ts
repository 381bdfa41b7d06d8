import type { CypherLibrary } from '../../db/cypher.js';
import type { Database } from '../../db/database.js';
import { analyseQuestion, checkQuestionText, type AnalysedQuestion } from './analyze.js';
import { Vocabulary } from './vocabulary.js';

/** How long the graph's vocabulary is used before it is read again (in the background). */
const VOCABULARY_TTL_MS = 30_000;
const VOCABULARY_LIMIT = 200_000;

/**
 * Reads questions against the graph's own vocabulary, which it keeps for a short while: a new
 * word in the graph reaches the analysis within VOCABULARY_TTL_MS, while a question costs no
 * extra statement. A stale vocabulary only weighs a new word as unknown (it is still searched).
 */
export class QuestionReader {
  private cached: { vocabulary: Vocabulary; at: number } | null = null;
  private loading: Promise<Vocabulary> | null = null;

  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    cypher.get('search/vocabulary');
  }

  async read(text: string, field: string): Promise<AnalysedQuestion> {
    const checked = checkQuestionText(text, field);
    return analyseQuestion(checked, await this.vocabulary());
  }

  /** Forgets the vocabulary, so that the next question reads it anew (after an import, say). */
  invalidate(): void {
    this.cached = null;
  }

  async vocabulary(): Promise<Vocabulary> {
    const now = Date.now();
    if (this.cached && now - this.cached.at < VOCABULARY_TTL_MS) return this.cached.vocabulary;
    if (this.cached) {
      void this.load().catch(() => undefined);
      return this.cached.vocabulary;
    }
    return this.load();
  }

  private load(): Promise<Vocabulary> {
    this.loading ??= this.db
      .read(this.cypher.get('search/vocabulary'), { limit: VOCABULARY_LIMIT })
      .then((rows) => {
        const vocabulary = Vocabulary.fromTexts(rows.map((r) => String(r.text ?? '')));
        this.cached = { vocabulary, at: Date.now() };
        return vocabulary;
      })
      .finally(() => {
        this.loading = null;
      });
    return this.loading;
  }
}
