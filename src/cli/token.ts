import { parseArgs } from 'node:util';
import { mintToken } from '../auth/tokens.js';
import { loadConfig } from '../config.js';

/** npm run token -- --role admin --sub ID [--professional ID] [--alliances a,b] [--expires 8h] */
const { values } = parseArgs({
  options: {
    role: { type: 'string', default: 'member' },
    sub: { type: 'string' },
    professional: { type: 'string' },
    alliances: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
if (!values.sub) {
  process.stderr.write(
    'usage: npm run token -- --role member|editor|admin --sub ID [--professional ID] [--alliances a,b]\n',
  );
  process.exit(2);
}
if (!['member', 'editor', 'admin'].includes(values.role!)) {
  process.stderr.write('--role must be member, editor or admin\n');
  process.exit(2);
}
const token = await mintToken(loadConfig().auth, {
  sub: values.sub,
  role: values.role as 'member' | 'editor' | 'admin',
  professionalId: values.professional,
  alliances: values.alliances?.split(',').filter(Boolean),
  expiresIn: values.expires,
});
process.stdout.write(`${token}\n`);
