import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { EdgeRow, NodeRow } from '../db/rows.js';
import { LABELS } from '../domain/labels.js';
import { BadInput, NotFound } from '../errors.js';
import { projection } from '../entities/related.js';
import { validateId } from '../entities/validation.js';
import type { Viewer } from '../graphql/context.js';
import { toLuceneQuery } from './lucene.js';
import { pathOf, visibleTo, type Lang, type PathRow } from './paths.js';
import { checkFirst, explain, REASONS_PER_MATCH, type Match } from './matches.js';
import {
  BRIDGING_BONUS,
  CONNECTION_WEIGHTS,
  EXPERTISE_WEIGHTS,
  LEVEL_BONUS,
  MAX_BRIDGING_BONUS,
  rank,
  type Evidence,
  type Ranked,
} from './scoring.js';

/** Shared nodes with more relationships than this are too common to say anything. */
const MAX_SHARED_DEGREE = 5_000;

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
  /**
   * The properties to read of each matched person (default all); with a list the node is
   * __partial and does not go to the node loader.
   */
  readonly properties?: readonly string[] | null;
}

function personFields(options: MatchOptions): { Fields: string } {
  return { Fields: options.properties ? projection('Professional', options.properties) : '.*' };
}

/** Labels whose full-text hits are topics of whoKnows, and how many of the best hits count. */
export const TOPIC_LABELS = ['Insight', 'Practice', 'Initiative', 'Theme', 'Bottleneck'];
export const TOPIC_HITS = 30;

/** The brain: search, who-knows-what, people to meet, practices for bottlenecks, paths. */
export class RecommendationService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    for (const name of ['search/fulltext', 'recommend/who-knows', 'recommend/suggested-connections']) {
      cypher.get(name, { Fields: '.*' });
    }
    for (const name of [
      'graph/introduction-path',
      'recommend/practices-for-bottleneck',
      'recommend/contacts',
    ]) {
      cypher.get(name);
    }
  }

  async search(
    viewer: Viewer,
    text: string,
    types: readonly string[] | null | undefined,
    first: number | null | undefined,
    properties: readonly string[] | null = null,
  ): Promise<{ node: NodeRow; score: number }[]> {
    const query = toLuceneQuery(text);
    if (query === null) return [];
    // Hits carry only the properties asked for (marked __partial), or all of them.
    const fields = properties === null ? '.*' : projection('Professional', properties);
    const rows = await this.db.read(this.cypher.get('search/fulltext', { Fields: fields }), {
      query,
      types:
        types && types.length > 0 ? types.filter((t) => (LABELS as readonly string[]).includes(t)) : null,
      visible: visibleTo(viewer),
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
    },
    lang: Lang,
    options: MatchOptions = {},
  ): Promise<PersonMatch[]> {
    const first = checkFirst(args.first, 10);
    const topics: { id: string; weight: number }[] = [];
    if (args.themeId) topics.push({ id: validateId(args.themeId, 'themeId'), weight: 1 });
    if (args.bottleneckId) topics.push({ id: validateId(args.bottleneckId, 'bottleneckId'), weight: 1 });
    const query = args.topic !== undefined && args.topic !== null ? toLuceneQuery(args.topic) : null;
    if (topics.length === 0 && !args.topic) {
      throw new BadInput('topic', 'give a topic, a themeId or a bottleneckId');
    }
    if (topics.length === 0 && query === null) return [];
    return this.rankPeople('recommend/who-knows', viewer, first, lang, options, {
      query,
      topicLabels: TOPIC_LABELS,
      topicHits: TOPIC_HITS,
      topics,
      kindWeights: EXPERTISE_WEIGHTS,
      levelBonus: LEVEL_BONUS,
    });
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
  ): Promise<PersonMatch[]> {
    const first = checkFirst(firstArg, 10);
    const id = validateId(professionalId, 'professionalId');
    return this.rankPeople('recommend/suggested-connections', viewer, first, lang, options, {
      id,
      maxSharedDegree: MAX_SHARED_DEGREE,
      kindWeights: CONNECTION_WEIGHTS,
      bonus: BRIDGING_BONUS,
      maxBonus: MAX_BRIDGING_BONUS,
    });
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
    const rows = await this.db.read(this.cypher.get(name, personFields(options)), {
      ...params,
      visible: visibleTo(viewer),
      first,
      reasons: options.reasons === false ? 0 : REASONS_PER_MATCH,
    });
    return personMatches(rows, lang);
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
    const ranked = explain(rank(evidence).slice(0, first), lang);
    const contactRows = await this.db.read(this.cypher.get('recommend/contacts'), {
      ids: ranked.map((m) => m.id),
      visible: visibleTo(viewer),
    });
    const contacts = new Map(contactRows.map((r) => [String(r.practice), r.contacts as NodeRow[]]));
    return ranked.map((m) => ({ ...m, contacts: contacts.get(m.id) ?? [] }));
  }

  async introductionPath(viewer: Viewer, fromId: string, toId: string, maxHops: number | null | undefined) {
    const hops = maxHops ?? 4;
    if (!Number.isInteger(hops) || hops < 1 || hops > 6) {
      throw new BadInput('maxHops', "'maxHops' must be between 1 and 6");
    }
    const from = validateId(fromId, 'fromId');
    const to = validateId(toId, 'toId');
    if (from === to) throw new BadInput('toId', 'the two people must differ');
    const rows = await this.db.read(this.cypher.get('graph/introduction-path'), {
      from,
      to,
      maxHops: hops,
      visible: visibleTo(viewer),
    });
    return rows[0] ? pathOf(rows[0]) : null;
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
      visible: visibleTo(viewer),
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

/** Rows of who-knows and suggested-connections (ranked, with their strongest reasons) as matches. */
function personMatches(rows: readonly Record<string, unknown>[], lang: Lang): PersonMatch[] {
  const ranked: Ranked[] = rows.map((row) => {
    const id = String(row.id);
    const reasons = row.reasons as { kind: string; weight: number; nodes: NodeRow[]; edges: EdgeRow[] }[];
    return {
      id,
      score: Number(row.score),
      evidence: reasons.map((r) => ({
        target: id,
        kind: r.kind,
        weight: Number(r.weight),
        path: { nodes: r.nodes, edges: r.edges },
      })),
    };
  });
  return explain(ranked, lang).map((match, i) => ({ ...match, node: rows[i]!.node as NodeRow }));
}

export type { PathRow };
