import {
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import { DOMAIN, type Label } from '../../domain/labels.js';
import {
  isLinkProperty,
  isProperty,
  MAX_RELATED_DEPTH,
  type RelatedSelection,
  type Selection,
} from '../../entities/related.js';
import { linkOf } from './relations.js';

/**
 * The fields selected in a selection set on an object type, by field name, through fragments and
 * inline fragments that apply to it. @skip and @include are not evaluated: a field they leave out
 * is loaded and not shown, which costs a little and changes no answer.
 */
function fieldsOn(
  info: GraphQLResolveInfo,
  selectionSet: SelectionSetNode | undefined,
  typeName: string,
  out = new Map<string, FieldNode[]>(),
): Map<string, FieldNode[]> {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      const list = out.get(selection.name.value) ?? [];
      list.push(selection);
      out.set(selection.name.value, list);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      if (applies(info, selection.typeCondition?.name.value, typeName)) {
        fieldsOn(info, selection.selectionSet, typeName, out);
      }
    } else {
      const fragment = info.fragments[selection.name.value];
      if (fragment && applies(info, fragment.typeCondition.name.value, typeName)) {
        fieldsOn(info, fragment.selectionSet, typeName, out);
      }
    }
  }
  return out;
}

function applies(info: GraphQLResolveInfo, condition: string | undefined, typeName: string): boolean {
  if (condition === undefined || condition === typeName) return true;
  const abstract = info.schema.getType(condition);
  const object = info.schema.getType(typeName);
  return isAbstractType(abstract) && isObjectType(object) && info.schema.isSubType(abstract, object);
}

/** The selection sets of one field, merged (a field can be asked for more than once). */
function merged(fields: readonly FieldNode[] | undefined): SelectionSetNode | undefined {
  const selections = (fields ?? []).flatMap((f) => f.selectionSet?.selections ?? []);
  return selections.length > 0 ? { kind: Kind.SELECTION_SET, selections } : undefined;
}

/**
 * What a selection set asks of nodes of `label`: the properties (null when a field is neither a
 * property nor a relation, so all are read) and the relation fields, nested as far as
 * MAX_RELATED_DEPTH (below that the loaders read whole nodes).
 */
function selectionOf(
  info: GraphQLResolveInfo,
  label: Label,
  selectionSet: SelectionSetNode | undefined,
  depth: number,
): Selection {
  const spec = DOMAIN[label];
  const fields: string[] = [];
  let whole = depth > MAX_RELATED_DEPTH;
  const related: RelatedSelection[] = [];
  for (const [field, nodes] of fieldsOn(info, selectionSet, label)) {
    const relation = spec.relations[field];
    if (!relation) {
      if (isProperty(label, field)) fields.push(field);
      else if (field !== '__typename') whole = true;
      continue;
    }
    if (depth > MAX_RELATED_DEPTH) continue;
    const other = relation.others.length === 1 ? relation.others[0]! : null;
    const link = linkOf(relation);
    // A link (Membership, ...) has the relationship's properties and both ends as fields.
    const linkFields = link ? fieldsOn(info, merged(nodes), link.type) : null;
    let properties: string[] | null = [];
    for (const name of linkFields?.keys() ?? []) {
      if (link!.ends.includes(name) || name === '__typename') continue;
      if (isLinkProperty(relation.type, name)) properties?.push(name);
      else properties = null;
    }
    if (!other) {
      related.push({ field, fields: null, linkFields: properties, related: [] });
      continue;
    }
    const below = linkFields
      ? merged(link!.otherEnds.flatMap((end) => linkFields.get(end) ?? []))
      : merged(nodes);
    related.push({ field, linkFields: properties, ...selectionOf(info, other, below, depth + 1) });
  }
  return { fields: whole ? null : fields, related };
}

/** What a single-item query (`professional(id)`) selects on its node. */
export function selectionOfNode(info: GraphQLResolveInfo, label: Label): Selection {
  return selectionOf(info, label, merged(info.fieldNodes), 1);
}

/** What a list query selects on its nodes (edges { node { ... } }). */
export function selectionOfList(info: GraphQLResolveInfo, label: Label): Selection {
  const connection = fieldsOn(info, merged(info.fieldNodes), `${label}Connection`);
  const edges = fieldsOn(info, merged(connection.get('edges')), `${label}Edge`);
  return selectionOf(info, label, merged(edges.get('node')), 1);
}

/** Whether the query selects `field` on the items (of type `itemType`) this resolver returns. */
export function selectsOnItems(info: GraphQLResolveInfo, itemType: string, field: string): boolean {
  return fieldsOn(info, merged(info.fieldNodes), itemType).has(field);
}

/**
 * What the query selects on the items of each list field of the object this resolver returns
 * (of type `objectType`): per list field, the item fields selected (by name), or undefined when
 * the list is not selected at all. `ask { people { reasons } }` gives people: Set {reasons}.
 */
export function selectedOnLists(
  info: GraphQLResolveInfo,
  objectType: string,
  lists: Readonly<Record<string, string>>,
): Record<string, ReadonlySet<string> | undefined> {
  const fields = fieldsOn(info, merged(info.fieldNodes), objectType);
  const out: Record<string, ReadonlySet<string> | undefined> = {};
  for (const [list, itemType] of Object.entries(lists)) {
    const nodes = fields.get(list);
    out[list] = nodes ? new Set(fieldsOn(info, merged(nodes), itemType).keys()) : undefined;
  }
  return out;
}
