import { readArgs, usageError } from './args.js';
import { mintToken } from '../auth/tokens.js';
import { loadConfig } from '../config.js';

/** npm run token -- --role admin --sub ID [--professional ID] [--alliances a,b] [--expires 8h] */
const USAGE = `usage: npm run token -- --sub ID [--role member|editor|admin] [--professional ID] [--alliances a,b] [--expires 8h]
Prints a signed bearer token (HS256 with AUTH_JWT_SECRET) for the given identity.
  --sub ID            the token's subject (required)
  --role ROLE         member (default), editor or admin
  --professional ID   the professional the token speaks for
  --alliances a,b     the alliances a member or editor belongs to
  --expires 8h        lifetime, at most AUTH_MAX_TOKEN_LIFETIME_S (default 8h)`;

const { values } = readArgs(USAGE, {
  options: {
    role: { type: 'string', default: 'member' },
    sub: { type: 'string' },
    professional: { type: 'string' },
    alliances: { type: 'string' },
    expires: { type: 'string', default: '8h' },
  },
});
if (!values.sub) usageError(USAGE, '--sub is required');
if (!['member', 'editor', 'admin'].includes(values.role!))
  usageError(USAGE, '--role must be member, editor or admin');
const token = await mintToken(loadConfig().auth, {
  sub: values.sub,
  role: values.role as 'member' | 'editor' | 'admin',
  professionalId: values.professional,
  alliances: values.alliances?.split(',').filter(Boolean),
  expiresIn: values.expires,
});
process.stdout.write(`${token}\n`);
