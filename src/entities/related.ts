import { WORK_LABELS } from '../auth/viewer.js';
import type { CypherLibrary, Fragment, Statement, TemplateValues } from '../db/cypher.js';
import type { FoldedLink, FoldedNode, LinkRow, NodeRow } from '../db/rows.js';
import { DOMAIN, type Label, type RelationFieldSpec } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';

/**
 * What a query selects on the nodes of a list: their properties (null: it cannot tell, so all)
 * and their relation fields, each with the same for the nodes at the other end.
 */
export interface Selection {
  readonly fields: readonly string[] | null;
  readonly related: readonly RelatedSelection[];
}

export interface RelatedSelection extends Selection {
  readonly field: string;
  /** Properties of the relationships to read: all (null), or the named ones (none: []). */
  readonly linkFields: readonly string[] | null;
}

/** Everything, nothing folded: what callers without a GraphQL selection get. */
export const WHOLE_NODES: Selection = { fields: null, related: [] };

/** Cap on the links of one relation field of one node (against hub fan-out). */
export const RELATED_LIMIT = 1000;

/** How deep relation fields are folded into the list statement; deeper ones go to the loaders. */
export const MAX_RELATED_DEPTH = 3;

/** Properties every node has besides the declared ones. */
const COMMON = ['id', 'createdAt', 'updatedAt'];

/** Whether `name` is a property of nodes of the label (what a map projection can name). */
export function isProperty(label: Label, name: string): boolean {
  return COMMON.includes(name) || name in DOMAIN[label].properties;
}

/**
 * The template values that name a relation field's relationship as seen from the node that has
 * the field: its type, the labels at the other end and the arrow heads.
 */
export function relationTemplate(relation: RelationFieldSpec): {
  TYPE: string;
  Others: string;
  Left: string;
  Right: string;
} {
  return {
    TYPE: relation.type,
    Others: relation.others.join('|'),
    Left: relation.direction === 'IN' ? '<' : '',
    Right: relation.direction === 'OUT' ? '>' : '',
  };
}

/** Whether `name` is a property of relationships of the type. */
export function isLinkProperty(type: RelationshipType, name: string): boolean {
  return name === 'createdAt' || name === 'updatedAt' || name in RELATIONSHIPS[type].properties;
}

/**
 * The map projection of the selected properties: `.*`, or the named ones plus what the service
 * itself reads (id; visibility, which decides who may see a person), marked __partial so that
 * the row is never mistaken for the whole node.
 */
export function projection(label: Label, fields: readonly string[] | null): string {
  if (fields === null) return '.*';
  const names = new Set(['id', ...fields]);
  if ('visibility' in DOMAIN[label].properties) names.add('visibility');
  return [...[...names].map((name) => `.${name}`), '__partial: true'].join(', ');
}

/**
 * The entity/_related fragments for the selected relation fields of `label`, bound to the node
 * variable n at the top, m1, m2, ... below, nested as the selection is. A link carries only what
 * the relation resolvers cannot know themselves (see completeLinks): its ends only for relations
 * read in both directions, its properties only when some are selected, the other node's label
 * only when more than one is possible, and __related only when relation fields are selected
 * below.
 */
export function relatedFragments(
  cypher: CypherLibrary,
  label: Label,
  selection: readonly RelatedSelection[],
  depth = 1,
): Fragment[] {
  if (depth > MAX_RELATED_DEPTH) return [];
  const spec = DOMAIN[label];
  return selection.flatMap(({ field, fields, linkFields, related }) => {
    const relation = spec.relations[field];
    if (!relation) return [];
    const next = relation.others.length === 1 ? relation.others[0]! : null;
    const names = { Rel: `r${depth}`, Child: `m${depth}` };
    const nested = next ? relatedFragments(cypher, next, related, depth + 1) : [];
    const when = (condition: boolean, name: string, values: TemplateValues) =>
      condition ? [cypher.fragment(name, values)] : [];
    return [
      cypher.fragment('entity/_related', {
        Field: field,
        Parent: depth === 1 ? 'n' : `m${depth - 1}`,
        ...names,
        ...relationTemplate(relation),
        Fields: next ? projection(next, fields) : '.*',
        Ends: when(relation.direction === 'BOTH', 'entity/_related-ends', names),
        LinkProperties: when(linkFields === null || linkFields.length > 0, 'entity/_related-properties', {
          ...names,
          LinkFields: linkFields === null ? '.*' : linkFields.map((name) => `.${name}`).join(', '),
        }),
        OtherLabel: when(next === null, 'entity/_related-label', names),
        By: when(
          relation.others.some((l) => WORK_LABELS.has(l)),
          'entity/_related-by',
          names,
        ),
        Nested: when(nested.length > 0, 'entity/_related-nested', { Related: nested }),
      }),
    ];
  });
}

