import { h } from '../embed/dom.js';
import { BRIEF, brief, request, type BriefNode, type GraphEdge, type RawNode, type Subgraph } from './api.js';
import { LABEL_COLOURS } from './analysis.js';
import type { Explorer } from './explorer.js';
import { labelName, language, t, term, type Label, type MessageKey } from './i18n.js';

/** Ranked answers are short lists: the service prices recommendation walks by `first`. */
const FIRST = 10;

export type BrainPanel =
  'whoKnows' | 'connections' | 'practices' | 'alliances' | 'roleGaps' | 'health' | 'harvest';

/** What each panel answers for: a typed topic, a selected node of a kind, or the whole network. */
const NEEDS: Record<BrainPanel, Label | null> = {
  whoKnows: null,
  connections: 'Professional',
  practices: 'Bottleneck',
  alliances: 'Alliance',
  roleGaps: null,
  health: 'Alliance',
  harvest: 'Event',
};

const TITLES: Record<BrainPanel, MessageKey> = {
  whoKnows: 'brainWhoKnows',
  connections: 'brainConnections',
  practices: 'brainPractices',
  alliances: 'brainAlliances',
  roleGaps: 'brainRoleGaps',
  health: 'brainHealth',
  harvest: 'brainHarvest',
};

export const BRAIN_PANELS = Object.keys(TITLES) as BrainPanel[];

export function brainTitle(panel: BrainPanel): string {
  return t(TITLES[panel]);
}

interface Reason {
  kind: string;
  text: string;
  weight: number;
  path: Subgraph;
}

/** One ranked answer: what it is, why, and the paths that prove it. */
export interface BrainItem {
  node: BriefNode;
  score: number | null;
  lines: string[];
  reasons: Reason[];
}

interface RawReason {
  kind: string;
  text: string;
  weight: number;
  path: { nodes: RawNode[]; edges: GraphEdge[] };
}

const REASONS = `reasons { kind text weight path { nodes { ...Brief } edges { type from to } } }`;

const lang = () => (language() === 'nl' ? 'NL' : 'EN');

function reasons(raw: RawReason[]): Reason[] {
  return raw.map((r) => ({
    kind: r.kind,
    text: r.text,
    weight: r.weight,
    path: { nodes: r.path.nodes.map(brief), edges: r.path.edges },
  }));
}

/** A path made of the answer itself and what it hangs on (for answers without reasons). */
function tie(from: BriefNode, to: BriefNode, type: string): Subgraph {
  return { nodes: [from, to], edges: [{ type, from: from.id, to: to.id }] };
}

async function whoKnows(topic: string, selected: BriefNode | null): Promise<BrainItem[]> {
  const args: Record<string, unknown> = { first: FIRST, lang: lang() };
  if (topic) args.topic = topic;
  else if (selected?.kind === 'Theme') args.themeId = selected.id;
  else if (selected?.kind === 'Bottleneck') args.bottleneckId = selected.id;
  const data = await request<{
    whoKnows: { score: number; professional: RawNode; reasons: RawReason[] }[];
  }>(
    `query BrainWhoKnows($topic: String, $themeId: ID, $bottleneckId: ID, $first: Int, $lang: Language) {
      whoKnows(topic: $topic, themeId: $themeId, bottleneckId: $bottleneckId, first: $first, lang: $lang) {
        score professional { ...Brief } ${REASONS}
      }
    } ${BRIEF}`,
    args,
  );
  return data.whoKnows.map((m) => ({
    node: brief(m.professional),
    score: m.score,
    lines: [],
    reasons: reasons(m.reasons),
  }));
}

