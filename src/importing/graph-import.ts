import type { CypherLibrary } from '../db/cypher.js';
import { append } from '../util/groups.js';
import type { Database } from '../db/database.js';
import { DOMAIN, LABELS, type Label } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import { BadInput, DomainError } from '../errors.js';
import type { EntityService } from '../entities/service.js';
import { validateId, validateProperties, validateValue, type Properties } from '../entities/validation.js';

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

export interface ImportReport {
  readonly nodesCreated: number;
  readonly nodesUpdated: number;
  readonly relationships: number;
  readonly rejected: readonly Rejection[];
  readonly dryRun: boolean;
}

interface NodeRowIn {
  id: string;
  properties: Properties;
  createdAt: string | null;
}

/**
 * Imports a graph given as {nodes, relationships}. Every row is validated first; rejected rows are
 * reported with their reason and the valid ones are written in one transaction, so an import is
 * either fully applied or not at all. Ids are upserted: importing the same file twice changes
 * nothing the second time.
 */
export class GraphImporter {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly entities: EntityService,
  ) {
    cypher.get('import/count-entities');
  }

  async isEmpty(): Promise<boolean> {
    const rows = await this.db.read(this.cypher.get('import/count-entities'));
    return Number(rows[0]?.count ?? 0) === 0;
  }

  async import(data: GraphData, actor: string | null, dryRun = false): Promise<ImportReport> {
    const rejected: Rejection[] = [];
    const byLabel = new Map<Label, NodeRowIn[]>();
    const labelOf = new Map<string, Label>();
    (data.nodes ?? []).forEach((node, index) => {
      try {
        const { label, row } = checkNode(node);
        if (labelOf.has(row.id)) throw new BadInput('id', `id '${row.id}' appears twice in the import`);
        labelOf.set(row.id, label);
        append(byLabel, label, row);
      } catch (error) {
        rejected.push({ kind: 'node', index, id: idOf(node.id), reason: reason(error) });
      }
    });

    return this.db.writeTx(async (tx) => {
      const stored = await this.entities.labelsOf(tx, [...labelOf.keys()]);
      for (const [label, rows] of byLabel) {
        const keep = rows.filter((row) => {
          const existing = stored.get(row.id);
          if (!existing || existing === label) return true;
          rejected.push({
            kind: 'node',
            index: -1,
            id: row.id,
            reason: `id '${row.id}' is already a ${existing}`,
          });
          labelOf.delete(row.id);
          return false;
        });
        byLabel.set(label, keep);
      }
      const relationshipRows = await this.checkRelationships(data, labelOf, rejected, async (ids) =>
        this.entities.labelsOf(tx, ids),
      );
      let created = 0;
      let total = 0;
      let relationships = 0;
      if (!dryRun) {
        for (const [label, rows] of byLabel) {
          if (rows.length === 0) continue;
          total += rows.length;
          const result = await tx.run(this.cypher.get('import/upsert-nodes', { Label: label }), {
            rows,
            actor,
          });
          created += Number(result[0]?.created ?? 0);
        }
        for (const [type, rows] of relationshipRows) {
          const right = RELATIONSHIPS[type].undirected ? '' : '>';
          const result = await tx.run(
            this.cypher.get('import/upsert-relationships', { TYPE: type, Right: right }),
            { rows, actor },
          );
          relationships += Number(result[0]?.count ?? 0);
        }
      } else {
        total = [...byLabel.values()].reduce((n, rows) => n + rows.length, 0);
        relationships = [...relationshipRows.values()].reduce((n, rows) => n + rows.length, 0);
      }
      return {
        nodesCreated: dryRun ? 0 : created,
        nodesUpdated: dryRun ? 0 : total - created,
        relationships,
        rejected,
        dryRun,
      };
    });
  }

  private async checkRelationships(
    data: GraphData,
    labelOf: Map<string, Label>,
    rejected: Rejection[],
    lookup: (ids: string[]) => Promise<Map<string, Label>>,
  ): Promise<Map<RelationshipType, { from: string; to: string; properties: Properties }[]>> {
    const inputs = data.relationships ?? [];
    const unknown = new Set<string>();
    for (const r of inputs) {
      for (const id of [r.from, r.to]) if (typeof id === 'string' && !labelOf.has(id)) unknown.add(id);
    }
    const stored = unknown.size > 0 ? await lookup([...unknown]) : new Map<string, Label>();
    const byType = new Map<RelationshipType, { from: string; to: string; properties: Properties }[]>();
    inputs.forEach((r, index) => {
      try {
        const type = String(r.type) as RelationshipType;
        const spec = RELATIONSHIPS[type];
        if (!spec) throw new BadInput('type', `unknown relationship type '${String(r.type)}'`);
        const from = validateId(r.from, 'from');
        const to = validateId(r.to, 'to');
        const fromLabel = labelOf.get(from) ?? stored.get(from);
        const toLabel = labelOf.get(to) ?? stored.get(to);
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
          if (property.required && properties[key] === undefined)
            throw new BadInput(key, `${type} needs '${key}'`);
        }
        append(byType, type, { from, to, properties });
      } catch (error) {
        rejected.push({ kind: 'relationship', index, id: null, reason: reason(error) });
      }
    });
    return byType;
  }
}

function checkNode(node: NodeInput): { label: Label; row: NodeRowIn } {
  if (!LABELS.includes(node.label as Label)) {
    throw new BadInput('label', `unknown label '${String(node.label)}'`);
  }
  const label = node.label as Label;
  const id = validateId(node.id);
  const { createdAt, ...rest } = (node.properties ?? {}) as Properties;
  if (createdAt !== undefined && (typeof createdAt !== 'string' || Number.isNaN(Date.parse(createdAt)))) {
    throw new BadInput('createdAt', "'createdAt' must be an ISO-8601 date and time");
  }
  const properties = validateProperties(DOMAIN[label], rest, 'create');
  return { label, row: { id, properties, createdAt: (createdAt as string | undefined) ?? null } };
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