/** What entity/related-of reads of one relation field's other nodes (see its $want). */
export interface Wanted {
  /** All their properties (the query selects a field that needs the whole node). */
  readonly whole: boolean;
  /** Otherwise the named properties, besides id and visibility, which always come. */
  readonly props: readonly string[];
}

/**
 * The entity/related-of statement of a label: every relation field of the label written out,
 * each read only when wanted, so that its text (and Neo4j's plan) is the same for every query.
 */
export function relatedOfStatement(cypher: CypherLibrary, label: Label): Statement {
  return cypher.get('entity/related-of', {
    Label: label,
    Related: Object.entries(DOMAIN[label].relations).map(([field, relation]) =>
      cypher.fragment('entity/_related-guarded', { Field: field, ...relationTemplate(relation) }),
    ),
  });
}

/**
 * The $want parameter of entity/related-of for the selected relation fields of `label`: the
 * properties of the other nodes as entity/_related would project them (all of them where more
 * than one label is possible or the selection cannot tell).
 */
export function wantOf(label: Label, selection: readonly RelatedSelection[]): Record<string, Wanted> {
  const want: Record<string, Wanted> = {};
  for (const { field, fields } of selection) {
    const relation = DOMAIN[label].relations[field];
    if (!relation) continue;
    const whole = relation.others.length !== 1 || fields === null;
    // Only the other label's properties, as the shaped statement's projection admits them.
    const props = whole
      ? []
      : [...new Set(fields)].filter(
          (name) => name !== 'id' && name !== 'visibility' && isProperty(relation.others[0]!, name),
        );
    want[field] = { whole, props };
  }
  return want;
}

/**
 * Links as entity/related-of returned them, in the form entity/_related gives: the named
 * properties of a partly read node set from their values (null where a node has none, as a map
 * projection gives) and the node marked __partial.
 */
export function unfoldLinks(links: readonly FoldedLink[], wanted: Wanted): FoldedLink[] {
  if (wanted.whole) return links as FoldedLink[];
  return links.map((link) => {
    const { __values, ...other } = link.other as FoldedNode & { __values?: unknown[] };
    const node: Record<string, unknown> = other;
    wanted.props.forEach((name, i) => {
      node[name] = __values?.[i] ?? null;
    });
    node.__partial = true;
    return { ...link, other: node as FoldedNode };
  });
}

/** The properties of a link whose relationship properties were not read (none were selected). */
const NO_PROPERTIES: Readonly<Record<string, unknown>> = Object.freeze({});

/**
 * Links as an entity/_related fragment returned them, made whole: the other node gets its label
 * (when only one is possible, the fragment leaves it out), and each link its type, its ends (from
 * the direction, unless the fragment read them) and its properties ({} when none were selected).
 * The label must be set before anything asks whether the viewer may see the node.
 */
export function completeLinks(
  parentId: string,
  relation: RelationFieldSpec,
  links: readonly FoldedLink[],
): LinkRow[] {
  const label = relation.others.length === 1 ? relation.others[0]! : null;
  return links.map((link) => {
    const other = link.other;
    if (other.__label === undefined) {
      // Fail closed: a node whose label is unknown cannot be checked for visibility.
      if (label === null) throw new Error(`a folded ${relation.type} link came without its label`);
      other.__label = label;
    }
    const inbound = relation.direction === 'IN';
    return {
      type: relation.type,
      from: link.from ?? (inbound ? other.id : parentId),
      to: link.to ?? (inbound ? parentId : other.id),
      properties: link.properties ?? NO_PROPERTIES,
      other: other as NodeRow,
    };
  });
}
