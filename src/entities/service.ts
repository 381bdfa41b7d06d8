import { randomUUID } from 'node:crypto';
import type { CypherLibrary, Statement, TemplateValues } from '../db/cypher.js';
import type { Database, Tx } from '../db/database.js';
import type { FoldedLink, NodeRow } from '../db/rows.js';
import { withInstants } from '../db/values.js';
import { DOMAIN, type Label, type LabelSpec } from '../domain/labels.js';
import type { AuditTrail } from '../audit/audit.js';
import { visibleTo, workSeenBy, WORK_LABELS, type Actor, type Viewer } from '../auth/viewer.js';
import { BadInput, Conflict, NotFound } from '../errors.js';
import { filterParams, type FilterParams } from './filters.js';
import { pageRequest, type ConnectionRow } from './pagination.js';
import {
  MAX_RELATED_DEPTH,
  RELATED_LIMIT,
  relatedFragments,
  relatedOfStatement,
  relationTemplate,
  unfoldLinks,
  wantOf,
  WHOLE_NODES,
  type RelatedSelection,
  type Selection,
} from './related.js';
import { validateId, validateProperties, type Properties } from './validation.js';

/** The most region ids a filter expands to (the filters' own limit on a list). */
const MAX_REGION_IDS = 500;

export interface ListArgs {
  readonly first?: number | null;
  readonly after?: string | null;
  readonly where?: Readonly<Record<string, Readonly<Record<string, unknown>> | null | undefined>> | null;
  readonly orderBy?: { readonly field: string; readonly direction?: string | null } | null;
}

export interface EntityLimits {
  readonly defaultPageSize: number;
  readonly maxPageSize: number;
}

/**
 * The selected relation fields of `label` with relation fields selected below them, where one
 * label is at the other end: what the level below reads (as entity/_related nests them).
 */
function nestedOf(
  label: Label,
  selection: readonly RelatedSelection[],
): { field: string; label: Label; related: readonly RelatedSelection[] }[] {
  return selection.flatMap(({ field, related }) => {
    const others = DOMAIN[label].relations[field]?.others ?? [];
    return related.length > 0 && others.length === 1 ? [{ field, label: others[0]!, related }] : [];
  });
}

