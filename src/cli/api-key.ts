import { parseArgs } from 'node:util';
import { issueApiKey } from '../auth/api-keys.js';
import { withServices } from './with-services.js';

/** npm run api-key -- --name NAME --role member|editor|admin [--alliances a,b] [--professional ID] */
const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    role: { type: 'string', default: 'member' },
    alliances: { type: 'string' },
    professional: { type: 'string' },
  },
});
const name = values.name;
if (!name || !['member', 'editor', 'admin'].includes(values.role!)) {
  process.stderr.write(
    'usage: npm run api-key -- --name NAME --role member|editor|admin [--alliances a,b]\n',
  );
  process.exit(2);
}
await withServices(
  async (services) => {
    const key = await issueApiKey(services.db, services.cypher, {
      name,
      role: values.role as 'member' | 'editor' | 'admin',
      professionalId: values.professional ?? null,
      alliances: values.alliances?.split(',').filter(Boolean),
    });
    process.stdout.write(`${key}\n`);
  },
  { logLevel: 'warn' },
);
