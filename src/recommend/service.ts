import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { NodeRow } from '../db/rows.js';
import { LABELS } from '../domain/labels.js';
import { BadInput, NotFound } from '../errors.js';
import { validateId } from '../entities/validation.js';
import type { Viewer } from '../graphql/context.js';
import { toLuceneQuery } from './lucene.js';
import { pathOf, pathRefOf, visibleTo, type Lang, type PathRef, type PathRow } from './paths.js';
import { checkFirst, explain, REASONS_PER_MATCH, type Match } from './matches.js';
import {
  bridgingBonus,
  CONNECTION_WEIGHTS,
  EXPERTISE_WEIGHTS,
  LEVEL_BONUS,
  MAX_BRIDGING_BONUS,
  rank,
  rarity,
  type Evidence,
  type Profile,
  type Ranked,
} from './scoring.js';

/** The first relationship of each evidence kind of who-knows (the direct kinds are their type). */
const FIRST_TYPE: Readonly<Record<string, string>> = {
  INSIGHT_ABOUT: 'AUTHORED',
  WORKS_ON: 'CONTRIBUTES_TO',
};

/** Rebuilds the proving path of a who-knows row from its ids and types. */
function whoKnowsPath(row: Record<string, unknown>): PathRef {
  const professional = String(row.professional);
  const topic = String(row.topic);
  const via = row.via === null || row.via === undefined ? null : String(row.via);
  const kind = String(row.kind);
  const first = {
    type: FIRST_TYPE[kind] ?? kind,
    from: professional,
    to: via ?? topic,
    properties: (row.firstEdge ?? {}) as Record<string, unknown>,
  };
  if (via === null) return { nodeIds: [professional, topic], edges: [first] };
  return {
    nodeIds: [professional, via, topic],
    edges: [first, { type: String(row.lastType), from: via, to: topic, properties: {} }],
  };
}

/** Shared nodes with more relationships than this are too common to say anything. */
const MAX_SHARED_DEGREE = 5_000;

export interface PracticeMatchRow extends Match {
  readonly contacts: readonly NodeRow[];
}

/** The brain: search, who-knows-what, people to meet, practices for bottlenecks, paths. */
export class RecommendationService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    for (const name of [
      'search/fulltext',
      'graph/introduction-path',
      'recommend/who-knows',
      'recommend/suggested-connections',
      'recommend/bridging-profile',
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
  ): Promise<{ node: NodeRow; score: number }[]> {
    const query = toLuceneQuery(text);
    if (query === null) return [];
    const rows = await this.db.read(this.cypher.get('search/fulltext'), {
      query,
      types:
        types && types.length > 0 ? types.filter((t) => (LABELS as readonly string[]).includes(t)) : null,
      visible: visibleTo(viewer),
      first: checkFirst(first, 20),
    });
    return rows.map((r) => ({ node: r.node as NodeRow, score: Number(r.score) }));
  }

  async whoKnows(
    viewer: Viewer,
    args: {
      topic?: string | null;
      themeId?: string | null;
      bottleneckId?: string | null;
      first?: number | null;
    },
    lang: Lang,
  ): Promise<Match[]> {
    const first = checkFirst(args.first, 10);
    const topics: { id: string; weight: number }[] = [];
    if (args.themeId) topics.push({ id: validateId(args.themeId, 'themeId'), weight: 1 });
    if (args.bottleneckId) topics.push({ id: validateId(args.bottleneckId, 'bottleneckId'), weight: 1 });
    if (args.topic !== undefined && args.topic !== null) {
      const hits = await this.search(
        viewer,
        args.topic,
        ['Insight', 'Practice', 'Initiative', 'Theme', 'Bottleneck'],
        30,
      );
      const top = hits[0]?.score ?? 1;
      for (const hit of hits) topics.push({ id: hit.node.id, weight: hit.score / top });
    }
    if (topics.length === 0 && !args.topic) {
      throw new BadInput('topic', 'give a topic, a themeId or a bottleneckId');
    }
    if (topics.length === 0) return [];
    const rows = await this.db.read(this.cypher.get('recommend/who-knows'), {
      topics,
      visible: visibleTo(viewer),
    });
    const evidence: Evidence<PathRef>[] = rows.map((r) => {
      const path = whoKnowsPath(r);
      const level = String(path.edges[0]?.properties?.level ?? '');
      const base =
        (EXPERTISE_WEIGHTS[String(r.kind)] ?? 1) +
        (r.kind === 'HAS_EXPERTISE' ? (LEVEL_BONUS[level] ?? 0) : 0);
      return { target: String(r.professional), kind: String(r.kind), weight: base * Number(r.weight), path };
    });
    return explain(await this.hydrate(rank(evidence).slice(0, first)), lang);
  }

  async suggestConnections(
    viewer: Viewer,
    professionalId: string,
    firstArg: number | null | undefined,
    lang: Lang,
  ) {
    const first = checkFirst(firstArg, 10);
    const id = validateId(professionalId, 'professionalId');
    const rows = await this.db.read(this.cypher.get('recommend/suggested-connections'), {
      id,
      visible: visibleTo(viewer),
      maxSharedDegree: MAX_SHARED_DEGREE,
    });
    const evidence: Evidence<PathRef>[] = rows.map((r) => ({
      target: String(r.candidate),
      kind: String(r.kind),
      weight: (CONNECTION_WEIGHTS[String(r.kind)] ?? 0.5) * rarity(Number(r.degree)),
      path: pathRefOf(r),
    }));
    // The bridging bonus can raise a score by at most MAX_BRIDGING_BONUS, so only candidates that
    // close to the k-th can end in the top k: their profiles are all that is needed.
    const base = rank(evidence);
    const kth = base[Math.min(first, base.length) - 1]?.score ?? 0;
    const contenders = new Set(
      base.filter((c) => c.score * (1 + MAX_BRIDGING_BONUS) >= kth).map((c) => c.id),
    );
    const profiles = await this.profiles([id, ...contenders]);
    const mine = profiles.get(id) ?? { sectors: [], regions: [], alliances: [] };
    const ranked = rank(
      evidence.filter((e) => contenders.has(e.target)),
      (other) => bridgingBonus(mine, profiles.get(other) ?? mine),
    ).slice(0, first);
    return explain(await this.hydrate(ranked), lang);
  }

  /** Loads the nodes of the paths that will be shown (the strongest reasons of each match). */
  private async hydrate(ranked: readonly Ranked<PathRef>[]): Promise<Ranked[]> {
    const shown = ranked.map((m) => ({ ...m, evidence: m.evidence.slice(0, REASONS_PER_MATCH) }));
    const ids = [...new Set(shown.flatMap((m) => m.evidence.flatMap((e) => e.path.nodeIds)))];
    const rows = ids.length > 0 ? await this.db.read(this.cypher.get('entity/get-by-ids'), { ids }) : [];
    const nodes = new Map(rows.map((r) => [(r.node as NodeRow).id, r.node as NodeRow]));
    return shown.map((m) => ({
      ...m,
      evidence: m.evidence.map((e) => ({
        ...e,
        path: { nodes: e.path.nodeIds.map((nodeId) => nodes.get(nodeId)!), edges: e.path.edges },
      })),
    }));
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

  private async profiles(ids: readonly string[]): Promise<Map<string, Profile>> {
    const rows = await this.db.read(this.cypher.get('recommend/bridging-profile'), { ids });
    return new Map(
      rows.map((r) => [
        String(r.id),
        {
          sectors: r.sectors as string[],
          regions: r.regions as string[],
          alliances: r.alliances as string[],
        },
      ]),
    );
  }
}

export type { PathRow };