/** Reading and writing nodes of every label, with validation; no GraphQL or HTTP here. */
export class EntityService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly limits: EntityLimits,
    private readonly audit: AuditTrail,
  ) {
    for (const name of ['entity/get-by-ids', 'entity/labels-of']) cypher.get(name);
  }

  async getByIds(ids: readonly string[]): Promise<Map<string, NodeRow>> {
    const rows = await this.db.read(this.cypher.get('entity/get-by-ids'), { ids });
    return new Map(rows.map((r) => [(r.node as NodeRow).id, withInstants(r.node as NodeRow)]));
  }

  /**
   * One node of a label with what a query selects of it, its selected relation fields included
   * (see list); null when no node of the label has the id.
   */
  async getOne(label: Label, id: string, selection: Selection): Promise<NodeRow | null> {
    // The node comes whole; its relation fields make the statement's shape. While Neo4j has not
    // planned a shape, the node is read alone and its relation fields by statements of fixed text.
    const render = (s: Selection) =>
      this.cypher.get('entity/get-one', {
        Label: label,
        Fields: '.*',
        Related: relatedFragments(this.cypher, label, s.related),
      });
    const read = await this.db.readShaped(
      render(selection),
      () => render(WHOLE_NODES),
      { id, relatedLimit: RELATED_LIMIT },
      () => this.folding(label, selection.related),
    );
    const node = (read.rows[0]?.node as NodeRow | undefined) ?? null;
    if (node && !read.shaped) await this.foldRelated(label, [node], selection.related);
    return node;
  }

  /** The statements foldRelated reads the selected relation fields with (entity/related-of of each label reached). */
  private folding(label: Label, selection: readonly RelatedSelection[], depth = 1): Statement[] {
    if (depth > MAX_RELATED_DEPTH || Object.keys(wantOf(label, selection)).length === 0) return [];
    return [
      relatedOfStatement(this.cypher, label),
      ...nestedOf(label, selection).flatMap((n) => this.folding(n.label, n.related, depth + 1)),
    ];
  }

  /**
   * Reads the selected relation fields of nodes read without them, as the shaped statement would
   * have folded them in (entity/_related): one entity/related-of statement for the nodes, then one
   * per relation field with fields selected below it, a level down; each of fixed text per label,
   * so that a query of a new shape waits for no planning.
   */
  private async foldRelated(
    label: Label,
    nodes: readonly NodeRow[],
    selection: readonly RelatedSelection[],
    depth = 1,
  ): Promise<void> {
    const want = wantOf(label, selection);
    if (nodes.length === 0 || depth > MAX_RELATED_DEPTH || Object.keys(want).length === 0) return;
    const rows = await this.db.read(relatedOfStatement(this.cypher, label), {
      ids: [...new Set(nodes.map((node) => node.id))],
      want,
      relatedLimit: RELATED_LIMIT,
    });
    const byId = new Map<string, Record<string, FoldedLink[]>>();
    for (const row of rows) {
      const read = row.related as Record<string, FoldedLink[] | null>;
      byId.set(
        String(row.id),
        Object.fromEntries(
          Object.entries(want).map(([field, w]) => [field, unfoldLinks(read[field] ?? [], w)]),
        ),
      );
    }
    for (const node of nodes) (node as { __related?: unknown }).__related = byId.get(node.id) ?? {};
    await Promise.all(
      nestedOf(label, selection).map(({ field, label: next, related }) => {
        const below = [...byId.values()].flatMap((fields) => (fields[field] ?? []).map((l) => l.other));
        return this.foldRelated(next, below as unknown as NodeRow[], related, depth + 1);
      }),
    );
  }

  /**
   * One page of a label. With a selection, the nodes carry only the selected properties (marked
   * __partial) and, in __related, the links of the selected relation fields, read by the same
   * statement, so that resolving them needs no more. With `withTotal` (the query selects
   * totalCount) the same statement counts all matching nodes (entity/counted); otherwise the
   * count runs only if totalCount is asked for after all.
   */
  async list(
    label: Label,
    args: ListArgs,
    viewer: Viewer,
    selection: Selection = WHOLE_NODES,
    withTotal = false,
  ): Promise<ConnectionRow> {
    const spec = DOMAIN[label];
    const page = pageRequest(
      label,
      args.first,
      args.after,
      this.limits.defaultPageSize,
      this.limits.maxPageSize,
    );
    const where = await this.withSubRegions(spec, args.where);
    const filter = withVisibility(label, filterParams(spec, where), viewer);
    const order = withCountVisibility(orderParams(spec, args.orderBy), viewer);
    const anchor = anchorOf(spec, where);
    // A property every node has can be read from an index in order; the anchored candidate set
    // is small, and counts and optional properties sort as before.
    const [name, pageValues]: [string, TemplateValues] = anchor
      ? ['entity/list-anchored', anchor.values]
      : order.orderProperty !== null && alwaysPresent(spec, order.orderProperty)
        ? [
            'entity/list-by-property',
            { Order: order.orderProperty, Direction: order.descending ? 'DESC' : 'ASC' },
          ]
        : ['entity/list', {}];
    // Nodes come whole (a query's choice of properties does not make a statement of its own);
    // the relation fields it selects are folded in, so the statement's text follows the query's
    // shape. The filter leaves out the kinds of condition the query does not have, which keeps a
    // new shape's plan cheap; while Neo4j has not planned a shape, the page is read alone and its
    // relation fields by statements of fixed text (foldRelated), and the shape is planned in the
    // background.
    const render = (related: readonly RelatedSelection[]) => {
      const values = {
        ...pageValues,
        ...filterFragments(this.cypher, label, filter),
        Label: label,
        Fields: '.*',
        Related: relatedFragments(this.cypher, label, related),
      };
      return withTotal
        ? this.cypher.get('entity/counted', {
            Count: this.cypher.fragment(...countStatement(this.cypher, label, filter, anchor)),
            Page: this.cypher.fragment(name, values),
          })
        : this.cypher.get(name, values);
    };
    const params = {
      ...filter,
      ...order,
      ...anchor?.params,
      offset: page.offset,
      limit: page.limit + 1,
      relatedLimit: RELATED_LIMIT,
    };
    let read: NodeRow[] = [];
    let total: Promise<number> | undefined;
    if (page.limit > 0) {
      const answer = await this.db.readShaped(
        render(selection.related),
        () => render([]),
        params,
        () => this.folding(label, selection.related),
      );
      if (withTotal) {
        const row = answer.rows[0];
        read = (row?.nodes as NodeRow[] | undefined) ?? [];
        total = Promise.resolve(Number(row?.total ?? 0));
      } else {
        read = answer.rows.map((r) => r.node as NodeRow);
      }
      if (!answer.shaped) await this.foldRelated(label, read.slice(0, page.limit), selection.related);
    }
    const nodes = read.slice(0, page.limit);
    const totalCount = () => (total ??= this.count(label, filter, anchor));
    // With first: 0 no page was read, so whether more exists comes from the count.
    const hasNextPage = async () =>
      page.limit === 0 ? (await totalCount()) > page.offset : read.length > page.limit;
    return { label, nodes, offset: page.offset, hasNextPage, totalCount };
  }

  /**
   * A filter on where something is (a LOCATED_IN relation to regions) includes the regions inside
   * the named ones: a province finds what lies in its municipalities.
   */
  private async withSubRegions(spec: LabelSpec, where: ListArgs['where']): Promise<ListArgs['where']> {
    if (!where) return where;
    const out: Record<string, unknown> = { ...where };
    for (const [field, condition] of Object.entries(where)) {
      const relation = spec.relations[field];
      const ids = condition?.id_in as string[] | null | undefined;
      if (!relation || relation.type !== 'LOCATED_IN' || relation.direction !== 'OUT' || !ids?.length)
        continue;
      if (ids.length > MAX_REGION_IDS) continue;
      ids.forEach((id) => validateId(id, `where.${field}.id_in`));
      const rows = await this.db.read(this.cypher.get('entity/sub-regions'), { ids });
      const within = (rows[0]?.ids as string[] | undefined) ?? [];
      out[field] = { ...condition, id_in: [...new Set([...ids, ...within])].slice(0, MAX_REGION_IDS) };
    }
    return out as ListArgs['where'];
  }

  async count(label: Label, filter: FilterParams, anchor: Anchor | null = null): Promise<number> {
    const [name, values] = countStatement(this.cypher, label, filter, anchor);
    const rows = await this.db.read(this.cypher.get(name, values), { ...filter, ...anchor?.params });
    return Number(rows[0]?.total ?? 0);
  }

  /**
   * Creates a node. Repeating a create with the same id and the same content returns the existing
   * node (a retried request is harmless); the same id with other content is a CONFLICT. When an
   * author is given, an insight is linked as AUTHORED by them and a bottleneck as RAISED_BY them,
   * in the same transaction.
   */
  async create(
    label: Label,
    input: Properties,
    actor: Actor,
    authorId: string | null = null,
  ): Promise<NodeRow> {
    const spec = DOMAIN[label];
    const id = input.id === undefined || input.id === null ? newId(spec) : validateId(input.id);
    const properties = validateProperties(spec, input, 'create');
    try {
      return await this.db.writeTx(async (tx) => {
        const rows = await tx.run(this.cypher.get('entity/create', { Label: label }), {
          id,
          properties,
          actor: actor.subject,
        });
        const link = authorId ? AUTHOR_LINKS[label] : undefined;
        if (link && authorId) {
          const [from, to] = link.authorIsSource ? [authorId, id] : [id, authorId];
          await tx.run(this.cypher.get('relationship/link', { TYPE: link.type, Right: '>' }), {
            from,
            to,
            properties: {},
            actor: actor.subject,
          });
        }
        await this.audit.record(tx, actor, { action: `create${label}`, targetId: id, label });
        return rows[0]!.node as NodeRow;
      });
    } catch (error) {
      if (!(error instanceof Conflict)) throw error;
      const existing = (await this.getByIds([id])).get(id);
      if (existing && existing.__label === label && sameProperties(existing, properties)) return existing;
      throw error;
    }
  }

  async update(label: Label, input: Properties, actor: Actor): Promise<NodeRow> {
    const spec = DOMAIN[label];
    const id = validateId(input.id);
    const properties = validateProperties(spec, input, 'update');
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run(this.cypher.get('entity/update', { Label: label }), {
        id,
        properties,
        actor: actor.subject,
      });
      if (rows.length === 0) throw new NotFound(label, id);
      if (label === 'Bottleneck' && properties.status !== undefined && properties.status !== null) {
        await this.keepDerivedStatus(tx, id, properties.status as string);
      }
      await this.audit.record(tx, actor, {
        action: `update${label}`,
        targetId: id,
        label,
        detail: Object.keys(properties).sort().join(','),
      });
      return rows[0]!.node as NodeRow;
    });
  }

  async remove(label: Label, id: unknown, actor: Actor): Promise<{ id: string; type: Label }> {
    const checked = validateId(id);
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run(this.cypher.get('entity/delete', { Label: label }), { id: checked });
      if (rows.length === 0) throw new NotFound(label, checked);
      await this.audit.record(tx, actor, { action: `delete${label}`, targetId: checked, label });
      return { id: checked, type: label };
    });
  }

  /**
   * The status of a bottleneck that alliances recorded follows their ties; an editor changes it
   * there (connect RECORDED with a status), so a different status on the bottleneck itself is
   * refused instead of being overwritten by the next write of a tie.
   */
  private async keepDerivedStatus(tx: Tx, id: string, status: string): Promise<void> {
    const rows = await tx.run(this.cypher.get('structure/derive-bottleneck-status'), { ids: [id] });
    const derived = rows[0]?.status;
    if (derived !== undefined && derived !== status) {
      throw new BadInput(
        'status',
        `the status of a bottleneck that alliances recorded follows their ties (now ${String(derived)}); ` +
          "set it on an alliance's RECORDED tie",
      );
    }
  }

  /** The domain label of each given id that exists, inside a caller's transaction. */
  async labelsOf(tx: Tx, ids: readonly string[]): Promise<Map<string, Label>> {
    const rows = await tx.run(this.cypher.get('entity/labels-of'), { ids });
    return new Map(rows.map((r) => [String(r.id), r.label as Label]));
  }
}

