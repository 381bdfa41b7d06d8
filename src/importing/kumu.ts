import { DOMAIN, type Label } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import { validateId } from '../entities/validation.js';
import { emptyMapped, typesJoining, type CsvRow, type CsvTable, type Mapped } from './csv.js';
import { splitList } from './csv-format.js';
import {
  COLUMN_ALIASES,
  connectionTypeOf,
  DESCRIPTION_PROPERTY,
  DRAWING_COLUMNS,
  elementTypeOf,
  type ElementType,
} from './kumu-vocabulary.js';

/**
 * The element and connection sheets of network-mapping tools (Kumu and the like): elements with a
 * Type (what kind of thing), a Label or Name, an optional ID and free columns; connections with
 * From, To (element names or ids) and a Type. Their vocabulary is mapped onto ours; a row whose
 * type has no counterpart is rejected with the reason.
 */

/** A Kumu-style element sheet: which columns hold the type and the name. */
export function elementColumns(columns: readonly string[]): { type: string; name: string } | null {
  const type = ['type', 'element type'].find((c) => columns.includes(c));
  if (type) {
    const name = ['label', 'name', 'naam'].find((c) => columns.includes(c));
    return name ? { type, name } : null;
  }
  // Without a Type column, Label says what kind of thing a row is and Name what it is called.
  return columns.includes('label') && columns.includes('name') ? { type: 'label', name: 'name' } : null;
}

export function mapElementTable(table: CsvTable): Mapped {
  const out = emptyMapped();
  const roles = elementColumns(table.columns);
  if (!roles) {
    out.rejected.push({
      file: table.file,
      line: 1,
      reason: 'an element sheet needs a Type and a Label or Name column',
    });
    return out;
  }
  const free = table.columns.filter((c) => c !== roles.type && c !== roles.name && c !== 'id');
  const ignored = new Set<string>();
  for (const row of table.rows) {
    const origin = { file: table.file, line: row.line };
    const type = elementTypeOf(row.cells[roles.type]!);
    const name = row.cells[roles.name]!;
    if (!type) {
      const reason = `element type '${row.cells[roles.type]}' has no counterpart among our labels`;
      out.rejected.push({ ...origin, reason });
      continue;
    }
    if (name === '') {
      out.rejected.push({ ...origin, reason: `the element has no ${roles.name}` });
      continue;
    }
    const properties = elementProperties(type, name, free, row, ignored);
    const id = row.cells.id || generatedId(type.label, name);
    out.nodes.push({ value: { id, label: type.label, properties }, origin });
  }
  for (const c of ignored) out.warnings.push(`${table.file}: column '${c}' has no counterpart; ignored`);
  return out;
}

function elementProperties(
  type: ElementType,
  name: string,
  free: readonly string[],
  row: CsvRow,
  ignored: Set<string>,
): Record<string, unknown> {
  const spec = DOMAIN[type.label];
  const properties: Record<string, unknown> = { [spec.titleProperty]: name };
  const byLower = new Map(Object.keys(spec.properties).map((k) => [k.toLowerCase(), k]));
  for (const column of free) {
    if (column === 'createdat') {
      if (row.cells[column] !== '') properties.createdAt = row.cells[column];
      continue;
    }
    let target = byLower.get(COLUMN_ALIASES[column] ?? column);
    if (!target && (COLUMN_ALIASES[column] ?? column) === 'description')
      target = DESCRIPTION_PROPERTY[type.label];
    if (!target || target === spec.titleProperty) {
      if (!DRAWING_COLUMNS.has(column) && row.cells[column] !== '') ignored.add(column);
      continue;
    }
    const cell = row.cells[column]!;
    if (cell === '') continue;
    const property = spec.properties[target]!;
    if (property.type === 'stringList') properties[target] = splitList(cell, /[;|]/);
    else properties[target] = property.type === 'enum' ? enumValue(cell) : cell;
  }
  for (const [k, v] of Object.entries(type.defaults ?? {})) properties[k] ??= v;
  return properties;
}