async function connections(person: BriefNode): Promise<BrainItem[]> {
  const data = await request<{
    suggestedConnections: { score: number; professional: RawNode; reasons: RawReason[] }[];
  }>(
    `query BrainConnections($id: ID!, $first: Int, $lang: Language) {
      suggestedConnections(professionalId: $id, first: $first, lang: $lang) {
        score professional { ...Brief } ${REASONS}
      }
    } ${BRIEF}`,
    { id: person.id, first: FIRST, lang: lang() },
  );
  return data.suggestedConnections.map((m) => ({
    node: brief(m.professional),
    score: m.score,
    lines: [],
    reasons: reasons(m.reasons),
  }));
}

async function practices(bottleneck: BriefNode): Promise<BrainItem[]> {
  const data = await request<{
    practicesForBottleneck: {
      score: number;
      practice: RawNode;
      contacts: RawNode[];
      reasons: RawReason[];
    }[];
  }>(
    `query BrainPractices($id: ID!, $first: Int, $lang: Language) {
      practicesForBottleneck(bottleneckId: $id, first: $first, lang: $lang) {
        score practice { ...Brief } contacts { ...Brief } ${REASONS}
      }
    } ${BRIEF}`,
    { id: bottleneck.id, first: FIRST, lang: lang() },
  );
  return data.practicesForBottleneck.map((m) => ({
    node: brief(m.practice),
    score: m.score,
    lines: m.contacts.length
      ? [t('brainContacts', { names: m.contacts.map((c) => brief(c).name).join(', ') })]
      : [],
    reasons: reasons(m.reasons),
  }));
}

async function alliances(alliance: BriefNode): Promise<BrainItem[]> {
  const data = await request<{
    alliancesSharingBottlenecks: {
      score: number;
      alliance: RawNode;
      sharedBottlenecks: RawNode[];
      reasons: RawReason[];
    }[];
  }>(
    `query BrainAlliances($id: ID!, $first: Int, $lang: Language) {
      alliancesSharingBottlenecks(allianceId: $id, first: $first, lang: $lang) {
        score alliance { ...Brief } sharedBottlenecks { ...Brief } ${REASONS}
      }
    } ${BRIEF}`,
    { id: alliance.id, first: FIRST, lang: lang() },
  );
  return data.alliancesSharingBottlenecks.map((m) => ({
    node: brief(m.alliance),
    score: m.score,
    lines: m.sharedBottlenecks.length
      ? [t('brainShared', { names: m.sharedBottlenecks.map((b) => brief(b).name).join(', ') })]
      : [],
    reasons: reasons(m.reasons),
  }));
}

async function roleGaps(): Promise<BrainItem[]> {
  const data = await request<{
    roleGaps: { unit: RawNode; missing: string[]; holders: { role: string; professional: RawNode }[] }[];
  }>(
    `query BrainRoleGaps {
      roleGaps { unit { ...Brief } missing holders { role professional { ...Brief } } }
    } ${BRIEF}`,
  );
  return data.roleGaps.map((gap) => {
    const unit = brief(gap.unit);
    const holders = gap.holders.map((m) => ({ role: m.role, person: brief(m.professional) }));
    return {
      node: unit,
      score: null,
      lines: [
        t('brainMissing', { roles: gap.missing.map(term).join(', ') }),
        holders.length
          ? t('brainHolders', {
              holders: holders.map((m) => `${m.person.name} (${term(m.role)})`).join(', '),
            })
          : t('brainNoHolders'),
      ],
      reasons: holders.map((m) => ({
        kind: 'HOLDS_ROLE',
        text: `${m.person.name}: ${t('brainHolds', { role: term(m.role) })}`,
        weight: 1,
        path: tie(m.person, unit, 'MEMBER_OF'),
      })),
    };
  });
}

