import { create } from 'xmlbuilder2';
import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { splitList } from './csv-format.js';
import { emptyMapped, type Mapped } from './csv.js';
import type { SourceFile } from './sources.js';

/** The part of the DOM that xmlbuilder2's parser gives and the reader uses. */
interface XmlElement {
  readonly localName: string;
  readonly nodeType: number;
  readonly childNodes: ArrayLike<XmlElement>;
  readonly textContent: string | null;
  getAttribute(name: string): string | null;
}

interface Key {
  readonly name: string;
  readonly type: string;
}

const NUMERIC = new Set(['int', 'long', 'float', 'double']);

/**
 * GraphML as the exporter writes it: a node's label and an edge's type in the data key named
 * 'label', the other keys named after the properties. Typed keys (int) give numbers; list
 * properties of the model are split on ';' as in CSV. Other tools' GraphML reads the same way
 * when it names its keys so; a node without a known label is rejected with the reason.
 */
export function fromGraphml(file: SourceFile): Mapped {
  const out = emptyMapped();
  let root: XmlElement;
  try {
    root = (create(file.text).node as unknown as { documentElement: XmlElement }).documentElement;
  } catch (error) {
    out.rejected.push({
      file: file.name,
      line: null,
      reason: `unreadable GraphML: ${(error as Error).message}`,
    });
    return out;
  }
  const keys = new Map<string, Key>();
  for (const element of children(root, 'key')) {
    const id = element.getAttribute('id');
    const name = element.getAttribute('attr.name');
    if (id && name) keys.set(id, { name, type: element.getAttribute('attr.type') ?? 'string' });
  }
  const graph = children(root, 'graph')[0];
  if (!graph) {
    out.rejected.push({ file: file.name, line: null, reason: 'GraphML without a graph element' });
    return out;
  }
  for (const element of children(graph, 'node')) {
    const origin = { file: file.name, line: null };
    const { label, properties } = dataOf(element, keys);
    if (!LABELS.includes(label as Label)) {
      out.rejected.push({ ...origin, reason: `node '${element.getAttribute('id')}' has no known label` });
      continue;
    }
    const spec = DOMAIN[label as Label];
    for (const [name, value] of Object.entries(properties)) {
      if (spec.properties[name]?.type === 'stringList' && typeof value === 'string') {
        properties[name] = splitList(value);
      }
    }
    out.nodes.push({ value: { id: element.getAttribute('id'), label, properties }, origin });
  }
  for (const element of children(graph, 'edge')) {
    const { label, properties } = dataOf(element, keys);
    const value = {
      type: label,
      from: element.getAttribute('source'),
      to: element.getAttribute('target'),
      properties,
    };
    out.relationships.push({ value, origin: { file: file.name, line: null } });
  }
  return out;
}

function dataOf(element: XmlElement, keys: ReadonlyMap<string, Key>) {
  let label: string | null = null;
  const properties: Record<string, unknown> = {};
  for (const data of children(element, 'data')) {
    const key = keys.get(data.getAttribute('key') ?? '');
    if (!key) continue;
    const text = data.textContent ?? '';
    if (key.name === 'label') label = text;
    else if (text !== '') properties[key.name] = NUMERIC.has(key.type) ? Number(text) : text;
  }
  return { label, properties };
}

function children(parent: XmlElement, name: string): XmlElement[] {
  return Array.from(parent.childNodes).filter((n) => n.nodeType === 1 && n.localName === name);
}
