import { createPubSub, type PubSub, type PubSubEventTarget } from 'graphql-yoga';
import type { Viewer } from '../auth/viewer.js';
import { maySee, visibleTo, workSeenBy, workSeenOf } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database, Row } from '../db/database.js';
import type { EdgeRow, NodeRow } from '../db/rows.js';
import { BadInput, Forbidden, NotFound, Unauthenticated } from '../errors.js';
import { relativeOf } from '../recommend/language/words.js';
import { named } from '../recommend/reasons.js';
import type { Lang, ReasonRow } from '../recommend/paths.js';
import type { FacingRow } from '../structure/service.js';

/** What may be followed. */
export const FOLLOWABLE = ['Theme', 'Bottleneck', 'Alliance', 'Initiative', 'Question'] as const;

export type DigestKind =
  'INSIGHT_ADDED' | 'QUESTION_ASKED' | 'QUESTION_ANSWERED' | 'HARVESTED' | 'BOTTLENECK_STATUS_CHANGED';

export interface DigestItemRow {
  readonly kind: DigestKind;
  readonly at: string;
  readonly node: NodeRow;
  readonly about: NodeRow;
  readonly score: number;
  readonly reasons: readonly ReasonRow[];
}

export interface AllianceChangeRow {
  readonly allianceId: string;
  readonly at: string;
}

export interface FollowRow {
  readonly professionalId: string;
  readonly target: NodeRow;
  readonly following: boolean;
}

/** What a write changed, as the live events see it: ids only; subscribers read what they may see. */
export type Change =
  | { readonly kind: 'insight'; readonly id: string }
  | { readonly kind: 'question'; readonly id: string }
  | { readonly kind: 'facing'; readonly allianceId: string; readonly bottleneckId: string }
  | { readonly kind: 'node'; readonly id: string }
  /** A node's own properties changed (an update): pages showing it ask again; not news for a feed. */
  | { readonly kind: 'updated'; readonly id: string }
  | { readonly kind: 'tie'; readonly type: string; readonly fromId: string; readonly toId: string };

/** The topics of the live pub/sub. */
export type LiveEvents = { change: [Change] };

export interface InsightFilter {
  readonly themeId?: string | null;
  readonly bottleneckId?: string | null;
  readonly allianceId?: string | null;
}

export interface QuestionFilter {
  readonly themeId?: string | null;
  readonly regionId?: string | null;
}

interface DigestRow {
  kind: DigestKind;
  me: NodeRow;
  node: NodeRow;
  followed: NodeRow;
  middle: NodeRow | null;
  other: Record<string, unknown> | null;
  at: string;
  /** The tie from the item to what is followed (or to the middle node), and of the middle to it. */
  via: string;
  midVia: string | null;
}

const DAY_MS = 86_400_000;

/** The most new insights and questions of one import announced to live subscribers. */
export const MAX_ANNOUNCED = 1_000;

/**
 * Follows, the digest and the live events. Writes announce what they changed (`changed`, ids
 * only) on a pub/sub; each subscription reads the changed node again as its own viewer at
 * delivery, so visibility, erasure and filters are applied per subscriber and per event.
 */
export class LiveService {
  private readonly reads = new WeakMap<object, Map<string, Promise<Row[]>>>();
  readonly pubsub: PubSub<LiveEvents>;

