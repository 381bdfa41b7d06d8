import type { AnswerCache } from '../db/answer-cache.js';
import type { CypherLibrary, Statement } from '../db/cypher.js';
import type { Database, Params, Row } from '../db/database.js';
import { KeptRead } from '../db/kept-read.js';
import type { NodeRow } from '../db/rows.js';
import { withInstants } from '../db/values.js';
import { LABELS } from '../domain/labels.js';
import { BadInput, NotFound } from '../errors.js';
import { expectLabels } from '../entities/expect-labels.js';
import { validateId } from '../entities/validation.js';
import type { Viewer } from '../graphql/context.js';
import { toLuceneQuery } from './lucene.js';
import { introductionText } from './reasons.js';
import {
  EXPERT_TOPIC_HITS,
  QuestionReader,
  TOPIC_HITS,
  type QuestionParams,
  type QuestionScope,
} from './question/reader.js';
import { pathOf, visibleTo, type Lang, type PathRow } from './paths.js';
import { seenBy, workSeenBy } from '../auth/viewer.js';
import { checkFirst, explain, rankedRows, REASONS_PER_MATCH, type Match } from './matches.js';
import {
  BRIDGING_BONUS,
  CONNECTION_WEIGHTS,
  EXPERTISE_WEIGHTS,
  FALLBACK_WEIGHTS,
  NEARBY_CROWD,
  NEARBY_PATHS,
  LEVEL_BONUS,
  MAX_BRIDGING_BONUS,
  rank,
  type Evidence,
  type Ranked,
} from './scoring.js';

/** Shared nodes with more relationships than this are too common to say anything. */
const MAX_SHARED_DEGREE = 5_000;

/**
 * The best-connected people (recommend/connectors, the fallback's CONNECTOR candidates) are read
 * again before the next fallback after any write through this process, and after this long at
 * the latest (writes through other replicas).
 */
const CONNECTORS_MAX_AGE_MS = 60_000;

export interface PracticeMatchRow extends Match {
  readonly contacts: readonly NodeRow[];
}

/** A proposed person with the reasons, and their node (so that showing them needs no statement). */
export interface PersonMatch extends Match {
  readonly node: NodeRow;
}

export interface MatchOptions {
  /** Whether to explain each match; without reasons the statement returns none (default true). */
  readonly reasons?: boolean;
}

/**
 * Matched people and hits come whole, whatever a query selects of them: one statement text per
 * operation, so Neo4j plans it once (and the warm-up before /readyz plans the one clients use),
 * where a projection of the selected properties made a statement, and a plan, per selection.
 */
const WHOLE = { Fields: '.*' } as const;

/**
 * Labels whose hits in the knowledge index are topics of whoKnows (a professional's own profile
 * among them).
 */
export const TOPIC_LABELS = ['Insight', 'Practice', 'Initiative', 'Theme', 'Bottleneck', 'Professional'];
export { EXPERT_TOPIC_HITS, MIN_RELATIVE_SCORE, TOPIC_HITS } from './question/reader.js';

/**
 * How many of a question's index hits a list takes as its topics: a list of people (its labels
 * hold Professional, whose profile can be the hit) EXPERT_TOPIC_HITS, a list of practices or
 * insights TOPIC_HITS.
 */
export function topicHitsFor(labels: readonly string[]): number {
  return labels.includes('Professional') ? EXPERT_TOPIC_HITS : TOPIC_HITS;
}
export type { QuestionParams, QuestionScope } from './question/reader.js';

/** The brain: search, who-knows-what, people to meet, practices for bottlenecks, paths. */
export class RecommendationService {
  readonly questions: QuestionReader;
  private readonly connectors: KeptRead<{ id: string; ties: number }[]>;

