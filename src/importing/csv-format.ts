import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from '../domain/relationships.js';

/**
 * The project's own CSV layout, shared by the exporter (which writes it) and the importer (which
 * reads it back): one file per label named after it (Professional.csv) with an id column, the
 * label's properties and createdAt; and relationships.csv with type, from, to and the properties
 * of relationships. List values (languages) are joined with ';'.
 */
export const LIST_SEPARATOR = ';';
export const RELATIONSHIPS_FILE = 'relationships.csv';

export function nodeFileName(label: Label): string {
  return `${label}.csv`;
}

/** The label a file is named after: its label, singular or plural, in any case (professionals.csv). */
export function labelOfFileName(baseName: string): Label | null {
  const name = baseName.toLowerCase();
  return (
    LABELS.find((label) => {
      const spec = DOMAIN[label];
      return [label, spec.singular, spec.plural].some((n) => n.toLowerCase() === name);
    }) ?? null
  );
}

/** Property names of a label in model order, without the private ones unless asked for. */
export function exportedProperties(label: Label, includePrivate: boolean): string[] {
  return Object.entries(DOMAIN[label].properties)
    .filter(([, spec]) => includePrivate || !spec.private)
    .map(([name]) => name);
}

export function nodeColumns(label: Label, includePrivate: boolean): string[] {
  return ['id', ...exportedProperties(label, includePrivate), 'createdAt'];
}

/** Every property any relationship type has, once, in model order. */
export const RELATIONSHIP_PROPERTIES: readonly string[] = [
  ...new Set(RELATIONSHIP_TYPES.flatMap((type) => Object.keys(RELATIONSHIPS[type].properties))),
];

export const RELATIONSHIP_COLUMNS: readonly string[] = ['type', 'from', 'to', ...RELATIONSHIP_PROPERTIES];

/** A property value as a CSV cell: lists joined, absent values empty. */
export function toCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (Array.isArray(value)) return value.map(String).join(LIST_SEPARATOR);
  return String(value);
}

/** A list cell back into its items. */
export function splitList(cell: string, separators: RegExp = /;/): string[] {
  return cell
    .split(separators)
    .map((item) => item.trim())
    .filter((item) => item.length > 0);
}
