import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { exportedProperties, RELATIONSHIP_PROPERTIES, toCell } from '../importing/csv-format.js';
import {
  endStream,
  writeText,
  type ExportNode,
  type ExportRelationship,
  type GraphSink,
} from './graph-export.js';

export const ELEMENTS_FILE = 'elements.csv';
export const CONNECTIONS_FILE = 'connections.csv';

/** Every exported property of any label once, in model order, and the creation time. */
function propertyColumns(includePrivate: boolean): string[] {
  return [...new Set(LABELS.flatMap((label) => exportedProperties(label, includePrivate))), 'createdAt'];
}

/**
 * The sheets of network-mapping tools (Kumu and the like) in a folder: elements.csv with ID, Label
 * (the name, title or text), Type (our label) and a column per property; connections.csv with
 * From and To (ids), Type (our relationship type) and a column per relationship property. The
 * importer reads the folder back as such sheets.
 */
export class KumuSink implements GraphSink {
  private constructor(
    private readonly elements: WriteStream,
    private readonly connections: WriteStream,
    private readonly columns: readonly string[],
  ) {}

  static async create(folder: string, includePrivate: boolean): Promise<KumuSink> {
    await mkdir(folder, { recursive: true });
    const columns = propertyColumns(includePrivate);
    const sink = new KumuSink(
      createWriteStream(join(folder, ELEMENTS_FILE)),
      createWriteStream(join(folder, CONNECTIONS_FILE)),
      columns,
    );
    await writeText(sink.elements, stringify([['ID', 'Label', 'Type', ...columns]]));
    await writeText(sink.connections, stringify([['From', 'To', 'Type', ...RELATIONSHIP_PROPERTIES]]));
    return sink;
  }

  async nodes(label: Label, page: readonly ExportNode[]): Promise<void> {
    const title = DOMAIN[label].titleProperty;
    const rows = page.map((n) => [
      n.id,
      toCell(n.properties[title]),
      label,
      ...this.columns.map((c) => (c === title ? '' : toCell(n.properties[c]))),
    ]);
    await writeText(this.elements, stringify(rows));
  }

  async relationships(page: readonly ExportRelationship[]): Promise<void> {
    const rows = page.map((r) => [
      r.from,
      r.to,
      r.type,
      ...RELATIONSHIP_PROPERTIES.map((p) => toCell(r.properties[p])),
    ]);
    await writeText(this.connections, stringify(rows));
  }

  async close(): Promise<void> {
    await endStream(this.elements);
    await endStream(this.connections);
  }
}
