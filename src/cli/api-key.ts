import { readArgs, usageError } from './args.js';
import { issueApiKey, revokeApiKey } from '../auth/api-keys.js';
import { NotFound } from '../errors.js';
import { closeRedisConnections } from '../shared-state/redis.js';
import { withServices } from './with-services.js';

/**
 * npm run api-key -- --name NAME --role member|editor|admin [--alliances a,b] [--professional ID]
 * npm run api-key -- --revoke KEY_OR_ID: the key stops working at once on every replica that
 * shares REDIS_URL with this script (without Redis, on the server within a minute).
 */
const USAGE = `usage: npm run api-key -- --name NAME [--role member|editor|admin] [--alliances a,b] [--professional ID]
       npm run api-key -- --revoke KEY_OR_ID
Issues an API key (printed once; only its hash is stored) or revokes one. A revoked key stops at once
on every replica that shares REDIS_URL with this script (without Redis, within a minute).
  --name NAME         what the key is for (required when issuing)
  --role ROLE         member (default), editor or admin
  --alliances a,b     the alliances a member or editor key belongs to
  --professional ID   the professional the key speaks for
  --revoke KEY_OR_ID  revoke a key, given the key itself or its id`;

const { values } = readArgs(USAGE, {
  options: {
    name: { type: 'string' },
    role: { type: 'string', default: 'member' },
    alliances: { type: 'string' },
    professional: { type: 'string' },
    revoke: { type: 'string' },
  },
});
const name = values.name;
const revoke = values.revoke;
if (!revoke && !name) usageError(USAGE, '--name (or --revoke) is required');
if (!revoke && !['member', 'editor', 'admin'].includes(values.role!))
  usageError(USAGE, '--role must be member, editor or admin');
try {
  await withServices(
    async (services) => {
      if (revoke) {
        try {
          const revoked = await revokeApiKey(services.db, services.cypher, services.revocations, revoke);
          process.stdout.write(`revoked ${revoked.id} at ${revoked.revokedAt}\n`);
        } catch (error) {
          if (!(error instanceof NotFound)) throw error;
          process.stderr.write(`${error.message}\n`);
          process.exitCode = 1;
        }
        return;
      }
      const key = await issueApiKey(services.db, services.cypher, {
        name: name!,
        role: values.role as 'member' | 'editor' | 'admin',
        professionalId: values.professional ?? null,
        alliances: values.alliances?.split(',').filter(Boolean),
      });
      process.stdout.write(`${key}\n`);
    },
    { logLevel: 'warn' },
  );
} finally {
  await closeRedisConnections();
}
