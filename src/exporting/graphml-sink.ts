import type { Writable } from 'node:stream';
import { createCB } from 'xmlbuilder2';
import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import type { PropertyType } from '../domain/properties.js';
import { RELATIONSHIPS } from '../domain/relationships.js';
import { exportedProperties, RELATIONSHIP_PROPERTIES, toCell } from '../importing/csv-format.js';
import { writeText, type ExportNode, type ExportRelationship, type GraphSink } from './graph-export.js';

export const GRAPHML_NS = 'http://graphml.graphdrawing.org/xmlns';
const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';
const SCHEMA_LOCATION = `${GRAPHML_NS} http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd`;

interface KeySpec {
  readonly id: string;
  readonly for: 'node' | 'edge';
  readonly name: string;
  readonly type: 'string' | 'int';
}

/**
 * The keys are known before any node is read (every property of the model), and GraphML wants
 * them declared before the graph. Node keys are 'label' (the node's label) and each property;
 * edge keys 'label' (the relationship type) and each relationship property. Whole numbers (a
 * condition check's score) are int keys; the rest are strings: GraphML has no date or list types
 * (dates stay YYYY-MM-DD, lists are joined with ';', as in CSV).
 */
export function graphmlKeys(includePrivate: boolean): KeySpec[] {
  const nodeProperties = new Map<string, PropertyType[]>();
  for (const label of LABELS)
    for (const p of exportedProperties(label, includePrivate))
      nodeProperties.set(p, [...(nodeProperties.get(p) ?? []), DOMAIN[label].properties[p]!.type]);
  nodeProperties.set('createdAt', ['datetime']);
  const edgeProperties = new Map<string, PropertyType[]>();
  for (const spec of Object.values(RELATIONSHIPS))
    for (const [p, property] of Object.entries(spec.properties))
      edgeProperties.set(p, [...(edgeProperties.get(p) ?? []), property.type]);
  const typeOf = (types: readonly PropertyType[]): KeySpec['type'] =>
    types.length > 0 && types.every((t) => t === 'int') ? 'int' : 'string';
  return [
    { id: 'node.label', for: 'node', name: 'label', type: 'string' },
    ...[...nodeProperties].map(([p, types]) => ({
      id: `node.${p}`,
      for: 'node' as const,
      name: p,
      type: typeOf(types),
    })),
    { id: 'edge.label', for: 'edge', name: 'label', type: 'string' },
    ...RELATIONSHIP_PROPERTIES.map((p) => ({
      id: `edge.${p}`,
      for: 'edge' as const,
      name: p,
      type: typeOf(edgeProperties.get(p) ?? []),
    })),
  ];
}

/**
 * GraphML (valid against graphml.xsd) that Gephi, yEd and Cytoscape open. Written as it is read,
 * with xmlbuilder2's streaming builder, so the document is never whole in memory. KNOWS edges
 * carry directed="false": a tie, not a direction.
 */
export class GraphmlSink implements GraphSink {
  private readonly xml: ReturnType<typeof createCB>;
  private pending = '';
  private edgeCount = 0;

  constructor(
    private readonly stream: Writable,
    includePrivate: boolean,
    private readonly finish: () => Promise<void>,
  ) {
    this.xml = createCB({
      prettyPrint: true,
      defaultNamespace: { ele: GRAPHML_NS, att: null },
      data: (chunk: string) => {
        this.pending += chunk;
      },
    });
    this.xml.dec({ version: '1.0', encoding: 'UTF-8' });
    this.xml.ele(GRAPHML_NS, 'graphml').att(XSI_NS, 'xsi:schemaLocation', SCHEMA_LOCATION);
    for (const key of graphmlKeys(includePrivate)) {
      this.xml.ele('key', { id: key.id, for: key.for, 'attr.name': key.name, 'attr.type': key.type }).up();
    }
    this.xml.ele('graph', { id: 'maatschappelijk-brein', edgedefault: 'directed' });
  }

  async nodes(label: Label, page: readonly ExportNode[]): Promise<void> {
    for (const node of page) {
      this.xml.ele('node', { id: node.id });
      this.data('node.label', label);
      for (const [key, value] of Object.entries(node.properties)) this.data(`node.${key}`, toCell(value));
      this.xml.up();
    }
    await this.flush();
  }

  async relationships(page: readonly ExportRelationship[]): Promise<void> {
    for (const r of page) {
      const attributes: Record<string, string> = { id: `e${this.edgeCount++}`, source: r.from, target: r.to };
      if (RELATIONSHIPS[r.type].undirected) attributes.directed = 'false';
      this.xml.ele('edge', attributes);
      this.data('edge.label', r.type);
      for (const [key, value] of Object.entries(r.properties)) this.data(`edge.${key}`, toCell(value));
      this.xml.up();
    }
    await this.flush();
  }

  async close(): Promise<void> {
    this.xml.up().up().end();
    await this.flush();
    await writeText(this.stream, '\n');
    await this.finish();
  }

  private data(key: string, value: string): void {
    this.xml.ele('data', { key }).txt(value).up();
  }

  private async flush(): Promise<void> {
    const text = this.pending;
    this.pending = '';
    if (text) await writeText(this.stream, text);
  }
}
