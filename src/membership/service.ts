import { randomUUID } from 'node:crypto';
import type { AuditTrail } from '../audit/audit.js';
import type { AccessControl } from '../auth/access.js';
import { actorOf, type Viewer } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { AllianceRole } from '../domain/enums.js';
import { validateId } from '../entities/validation.js';
import { BadInput, Conflict, Forbidden, NotFound, Unauthenticated } from '../errors.js';

export interface MembershipRequestRow {
  readonly id: string;
  readonly professionalId: string;
  readonly unitId: string;
  readonly role: string;
  readonly status: 'PENDING' | 'APPROVED' | 'DECLINED';
  readonly note: string | null;
  readonly requestedAt: string;
  readonly decidedAt: string | null;
}

const MAX_NOTE = 500;

/**
 * Roles in a unit are requested, not taken: a request stays pending until the unit's current
 * coordinator or initiator, an editor of its alliance or an administrator approves or declines it.
 * An approval makes the MEMBER_OF tie with the role, since the day of the decision. Every step is
 * audited in its own transaction.
 */
export class MembershipService {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly access: AccessControl,
    private readonly audit: AuditTrail,
  ) {
    for (const name of ['request-facts', 'request', 'get', 'decide', 'list'])
      cypher.get(`membership/${name}`);
  }

  async request(
    viewer: Viewer,
    input: { unitId: string; role: string; note?: string | null; professionalId?: string | null },
  ): Promise<MembershipRequestRow> {
    if (viewer.role === 'anonymous') throw new Unauthenticated('sign in to request a membership');
    const unitId = validateId(input.unitId, 'unitId');
    if (!(AllianceRole as readonly string[]).includes(input.role)) {
      throw new BadInput('role', `'role' must be one of ${AllianceRole.join(', ')}`);
    }
    const forOther = input.professionalId && input.professionalId !== viewer.professionalId;
    if (forOther && !(await this.access.mayDecideFor(viewer, unitId))) {
      throw new Forbidden('only editors of the unit and administrators request for someone else');
    }
    const professionalId = validateId(input.professionalId ?? viewer.professionalId ?? '', 'professionalId');
    const note = checkNote(input.note);
    return this.db.writeTx(async (tx) => {
      const [facts] = await tx.run(this.cypher.get('membership/request-facts'), {
        professionalId,
        unitId,
        role: input.role,
        viewerId: viewer.professionalId,
        today: today(),
      });
      if (!facts?.person) throw new NotFound('Professional', professionalId);
      if (!facts.unitLabel) throw new NotFound('Alliance or Initiative', unitId);
      if (facts.pending) throw new Conflict(`a request for ${input.role} in '${unitId}' is already pending`);
      const id = `membership-request-${randomUUID()}`;
      const [row] = await tx.run(this.cypher.get('membership/request'), {
        id,
        professionalId,
        unitId,
        role: input.role,
        note,
        actor: viewer.subject,
      });
      await this.audit.record(tx, actorOf(viewer), {
        action: 'requestMembership',
        targetId: id,
        label: input.role,
        detail: unitId,
      });
      return row!.request as MembershipRequestRow;
    });
  }

  async decide(
    viewer: Viewer,
    input: { requestId: string; approve: boolean; note?: string | null },
  ): Promise<MembershipRequestRow> {
    if (viewer.role === 'anonymous') throw new Unauthenticated('sign in to decide on a membership');
    const id = validateId(input.requestId, 'requestId');
    const note = checkNote(input.note);
    const [found] = await this.db.read(this.cypher.get('membership/get'), { id });
    const request = found?.request as MembershipRequestRow | undefined;
    if (!request) throw new NotFound('MembershipRequest', id);
    const editor = await this.access.mayDecideFor(viewer, request.unitId);
    return this.db.writeTx(async (tx) => {
      const [facts] = await tx.run(this.cypher.get('membership/request-facts'), {
        professionalId: request.professionalId,
        unitId: request.unitId,
        role: request.role,
        viewerId: viewer.professionalId,
        today: today(),
      });
      const own = viewer.professionalId === request.professionalId;
      if (!editor && (own || !facts?.leads)) {
        throw new Forbidden(
          "only the unit's coordinator or initiator, an editor of its alliance or an administrator decides, never on their own request",
        );
      }
      const [row] = await tx.run(this.cypher.get('membership/decide'), {
        id,
        status: input.approve ? 'APPROVED' : 'DECLINED',
        note,
        actor: viewer.subject,
        today: today(),
      });
      if (!row) throw new Conflict(`request '${id}' was decided already`);
      await this.audit.record(tx, actorOf(viewer), {
        action: input.approve ? 'approveMembership' : 'declineMembership',
        targetId: id,
        label: request.role,
        detail: request.unitId,
      });
      return row.request as MembershipRequestRow;
    });
  }

  /** A unit's requests for those who decide on them; otherwise the viewer's own requests. */
  async list(
    viewer: Viewer,
    unitId: string | null | undefined,
    status: string | null | undefined,
  ): Promise<MembershipRequestRow[]> {
    if (viewer.role === 'anonymous') throw new Unauthenticated('sign in to see membership requests');
    const unit = unitId ? validateId(unitId, 'unitId') : null;
    let mine = viewer.professionalId;
    if (unit && (await this.access.mayDecideFor(viewer, unit))) mine = null;
    else if (unit && viewer.professionalId) {
      const [facts] = await this.db.read(this.cypher.get('membership/request-facts'), {
        professionalId: viewer.professionalId,
        unitId: unit,
        role: 'MEMBER',
        viewerId: viewer.professionalId,
        today: today(),
      });
      if (facts?.leads) mine = null;
    }
    if (mine === null && !unit && viewer.role !== 'admin') return [];
    const rows = await this.db.read(this.cypher.get('membership/list'), {
      unitId: unit,
      professionalId: mine,
      status: status ?? null,
    });
    return rows.map((r) => r.request as MembershipRequestRow);
  }
}

function checkNote(note: string | null | undefined): string | null {
  if (note === null || note === undefined) return null;
  const text = note.trim();
  if (text.length > MAX_NOTE) throw new BadInput('note', `'note' must be at most ${MAX_NOTE} characters`);
  return text.length > 0 ? text : null;
}

const today = () => new Date().toISOString().slice(0, 10);
