import { randomBytes, randomUUID } from 'node:crypto';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { hashApiKey } from './authenticate.js';
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
