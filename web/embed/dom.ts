export type Child = Node | string | null | undefined | false;
export type Children = Child | Children[];

/** Builds an element; text always goes in as text nodes, so data can never become markup. */
export function h(tag: string, attrs?: Record<string, string> | null, ...children: Children[]) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) el.setAttribute(name, value);
  append(el, children);
  return el;
}

const SVG_NS = 'http://www.w3.org/2000/svg';

export function svg(tag: string, attrs?: Record<string, string | number>, ...children: Children[]) {
  const el = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs ?? {})) el.setAttribute(name, String(value));
  append(el, children);
  return el;
}

function append(el: Element, children: Children[]) {
  for (const child of children) {
    if (Array.isArray(child)) append(el, child);
    else if (child !== null && child !== undefined && child !== false) el.append(child);
  }
}

/** A link only for http(s) addresses: a stored url must not run script on the host page. */
export function safeLink(url: string | null | undefined, text: string): Node {
  if (!url || !/^https?:\/\//i.test(url)) return document.createTextNode(text);
  return h('a', { href: url, target: '_blank', rel: 'noopener' }, text);
}

export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return date.toLocaleDateString(locale, { day: 'numeric', month: 'long', year: 'numeric' });
}

export const tag = (text: string | undefined) => (text ? h('span', { class: 'tag' }, text) : null);
export const empty = (text: string) => h('p', { class: 'meta' }, text);
