import type { Writable } from 'node:stream';
import { workSeenOf } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { LABELS, type Label } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import { exportedProperties } from '../importing/csv-format.js';

/** A node as exports write it: the importer's {id, label, properties} shape. */
export interface ExportNode {
  readonly id: string;
  readonly label: Label;
  readonly properties: Readonly<Record<string, unknown>>;
}

export interface ExportRelationship {
  readonly type: RelationshipType;
  readonly from: string;
  readonly to: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** A file format: receives the graph page by page, nodes of every label before relationships. */
export interface GraphSink {
  nodes(label: Label, page: readonly ExportNode[]): Promise<void>;
  relationships(page: readonly ExportRelationship[]): Promise<void>;
  close(): Promise<void>;
}

export interface ExportOptions {
  /** Private fields and PRIVATE people too (admin use). */
  readonly includePrivate: boolean;
  readonly pageSize?: number;
  readonly onProgress?: (nodes: number, relationships: number) => void;
}

export interface ExportSummary {
  readonly nodes: number;
  readonly relationships: number;
  /** Relationships left out because an end was not exported (it appeared during the export). */
  readonly skipped: number;
}

const DEFAULT_PAGE_SIZE = 5_000;

/**
 * Reads the whole graph in pages (one short read transaction each, so a large graph never meets
 * the transaction timeout) and hands it to a sink. Only properties of the domain model are
 * written, without private ones unless asked; PRIVATE people and their relationships are left out
 * unless asked. The pages are not one snapshot: export a quiet database for a faithful copy.
 */
export class GraphExporter {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    cypher.get('export/relationships-page');
  }

  async export(sink: GraphSink, options: ExportOptions): Promise<ExportSummary> {
    const limit = options.pageSize ?? DEFAULT_PAGE_SIZE;
    const visible = options.includePrivate ? ['PUBLIC', 'MEMBERS', 'PRIVATE'] : ['PUBLIC', 'MEMBERS'];
    const exported = new Set<string>();
    let relationships = 0;
    let skipped = 0;
    for (const label of LABELS) {
      const keys = [...exportedProperties(label, options.includePrivate), 'createdAt'];
      const statement = this.cypher.get('export/nodes-page', { Label: label });
      for (let after = ''; ;) {
        const rows = await this.db.read(statement, {
          after,
          limit,
          visible,
          seen: workSeenOf(visible),
        });
        if (rows.length === 0) break;
        const page = rows.map((row) => {
          exported.add(String(row.id));
          return { id: String(row.id), label, properties: pick(row.properties, keys) };
        });
        await sink.nodes(label, page);
        options.onProgress?.(exported.size, 0);
        after = page[page.length - 1]!.id;
        if (rows.length < limit) break;
      }
    }
    const statement = this.cypher.get('export/relationships-page');
    for (let after = ''; ;) {
      const rows = await this.db.read(statement, { after, limit, visible });
      if (rows.length === 0) break;
      const page: ExportRelationship[] = [];
      for (const row of rows) {
        const from = String(row.id);
        for (const r of row.relationships as { type: string; to: string; properties: unknown }[]) {
          const spec = RELATIONSHIPS[r.type as RelationshipType];
          // Only the domain's relationships; anything else in the database is not ours to export.
          if (!spec) continue;
          if (!exported.has(from) || !exported.has(r.to)) {
            skipped += 1;
            continue;
          }
          const properties = pick(r.properties, Object.keys(spec.properties));
          page.push({ type: r.type as RelationshipType, from, to: r.to, properties });
        }
      }
      if (page.length > 0) await sink.relationships(page);
      relationships += page.length;
      options.onProgress?.(exported.size, relationships);
      after = String(rows[rows.length - 1]!.id);
      if (rows.length < limit) break;
    }
    await sink.close();
    return { nodes: exported.size, relationships, skipped };
  }
}

function pick(properties: unknown, keys: readonly string[]): Record<string, unknown> {
  const source = (properties ?? {}) as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of keys) if (source[key] !== undefined && source[key] !== null) out[key] = source[key];
  return out;
}

/** Writes and waits when the stream asks for it, so a large export never piles up in memory. */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (!stream.write(text)) await new Promise((resolve) => stream.once('drain', resolve));
}

export async function endStream(stream: Writable): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    stream.once('error', reject);
    stream.end(() => resolve());
  });
}