function orderParams(spec: LabelSpec, orderBy: ListArgs['orderBy']) {
  const field = orderBy?.field ?? Object.keys(spec.orderFields)[0]!;
  const order = spec.orderFields[field];
  if (!order) throw new BadInput('orderBy.field', `cannot order ${spec.plural} by ${field}`);
  const descending = orderBy?.direction === 'DESC';
  if ('property' in order) return { orderProperty: order.property, countOf: null, descending };
  const relation = spec.relations[order.countOf]!;
  return {
    orderProperty: null,
    countOf: { type: relation.type, direction: relation.direction, others: relation.others },
    descending,
  };
}

/**
 * A relation filter naming ids ("members of alliance X"), from which a list can start instead of
 * scanning the label (entity/_anchor); null when there is none.
 */
interface Anchor {
  readonly values: { TYPE: string; Others: string; Left: string; Right: string };
  readonly params: { anchorIds: readonly string[]; anchorRoles: readonly string[] | null };
}

function anchorOf(spec: LabelSpec, where: ListArgs['where']): Anchor | null {
  for (const [field, condition] of Object.entries(where ?? {})) {
    const relation = spec.relations[field];
    const ids = condition?.id_in as string[] | null | undefined;
    if (!relation || !ids || condition?.exists === false) continue;
    return {
      values: relationTemplate(relation),
      params: { anchorIds: ids, anchorRoles: (condition?.role_in as string[] | null | undefined) ?? null },
    };
  }
  return null;
}

