import { randomUUID } from 'node:crypto';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database, Tx } from '../db/database.js';
import type { NodeRow } from '../db/rows.js';
import { DOMAIN, type Label, type LabelSpec } from '../domain/labels.js';
import { BadInput, NotFound } from '../errors.js';
import { filterParams, type FilterParams } from './filters.js';
import { pageRequest, type ConnectionRow } from './pagination.js';
import { validateId, validateProperties, type Properties } from './validation.js';

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

/** Reading and writing nodes of every label, with validation; no GraphQL or HTTP here. */
export class EntityService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly limits: EntityLimits,
  ) {
    for (const name of ['entity/get-by-ids', 'entity/labels-of']) cypher.get(name);
  }

  async getByIds(ids: readonly string[]): Promise<Map<string, NodeRow>> {
    const rows = await this.db.read(this.cypher.get('entity/get-by-ids'), { ids });
    return new Map(rows.map((r) => [(r.node as NodeRow).id, r.node as NodeRow]));
  }

  async list(label: Label, args: ListArgs): Promise<ConnectionRow> {
    const spec = DOMAIN[label];
    const page = pageRequest(
      label,
      args.first,
      args.after,
      this.limits.defaultPageSize,
      this.limits.maxPageSize,
    );
    const filter = filterParams(spec, args.where);
    const order = orderParams(spec, args.orderBy);
    const rows =
      page.limit === 0
        ? []
        : await this.db.read(this.cypher.get('entity/list', { Label: label }), {
            ...filter,
            ...order,
            offset: page.offset,
            limit: page.limit + 1,
          });
    const nodes = rows.slice(0, page.limit).map((r) => r.node as NodeRow);
    let total: Promise<number> | undefined;
    const totalCount = () => (total ??= this.count(label, filter));
    // With first: 0 no page was read, so whether more exists comes from the count.
    const hasNextPage = async () =>
      page.limit === 0 ? (await totalCount()) > page.offset : rows.length > page.limit;
    return { label, nodes, offset: page.offset, hasNextPage, totalCount };
  }

  async count(label: Label, filter: FilterParams): Promise<number> {
    const rows = await this.db.read(this.cypher.get('entity/count', { Label: label }), { ...filter });
    return Number(rows[0]?.total ?? 0);
  }

  async create(label: Label, input: Properties, actor: string | null): Promise<NodeRow> {
    const spec = DOMAIN[label];
    const id = input.id === undefined || input.id === null ? newId(spec) : validateId(input.id);
    const properties = validateProperties(spec, input, 'create');
    const rows = await this.db.write(this.cypher.get('entity/create', { Label: label }), {
      id,
      properties,
      actor,
    });
    return rows[0]!.node as NodeRow;
  }

  async update(label: Label, input: Properties, actor: string | null): Promise<NodeRow> {
    const spec = DOMAIN[label];
    const id = validateId(input.id);
    const properties = validateProperties(spec, input, 'update');
    const rows = await this.db.write(this.cypher.get('entity/update', { Label: label }), {
      id,
      properties,
      actor,
    });
    if (rows.length === 0) throw new NotFound(label, id);
    return rows[0]!.node as NodeRow;
  }

  async remove(label: Label, id: unknown): Promise<{ id: string; type: Label }> {
    const checked = validateId(id);
    const rows = await this.db.write(this.cypher.get('entity/delete', { Label: label }), { id: checked });
    if (rows.length === 0) throw new NotFound(label, checked);
    return { id: checked, type: label };
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

function newId(spec: LabelSpec): string {
  return `${spec.singular}-${randomUUID()}`;
}
