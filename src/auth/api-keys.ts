import { randomBytes, randomUUID } from 'node:crypto';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { NotFound } from '../errors.js';
import { hashApiKey } from './authenticate.js';
import type { RevocationChannel } from './revocations.js';
import type { Role } from './viewer.js';

export interface ApiKeyRequest {
  readonly name: string;
  readonly role: Exclude<Role, 'anonymous'>;
  readonly subject?: string;
  readonly professionalId?: string | null;
  readonly alliances?: readonly string[];
}

/** Issues an API key for a machine client; only its hash is stored, the key is returned once. */
export async function issueApiKey(
  db: Database,
  cypher: CypherLibrary,
  request: ApiKeyRequest,
): Promise<string> {
  const id = `key-${randomUUID()}`;
  const key = `brein_${randomBytes(24).toString('base64url')}`;
  await db.write(cypher.get('auth/create-api-key'), {
    id,
    hash: hashApiKey(key),
    role: request.role,
    subject: request.subject ?? id,
    professionalId: request.professionalId ?? null,
    alliances: [...(request.alliances ?? [])],
    name: request.name,
  });
  return key;
}

/**
 * Revokes an API key, named by its id (`key-…`) or by the key itself (`brein_…`), and announces
 * it: every process that cached the key (every replica, with REDIS_URL) drops it at once.
 */
export async function revokeApiKey(
  db: Database,
  cypher: CypherLibrary,
  revocations: RevocationChannel,
  idOrKey: string,
): Promise<{ id: string; revokedAt: string }> {
  const byKey = idOrKey.startsWith('brein_');
  const rows = await db.write(cypher.get('auth/revoke-api-key'), {
    id: byKey ? null : idOrKey,
    hash: byKey ? hashApiKey(idOrKey) : null,
  });
  const found = rows[0] as { id: string; hash: string; revokedAt: string } | undefined;
  if (!found) throw new NotFound('ApiKey', byKey ? '(the key given)' : idOrKey);
  await revocations.announce({ keyHashes: [found.hash] });
  return { id: found.id, revokedAt: found.revokedAt };
}