/** The statement that counts a list's nodes, by name and template values. */
function countStatement(
  cypher: CypherLibrary,
  label: Label,
  filter: FilterParams,
  anchor: Anchor | null,
): [string, TemplateValues] {
  // All the insights or questions a viewer may see: counted from the few hidden people, not node by node.
  const unnarrowed = !anchor && filter.filters.length === 0 && filter.relationFilters.length === 0;
  if (WORK_LABELS.has(label) && filter.seen && unnarrowed) return ['entity/count-work', { Label: label }];
  const values = { Label: label, ...filterFragments(cypher, label, filter) };
  return anchor ? ['entity/count-anchored', { ...values, ...anchor.values }] : ['entity/count', values];
}

/**
 * The kinds of condition of entity/_filter that a filter has: each costs planning time, and a
 * list's statement is planned anew for each shape of query.
 */
function filterFragments(cypher: CypherLibrary, label: Label, filter: FilterParams): TemplateValues {
  const when = (condition: boolean, name: string) => (condition ? [cypher.fragment(name, {})] : []);
  return {
    PropertyFilter: when(filter.filters.length > 0, 'entity/_filter-properties'),
    RelationFilter: when(filter.relationFilters.length > 0, 'entity/_filter-relations'),
    VisibleFilter: WORK_LABELS.has(label)
      ? when(Boolean(filter.seen), 'entity/_filter-work')
      : when(Boolean(filter.visible), 'entity/_filter-visible'),
  };
}