export interface ConnectionContext {
  /** The id of the element with this name (or id), 'ambiguous' when several share the name. */
  idOf(nameOrId: string): string | 'ambiguous' | undefined;
  /** The label of an id that this import or the sheets define. */
  labelOf(id: string): Label | undefined;
}

/** A Kumu-style connection sheet: From, To, Type, and property columns (Role, Level, Since). */
export function mapConnectionTable(table: CsvTable, context: ConnectionContext): Mapped {
  const out = emptyMapped();
  const typeColumn = ['type', 'connection type'].find((c) => table.columns.includes(c));
  const meaningful = new Set(['from', 'to', typeColumn, ...relationshipPropertyColumns()]);
  const ignored = table.columns.filter(
    (c) => !meaningful.has(c) && !DRAWING_COLUMNS.has(c) && table.rows.some((r) => r.cells[c] !== ''),
  );
  for (const c of ignored) out.warnings.push(`${table.file}: column '${c}' has no counterpart; ignored`);
  for (const row of table.rows) {
    const origin = { file: table.file, line: row.line };
    try {
      const from = endOf(row.cells.from!, context, 'From');
      const to = endOf(row.cells.to!, context, 'To');
      const raw = typeColumn ? row.cells[typeColumn]! : '';
      const mapped = connectionTypeOf(raw);
      if (raw !== '' && !mapped) throw new Error(`connection type '${raw}' has no counterpart among ours`);
      const [a, b] = [context.labelOf(from), context.labelOf(to)];
      const type = mapped ?? inferType(a, b);
      const spec = RELATIONSHIPS[type];
      // Sheets often draw a tie in whichever direction; turn it round when only that fits.
      const reversed =
        a &&
        b &&
        !(spec.from.includes(a) && spec.to.includes(b)) &&
        spec.from.includes(b) &&
        spec.to.includes(a);
      const properties: Record<string, string> = {};
      for (const p of Object.keys(spec.properties)) {
        const cell = row.cells[p.toLowerCase()] ?? '';
        if (cell !== '') properties[p] = spec.properties[p]!.type === 'enum' ? enumValue(cell) : cell;
      }
      if (type === 'MEMBER_OF') properties.role ??= 'MEMBER';
      const value = { type, from: reversed ? to : from, to: reversed ? from : to, properties };
      out.relationships.push({ value, origin });
    } catch (error) {
      out.rejected.push({ ...origin, reason: (error as Error).message });
    }
  }
  return out;
}

function relationshipPropertyColumns(): string[] {
  return Object.values(RELATIONSHIPS).flatMap((spec) =>
    Object.keys(spec.properties).map((p) => p.toLowerCase()),
  );
}

function endOf(cell: string, context: ConnectionContext, column: string): string {
  if (cell === '') throw new Error(`${column} is empty`);
  const id = context.idOf(cell);
  if (id === 'ambiguous') throw new Error(`${column} '${cell}' names several elements; give them IDs`);
  if (id) return id;
  try {
    return validateId(cell, column);
  } catch {
    throw new Error(`${column} '${cell}' is no element of the sheets and no id`);
  }
}

function inferType(from: Label | undefined, to: Label | undefined): RelationshipType {
  if (!from || !to) throw new Error('the connection has no Type and its ends are not in the element sheets');
  const candidates = typesJoining(from, to);
  if (candidates.length === 1) return candidates[0]!;
  const reverse = typesJoining(to, from);
  if (candidates.length === 0 && reverse.length === 1) return reverse[0]!;
  const all = [...candidates, ...reverse];
  if (all.length === 0) throw new Error(`no relationship type joins ${from} and ${to}`);
  throw new Error(`${from} → ${to} could be ${all.join(' or ')}: give a Type`);
}

/** Stable ids for elements without one, so that importing the same sheet twice updates. */
export function generatedId(label: Label, name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${label.toLowerCase()}-${slug || 'x'}`.slice(0, 128).replace(/-+$/, '');
}

/** 'Working element', 'working-element' → WORKING_ELEMENT. */
export function enumValue(cell: string): string {
  return cell
    .trim()
    .toUpperCase()
    .replace(/[\s-]+/g, '_');
}
