import type { CypherLibrary, Statement } from '../db/cypher.js';
import type { Database, Tx } from '../db/database.js';
import type { EdgeRow, LinkRow } from '../db/rows.js';
import { DOMAIN, type Label, type RelationFieldSpec } from '../domain/labels.js';
import { RELATIONSHIPS, type RelationshipType } from '../domain/relationships.js';
import type { AuditTrail } from '../audit/audit.js';
import type { Actor } from '../auth/viewer.js';
import { BadInput, NotFound } from '../errors.js';
import type { EntityService } from '../entities/service.js';
import { validateId, validateValue, type Properties } from '../entities/validation.js';
import { RELATED_LIMIT, relationTemplate } from '../entities/related.js';

/** Related nodes are capped per node so that a hub cannot blow up a nested query. */

export interface ConnectInput {
  readonly type: string;
  readonly fromId: string;
  readonly toId: string;
  readonly properties?: Properties | null;
}

/** Relationship writes (validated against the domain model) and batched relationship reads. */
export class RelationshipService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly entities: EntityService,
    private readonly audit: AuditTrail,
  ) {
    this.linkStatement('KNOWS');
    this.unlinkStatement('KNOWS');
  }

  /** For each node id, its relationships of one relation field, with the other end. */
  async loadRelated(label: Label, field: string, ids: readonly string[]): Promise<Map<string, LinkRow[]>> {
    const relation = DOMAIN[label].relations[field];
    if (!relation) throw new Error(`${label} has no relation field ${field}`);
    const rows = await this.db.read(this.relatedStatement(label, relation), {
      ids,
      limit: RELATED_LIMIT,
    });
    const byId = new Map<string, LinkRow[]>();
    for (const row of rows) {
      const key = String(row.key);
      const list = byId.get(key) ?? [];
      list.push({
        type: relation.type,
        from: String(row.from),
        to: String(row.to),
        properties: (row.properties ?? {}) as Properties,
        other: row.other as LinkRow['other'],
      });
      byId.set(key, list);
    }
    return byId;
  }

  async connect(input: ConnectInput, actor: Actor): Promise<EdgeRow> {
    const { type, spec, fromId, toId } = this.checkEnds(input);
    const properties = this.validateProperties(type, input.properties ?? {});
    return this.db.writeTx(async (tx) => {
      const labels = await this.entities.labelsOf(tx, [fromId, toId]);
      checkLabel(labels.get(fromId), spec.from, 'fromId', fromId, type);
      checkLabel(labels.get(toId), spec.to, 'toId', toId, type);
      const rows = await tx.run(this.linkStatement(type), {
        from: fromId,
        to: toId,
        properties,
        actor: actor.subject,
      });
      const row = rows[0]!;
      await this.deriveAfter(tx, type, toId);
      await this.audit.record(tx, actor, { action: 'connect', targetId: fromId, label: type, detail: toId });
      return {
        type,
        from: String(row.from),
        to: String(row.to),
        properties: row.properties as Properties,
      };
    });
  }

  async disconnect(input: ConnectInput, actor: Actor): Promise<number> {
    const { type, fromId, toId } = this.checkEnds(input);
    return this.db.writeTx(async (tx) => {
      const rows = await tx.run(this.unlinkStatement(type), { from: fromId, to: toId });
      const removed = Number(rows[0]?.removed ?? 0);
      if (removed > 0) await this.deriveAfter(tx, type, toId);
      if (removed > 0) {
        await this.audit.record(tx, actor, {
          action: 'disconnect',
          targetId: fromId,
          label: type,
          detail: toId,
        });
      }
      return removed;
    });
  }

  /** A bottleneck's status is derived from the alliances' ties to it: kept so in the same transaction. */
  private async deriveAfter(tx: Tx, type: string, toId: string): Promise<void> {
    if (type !== 'RECORDED') return;
    await tx.run(this.cypher.get('structure/derive-bottleneck-status'), { ids: [toId] });
  }

  private checkEnds(input: ConnectInput) {
    if (!(input.type in RELATIONSHIPS)) {
      throw new BadInput('type', `unknown relationship type '${input.type}'`);
    }
    const type = input.type as RelationshipType;
    const fromId = validateId(input.fromId, 'fromId');
    const toId = validateId(input.toId, 'toId');
    if (fromId === toId) throw new BadInput('toId', 'a node cannot be related to itself');
    return { type, spec: RELATIONSHIPS[type], fromId, toId };
  }

  private validateProperties(type: RelationshipType, input: Properties): Properties {
    const spec = RELATIONSHIPS[type];
    const out: Properties = {};
    for (const [key, value] of Object.entries(input)) {
      if (value === null || value === undefined) continue;
      const property = spec.properties[key];
      if (!property) throw new BadInput(`properties.${key}`, `${type} has no property '${key}'`);
      out[key] = validateValue(`properties.${key}`, property, value);
    }
    for (const [key, property] of Object.entries(spec.properties)) {
      if (property.required && out[key] === undefined) {
        throw new BadInput(`properties.${key}`, `${type} needs '${key}'`);
      }
    }
    return out;
  }

  private relatedStatement(label: Label, relation: RelationFieldSpec): Statement {
    return this.cypher.get('relationship/load-related', { Label: label, ...relationTemplate(relation) });
  }

  private linkStatement(type: RelationshipType): Statement {
    return this.cypher.get('relationship/link', { TYPE: type, Right: arrow(type) });
  }

  private unlinkStatement(type: RelationshipType): Statement {
    return this.cypher.get('relationship/unlink', { TYPE: type, Right: arrow(type) });
  }
}

function arrow(type: RelationshipType): string {
  return RELATIONSHIPS[type].undirected ? '' : '>';
}

function checkLabel(
  label: Label | undefined,
  allowed: readonly Label[],
  field: string,
  id: string,
  type: string,
): void {
  if (!label) throw new NotFound('node', id);
  if (!allowed.includes(label)) {
    throw new BadInput(field, `${type} cannot ${field === 'fromId' ? 'start at' : 'end at'} a ${label}`);
  }
}
