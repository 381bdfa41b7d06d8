import { empty, formatDate, h, safeLink, tag } from './dom.js';
import { graph } from './graph.js';
import type { View } from './operations.js';
import type { Texts } from './texts.js';
import {
  help,
  questions,
  similarAlliances,
  type AllianceOverlap,
  type BottleneckHelp,
  type SuggestedAnswer,
} from './views-network.js';

export interface Named {
  id: string;
  name: string;
}
export interface Practice {
  id?: string;
  title?: string;
  summary?: string | null;
  kind?: string;
  stage?: string | null;
  url?: string | null;
}
export interface InsightRow {
  id: string;
  kind: string;
  text: string;
  createdAt?: string;
  author?: Named | null;
  about?: Practice[];
}
export interface QuestionRow {
  id: string;
  text: string;
  status: string;
  askedOn?: string | null;
}
export interface Alliance extends Named {
  url?: string | null;
  insights?: InsightRow[];
  bottlenecks?: {
    id: string;
    title: string;
    description?: string | null;
    status?: string;
    addressedBy?: Practice[];
  }[];
  /** The alliance's own status of each bottleneck it faces. */
  bottleneckFacings?: { status: string; bottleneck: { id: string } }[];
  members?: { role: string; professional: Named & { headline: string | null } }[];
  partners?: (Named & { sector: string })[];
  questions?: QuestionRow[];
  initiatives?: (Named & { questions: QuestionRow[] })[];
}
export interface GraphNode {
  __typename: string;
  id: string;
  name?: string;
  title?: string;
  text?: string;
}
export interface ViewData {
  alliance: Alliance | null;
  neighborhood?: { nodes: GraphNode[]; edges: { type: string; from: string; to: string }[] };
  alliancesSharingBottlenecks?: AllianceOverlap[];
  /** Suggested answers by question id (view "questions"), asked one open question at a time. */
  answers?: Record<string, SuggestedAnswer | null>;
  /** Who can help, by bottleneck id (view "help"), asked one open bottleneck at a time. */
  help?: Record<string, BottleneckHelp>;
}

export interface Rendered {
  heading: string;
  body: Node;
}

function insights(a: Alliance, t: Texts): Rendered {
  const items = [...(a.insights ?? [])].sort((x, y) => (y.createdAt ?? '').localeCompare(x.createdAt ?? ''));
  return {
    heading: t.heading.insights(a.name),
    body: items.length
      ? h(
          'ul',
          null,
          items.map((i) =>
            h(
              'li',
              null,
              h('p', null, tag(t.insightKind[i.kind]), i.text),
              h(
                'p',
                { class: 'meta' },
                i.author ? `${i.author.name} · ` : '',
                h('time', { datetime: i.createdAt ?? '' }, formatDate(i.createdAt, t.locale)),
              ),
            ),
          ),
        )
      : empty(t.none.insights),
  };
}

function bottlenecks(a: Alliance, t: Texts): Rendered {
  const items = a.bottlenecks ?? [];
  const own = new Map((a.bottleneckFacings ?? []).map((f) => [f.bottleneck.id, f.status]));
  return {
    heading: t.heading.bottlenecks(a.name),
    body: items.length
      ? h(
          'ul',
          null,
          items.map((b) =>
            h(
              'li',
              null,
              h('h3', null, tag(t.status[own.get(b.id) ?? b.status ?? '']), b.title),
              b.description ? h('p', null, b.description) : null,
              b.addressedBy?.length
                ? h(
                    'p',
                    { class: 'meta' },
                    t.addressedBy,
                    b.addressedBy.flatMap((p, n) => [n ? ', ' : '', safeLink(p.url, p.title ?? '')]),
                  )
                : null,
            ),
          ),
        )
      : empty(t.none.bottlenecks),
  };
}

function practices(a: Alliance, t: Texts): Rendered {
  const found = new Map<string, { practice: Practice; helps: Set<string> }>();
  const add = (p: Practice, bottleneck?: string) => {
    if (!p.id) return;
    const entry = found.get(p.id) ?? { practice: p, helps: new Set<string>() };
    if (bottleneck) entry.helps.add(bottleneck);
    found.set(p.id, entry);
  };
  for (const b of a.bottlenecks ?? []) for (const p of b.addressedBy ?? []) add(p, b.title);
  for (const i of a.insights ?? []) for (const p of i.about ?? []) add(p);
  const items = [...found.values()].sort((x, y) => y.helps.size - x.helps.size);
  return {
    heading: t.heading.practices(a.name),
    body: items.length
      ? h(
          'ul',
          null,
          items.map(({ practice: p, helps }) =>
            h(
              'li',
              null,
              h('h3', null, safeLink(p.url, p.title ?? '')),
              h('p', { class: 'meta' }, tag(t.practiceKind[p.kind ?? '']), tag(t.stage[p.stage ?? ''])),
              p.summary ? h('p', null, p.summary) : null,
              helps.size ? h('p', { class: 'meta' }, t.helpsWith([...helps])) : null,
            ),
          ),
        )
      : empty(t.none.practices),
  };
}

function members(a: Alliance, t: Texts): Rendered {
  const groups = t.roles.map(([role, title]) => {
    const people = (a.members ?? []).filter((m) => m.role === role);
    if (!people.length) return null;
    return h(
      'section',
      { 'aria-label': title },
      h('h3', null, title),
      h(
        'ul',
        null,
        people.map((m) =>
          h(
            'li',
            null,
            h('strong', null, m.professional.name),
            m.professional.headline ? h('span', { class: 'meta' }, ` · ${m.professional.headline}`) : null,
          ),
        ),
      ),
    );
  });
  const partners = a.partners ?? [];
  return {
    heading: t.heading.members(a.name),
    body: h(
      'div',
      null,
      groups,
      partners.length
        ? h(
            'section',
            { 'aria-label': t.partners },
            h('h3', null, t.partners),
            h(
              'ul',
              null,
              partners.map((p) =>
                h('li', null, p.name, h('span', { class: 'meta' }, ` · ${t.sector[p.sector] ?? ''}`)),
              ),
            ),
          )
        : null,
      groups.some(Boolean) || partners.length ? null : empty(t.none.members),
    ),
  };
}

/** The view's heading and body; null when the alliance does not exist. */
export function render(view: View, data: ViewData, t: Texts): Rendered | null {
  const a = data.alliance;
  if (!a) return null;
  switch (view) {
    case 'insights':
      return insights(a, t);
    case 'bottlenecks':
      return bottlenecks(a, t);
    case 'practices':
      return practices(a, t);
    case 'members':
      return members(a, t);
    case 'graph':
      return graph(a, data, t);
    case 'questions':
      return questions(a, data, t);
    case 'similar-alliances':
      return similarAlliances(a, data, t);
    case 'help':
      return help(a, data, t);
  }
}