/** Whether every node of the label has the property (required ones and the timestamps). */
function alwaysPresent(spec: LabelSpec, property: string): boolean {
  return property === 'createdAt' || property === 'updatedAt' || spec.properties[property]?.required === true;
}

/** People the viewer may not see are left out of lists (and so of totalCount). */
function withVisibility(label: Label, filter: FilterParams, viewer: Viewer): FilterParams {
  if (viewer.role === 'admin') return { ...filter, seen: null };
  const visible = { allowed: visibleTo(viewer), self: viewer.professionalId };
  // People hidden from the viewer are never evidence of a relation filter either.
  const relationFilters = filter.relationFilters.map((rf) => ({
    ...rf,
    visible: visible.allowed,
    self: visible.self,
  }));
  // Nor is work written or asked by them (insights, questions: entity/_work-seen).
  return {
    ...filter,
    relationFilters,
    visible: label === 'Professional' ? visible : null,
    seen: workSeenBy(viewer),
  };
}

/** Ordering by a count counts only the people the viewer may see. */
function withCountVisibility(order: ReturnType<typeof orderParams>, viewer: Viewer) {
  if (!order.countOf) return order;
  const admin = viewer.role === 'admin';
  return {
    ...order,
    countOf: { ...order.countOf, visible: admin ? null : visibleTo(viewer), self: viewer.professionalId },
  };
}

/** Who is recorded as the source of what a person adds. */
const AUTHOR_LINKS: Partial<Record<Label, { type: 'AUTHORED' | 'RAISED_BY'; authorIsSource: boolean }>> = {
  Insight: { type: 'AUTHORED', authorIsSource: true },
  Bottleneck: { type: 'RAISED_BY', authorIsSource: false },
};

function sameProperties(existing: NodeRow, properties: Properties): boolean {
  return Object.entries(properties).every(
    ([key, value]) => JSON.stringify(existing[key]) === JSON.stringify(value),
  );
}

function newId(spec: LabelSpec): string {
  return `${spec.singular}-${randomUUID()}`;
}