  /** `eventTarget` carries the events between replicas (Redis); without it, this process only. */
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    eventTarget?: PubSubEventTarget<LiveEvents>,
  ) {
    this.pubsub = createPubSub<LiveEvents>(eventTarget ? { eventTarget } : undefined);
    for (const name of [
      'follow',
      'unfollow',
      'following',
      'digest',
      'insight-context',
      'question-context',
      'facing-context',
      'tie-visible',
    ]) {
      cypher.get(`live/${name}`);
    }
  }

  /** Announces a committed change to every subscriber (of every replica, with Redis). */
  changed(change: Change): void {
    this.pubsub.publish('change', change);
  }

  /**
   * Announces the new insights and questions of a committed import as a created one is announced
   * (each subscriber reads them as its own viewer, with the ties the import gave them). Nodes that
   * existed already are not news. A very large import announces its first MAX_ANNOUNCED: a feed
   * is no place for a bulk load, and the digest still has all of it. Returns how many it announced.
   */
  imported(created: readonly { readonly label: string; readonly id: string }[]): number {
    const news = created
      .filter((n) => n.label === 'Insight' || n.label === 'Question')
      .slice(0, MAX_ANNOUNCED);
    for (const node of news) {
      this.changed({ kind: node.label === 'Insight' ? 'insight' : 'question', id: node.id });
    }
    return news.length;
  }

  /** Follows, the feed and the digest are a person's own: an anonymous viewer is asked to sign in. */
  static expectSignedIn(viewer: Viewer, what: string): void {
    if (viewer.role === 'anonymous') throw new Unauthenticated(`sign in to ${what}`);
  }

  /** The professional a follow acts for: the viewer's own, or any for an administrator. */
  private actor(viewer: Viewer, professionalId: string | null | undefined): string {
    LiveService.expectSignedIn(viewer, 'follow or unfollow');
    if (professionalId && professionalId !== viewer.professionalId) {
      if (viewer.role !== 'admin') throw new Forbidden('only administrators follow for someone else');
      return professionalId;
    }
    if (!viewer.professionalId) {
      throw new BadInput('professionalId', 'your credentials name no professional: follow as a professional');
    }
    return viewer.professionalId;
  }

  async follow(viewer: Viewer, targetId: string, professionalId?: string | null): Promise<FollowRow> {
    const pid = this.actor(viewer, professionalId);
    const rows = await this.db.write(this.cypher.get('live/follow'), {
      professionalId: pid,
      targetId,
      labels: [...FOLLOWABLE],
      seen: workSeenBy(viewer),
    });
    const target = rows[0]?.target as NodeRow | undefined;
    if (!target) return this.notFollowable(viewer, pid, targetId);
    return { professionalId: pid, target, following: true };
  }

  /**
   * Why a follow or unfollow found nothing to act on: the person is unknown (NOT_FOUND), the
   * target is unknown or a person the viewer may not see (NOT_FOUND, as unknown), or the target
   * is a node of a kind that cannot be followed (BAD_USER_INPUT).
   */
  private async notFollowable(viewer: Viewer, professionalId: string, targetId: string): Promise<never> {
    const rows = await this.db.read(this.cypher.get('entity/labels-of'), { ids: [professionalId, targetId] });
    const found = new Map(rows.map((r) => [String(r.id), r]));
    if (found.get(professionalId)?.label !== 'Professional')
      throw new NotFound('professional', professionalId);
    const target = found.get(targetId);
    const label = String(target?.label ?? '');
    const by = target?.by as NodeRow['__by'];
    if (
      !target ||
      !maySee(viewer, { __label: label, id: targetId, visibility: target.visibility, __by: by })
    ) {
      throw new NotFound('followable node (theme, bottleneck, alliance, initiative or question)', targetId);
    }
    throw new BadInput(
      'targetId',
      `'${targetId}' cannot be followed: only themes, bottlenecks, alliances, initiatives and questions can`,
    );
  }

  async unfollow(viewer: Viewer, targetId: string, professionalId?: string | null): Promise<FollowRow> {
    const pid = this.actor(viewer, professionalId);
    const rows = await this.db.write(this.cypher.get('live/unfollow'), {
      professionalId: pid,
      targetId,
      labels: [...FOLLOWABLE],
      seen: workSeenBy(viewer),
    });
    const target = rows[0]?.target as NodeRow | undefined;
    if (!target) return this.notFollowable(viewer, pid, targetId);
    return { professionalId: pid, target, following: false };
  }

  /**
   * What each professional follows (only asked for the viewer themself or by administrators),
   * without questions the viewer may no longer see.
   */
  async following(viewer: Viewer, ids: readonly string[]): Promise<NodeRow[][]> {
    const rows = await this.db.read(this.cypher.get('live/following'), {
      ids: [...ids],
      seen: workSeenBy(viewer),
    });
    const byId = new Map(rows.map((r) => [r.id as string, r.targets as NodeRow[]]));
    return ids.map((id) => byId.get(id) ?? []);
  }

  /**
   * What happened since `since` about what the viewer follows, ranked: newer first, direct ties
   * above ties through a theme's work, and an item about several followed things above one
   * about a single thing. `only` narrows it to one node (the live feed).
   */
  async digest(viewer: Viewer, since: string, first: number, lang: Lang, only: string | null = null) {
    LiveService.expectSignedIn(viewer, 'read what is new about what you follow');
    if (!viewer.professionalId) return [];
    if (Number.isNaN(Date.parse(since))) throw new BadInput('since', "'since' must be a date and time");
    if (!Number.isInteger(first) || first < 1 || first > 100) {
      throw new BadInput('first', "'first' must be between 1 and 100");
    }
    const rows = (await this.db.read(this.cypher.get('live/digest'), {
      professionalId: viewer.professionalId,
      since: new Date(since).toISOString(),
      visible: visibleTo(viewer),
      seen: workSeenBy(viewer),
      only,
      limit: 1_000,
    })) as unknown as DigestRow[];
    const items = new Map<string, { rows: DigestRow[]; score: number }>();
    const now = Date.now();
    for (const row of rows) {
      // A status change is one item whichever of its two ends (alliance, bottleneck) is followed.
      const subject =
        row.kind === 'BOTTLENECK_STATUS_CHANGED'
          ? [row.node.id, row.followed.id].sort().join('+')
          : row.node.id;
      const key = `${row.kind}:${subject}:${row.other ? JSON.stringify(row.other) : ''}`;
      const entry = items.get(key) ?? { rows: [], score: 0 };
      const days = Math.max(0, (now - Date.parse(row.at)) / DAY_MS);
      entry.score += (row.middle ? 0.6 : 1) / (1 + days / 7);
      entry.rows.push(row);
      items.set(key, entry);
    }
    return [...items.values()]
      .sort((a, b) => b.score - a.score || b.rows[0]!.at.localeCompare(a.rows[0]!.at))
      .slice(0, first)
      .map(({ rows: group, score }): DigestItemRow => {
        const direct = group.find((r) => !r.middle) ?? group[0]!;
        return {
          kind: direct.kind,
          at: direct.at,
          node: direct.node,
          about: direct.followed,
          score: Math.round(score * 1000) / 1000,
          reasons: group.map((r) => reason(r, lang)),
        };
      });
  }

  /**
   * One read for every subscriber that asks the same about the same event: an event reaches all
   * subscriptions of this process as one object, and subscribers differ only by the visibility
   * their role gives (three kinds), so a thousand subscribers cost a few reads, not a thousand.
   * Without an event (a direct call) the read is not shared.
   */
  private shared(event: object | undefined, name: string, params: Record<string, unknown>): Promise<Row[]> {
    if (!event) return this.db.read(this.cypher.get(name), params);
    let reads = this.reads.get(event);
    if (!reads) {
      reads = new Map();
      this.reads.set(event, reads);
    }
    const key = `${name}\u0000${JSON.stringify(params)}`;
    let read = reads.get(key);
    if (!read) {
      read = this.db.read(this.cypher.get(name), params);
      reads.set(key, read);
    }
    return read;
  }

  /** The insight if this viewer may see it and it matches the filter; else null. */
  async insightFor(
    viewer: Viewer,
    id: string,
    filter: InsightFilter,
    event?: Change,
  ): Promise<NodeRow | null> {
    const rows = await this.shared(event, 'live/insight-context', { id });
    const row = rows[0] as
      { node: NodeRow; themes: string[]; bottlenecks: string[]; alliances: string[] } | undefined;
    if (!row || !maySee(viewer, row.node)) return null;
    if (filter.themeId && !row.themes.includes(filter.themeId)) return null;
    if (filter.bottleneckId && !row.bottlenecks.includes(filter.bottleneckId)) return null;
    if (filter.allianceId && !row.alliances.includes(filter.allianceId)) return null;
    return row.node;
  }

  async questionFor(
    viewer: Viewer,
    id: string,
    filter: QuestionFilter,
    event?: Change,
  ): Promise<NodeRow | null> {
    const rows = await this.shared(event, 'live/question-context', { id });
    const row = rows[0] as { node: NodeRow; themes: string[]; regions: string[] } | undefined;
    if (!row || !maySee(viewer, row.node)) return null;
    if (filter.themeId && !row.themes.includes(filter.themeId)) return null;
    if (filter.regionId && !row.regions.includes(filter.regionId)) return null;
    return row.node;
  }

  async facingFor(
    allianceId: string,
    bottleneckId: string,
    filter: string | null | undefined,
    event?: Change,
  ) {
    if (filter && filter !== allianceId) return null;
    const rows = await this.shared(event, 'live/facing-context', { allianceId, bottleneckId });
    return (rows[0] as unknown as FacingRow | undefined) ?? null;
  }

  /**
   * Whether a change concerns this alliance for this viewer: a tie made or removed with the
   * alliance at one end (members, partners, themes, bottlenecks and their status, insights, parts)
   * whose other end the viewer may see. A page that shows the alliance asks again on it; the event
   * itself carries nothing but the alliance and the time, and a change that involves a hidden
   * person or their work is not announced to someone who may not see them.
   */
  async allianceChangeFor(
    viewer: Viewer,
    change: Change,
    allianceId: string,
  ): Promise<AllianceChangeRow | null> {
    if (change.kind === 'updated') {
      const rows = await this.shared(change, 'live/updated-near-alliance', {
        id: change.id,
        allianceId,
        ...eventSeenBy(viewer),
      });
      return rows[0]?.near === true ? { allianceId, at: new Date().toISOString() } : null;
    }
    if (change.kind !== 'tie' || (change.fromId !== allianceId && change.toId !== allianceId)) return null;
    const rows = await this.shared(change, 'live/tie-visible', {
      ids: [change.fromId, change.toId],
      ...eventSeenBy(viewer),
    });
    if (rows[0]?.visible !== true) return null;
    return { allianceId, at: new Date().toISOString() };
  }

  /** The node a change is about, for the feed. */
  static subjectOf(change: Change): string {
    if (change.kind === 'facing') return change.bottleneckId;
    return change.kind === 'tie' ? change.toId : change.id;
  }
}

