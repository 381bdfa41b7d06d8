import { formatDate, h, safeLink } from './dom.js';
import { graph } from './graph.js';

export type View = 'insights' | 'bottlenecks' | 'practices' | 'members' | 'graph';

interface Named {
  id: string;
  name: string;
}
interface Practice {
  id?: string;
  title?: string;
  summary?: string | null;
  kind?: string;
  stage?: string | null;
  url?: string | null;
}
export interface Alliance extends Named {
  insights?: {
    id: string;
    kind: string;
    text: string;
    createdAt: string;
    author: Named | null;
    about?: Practice[];
  }[];
  bottlenecks?: {
    id: string;
    title: string;
    description?: string | null;
    status?: string;
    addressedBy: Practice[];
  }[];
  members?: { role: string; professional: Named & { headline: string | null } }[];
  partners?: (Named & { sector: string })[];
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
}

export interface Rendered {
  heading: string;
  body: Node;
}

const INSIGHT_KIND: Record<string, string> = {
  LESSON: 'Les',
  WORKING_ELEMENT: 'Werkzaam element',
  OBSERVATION: 'Observatie',
};
const STATUS: Record<string, string> = { OPEN: 'Open', ADDRESSED: 'Aangepakt' };
const PRACTICE_KIND: Record<string, string> = {
  METHOD: 'Methode',
  PROGRAMME: 'Programma',
  TOOL: 'Instrument',
  PRODUCT: 'Product',
  PODCAST: 'Podcast',
  PUBLICATION: 'Publicatie',
  OTHER: 'Aanpak',
};
const STAGE: Record<string, string> = {
  IDEA: 'Idee',
  PILOT: 'Pilot',
  PROVEN: 'Bewezen',
  SCALING: 'Opschalen',
};
// The order in which the sources introduce the roles: who directs, who starts, who guides.
const ROLES: [string, string][] = [
  ['COORDINATOR', 'Coördinatie'],
  ['INITIATOR', 'Initiatiefnemers'],
  ['FACILITATOR', 'Procesbegeleiding'],
  ['MANAGER', 'Middelen en steun'],
  ['MEMBER', 'Leden'],
];
const SECTOR: Record<string, string> = {
  GOVERNMENT: 'overheid',
  BUSINESS: 'bedrijfsleven',
  FUND: 'fonds',
  KNOWLEDGE_INSTITUTE: 'kennisinstelling',
  CIVIL_SOCIETY: 'maatschappelijke organisatie',
  CITIZENS: 'burgers',
};
const tag = (text: string | undefined) => (text ? h('span', { class: 'tag' }, text) : null);
const empty = (text: string) => h('p', { class: 'meta' }, text);

function insights(a: Alliance): Rendered {
  const items = [...(a.insights ?? [])].sort((x, y) => y.createdAt.localeCompare(x.createdAt));
  return {
    heading: `Inzichten van ${a.name}`,
    body: items.length
      ? h(
          'ul',
          null,
          items.map((i) =>
            h(
              'li',
              null,
              h('p', null, tag(INSIGHT_KIND[i.kind]), i.text),
              h(
                'p',
                { class: 'meta' },
                i.author ? `${i.author.name} · ` : '',
                h('time', { datetime: i.createdAt }, formatDate(i.createdAt)),
              ),
            ),
          ),
        )
      : empty('Nog geen inzichten vastgelegd.'),
  };
}

function bottlenecks(a: Alliance): Rendered {
  const items = a.bottlenecks ?? [];
  return {
    heading: `Knelpunten van ${a.name}`,
    body: items.length
      ? h(
          'ul',
          null,
          items.map((b) =>
            h(
              'li',
              null,
              h('h3', null, tag(STATUS[b.status ?? '']), b.title),
              b.description ? h('p', null, b.description) : null,
              b.addressedBy.length
                ? h(
                    'p',
                    { class: 'meta' },
                    'Aanpakken: ',
                    b.addressedBy.flatMap((p, n) => [n ? ', ' : '', safeLink(p.url, p.title ?? '')]),
                  )
                : null,
            ),
          ),
        )
      : empty('Nog geen knelpunten vastgelegd.'),
  };
}

function practices(a: Alliance): Rendered {
  const found = new Map<string, { practice: Practice; helps: Set<string> }>();
  const add = (p: Practice, bottleneck?: string) => {
    if (!p.id) return;
    const entry = found.get(p.id) ?? { practice: p, helps: new Set<string>() };
    if (bottleneck) entry.helps.add(bottleneck);
    found.set(p.id, entry);
  };
  for (const b of a.bottlenecks ?? []) for (const p of b.addressedBy) add(p, b.title);
  for (const i of a.insights ?? []) for (const p of i.about ?? []) add(p);
  const items = [...found.values()].sort((x, y) => y.helps.size - x.helps.size);
  return {
    heading: `Werkzame praktijken voor ${a.name}`,
    body: items.length
      ? h(
          'ul',
          null,
          items.map(({ practice: p, helps }) =>
            h(
              'li',
              null,
              h('h3', null, safeLink(p.url, p.title ?? '')),
              h('p', { class: 'meta' }, tag(PRACTICE_KIND[p.kind ?? '']), tag(STAGE[p.stage ?? ''])),
              p.summary ? h('p', null, p.summary) : null,
              helps.size ? h('p', { class: 'meta' }, `Helpt bij: ${[...helps].join('; ')}`) : null,
            ),
          ),
        )
      : empty('Nog geen praktijken bekend.'),
  };
}

function members(a: Alliance): Rendered {
  const groups = ROLES.map(([role, title]) => {
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
    heading: `Wie doen er mee aan ${a.name}`,
    body: h(
      'div',
      null,
      groups,
      partners.length
        ? h(
            'section',
            { 'aria-label': 'Partners' },
            h('h3', null, 'Partnerorganisaties'),
            h(
              'ul',
              null,
              partners.map((p) =>
                h('li', null, p.name, h('span', { class: 'meta' }, ` · ${SECTOR[p.sector] ?? ''}`)),
              ),
            ),
          )
        : null,
      groups.some(Boolean) || partners.length ? null : empty('Nog geen leden bekend.'),
    ),
  };
}

export function render(view: View, data: ViewData): Rendered | null {
  const a = data.alliance;
  if (!a) return null;
  if (view === 'insights') return insights(a);
  if (view === 'bottlenecks') return bottlenecks(a);
  if (view === 'practices') return practices(a);
  if (view === 'members') return members(a);
  return graph(a, data);
}