  /** `answers` keeps the rankings' answers while the graph is unchanged (src/db/answer-cache.ts). */
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    readonly answers: AnswerCache,
  ) {
    this.questions = new QuestionReader(db, cypher);
    for (const name of [
      'search/fulltext',
      'recommend/who-knows',
      'recommend/suggested-connections',
      'recommend/suggested-fallback',
    ]) {
      cypher.get(name, { Fields: '.*' });
    }
    this.connectors = new KeptRead(
      async () =>
        (await db.read(cypher.get('recommend/connectors'))).map((r) => ({
          id: String(r.id),
          ties: Number(r.ties),
        })),
      () => db.version,
      { freshMs: 0, maxAgeMs: CONNECTORS_MAX_AGE_MS, waitAfterWrites: true },
    );
    for (const name of [
      'graph/introduction-path',
      'graph/warm-introduction',
      'recommend/practices-for-bottleneck',
      'recommend/contacts',
      'recommend/connectors',
    ]) {
      cypher.get(name);
    }
  }

  async search(
    viewer: Viewer,
    text: string,
    types: readonly string[] | null | undefined,
    first: number | null | undefined,
  ): Promise<{ node: NodeRow; score: number }[]> {
    // A question in a sentence is read as its topic words; text of stop words only ("de", "the")
    // is searched as written.
    const query = (await this.questions.read(text, 'text')).lucene ?? toLuceneQuery(text);
    if (query === null) return [];
    const rows = await this.db.read(this.cypher.get('search/fulltext', WHOLE), {
      query,
      types:
        types && types.length > 0 ? types.filter((t) => (LABELS as readonly string[]).includes(t)) : null,
      visible: visibleTo(viewer),
      seen: workSeenBy(viewer),
      first: checkFirst(first, 20),
    });
    return rows.map((r) => ({ node: r.node as NodeRow, score: Number(r.score) }));
  }

  /**
   * Professionals with evidence of knowledge about the topic nodes: the given theme and
   * bottleneck, and the best full-text hits for the text. Gathering, weighting and ranking are
   * one statement (cypher/recommend/who-knows).
   */
  async whoKnows(
    viewer: Viewer,
    args: {
      topic?: string | null;
      themeId?: string | null;
      bottleneckId?: string | null;
      first?: number | null;
    } & QuestionScope,
    lang: Lang,
    options: MatchOptions = {},
  ): Promise<PersonMatch[]> {
    const first = checkFirst(args.first, 10);
    const topics: { id: string; weight: number }[] = [];
    if (args.themeId) topics.push({ id: validateId(args.themeId, 'themeId'), weight: 1 });
    if (args.bottleneckId) topics.push({ id: validateId(args.bottleneckId, 'bottleneckId'), weight: 1 });
    if (topics.length === 0 && !args.topic) {
      throw new BadInput('topic', 'give a topic, a themeId or a bottleneckId');
    }
    const question = await this.questionParams(viewer, args.topic ?? null, 'topic', args);
    return this.rankExperts(viewer, question, topics, first, lang, options);
  }

  /** whoKnows for a question already read (ask reads it once for its three rankings). */
  async rankExperts(
    viewer: Viewer,
    question: QuestionParams,
    topics: readonly { id: string; weight: number }[],
    first: number,
    lang: Lang,
    options: MatchOptions = {},
  ): Promise<PersonMatch[]> {
    if (topics.length === 0 && question.query === null && question.roles.length === 0) return [];
    return this.rankPeople('recommend/who-knows', viewer, first, lang, options, {
      ...question,
      topicHits: topicHitsFor(TOPIC_LABELS),
      topicLabels: TOPIC_LABELS,
      topics,
      kindWeights: EXPERTISE_WEIGHTS,
      levelBonus: LEVEL_BONUS,
    });
  }

  /** The topic nodes a question finds, weighted as whoKnows weighs them, best first. */
  async questionTopics(
    viewer: Viewer,
    text: string,
    labels: readonly string[] = TOPIC_LABELS,
    scope: QuestionScope = {},
  ): Promise<{ id: string; label: string; weight: number }[]> {
    const question = await this.questionParams(viewer, text, 'text', scope);
    if (question.query === null) return [];
    const rows = await this.db.read(this.cypher.get('recommend/question-topics'), {
      ...question,
      topicHits: topicHitsFor(labels),
      topicLabels: labels,
    });
    return rows.map((r) => ({ id: String(r.id), label: String(r.label), weight: Number(r.weight) }));
  }

  /** A question and its scope as statement parameters (see QuestionReader.params). */
  questionParams(viewer: Viewer, text: string | null, field: string, scope: QuestionScope) {
    return this.questions.params(viewer, text, field, scope);
  }

  /**
   * People to meet: candidates, evidence, rarity, diminishing returns and the bridging bonus are
   * one statement (cypher/recommend/suggested-connections).
   */
  async suggestConnections(
    viewer: Viewer,
    professionalId: string,
    firstArg: number | null | undefined,
    lang: Lang,
    options: MatchOptions = {},
    regionIdArg: string | null = null,
  ): Promise<PersonMatch[]> {
    const first = checkFirst(firstArg, 10);
    const id = validateId(professionalId, 'professionalId');
    const regionId = regionIdArg ? validateId(regionIdArg, 'regionId') : null;
    // A person the viewer may not see gives no rows, as one that does not exist.
    const strong = await this.rankPeople('recommend/suggested-connections', viewer, first, lang, options, {
      id,
      regionId,
      maxSharedDegree: MAX_SHARED_DEGREE,
      kindWeights: CONNECTION_WEIGHTS,
      bonus: BRIDGING_BONUS,
      maxBonus: MAX_BRIDGING_BONUS,
    });
    if (strong.length >= first) return strong;
    // A short list: NOT_FOUND, the same for a hidden person as for an unknown id, unless the person
    // is one the viewer may see and the region a region.
    const [, connectors] = await Promise.all([
      expectLabels(
        this.db,
        this.cypher,
        [
          [id, ['Professional']],
          [regionId, ['Region']],
        ],
        viewer,
      ),
      this.connectors.get(),
    ]);
    const weak = await this.rankPeople(
      'recommend/suggested-fallback',
      viewer,
      first - strong.length,
      lang,
      options,
      {
        id,
        regionId,
        excludeIds: strong.map((m) => m.id),
        kindWeights: FALLBACK_WEIGHTS,
        crowd: NEARBY_CROWD,
        nearby: NEARBY_PATHS,
        connectors,
      },
    );
    return [...strong, ...below(weak, strong.at(-1)?.score ?? null)];
  }

  /** Runs a statement that ranks people (who-knows, suggested-connections) and reads its matches. */
  private async rankPeople(
    name: string,
    viewer: Viewer,
    first: number,
    lang: Lang,
    options: MatchOptions,
    params: Record<string, unknown>,
  ): Promise<PersonMatch[]> {
    const rows = await this.readRanking(this.cypher.get(name, WHOLE), {
      ...params,
      ...seenBy(viewer),
      first,
      reasons: options.reasons === false ? 0 : REASONS_PER_MATCH,
    });
    return personMatches(rows, lang);
  }

  /** A ranking's read: its answer kept while the graph is unchanged (see AnswerCache). */
  readRanking(statement: Statement, params: Params): Promise<Row[]> {
    return this.answers.read(statement, params, () => this.db.read(statement, params));
  }

  async practicesForBottleneck(
    viewer: Viewer,
    bottleneckId: string,
    firstArg: number | null | undefined,
    lang: Lang,
  ): Promise<PracticeMatchRow[]> {
    const first = checkFirst(firstArg, 10);
    const id = validateId(bottleneckId, 'bottleneckId');
    const similar = await this.similarBottlenecks(viewer, id);
    const rows = await this.db.read(this.cypher.get('recommend/practices-for-bottleneck'), {
      id,
      similarIds: similar.map((s) => s.id),
      similarScores: Object.fromEntries(similar.map((s) => [s.id, s.score])),
    });
    const evidence: Evidence[] = rows.map((r) => ({
      target: String(r.practice),
      kind: String(r.kind),
      weight: Number(r.similarity),
      path: pathOf(r),
    }));
    return this.withContacts(viewer, explain(directFirst(rank(evidence)).slice(0, first), lang));
  }

  /** Practice matches with whom to ask: their visible contributors, leads first. */
  async withContacts<M extends Match>(
    viewer: Viewer,
    ranked: readonly M[],
  ): Promise<(M & PracticeMatchRow)[]> {
    if (ranked.length === 0) return [];
    const contactRows = await this.db.read(this.cypher.get('recommend/contacts'), {
      ids: ranked.map((m) => m.id),
      visible: visibleTo(viewer),
    });
    const contacts = new Map(
      contactRows.map((r) => [String(r.practice), (r.contacts as NodeRow[]).map(withInstants)]),
    );
    return ranked.map((m) => ({ ...m, contacts: contacts.get(m.id) ?? [] }));
  }

  /**
   * The shortest chain of ties between two people; without one (within maxHops), the closest
   * context they share as a warm way in. Either way with its kind and a sentence that says so.
   */
  async introductionPath(
    viewer: Viewer,
    fromId: string,
    toId: string,
    maxHops: number | null | undefined,
    lang: Lang = 'NL',
  ): Promise<IntroductionRow | null> {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > 6) {
      throw new BadInput('maxHops', "'maxHops' must be between 1 and 6");
    }
    const from = validateId(fromId, 'fromId');
    const to = validateId(toId, 'toId');
    if (from === to) throw new BadInput('toId', 'the two people must differ');
    const params = { from, to, maxHops: hops, ...seenBy(viewer) };
    // Both at once: the warm way in is cheap, and asked together neither waits for the other
    // (and both are planned by the warm-up, whichever the sample pair needs).
    const [rows, warm] = await Promise.all([
      this.db.read(this.cypher.get('graph/introduction-path'), params),
      this.db.read(this.cypher.get('graph/warm-introduction'), params),
    ]);
    if (rows[0]) return introduction('KNOWS', pathOf(rows[0]), lang);
    if (!warm[0]) return null;
    return introduction(`SHARED_${String(warm[0].label).toUpperCase()}`, pathOf(warm[0]), lang);
  }

  async neighborhood(
    viewer: Viewer,
    id: string,
    depth: number | null | undefined,
    limit: number | null | undefined,
  ) {
    const d = depth ?? 1;
    const l = limit ?? 200;
    if (!Number.isInteger(d) || d < 1 || d > 3) throw new BadInput('depth', "'depth' must be 1, 2 or 3");
    if (!Number.isInteger(l) || l < 1 || l > 2000)
      throw new BadInput('limit', "'limit' must be between 1 and 2000");
    const rows = await this.db.read(this.cypher.get('graph/neighborhood', { Depth: String(d) }), {
      id: validateId(id),
      limit: l,
      ...seenBy(viewer),
    });
    if (!rows[0]) throw new NotFound('node', id);
    return pathOf(rows[0]);
  }

  private async similarBottlenecks(viewer: Viewer, id: string): Promise<{ id: string; score: number }[]> {
    const rows = await this.db.read(this.cypher.get('entity/get-by-ids'), { ids: [id] });
    const bottleneck = rows[0]?.node as NodeRow | undefined;
    if (!bottleneck || bottleneck.__label !== 'Bottleneck') throw new NotFound('Bottleneck', id);
    const words = String(bottleneck.title ?? '').replace(/[^\p{L}\p{N}\s]/gu, ' ');
    if (words.trim().length === 0) return [];
    const hits = await this.search(viewer, words, ['Bottleneck'], 10);
    const top = hits.find((h) => h.node.id !== id)?.score ?? 1;
    return hits.filter((h) => h.node.id !== id).map((h) => ({ id: h.node.id, score: (0.6 * h.score) / top }));
  }
}

