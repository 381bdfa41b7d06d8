import { create } from 'xmlbuilder2';
import { GRAPHML_NS } from '../../src/exporting/graphml-sink.js';

/** The slice of the DOM that xmlbuilder2's parser gives and these checks read. */
interface El {
  readonly localName: string;
  readonly namespaceURI: string | null;
  readonly nodeType: number;
  /** childNodes, not children: xmlbuilder2's children lists every descendant. */
  readonly childNodes: ArrayLike<El>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

export interface GraphmlContent {
  /** Node id → data by attribute name. */
  readonly nodes: Map<string, Record<string, string>>;
  /** Edges: source, target, directed (when given) and data by attribute name. */
  readonly edges: Record<string, string>[];
}

const ATTR_TYPES = new Set(['boolean', 'int', 'long', 'float', 'double', 'string']);

/**
 * Checks what graphml.xsd demands of the document (no XSD validator is at hand offline): a
 * well-formed document whose root is graphml in the GraphML namespace, keys (with attr.name and
 * a GraphML attr.type) before one graph, unique node ids, edges between declared nodes, and data
 * only for keys declared for that kind of element. Throws on the first violation.
 */
export function checkGraphml(text: string): GraphmlContent {
  checkWellFormed(text);
  const root = (create(text).node as unknown as { documentElement: El }).documentElement;
  if (root.localName !== 'graphml' || root.namespaceURI !== GRAPHML_NS)
    fail('root is not graphml in its namespace');
  const children = elements(root);
  const keys = new Map<string, { for: string; name: string }>();
  let seenGraph = false;
  for (const child of children) {
    if (child.namespaceURI !== GRAPHML_NS) fail(`${child.localName} outside the GraphML namespace`);
    if (child.localName === 'key') {
      if (seenGraph) fail('key after graph');
      const id = child.getAttribute('id')!;
      if (keys.has(id)) fail(`key ${id} declared twice`);
      if (!ATTR_TYPES.has(child.getAttribute('attr.type') ?? '')) fail(`key ${id} has no GraphML attr.type`);
      keys.set(id, {
        for: child.getAttribute('for') ?? 'all',
        name: child.getAttribute('attr.name') ?? fail(`key ${id} unnamed`),
      });
    } else if (child.localName === 'graph') {
      if (seenGraph) fail('two graphs');
      seenGraph = true;
    } else fail(`unexpected ${child.localName}`);
  }
  const graph = children.find((c) => c.localName === 'graph') ?? fail('no graph');
  if (!['directed', 'undirected'].includes(graph.getAttribute('edgedefault') ?? ''))
    fail('edgedefault missing');
  const dataOf = (element: El, kind: string) => {
    const out: Record<string, string> = {};
    for (const d of elements(element)) {
      if (d.localName !== 'data') fail(`${d.localName} inside ${kind}`);
      const key =
        keys.get(d.getAttribute('key') ?? '') ?? fail(`data key ${d.getAttribute('key')} not declared`);
      if (key.for !== kind && key.for !== 'all')
        fail(`key ${key.name} is declared for ${key.for}, used on ${kind}`);
      out[key.name] = d.textContent ?? '';
    }
    return out;
  };
  const nodes = new Map<string, Record<string, string>>();
  const edges: Record<string, string>[] = [];
  for (const element of elements(graph)) {
    if (element.localName === 'node') {
      const id = element.getAttribute('id') ?? fail('node without id');
      if (nodes.has(id)) fail(`node ${id} twice`);
      nodes.set(id, dataOf(element, 'node'));
    } else if (element.localName === 'edge') {
      const [source, target] = [element.getAttribute('source')!, element.getAttribute('target')!];
      const directed = element.getAttribute('directed');
      edges.push({ source, target, ...(directed ? { directed } : {}), ...dataOf(element, 'edge') });
    } else fail(`unexpected ${element.localName} in graph`);
  }
  for (const e of edges) if (!nodes.has(e.source!) || !nodes.has(e.target!)) fail(`edge to a missing node`);
  return { nodes, edges };
}

const TAG = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[\w.:-]+\s*=\s*"[^"<]*")*)\s*(\/?)>/y;
const ENTITY = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/;

/** Tags nested and closed, attributes quoted and unique, no bare '&' or '<' in text. */
function checkWellFormed(text: string): void {
  const declaration = /^<\?xml [^?]*\?>/.exec(text) ?? fail('no XML declaration');
  const stack: string[] = [];
  let roots = 0;
  let i = declaration[0].length;
  while (i < text.length) {
    const next = text.indexOf('<', i);
    const between = text.slice(i, next < 0 ? text.length : next);
    if (ENTITY.test(between)) fail(`bare & near ${between.slice(0, 40)}`);
    if (stack.length === 0 && between.trim() !== '') fail('text outside the root');
    if (next < 0) break;
    TAG.lastIndex = next;
    const tag = TAG.exec(text) ?? fail(`malformed tag at ${text.slice(next, next + 40)}`);
    const [, closing, name, attributes, selfClosing] = tag;
    const names = [...attributes!.matchAll(/([\w.:-]+)\s*=/g)].map((m) => m[1]);
    if (new Set(names).size !== names.length) fail(`repeated attribute in <${name}>`);
    if (closing) {
      if (stack.pop() !== name) fail(`</${name}> closes the wrong element`);
    } else {
      if (stack.length === 0) roots += 1;
      if (!selfClosing) stack.push(name!);
    }
    i = TAG.lastIndex;
  }
  if (stack.length > 0 || roots !== 1) fail('elements left open or more than one root');
}

function elements(parent: El): El[] {
  return Array.from(parent.childNodes).filter((n) => n.nodeType === 1);
}

function fail(message: string): never {
  throw new Error(`invalid GraphML: ${message}`);
}
