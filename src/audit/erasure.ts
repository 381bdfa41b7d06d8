import type { RevocationChannel } from '../auth/revocations.js';
import { createHmac } from 'node:crypto';
import type { Actor } from '../auth/viewer.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { validateId } from '../entities/validation.js';
import { NotFound } from '../errors.js';
import type { AuditTrail } from './audit.js';

export interface ErasureReport {
  readonly keptInsights: number;
  readonly keptBottlenecks: number;
}

/**
 * Erasure on request (GDPR art. 17), in one transaction:
 * - the person node goes, with every relationship (ties, memberships, expertise, contributions);
 * - insights and bottlenecks they wrote or raised stay as the alliances' memory, without author;
 * - their ids in createdBy/updatedBy and in the audit trail become a keyed hash (a pseudonym that
 *   lets an administrator match later entries of the same erasure, but not recover the person);
 * - their API keys are deleted;
 * - one audit entry records the erasure, naming the pseudonym only.
 */
export class Erasure {
  constructor(
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly audit: AuditTrail,
    private readonly salt: string,
    /** Where the erased person's API keys are announced revoked, to every replica. */
    private readonly revocations?: RevocationChannel,
  ) {
    for (const name of [
      'delete-person',
      'forget-authorship',
      'pseudonymise-audit',
      'revoke-person-keys',
      'delete-membership-requests',
    ]) {
      cypher.get(`privacy/${name}`);
    }
  }

  pseudonym(id: string): string {
    return `erased-${createHmac('sha256', this.salt).update(id).digest('hex').slice(0, 16)}`;
  }

  async erasePerson(
    professionalId: string,
    subjects: readonly string[],
    actor: Actor,
  ): Promise<ErasureReport> {
    const id = validateId(professionalId);
    const all = [...new Set([id, ...subjects])];
    const pseudonym = this.pseudonym(id);
    const report = await this.db.writeTx(async (tx) => {
      const rows = await tx.run(this.cypher.get('privacy/delete-person'), { id });
      if (rows.length === 0) throw new NotFound('Professional', id);
      await tx.run(this.cypher.get('privacy/forget-authorship'), { subjects: all, pseudonym });
      await tx.run(this.cypher.get('privacy/pseudonymise-audit'), { subjects: all, pseudonym });
      await tx.run(this.cypher.get('privacy/revoke-person-keys'), { id, subjects: all });
      await tx.run(this.cypher.get('privacy/delete-membership-requests'), { id });
      const self = actor.subject !== null && all.includes(actor.subject);
      await this.audit.record(tx, self ? { ...actor, subject: pseudonym } : actor, {
        action: 'erasePerson',
        targetId: pseudonym,
        label: 'Professional',
      });
      return {
        keptInsights: Number(rows[0]!.keptInsights),
        keptBottlenecks: Number(rows[0]!.keptBottlenecks),
      };
    });
    // After the commit: no replica keeps accepting the person's keys from its cache.
    await this.revocations?.announce({ subjects: all });
    return report;
  }
}
