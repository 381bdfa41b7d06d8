import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import type { Label } from '../domain/labels.js';
import { authorize, type TargetFacts } from './policy.js';
import type { Viewer } from './viewer.js';

/**
 * Applies the access rules of policy.ts, looking up what they need about the nodes involved.
 * Ids that do not exist pass here, so that the service answers NOT_FOUND for them.
 */
export class AccessControl {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
  ) {
    cypher.get('auth/target-facts');
  }

  create(viewer: Viewer, label: Label): void {
    authorize(viewer, { kind: 'create', label });
  }

  administer(viewer: Viewer): void {
    authorize(viewer, { kind: 'administer' });
  }

  erase(viewer: Viewer, professionalId: string): void {
    authorize(viewer, { kind: 'erase', professionalId });
  }

  async change(viewer: Viewer, kind: 'update' | 'delete', id: string): Promise<void> {
    if (viewer.role === 'admin') return;
    const facts = await this.facts(viewer, [id]);
    const target = facts.get(id);
    if (target) authorize(viewer, { kind, target });
  }

  async link(
    viewer: Viewer,
    kind: 'connect' | 'disconnect',
    fromId: string,
    toId: string,
    grant: { type?: string; role?: string | null } = {},
  ): Promise<void> {
    if (viewer.role === 'admin') return;
    const facts = await this.facts(viewer, [fromId, toId]);
    const from = facts.get(fromId);
    const to = facts.get(toId);
    if (from && to) authorize(viewer, { kind, from, to, ...grant });
  }

  /** Editors of the unit's alliance may decide on membership requests (and administrators). */
  async mayDecideFor(viewer: Viewer, unitId: string): Promise<boolean> {
    if (viewer.role === 'admin') return true;
    if (viewer.role !== 'editor') return false;
    const unit = (await this.facts(viewer, [unitId])).get(unitId);
    return unit !== undefined && unit.alliances.some((a) => viewer.alliances.includes(a));
  }

  private async facts(viewer: Viewer, ids: string[]): Promise<Map<string, TargetFacts>> {
    if (viewer.role === 'anonymous') authorize(viewer, { kind: 'administer' });
    const rows = await this.db.read(this.cypher.get('auth/target-facts'), { ids });
    return new Map(
      rows.map((r) => [
        String(r.id),
        {
          id: String(r.id),
          label: r.label as Label,
          createdBy: (r.createdBy as string | null) ?? null,
          alliances: r.alliances as string[],
        },
      ]),
    );
  }
}
