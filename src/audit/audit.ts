import type { Actor } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database, Tx } from '../db/database.js';
import { pageRequest } from '../entities/pagination.js';

export interface AuditRecord {
  readonly action: string;
  readonly targetId: string | null;
  readonly label: string | null;
  readonly detail?: string | null;
}

export interface AuditEntryRow {
  readonly id: string;
  readonly at: string;
  readonly actor: string | null;
  readonly role: string;
  readonly action: string;
  readonly targetId: string | null;
  readonly label: string | null;
  readonly detail: string | null;
}

export interface AuditPage {
  readonly entries: readonly AuditEntryRow[];
  readonly offset: number;
  readonly hasNextPage: boolean;
}

export interface AuditFilter {
  readonly actor?: string | null;
  readonly targetId?: string | null;
  readonly action?: string | null;
  readonly first?: number | null;
  readonly after?: string | null;
}

/** Who changed what and when: written inside each write's own transaction, read by admins. */
export class AuditTrail {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    cypher.get('audit/record');
    cypher.get('audit/list');
  }

  async record(tx: Tx, actor: Actor, record: AuditRecord): Promise<void> {
    await tx.run(this.cypher.get('audit/record'), {
      actor: actor.subject,
      role: actor.role,
      action: record.action,
      targetId: record.targetId,
      label: record.label,
      detail: record.detail ?? null,
    });
  }

  async list(
    filter: AuditFilter,
  ): Promise<{ entries: AuditEntryRow[]; offset: number; hasNextPage: boolean }> {
    const page = pageRequest('AuditEntry', filter.first, filter.after, 50, 500);
    const rows = await this.db.read(this.cypher.get('audit/list'), {
      actor: filter.actor ?? null,
      targetId: filter.targetId ?? null,
      action: filter.action ?? null,
      offset: page.offset,
      limit: page.limit + 1,
    });
    const entries = rows.slice(0, page.limit).map((r) => r.entry as AuditEntryRow);
    return { entries, offset: page.offset, hasNextPage: rows.length > page.limit };
  }
}
