import { workSeenBy, type Viewer } from '../../auth/viewer.js';
import type { CypherLibrary } from '../../db/cypher.js';
import { KeptRead } from '../../db/kept-read.js';
import type { Database } from '../../db/database.js';
import { expectLabels } from '../../entities/expect-labels.js';
import { validateId } from '../../entities/validation.js';
import { analyseQuestion, checkQuestionText, type AnalysedQuestion } from './analyze.js';
import { Vocabulary } from './vocabulary.js';

/** How many of the best hits of a question count as its topics for a list of practices or insights. */
export const TOPIC_HITS = 30;
/**
 * How many count for a list of people (whoKnows, ask's people). Fewer than for the other lists:
 * each topic brings up to 200 people per kind of evidence, so 15 fill a list of people as well,
 * with half the work for Neo4j. On the tune split of eval/questions.json the people questions
 * score nDCG@5 0.891 and recall@10 0.944 with 15 against 0.885 and 0.896 with 30; practices and
 * insights lose at 15 (insights nDCG@5 0.806 against 0.837, a practice list two answers shorter),
 * so they keep 30. See docs/performance.md, "Tenth session".
 */
export const EXPERT_TOPIC_HITS = 15;
/** The share of the best hit's score below which a hit is noise rather than a topic. */
export const MIN_RELATIVE_SCORE = 0.2;

/** Where a question comes from and where its answers must be: the shared arguments of whoKnows and ask. */
export interface QuestionScope {
  readonly regionId?: string | null;
  readonly allianceId?: string | null;
  /** Who asks (a professional, initiative, alliance or event): it and its own texts are no answer. */
  readonly askerId?: string | null;
  /** Several askers at once (a question asked by an initiative and its alliance, say). */
  readonly askerIds?: readonly string[];
}

/** The parameters of the question partial (recommend/_question-hits) and the scope filters. */
export interface QuestionParams {
  readonly query: string | null;
  readonly roles: readonly string[];
  readonly excludeIds: readonly string[];
  readonly regionId: string | null;
  readonly allianceId: string | null;
  readonly minRelative: number;
  /** Topics of a list of practices or insights (TOPIC_HITS); a list of people takes fewer (topicHitsFor). */
  readonly topicHits: number;
  /** Topic weight of ROLE evidence: full when the question asks for the role only, else halved. */
  readonly roleWeight: number;
  /** Whose work the viewer may see: hidden people's insights and questions are no topic (entity/_work-seen). */
  readonly seen: { readonly allowed: readonly string[]; readonly self: string | null } | null;
}

/**
 * How long the graph's vocabulary is used before it is read again (in the background) after this
 * process wrote to the graph, and at the latest (writes through other replicas).
 */
const VOCABULARY_TTL_MS = 30_000;
const VOCABULARY_MAX_AGE_MS = 10 * 60_000;
const VOCABULARY_LIMIT = 200_000;

/**
 * Reads questions against the graph's own vocabulary, which it keeps for a while: a new word
 * written through this process reaches the analysis within VOCABULARY_TTL_MS, one written
 * through another replica within VOCABULARY_MAX_AGE_MS, while a question costs no extra
 * statement. A graph that does not change is not read again before the longer of the two: on a
 * large graph reading and stemming every text is seconds of work. A stale vocabulary only weighs
 * a new word as unknown (it is still searched).
 */
export class QuestionReader {
  private readonly kept: KeptRead<Vocabulary>;

  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    cypher.get('search/vocabulary');
    cypher.get('recommend/asker-own');
    this.kept = new KeptRead(
      async () => {
        const rows = await db.read(cypher.get('search/vocabulary'), { limit: VOCABULARY_LIMIT });
        return Vocabulary.fromTextsInSlices(rows.map((r) => String(r.text ?? '')));
      },
      () => db.version,
      { freshMs: VOCABULARY_TTL_MS, maxAgeMs: VOCABULARY_MAX_AGE_MS, waitAfterWrites: false },
    );
  }

  async read(text: string, field: string): Promise<AnalysedQuestion> {
    const checked = checkQuestionText(text, field);
    return analyseQuestion(checked, await this.vocabulary());
  }

  /**
   * A question in a sentence as statement parameters: its terms as a boosted Lucene query, the
   * roles it names, and what the scope leaves out (the asker, its own texts and people; the viewer
   * never finds themselves).
   */
  async params(
    viewer: Viewer,
    text: string | null,
    field: string,
    scope: QuestionScope,
  ): Promise<QuestionParams> {
    const analysed = text === null ? null : await this.read(text, field);
    const excludeIds = new Set<string>();
    if (viewer.professionalId) excludeIds.add(viewer.professionalId);
    const askers = [
      ...(scope.askerId ? [validateId(scope.askerId, 'askerId')] : []),
      ...(scope.askerIds ?? []),
    ];
    if (askers.length > 0) {
      const rows = await this.db.read(this.cypher.get('recommend/asker-own'), { ids: askers });
      for (const id of (rows[0]?.ids as string[] | undefined) ?? []) excludeIds.add(id);
    }
    const regionId = scope.regionId ? validateId(scope.regionId, 'regionId') : null;
    const allianceId = scope.allianceId ? validateId(scope.allianceId, 'allianceId') : null;
    await expectLabels(this.db, this.cypher, [
      [regionId, ['Region']],
      [allianceId, ['Alliance']],
    ]);
    return {
      query: analysed?.lucene ?? null,
      roles: analysed?.roles ?? [],
      excludeIds: [...excludeIds],
      regionId,
      allianceId,
      minRelative: MIN_RELATIVE_SCORE,
      topicHits: TOPIC_HITS,
      roleWeight: analysed?.rolesOnly === false ? 0.5 : 1,
      seen: workSeenBy(viewer),
    };
  }

  /** Forgets the vocabulary, so that the next question reads it anew (after an import, say). */
  invalidate(): void {
    this.kept.forget();
  }

  async vocabulary(): Promise<Vocabulary> {
    return this.kept.get();
  }
}
