import { h, safeLink } from '../embed/dom.js';
import type { BriefNode } from './api.js';
import { LABELS, labelName, language, t, term, type Label } from './i18n.js';

const FIELD_NAMES: Record<string, [string, string]> = {
  headline: ['Functie', 'Headline'],
  bio: ['Over', 'About'],
  languages: ['Talen', 'Languages'],
  region: ['Regio', 'Region'],
  organizations: ['Organisaties', 'Organisations'],
  organizationSector: ['Sector', 'Sector'],
  description: ['Beschrijving', 'Description'],
  allianceLevel: ['Niveau', 'Level'],
  regionLevel: ['Niveau', 'Level'],
  url: ['Website', 'Website'],
  summary: ['Samenvatting', 'Summary'],
  practiceKind: ['Soort', 'Kind'],
  initiativeKind: ['Soort', 'Kind'],
  insightKind: ['Soort', 'Kind'],
  practiceStage: ['Fase', 'Stage'],
  initiativeStage: ['Fase', 'Stage'],
  question: ['Vraag', 'Question'],
  createdAt: ['Vastgelegd', 'Recorded'],
  author: ['Auteur', 'Author'],
  bottleneckStatus: ['Status', 'Status'],
  date: ['Datum', 'Date'],
  place: ['Plaats', 'Place'],
  members: ['Leden', 'Members'],
};

const SKIPPED = new Set(['__typename', 'id', 'name', 'title', 'text']);

function fieldName(field: string): string {
  const names = FIELD_NAMES[field];
  return names ? names[language() === 'nl' ? 0 : 1] : field;
}

function fieldValue(field: string, value: unknown): Node | string | null {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) {
    const parts = value.map((v) =>
      typeof v === 'object' && v ? String((v as { name?: string }).name) : String(v),
    );
    return parts.length ? parts.join(', ') : null;
  }
  if (typeof value === 'object') return String((value as { name?: string }).name ?? '');
  if (field === 'url') return safeLink(String(value), String(value));
  if (field === 'createdAt') return new Date(String(value)).toLocaleDateString(language());
  if (/^[A-Z_]+$/.test(String(value))) return term(String(value));
  return String(value);
}

export function kindBadge(kind: string, colour: string) {
  return h('span', { class: 'badge', style: `--badge:${colour}` }, labelName(kind));
}

/** Search hits as buttons: a keyboard user can reach every result. */
export function renderResults(
  list: HTMLElement,
  hits: BriefNode[],
  colourOf: (kind: Label) => string,
  pick: (node: BriefNode) => void,
): void {
  list.replaceChildren(
    ...(hits.length
      ? hits.map((node) => {
          const button = h(
            'button',
            { type: 'button', 'data-id': node.id },
            kindBadge(node.kind, colourOf(node.kind)),
            node.name,
          );
          button.addEventListener('click', () => pick(node));
          return h('li', null, button);
        })
      : [h('li', { class: 'muted' }, t('noHits'))]),
  );
  list.hidden = false;
}

/** A node as the details panel shows it: a graph node or a cluster of them. */
export interface ShownNode {
  id: string;
  kind: string;
  name: string;
}

export interface DetailsContext {
  node: ShownNode;
  colour: string;
  fields: Record<string, unknown> | null;
  degree: number;
  community: number | null;
  brokerage: number | null;
  neighbours: ShownNode[];
}

export interface DetailsActions {
  expand(id: string, depth: number): void;
  pathFrom(node: BriefNode): void;
  pathTo(node: BriefNode): void;
  centre(id: string): void;
  hide(id: string): void;
  select(id: string): void;
}

const NEIGHBOURS_SHOWN = 80;