async function health(alliance: BriefNode): Promise<BrainItem[]> {
  const data = await request<{
    node: {
      learningHealth?: {
        condition: string;
        score: number | null;
        checkedOn: string | null;
        previousScore: number | null;
        trend: string | null;
      }[];
    } | null;
  }>(
    `query BrainHealth($id: ID!) {
      node(id: $id) { id ... on Alliance { learningHealth { condition score checkedOn previousScore trend } } }
    }`,
    { id: alliance.id },
  );
  const conditions = data.node?.learningHealth ?? [];
  // Weakest first: that is where the network needs attention.
  return [...conditions]
    .sort((a, b) => (a.score ?? -1) - (b.score ?? -1))
    .map((c) => ({
      node: { id: alliance.id, kind: 'Alliance', name: term(c.condition) },
      score: c.score,
      lines: [
        c.score === null
          ? t('brainNeverChecked')
          : [
              t('brainChecked', {
                score: c.score,
                date: c.checkedOn ? new Date(c.checkedOn).toLocaleDateString(language()) : '',
              }),
              c.trend ? term(c.trend) : '',
              c.previousScore !== null ? t('brainPrevious', { score: c.previousScore }) : '',
            ]
              .filter(Boolean)
              .join(' · '),
      ],
      reasons: [
        {
          kind: 'CONDITION',
          text: `${alliance.name}: ${term(c.condition)}`,
          weight: 1,
          path: { nodes: [alliance], edges: [] },
        },
      ],
    }));
}

async function harvest(event: BriefNode): Promise<BrainItem[]> {
  const data = await request<{
    node: { harvest?: { insights: RawNode[]; practices: RawNode[]; questions: RawNode[] } } | null;
  }>(
    `query BrainHarvest($id: ID!) {
      node(id: $id) {
        id
        ... on Event {
          harvest {
            insights { id text }
            practices { id title }
            questions { id text }
          }
        }
      }
    }`,
    { id: event.id },
  );
  const crop = data.node?.harvest;
  if (!crop) return [];
  const items = (list: RawNode[], kind: Label, heading: MessageKey): BrainItem[] =>
    list.map((raw) => {
      const node = brief({ ...raw, __typename: kind });
      return {
        node,
        score: null,
        lines: [t(heading)],
        reasons: [
          {
            kind: 'HARVESTED_AT',
            text: t('brainHarvested', { event: event.name }),
            weight: 1,
            path: tie(node, event, 'HARVESTED_AT'),
          },
        ],
      };
    });
  return [
    ...items(crop.insights, 'Insight', 'brainHarvestInsights'),
    ...items(crop.practices, 'Practice', 'brainHarvestPractices'),
    ...items(crop.questions, 'Question', 'brainHarvestQuestions'),
  ];
}

/** The union of an item's reason paths: everything that proves it at once. */
function itemPath(item: BrainItem): Subgraph {
  const nodes = new Map<string, BriefNode>();
  const edges: GraphEdge[] = [];
  for (const reason of item.reasons) {
    for (const n of reason.path.nodes) nodes.set(n.id, n);
    edges.push(...reason.path.edges);
  }
  if (nodes.size === 0) nodes.set(item.node.id, item.node);
  return { nodes: [...nodes.values()], edges };
}

/**
 * The brain's panels: one button per question, the ranked answers with their reasons below, and
 * each answer's (or reason's) proving path highlighted in the map on hover, focus or click.
 */
export class Brain {
  private last: BrainPanel | null = null;
  private pinned: Subgraph | null = null;
  /** One request at a time: the service queues an anonymous client's heavy requests. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly explorer: Explorer,
    private readonly topic: HTMLInputElement,
    private readonly output: HTMLElement,
    private readonly message: HTMLElement,
  ) {}

  /** Opens a panel, after any request still running. */
  open(panel: BrainPanel): Promise<void> {
    const next = this.queue.then(() => this.show(panel));
    this.queue = next.catch(() => undefined);
    return next;
  }

  /** Asks again for the panel shown last (after a language switch: the reasons are worded anew). */
  rerun(): void {
    if (this.last) void this.open(this.last);
  }

  clear(): void {
    this.last = null;
    this.output.replaceChildren();
    this.output.removeAttribute('data-panel');
    this.message.textContent = '';
    this.message.className = 'error-slot';
    this.pin(null);
  }

