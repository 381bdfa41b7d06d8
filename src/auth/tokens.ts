import { SignJWT } from 'jose';
import type { Config } from '../config.js';
import type { Role } from './viewer.js';

export interface TokenClaims {
  readonly sub: string;
  readonly role: Exclude<Role, 'anonymous'>;
  readonly professionalId?: string;
  readonly alliances?: readonly string[];
  readonly expiresIn?: string;
}

/** Mints an HS256 token with the configured secret (development and tests). */
export async function mintToken(config: Config['auth'], claims: TokenClaims): Promise<string> {
  if (!config.jwtSecret) throw new Error('AUTH_JWT_SECRET is not set: cannot mint tokens');
  return new SignJWT({
    role: claims.role,
    ...(claims.professionalId ? { pid: claims.professionalId } : {}),
    ...(claims.alliances?.length ? { alliances: [...claims.alliances] } : {}),
  })
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject(claims.sub)
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setIssuedAt()
    .setExpirationTime(claims.expiresIn ?? '8h')
    .sign(new TextEncoder().encode(config.jwtSecret));
}
