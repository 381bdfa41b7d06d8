import { parse } from 'csv-parse/sync';
import { DOMAIN, type Label } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import { RELATIONSHIP_PROPERTIES, splitList } from './csv-format.js';
import type { NodeInput, RelationshipInput } from './plan.js';

/** Where an input row came from: its file and the line it starts on (null when unknown). */
export interface RowOrigin {
  readonly file: string;
  readonly line: number | null;
}

export interface SourceRejection extends RowOrigin {
  readonly reason: string;
}

export interface Located<T> {
  readonly value: T;
  readonly origin: RowOrigin;
}

/** Rows read from files, ready for the importer, and what could not be turned into rows. */
export interface Mapped {
  readonly nodes: Located<NodeInput>[];
  readonly relationships: Located<RelationshipInput>[];
  readonly rejected: SourceRejection[];
  /** Things left aside that do not reject a row (an unknown column). */
  readonly warnings: string[];
}

export function emptyMapped(): Mapped {
  return { nodes: [], relationships: [], rejected: [], warnings: [] };
}

export interface CsvRow {
  readonly line: number;
  /** Cell values by lower-cased column name, trimmed; '' when empty. */
  readonly cells: Readonly<Record<string, string>>;
}

export interface CsvTable {
  readonly file: string;
  /** Lower-cased column names. */
  readonly columns: readonly string[];
  /** Column names as written (tells the project's own layout from other tools' sheets). */
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
}

const LINE_BREAK = /\r\n|\r|\n/g;

/**
 * Reads CSV text. A row with the wrong number of fields is rejected with its line; a broken
 * quote stops the file there and says so, since what follows it cannot be trusted.
 */
export function parseCsv(text: string, file: string): { table: CsvTable; rejected: SourceRejection[] } {
  const rejected: SourceRejection[] = [];
  let records: { record: string[]; raw: string }[];
  try {
    records = parse(text, {
      bom: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as { record: string[]; raw: string }[];
  } catch (error) {
    const line = (error as { lines?: number }).lines ?? null;
    rejected.push({ file, line, reason: `unreadable CSV: ${(error as Error).message}` });
    return { table: { file, columns: [], header: [], rows: [] }, rejected };
  }
  let breaks = 0;
  const lined = records.map(({ record, raw }) => {
    const leading = /^(\r\n|\r|\n)*/.exec(raw)![0].match(LINE_BREAK)?.length ?? 0;
    const line = 1 + breaks + leading;
    breaks += raw.match(LINE_BREAK)?.length ?? 0;
    return { record, line };
  });
  const [head, ...body] = lined;
  if (!head) return { table: { file, columns: [], header: [], rows: [] }, rejected };
  const header = head.record.map((c) => c.trim());
  const columns = header.map((c) => c.toLowerCase());
  const twice = columns.find((c, i) => columns.indexOf(c) !== i);
  if (twice !== undefined) {
    rejected.push({ file, line: head.line, reason: `column '${twice}' appears twice` });
    return { table: { file, columns: [], header: [], rows: [] }, rejected };
  }
  const rows: CsvRow[] = [];
  for (const { record, line } of body) {
    if (record.length !== columns.length) {
      const reason = `row has ${record.length} fields, the header has ${columns.length}`;
      rejected.push({ file, line, reason });
      continue;
    }
    rows.push({ line, cells: Object.fromEntries(columns.map((c, i) => [c, record[i]!.trim()])) });
  }
  return { table: { file, columns, header, rows }, rejected };
}

/** A per-label file: id, properties (lists joined by ';'), createdAt. */
export function mapNodeTable(table: CsvTable, label: Label): Mapped {
  const out = emptyMapped();
  if (!table.columns.includes('id')) {
    out.rejected.push({ file: table.file, line: 1, reason: `a ${label} file needs an 'id' column` });
    return out;
  }
  const byLower = new Map(Object.keys(DOMAIN[label].properties).map((k) => [k.toLowerCase(), k]));
  byLower.set('createdat', 'createdAt');
  const used = table.columns.filter((c) => c !== 'id' && c !== 'label' && byLower.has(c));
  for (const c of table.columns) {
    if (c !== 'id' && c !== 'label' && !byLower.has(c)) {
      out.warnings.push(`${table.file}: column '${c}' is not a property of ${label}; ignored`);
    }
  }
  for (const row of table.rows) {
    const properties: Record<string, unknown> = {};
    for (const column of used) {
      const cell = row.cells[column]!;
      if (cell === '') continue;
      const key = byLower.get(column)!;
      properties[key] = DOMAIN[label].properties[key]?.type === 'stringList' ? splitList(cell) : cell;
    }
    const node: NodeInput = { id: row.cells.id, label, properties };
    out.nodes.push({ value: node, origin: { file: table.file, line: row.line } });
  }
  return out;
}

/** relationships.csv in the project's layout: exact type names, ids at both ends. */
export function mapRelationshipTable(table: CsvTable): Mapped {
  const out = emptyMapped();
  const known = new Set(['type', 'from', 'to', ...RELATIONSHIP_PROPERTIES]);
  for (const c of table.columns) {
    if (!known.has(c))
      out.warnings.push(`${table.file}: column '${c}' is not a relationship property; ignored`);
  }
  if (!table.columns.includes('type')) {
    out.rejected.push({ file: table.file, line: 1, reason: "a relationships file needs a 'type' column" });
    return out;
  }
  const propertyColumns = RELATIONSHIP_PROPERTIES.filter((p) => table.columns.includes(p));
  for (const row of table.rows) {
    const properties: Record<string, string> = {};
    for (const p of propertyColumns) if (row.cells[p] !== '') properties[p] = row.cells[p]!;
    const value: RelationshipInput = {
      type: row.cells.type as RelationshipType,
      from: row.cells.from,
      to: row.cells.to,
      properties,
    };
    out.relationships.push({ value, origin: { file: table.file, line: row.line } });
  }
  return out;
}

/** Relationship types that can join these labels, in this direction. */
export function typesJoining(from: Label, to: Label): RelationshipType[] {
  return (Object.keys(RELATIONSHIPS) as RelationshipType[]).filter(
    (type) => RELATIONSHIPS[type].from.includes(from) && RELATIONSHIPS[type].to.includes(to),
  );
}

export function merge(target: Mapped, part: Mapped): void {
  target.nodes.push(...part.nodes);
  target.relationships.push(...part.relationships);
  target.rejected.push(...part.rejected);
  target.warnings.push(...part.warnings);
}