/**
 * Ties stored from what is followed (or the middle node) towards the item: an alliance recorded
 * an insight or a bottleneck, a question was answered by the item. The rest point to it.
 */
function outward(row: DigestRow): boolean {
  if (row.kind === 'QUESTION_ANSWERED') return true;
  if (row.kind === 'BOTTLENECK_STATUS_CHANGED') return row.followed.__label === 'Alliance';
  return row.via === 'RECORDED';
}

/**
 * The reason's sentence, in the voice of what happened: "Nieuw inzicht over het thema 'X', dat je
 * volgt", "De alliantie 'A', die je volgt, legde een nieuw inzicht vast". The followed node always
 * carries its relative clause between commas.
 */
function sentence(row: DigestRow, lang: Lang): string {
  const en = lang === 'EN';
  const followed = named(row.followed, lang);
  const rel = relativeOf(row.followed.__label, lang);
  // "het thema 'X', dat je volgt" as object; "Het thema 'X', dat je volgt," as subject.
  const object = en ? `${followed}, which you follow` : `${followed}, ${rel} je volgt`;
  const subject = capital(object) + ',';
  const through = row.middle ? named(row.middle, lang) : null;
  const item = named(row.node, lang);
  switch (row.kind) {
    case 'INSIGHT_ADDED':
      if (through)
        return en
          ? `New insight about ${through} in ${object}`
          : `Nieuw inzicht over ${through} binnen ${object}`;
      if (row.via === 'RECORDED')
        return en ? `${subject} recorded a new insight` : `${subject} legde een nieuw inzicht vast`;
      if (row.via === 'TAKEN_UP')
        return en ? `${subject} took up an insight` : `${subject} nam een inzicht over`;
      return en ? `New insight about ${object}` : `Nieuw inzicht over ${object}`;
    case 'QUESTION_ASKED':
      if (row.middle?.__label === 'Professional') {
        return en
          ? `New question from ${through}, who has expertise in ${object}`
          : `Nieuwe vraag van ${through}, die deskundig is in ${object}`;
      }
      if (through) {
        return en
          ? `${capital(through)} asked a new question in ${object}`
          : `${capital(through)} stelde een nieuwe vraag binnen ${object}`;
      }
      return en ? `${subject} asked a new question` : `${subject} stelde een nieuwe vraag`;
    case 'QUESTION_ANSWERED':
      if (row.node.__label === 'Professional') {
        return en ? `${subject} got an answer from ${item}` : `${subject} kreeg een antwoord van ${item}`;
      }
      return en ? `${subject} got an answer: ${item}` : `${subject} kreeg een antwoord: ${item}`;
    case 'HARVESTED':
      return en
        ? `${capital(item)} was harvested at ${through ?? 'an event'} of ${object}`
        : `${capital(item)} is geoogst op ${through ?? 'een bijeenkomst'} van ${object}`;
    case 'BOTTLENECK_STATUS_CHANGED': {
      const status = String(row.other?.status ?? 'OPEN');
      const word = en ? status.toLowerCase() : status === 'ADDRESSED' ? 'aangepakt' : 'open';
      if (row.followed.__label === 'Bottleneck') {
        return en
          ? `${capital(item)} marked ${object}, as ${word}`
          : `${capital(item)} zette ${object}, op ${word}`;
      }
      return en ? `${subject} marked ${item} as ${word}` : `${subject} zette ${item} op ${word}`;
    }
  }
}