export function renderDetails(
  container: HTMLElement,
  context: DetailsContext,
  actions: DetailsActions,
): void {
  const { node } = context;
  const rows = Object.entries(context.fields ?? {}).flatMap(([field, value]) => {
    if (SKIPPED.has(field)) return [];
    const shown = fieldValue(field, value);
    return shown ? [h('dt', null, fieldName(field)), h('dd', null, shown)] : [];
  });
  const metrics = [
    h('dt', null, t('degree')),
    h('dd', null, String(context.degree)),
    context.community !== null
      ? [h('dt', null, t('communityOf')), h('dd', null, String(context.community + 1))]
      : null,
    context.brokerage !== null
      ? [h('dt', null, t('brokerage')), h('dd', null, context.brokerage.toFixed(3))]
      : null,
  ];
  const depth = h(
    'select',
    { 'aria-label': t('depth') },
    ['1', '2', '3'].map((d) => h('option', null, d)),
  ) as HTMLSelectElement;
  const button = (label: string, run: () => void, attrs: Record<string, string> = {}) => {
    const b = h('button', { type: 'button', ...attrs }, label);
    b.addEventListener('click', run);
    return b;
  };
  const person = node.kind === 'Professional';
  const cluster = node.kind === 'Cluster';
  // The panel is redrawn when the picture changes; keep the keyboard where it was.
  const focused = container.contains(document.activeElement) ? document.activeElement?.id : undefined;
  const neighbours = [...context.neighbours].sort(
    (a, b) =>
      LABELS.indexOf(a.kind as Label) - LABELS.indexOf(b.kind as Label) || a.name.localeCompare(b.name),
  );
  container.replaceChildren(
    h('h3', { 'data-id': node.id }, kindBadge(node.kind, context.colour), node.name),
    h('dl', null, rows, metrics),
    h(
      'div',
      { class: 'row' },
      button(t(cluster ? 'openClusterShort' : 'expand'), () => actions.expand(node.id, Number(depth.value)), {
        id: 'expand',
      }),
      cluster ? null : depth,
    ),
    h(
      'div',
      { class: 'row' },
      person
        ? button(t('pathStartHere'), () => actions.pathFrom(node as BriefNode), {
            class: 'ghost',
            id: 'path-from-here',
          })
        : null,
      person
        ? button(t('pathEndHere'), () => actions.pathTo(node as BriefNode), {
            class: 'ghost',
            id: 'path-to-here',
          })
        : null,
      button(t('center'), () => actions.centre(node.id), { class: 'ghost' }),
      button(t('hide'), () => actions.hide(node.id), { class: 'ghost' }),
    ),
    h('h4', null, `${t('neighbours')} (${neighbours.length})`),
    h(
      'ul',
      { id: 'neighbours', class: 'neighbours', 'data-count': String(neighbours.length) },
      neighbours.slice(0, NEIGHBOURS_SHOWN).map((n) =>
        h(
          'li',
          { 'data-id': n.id },
          button(`${n.name}`, () => actions.select(n.id), { title: labelName(n.kind) }),
        ),
      ),
      neighbours.length > NEIGHBOURS_SHOWN
        ? h('li', { class: 'muted' }, t('more', { n: neighbours.length - NEIGHBOURS_SHOWN }))
        : null,
    ),
  );
  if (focused) (container.querySelector(`#${focused}`) as HTMLElement | null)?.focus();
}

export interface LegendEntry {
  colour: string;
  text: string;
}

/** Collapsed until the analyst opens it; keeps that choice while the picture changes. */
export function renderLegend(container: HTMLElement, title: string, entries: LegendEntry[]): void {
  const open = container.querySelector('details')?.open ?? false;
  const details = h(
    'details',
    null,
    h('summary', null, `${t('legend')}: ${title}`),
    h(
      'ul',
      null,
      entries.map((e) =>
        h('li', null, h('span', { class: 'swatch', style: `--swatch:${e.colour}` }), e.text),
      ),
    ),
  ) as HTMLDetailsElement;
  details.open = open;
  container.replaceChildren(details);
}

/** Built once, then only counts and checks change, so keyboard focus stays on the box. */
export function renderLabelFilters(
  container: HTMLElement,
  counts: Map<Label, number>,
  hidden: Set<Label>,
  colourOf: (kind: Label) => string,
  toggle: (label: Label, shown: boolean) => void,
): void {
  if (container.childElementCount !== LABELS.length) {
    container.replaceChildren(
      ...LABELS.map((label) => {
        const box = h('input', { type: 'checkbox', value: label }) as HTMLInputElement;
        box.addEventListener('change', () => toggle(label, box.checked));
        return h(
          'label',
          null,
          box,
          h('span', { class: 'swatch', style: `--swatch:${colourOf(label)}` }),
          h('span'),
        );
      }),
    );
  }
  LABELS.forEach((label, i) => {
    const row = container.children[i] as HTMLElement;
    (row.querySelector('input') as HTMLInputElement).checked = !hidden.has(label);
    (row.lastElementChild as HTMLElement).textContent = `${labelName(label)} (${counts.get(label) ?? 0})`;
  });
}

export function fillSelect(select: HTMLSelectElement, options: { id: string; name: string }[]): void {
  const chosen = select.value;
  select.replaceChildren(
    h('option', { value: '' }, t('all')),
    ...options.map((o) => h('option', { value: o.id }, o.name)),
  );
  select.value = chosen;
}
