import { BadInput } from '../errors.js';
import type { LabelSpec, RelationFieldSpec } from '../domain/labels.js';
import { validateId } from './validation.js';

export interface PropertyFilter {
  readonly property: string;
  readonly op: string;
  readonly value: unknown;
}

export interface RelationFilter {
  readonly type: string;
  readonly direction: string;
  readonly others: readonly string[];
  readonly ids: readonly string[] | null;
  readonly roles: readonly string[] | null;
  readonly exists: boolean;
  /**
   * Visibilities of people the viewer may see at the other end (null: all), and the viewer's own
   * id: a filter on a hidden person behaves exactly as a filter on an unknown id.
   */
  readonly visible: readonly string[] | null;
  readonly self: string | null;
}

export interface FilterParams {
  readonly filters: PropertyFilter[];
  readonly relationFilters: RelationFilter[];
  /** For people: the visibilities the viewer may see, and the viewer's own id (null: all). */
  readonly visible?: { readonly allowed: readonly string[]; readonly self: string | null } | null;
  /** Whose work the viewer may see (entity/_work-seen; null: all). Every list statement takes it. */
  readonly seen?: { readonly allowed: readonly string[]; readonly self: string | null } | null;
}

type Where = Readonly<Record<string, Readonly<Record<string, unknown>> | null | undefined>>;

const MAX_LIST = 500;
const INSTANT_PROPERTIES = new Set(['createdAt', 'updatedAt']);

/**
 * Turns a typed `where` input into the parameters of cypher/entity/_filter. All conditions must
 * hold (AND). Only public properties can be filtered on, so a filter cannot probe private data.
 */
export function filterParams(spec: LabelSpec, where: Where | null | undefined): FilterParams {
  const filters: PropertyFilter[] = [];
  const relationFilters: RelationFilter[] = [];
  for (const [field, condition] of Object.entries(where ?? {})) {
    if (!condition) continue;
    const relation = spec.relations[field];
    if (relation) {
      relationFilters.push(relationFilter(field, relation, condition));
      continue;
    }
    const isProperty = field === 'id' || INSTANT_PROPERTIES.has(field) || spec.properties[field];
    if (!isProperty || spec.properties[field]?.private) {
      throw new BadInput(`where.${field}`, `cannot filter ${spec.plural} on '${field}'`);
    }
    for (const [op, value] of Object.entries(condition)) {
      if (value === null || value === undefined) continue;
      if (Array.isArray(value) && value.length > MAX_LIST) {
        throw new BadInput(`where.${field}.${op}`, `at most ${MAX_LIST} values`);
      }
      const instant = INSTANT_PROPERTIES.has(field) && (op === 'gte' || op === 'lte');
      if (instant && Number.isNaN(Date.parse(String(value)))) {
        throw new BadInput(`where.${field}.${op}`, 'not an ISO-8601 date and time');
      }
      filters.push({ property: field, op: instant ? `${op}Instant` : op, value });
    }
  }
  return { filters, relationFilters };
}

function relationFilter(
  field: string,
  relation: RelationFieldSpec,
  condition: Readonly<Record<string, unknown>>,
): RelationFilter {
  const ids = condition.id_in as string[] | undefined | null;
  const roles = condition.role_in as string[] | undefined | null;
  if (ids && ids.length > MAX_LIST) {
    throw new BadInput(`where.${field}.id_in`, `at most ${MAX_LIST} ids`);
  }
  ids?.forEach((id) => validateId(id, `where.${field}.id_in`));
  return {
    type: relation.type,
    direction: relation.direction,
    others: relation.others,
    ids: ids ?? null,
    roles: roles ?? null,
    exists: condition.exists !== false,
    visible: null,
    self: null,
  };
}