/** A path that introduces one person to another, with what it rests on. */
export interface IntroductionRow extends PathRow {
  readonly kind: string;
  readonly text: string;
}

function introduction(kind: string, path: PathRow, lang: Lang): IntroductionRow {
  return { ...path, kind, text: introductionText(kind, path, lang) };
}

/**
 * Weaker suggestions placed under the weakest strong one: their scores are folded into
 * (0, 0.9 x floor), keeping their order, so that a score never ranks weak evidence above strong.
 */
function below(weak: readonly PersonMatch[], floor: number | null): PersonMatch[] {
  const ceiling = floor === null ? 1 : 0.9 * floor;
  return weak.map((m) => ({
    ...m,
    score: Math.max(0.001, Math.round(((ceiling * m.score) / (1 + m.score)) * 1000) / 1000),
  }));
}

/**
 * Practices that address the bottleneck itself rank above every practice known only through similar
 * bottlenecks: the direct evidence counts 1, all other evidence is folded into [0, 1) (s / (1 + s)),
 * so the score stays a single number that orders as it reads.
 */
export function directFirst(ranked: readonly Ranked[]): Ranked[] {
  return ranked
    .map((m) => {
      const direct = m.evidence.some((e) => e.kind === 'DIRECT');
      const indirect = Math.max(0, m.score - (direct ? 1 : 0));
      const folded = Math.round((indirect / (1 + indirect)) * 1000) / 1000;
      return { ...m, score: direct ? 1 + folded : Math.min(0.999, folded) };
    })
    .sort((a, b) => b.score - a.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rows of who-knows and suggested-connections (ranked, with their strongest reasons) as matches. */
function personMatches(rows: readonly Record<string, unknown>[], lang: Lang): PersonMatch[] {
  return rankedRows(rows, lang).map((match, i) => ({ ...match, node: rows[i]!.node as NodeRow }));
}

export type { PathRow };