  private need(text: string): void {
    this.message.textContent = text;
    this.message.className = 'error-slot inline-error';
  }

  private async show(panel: BrainPanel): Promise<void> {
    const selected = this.explorer.selection();
    const kind = NEEDS[panel];
    this.message.textContent = '';
    this.message.className = 'error-slot';
    const topic = this.topic.value.trim();
    if (panel === 'whoKnows' && !topic && !['Theme', 'Bottleneck'].includes(selected?.kind ?? '')) {
      this.need(t('brainNeedTopic'));
      return;
    }
    if (kind && selected?.kind !== kind) {
      this.need(t('brainNeedSelection', { kind: labelName(kind).toLowerCase() }));
      return;
    }
    const subject = selected!;
    const items = await this.explorer.activity.run(async () => {
      switch (panel) {
        case 'whoKnows':
          return whoKnows(topic, selected);
        case 'connections':
          return connections(subject);
        case 'practices':
          return practices(subject);
        case 'alliances':
          return alliances(subject);
        case 'roleGaps':
          return roleGaps();
        case 'health':
          return health(subject);
        case 'harvest':
          return harvest(subject);
      }
    }, this.message);
    if (!items) return;
    this.last = panel;
    const about = panel === 'whoKnows' ? topic || subject?.name : panel === 'roleGaps' ? null : subject.name;
    this.pin(null);
    this.render(panel, about ?? null, items);
  }

  /** The pinned path stays highlighted; hovering shows another one until the pointer leaves. */
  private pin(path: Subgraph | null): void {
    this.pinned = path;
    this.explorer.highlightPath(path, path !== null);
  }

  private preview(path: Subgraph | null): void {
    this.explorer.highlightPath(path ?? this.pinned);
  }

  private bind(element: HTMLElement, path: Subgraph): void {
    element.addEventListener('mouseenter', () => this.preview(path));
    element.addEventListener('mouseleave', () => this.preview(null));
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      this.pin(path);
    });
  }

  private render(panel: BrainPanel, about: string | null, items: BrainItem[]): void {
    this.output.dataset.panel = panel;
    const heading = h(
      'h3',
      null,
      about ? t('brainFor', { title: brainTitle(panel), name: about }) : brainTitle(panel),
    );
    if (items.length === 0) {
      this.output.replaceChildren(heading, h('p', { class: 'muted' }, t('brainNone')));
      return;
    }
    const list = h(
      'ol',
      { class: 'brain-items' },
      items.map((item, rank) => {
        const path = itemPath(item);
        const show = h(
          'button',
          {
            type: 'button',
            class: 'brain-item-title',
            'data-id': item.node.id,
            title: t('brainShowPath'),
          },
          h(
            'span',
            { class: 'badge', style: `--badge:${LABEL_COLOURS[item.node.kind]}` },
            labelName(item.node.kind),
          ),
          item.node.name,
          item.score !== null && panel !== 'health'
            ? h('span', { class: 'score' }, t('brainScore', { score: item.score.toFixed(2) }))
            : null,
        ) as HTMLButtonElement;
        this.bind(show, path);
        show.addEventListener('focus', () => this.preview(path));
        show.addEventListener('blur', () => this.preview(null));
        const reasonList = h(
          'ul',
          { class: 'brain-reasons' },
          item.reasons.map((reason) => {
            const li = h(
              'li',
              { class: 'brain-reason', 'data-kind': reason.kind, tabindex: '0' },
              reason.text,
            );
            this.bind(li, reason.path);
            return li;
          }),
        );
        return h(
          'li',
          { class: 'brain-item', 'data-rank': String(rank + 1), 'data-id': item.node.id },
          show,
          item.lines.map((line) => h('p', { class: 'brain-line' }, line)),
          reasonList,
        );
      }),
    );
    this.output.replaceChildren(heading, list);
    // The answers sit below the buttons: bring them into view.
    heading.scrollIntoView({ block: 'start' });
  }
}
