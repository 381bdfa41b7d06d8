import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import { BadInput, DomainError } from '../errors.js';
import { validateId, validateProperties, validateValue, type Properties } from '../entities/validation.js';
import { append } from '../util/groups.js';

export interface NodeInput {
  readonly id: unknown;
  readonly label: unknown;
  readonly properties?: unknown;
}

export interface RelationshipInput {
  readonly type: unknown;
  readonly from: unknown;
  readonly to: unknown;
  readonly properties?: unknown;
}

export interface GraphData {
  readonly nodes?: readonly NodeInput[];
  readonly relationships?: readonly RelationshipInput[];
}

export interface Rejection {
  readonly kind: 'node' | 'relationship';
  /** Position in the input list. */
  readonly index: number;
  readonly id: string | null;
  readonly reason: string;
}

/** A node row as import/upsert-nodes takes it. */
export interface NodeRowIn {
  readonly id: string;
  /** The properties the row gives: set on new and on stored nodes. */
  readonly properties: Properties;
  /**
   * Default values of the properties the row leaves out: set only when the node is new, so that
   * importing a node again without them keeps what an editor set (a status, a visibility).
   */
  readonly defaults: Properties;
  readonly createdAt: string | null;
}

/** A relationship row as import/upsert-relationships takes it. */
export interface RelationshipRowIn {
  readonly from: string;
  readonly to: string;
  readonly properties: Properties;
}

/** The stored label of each given id that exists. */
export type LabelLookup = (ids: string[]) => Promise<Map<string, Label>>;

/**
 * What an import will write once every row has been checked: the valid rows grouped by label and
 * type, and the rejected ones with their reason. Built fresh for each attempt, so a retried
 * transaction never reports a rejection twice.
 */
export class ImportPlan {
  readonly rejected: Rejection[] = [];
  readonly nodes = new Map<Label, NodeRowIn[]>();
  readonly relationships = new Map<RelationshipType, RelationshipRowIn[]>();
  /** Valid node rows whose id is already stored (an import updates them). */
  existingNodes = 0;
  private readonly labelOf = new Map<string, Label>();
  private readonly nodeIndex = new Map<string, number>();

  constructor(private readonly data: GraphData) {}

  get nodeCount(): number {
    return [...this.nodes.values()].reduce((n, rows) => n + rows.length, 0);
  }

  get relationshipCount(): number {
    return [...this.relationships.values()].reduce((n, rows) => n + rows.length, 0);
  }

  /** Validates everything; `lookup` tells the labels of ids already in the graph. */
  async build(lookup: LabelLookup): Promise<this> {
    this.checkNodes();
    await this.dropLabelConflicts(lookup);
    await this.checkRelationships(lookup);
    return this;
  }

  private checkNodes(): void {
    (this.data.nodes ?? []).forEach((node, index) => {
      try {
        const { label, row } = checkNode(node);
        if (this.labelOf.has(row.id)) {
          throw new BadInput('id', `id '${row.id}' appears twice in the import`);
        }
        this.labelOf.set(row.id, label);
        this.nodeIndex.set(row.id, index);
        append(this.nodes, label, row);
      } catch (error) {
        this.rejected.push({ kind: 'node', index, id: idOf(node.id), reason: reason(error) });
      }
    });
  }

  /** An id keeps its label: importing a Theme over an existing Practice id is refused. */
  private async dropLabelConflicts(lookup: LabelLookup): Promise<void> {
    if (this.labelOf.size === 0) return;
    const stored = await lookup([...this.labelOf.keys()]);
    for (const [label, rows] of this.nodes) {
      const keep = rows.filter((row) => {
        const existing = stored.get(row.id);
        if (existing === label) this.existingNodes += 1;
        if (!existing || existing === label) return true;
        this.rejected.push({
          kind: 'node',
          index: this.nodeIndex.get(row.id) ?? -1,
          id: row.id,
          reason: `id '${row.id}' is already a ${existing}`,
        });
        this.labelOf.delete(row.id);
        return false;
      });
      this.nodes.set(label, keep);
    }
  }

  private async checkRelationships(lookup: LabelLookup): Promise<void> {
    const inputs = this.data.relationships ?? [];
    const unknown = new Set<string>();
    for (const r of inputs) {
      for (const id of [r.from, r.to]) {
        if (typeof id === 'string' && !this.labelOf.has(id)) unknown.add(id);
      }
    }
    const stored = unknown.size > 0 ? await lookup([...unknown]) : new Map<string, Label>();
    inputs.forEach((r, index) => {
      try {
        const { type, row } = checkRelationship(r, (id) => this.labelOf.get(id) ?? stored.get(id));
        append(this.relationships, type, row);
      } catch (error) {
        this.rejected.push({ kind: 'relationship', index, id: null, reason: reason(error) });
      }
    });
  }
}

function checkNode(node: NodeInput): { label: Label; row: NodeRowIn } {
  if (!LABELS.includes(node.label as Label)) {
    throw new BadInput('label', `unknown label '${String(node.label)}'`);
  }
  const label = node.label as Label;
  const id = validateId(node.id);
  const { createdAt, ...rest } = (node.properties ?? {}) as Properties;
  if (
    createdAt !== undefined &&
    createdAt !== null &&
    (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))
  ) {
    throw new BadInput('createdAt', "'createdAt' must be an ISO-8601 date and time");
  }
  const properties = validateProperties(DOMAIN[label], rest, 'create');
  const defaults: Properties = {};
  for (const [key, spec] of Object.entries(DOMAIN[label].properties)) {
    if (spec.defaultValue === undefined || (rest[key] !== undefined && rest[key] !== null)) continue;
    defaults[key] = properties[key];
    delete properties[key];
  }
  return {
    label,
    row: { id, properties, defaults, createdAt: (createdAt as string | undefined) ?? null },
  };
}

function checkRelationship(
  r: RelationshipInput,
  labelOf: (id: string) => Label | undefined,
): { type: RelationshipType; row: RelationshipRowIn } {
  const type = String(r.type) as RelationshipType;
  const spec = RELATIONSHIPS[type];
  if (!spec) throw new BadInput('type', `unknown relationship type '${String(r.type)}'`);
  const from = validateId(r.from, 'from');
  const to = validateId(r.to, 'to');
  const fromLabel = labelOf(from);
  const toLabel = labelOf(to);
  if (!fromLabel) throw new BadInput('from', `no node '${from}'`);
  if (!toLabel) throw new BadInput('to', `no node '${to}'`);
  if (!spec.from.includes(fromLabel) || !spec.to.includes(toLabel)) {
    throw new BadInput('type', `${type} cannot connect a ${fromLabel} to a ${toLabel}`);
  }
  const properties: Properties = {};
  for (const [key, value] of Object.entries((r.properties ?? {}) as Properties)) {
    const property = spec.properties[key];
    if (!property) throw new BadInput(key, `${type} has no property '${key}'`);
    if (value !== null && value !== undefined) properties[key] = validateValue(key, property, value);
  }
  for (const [key, property] of Object.entries(spec.properties)) {
    if (property.required && properties[key] === undefined) {
      throw new BadInput(key, `${type} needs '${key}'`);
    }
  }
  return { type, row: { from, to, properties } };
}

function idOf(id: unknown): string | null {
  return typeof id === 'string' ? id : null;
}

function reason(error: unknown): string {
  if (error instanceof DomainError) {
    const field = error instanceof BadInput ? `${error.field}: ` : '';
    return `${field}${error.message}`;
  }
  throw error;
}
