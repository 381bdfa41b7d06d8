import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import { LABELS, type Label } from '../domain/labels.js';
import {
  nodeColumns,
  nodeFileName,
  RELATIONSHIP_COLUMNS,
  RELATIONSHIPS_FILE,
  toCell,
} from '../importing/csv-format.js';
import {
  endStream,
  writeText,
  type ExportNode,
  type ExportRelationship,
  type GraphSink,
} from './graph-export.js';

/**
 * The project's CSV layout (see importing/csv-format.ts) in a folder: a file per label, header
 * only when the label has no nodes, and relationships.csv. The importer reads the folder back.
 */
export class CsvSink implements GraphSink {
  private readonly files = new Map<string, WriteStream>();

  private constructor(
    private readonly folder: string,
    private readonly includePrivate: boolean,
  ) {}

  static async create(folder: string, includePrivate: boolean): Promise<CsvSink> {
    await mkdir(folder, { recursive: true });
    const sink = new CsvSink(folder, includePrivate);
    for (const label of LABELS) await sink.open(nodeFileName(label), nodeColumns(label, includePrivate));
    await sink.open(RELATIONSHIPS_FILE, [...RELATIONSHIP_COLUMNS]);
    return sink;
  }

  async nodes(label: Label, page: readonly ExportNode[]): Promise<void> {
    const columns = nodeColumns(label, this.includePrivate);
    const rows = page.map((n) => columns.map((c) => (c === 'id' ? n.id : toCell(n.properties[c]))));
    await writeText(this.files.get(nodeFileName(label))!, stringify(rows));
  }

  async relationships(page: readonly ExportRelationship[]): Promise<void> {
    const rows = page.map((r) =>
      RELATIONSHIP_COLUMNS.map((c) =>
        c === 'type' ? r.type : c === 'from' ? r.from : c === 'to' ? r.to : toCell(r.properties[c]),
      ),
    );
    await writeText(this.files.get(RELATIONSHIPS_FILE)!, stringify(rows));
  }

  async close(): Promise<void> {
    for (const stream of this.files.values()) await endStream(stream);
  }

  private async open(name: string, columns: string[]): Promise<void> {
    const stream = createWriteStream(join(this.folder, name));
    this.files.set(name, stream);
    await writeText(stream, stringify([columns]));
  }
}