/** The reason for one row, with the path me → followed (→ middle) → item. */
function reason(row: DigestRow, lang: Lang): ReasonRow {
  const me = row.me.id;
  const nodes: NodeRow[] = [row.me, row.followed, ...(row.middle ? [row.middle] : []), row.node];
  const edges: EdgeRow[] = [{ type: 'FOLLOWS', from: me, to: row.followed.id, properties: null }];
  if (row.middle) {
    // Stored from the middle node to what is followed (IN_THEME, FOCUSES_ON, HAS_EXPERTISE, HOSTED_BY).
    edges.push({ type: row.midVia ?? 'RELATED', from: row.middle.id, to: row.followed.id, properties: null });
  }
  const near = (row.middle ?? row.followed).id;
  const out = outward(row);
  edges.push({
    type: row.via,
    from: out ? near : row.node.id,
    to: out ? row.node.id : near,
    properties: row.other ?? null,
  });
  return {
    kind: `FOLLOWED_${row.kind}`,
    text: sentence(row, lang),
    weight: row.middle ? 0.6 : 1,
    path: { nodes, edges },
  };
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * $visible and $seen of a live event's read (live/_seen), the same for every subscriber of one
 * visibility, so that one read serves them all (LiveService.shared): no viewer is themself here.
 */
function eventSeenBy(viewer: Viewer) {
  const visible = visibleTo(viewer);
  return { visible, seen: workSeenOf(visible) };
}
