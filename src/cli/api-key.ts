import { parseArgs } from 'node:util';
import { issueApiKey } from '../auth/api-keys.js';
import { connect, waitForDatabase } from '../bootstrap.js';
import { loadConfig } from '../config.js';
import { createLogger } from '../logger.js';

/** npm run api-key -- --name NAME --role member|editor|admin [--alliances a,b] [--professional ID] */
const { values } = parseArgs({
  options: {
    name: { type: 'string' },
    role: { type: 'string', default: 'member' },
    alliances: { type: 'string' },
    professional: { type: 'string' },
  },
});
if (!values.name || !['member', 'editor', 'admin'].includes(values.role!)) {
  process.stderr.write(
    'usage: npm run api-key -- --name NAME --role member|editor|admin [--alliances a,b]\n',
  );
  process.exit(2);
}
const config = loadConfig();
const logger = createLogger('warn');
const services = connect(config, logger);
try {
  await waitForDatabase(services, logger);
  const key = await issueApiKey(services.db, services.cypher, {
    name: values.name,
    role: values.role as 'member' | 'editor' | 'admin',
    professionalId: values.professional ?? null,
    alliances: values.alliances?.split(',').filter(Boolean),
  });
  process.stdout.write(`${key}\n`);
} finally {
  await services.db.close();
}
