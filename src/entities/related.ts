import type { CypherLibrary, Fragment } from '../db/cypher.js';
import type { LinkRow } from '../db/rows.js';
import { DOMAIN, type Label } from '../domain/labels.js';

/**
 * A relation field a query selects on the nodes of a list, with the relation fields it selects in
 * turn on the nodes at the other end (only when that end has a single label).
 */
export interface RelatedSelection {
  readonly field: string;
  readonly children: readonly RelatedSelection[];
}

/** Cap on the links of one relation field of one node (against hub fan-out). */
export const RELATED_LIMIT = 1000;

/** How deep relation fields are folded into the list statement; deeper ones go to the loaders. */
export const MAX_RELATED_DEPTH = 3;

/** Links of the folded relation fields of one node, by field, each with its own folded links. */
export type RelatedLinks = Readonly<Record<string, readonly FoldedLink[]>>;

export interface FoldedLink extends LinkRow {
  readonly related: RelatedLinks;
}

/**
 * The entity/_related fragments for the selected relation fields of `label`, bound to the node
 * variable `parent` (n at the top, m1, m2, ... below), nested as the selection is.
 */
export function relatedFragments(
  cypher: CypherLibrary,
  label: Label,
  selection: readonly RelatedSelection[],
  depth = 1,
): Fragment[] {
  if (depth > MAX_RELATED_DEPTH) return [];
  const spec = DOMAIN[label];
  return selection.flatMap(({ field, children }) => {
    const relation = spec.relations[field];
    if (!relation) return [];
    const next = relation.others.length === 1 ? relation.others[0]! : null;
    return [
      cypher.fragment('entity/_related', {
        Field: field,
        Parent: depth === 1 ? 'n' : `m${depth - 1}`,
        Child: `m${depth}`,
        Rel: `r${depth}`,
        TYPE: relation.type,
        Others: relation.others.join('|'),
        Left: relation.direction === 'IN' ? '<' : '',
        Right: relation.direction === 'OUT' ? '>' : '',
        Related: next ? relatedFragments(cypher, next, children, depth + 1) : [],
      }),
    ];
  });
}

/** The related map of a list row as links, typed from the domain model. */
export function relatedLinks(label: Label, raw: unknown): RelatedLinks {
  const out: Record<string, FoldedLink[]> = {};
  const spec = DOMAIN[label];
  for (const [field, rows] of Object.entries((raw ?? {}) as Record<string, unknown[]>)) {
    const relation = spec.relations[field];
    if (!relation) continue;
    out[field] = rows.map((value) => {
      const row = value as Record<string, unknown>;
      const other = row.other as LinkRow['other'];
      return {
        type: relation.type,
        from: String(row.from),
        to: String(row.to),
        properties: (row.properties ?? {}) as LinkRow['properties'],
        other,
        related: relatedLinks(other.__label, row.related),
      };
    });
  }
  return out;
}
