import { h, svg } from './dom.js';
import type { Texts } from './texts.js';
import type { Alliance, Rendered, ViewData } from './views.js';

const COLOUR: Record<string, string> = {
  Professional: '#2563eb',
  Organization: '#7c3aed',
  Theme: '#059669',
  Insight: '#d97706',
  Bottleneck: '#dc2626',
  Practice: '#0891b2',
  Initiative: '#db2777',
  Event: '#65a30d',
  Region: '#64748b',
  Alliance: '#0f172a',
};
const colourOf = (type: string) => COLOUR[type] ?? '#64748b';

/** A small radial drawing: the alliance in the middle, what it is tied to around it, by kind. */
export function graph(a: Alliance, data: ViewData, t: Texts): Rendered {
  const counted = (type: string, n: number) => `${n} ${(t.nodeKind[type] ?? t.otherKind)[n === 1 ? 0 : 1]}`;
  const nodes = (data.neighborhood?.nodes ?? []).filter((n) => n.id !== a.id);
  nodes.sort((x, y) => x.__typename.localeCompare(y.__typename));
  const size = 320;
  const c = size / 2;
  const at = new Map<string, [number, number]>([[a.id, [c, c]]]);
  // One empty slot between kinds, so that the groups read as sectors of the circle.
  let next = 0;
  const slots = nodes.map((n, i) => {
    if (i > 0 && n.__typename !== nodes[i - 1]?.__typename) next++;
    return next++;
  });
  nodes.forEach((n, i) => {
    const angle = (2 * Math.PI * (slots[i] ?? 0)) / Math.max(next + 1, 1) - Math.PI / 2;
    at.set(n.id, [c + 130 * Math.cos(angle), c + 130 * Math.sin(angle)]);
  });
  const lines = (data.neighborhood?.edges ?? []).flatMap((e) => {
    const [p, q] = [at.get(e.from), at.get(e.to)];
    return p && q ? [svg('line', { x1: p[0], y1: p[1], x2: q[0], y2: q[1] })] : [];
  });
  const dots = nodes.map((n) => {
    const [x, y] = at.get(n.id) ?? [c, c];
    const label = n.name ?? n.title ?? n.text ?? n.id;
    return svg('circle', { cx: x, cy: y, r: 6, fill: colourOf(n.__typename) }, svg('title', {}, label));
  });
  const counts = new Map<string, number>();
  for (const n of nodes) counts.set(n.__typename, (counts.get(n.__typename) ?? 0) + 1);
  const summary = [...counts].map(([type, count]) => counted(type, count)).join(', ');
  const picture = svg(
    'svg',
    { viewBox: `0 0 ${size} ${size}`, role: 'img', 'aria-label': t.connectedWith(a.name, summary) },
    svg('g', { class: 'edges' }, ...lines),
    ...dots,
    svg('circle', { cx: c, cy: c, r: 13, fill: '#0b6e4f' }, svg('title', {}, a.name)),
  );
  const legend = h(
    'ul',
    { class: 'legend', 'aria-label': t.legend },
    [...counts].map(([type, count]) =>
      h(
        'li',
        null,
        svg(
          'svg',
          { class: 'dot', viewBox: '0 0 10 10', 'aria-hidden': 'true' },
          svg('circle', { cx: 5, cy: 5, r: 5, fill: colourOf(type) }),
        ),
        counted(type, count),
      ),
    ),
  );
  return { heading: t.heading.graph(a.name), body: h('div', { class: 'graph' }, picture, legend) };
}
