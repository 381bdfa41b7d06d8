import { createSecretKey, hash, type KeyObject } from 'node:crypto';
import { createRemoteJWKSet, jwtVerify, type JWTPayload, type JWTVerifyGetKey } from 'jose';
import type { Config } from '../config.js';
import type { CypherLibrary } from '../db/cypher.js';
import type { Database } from '../db/database.js';
import { Unauthenticated } from '../errors.js';
import { LocalRevocations, type RevocationChannel, type RevocationNotice } from './revocations.js';
import { ANONYMOUS, ROLES, type Role, type Viewer } from './viewer.js';

const KEY_CACHE_MS = 60_000;
const MAX_CACHED = 10_000;
const BEARER = /^Bearer\s+(\S+)$/i;
/** A compact JWS: three base64url parts, without padding. */
const COMPACT_JWS = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * Whether every part of a compact JWS is canonical base64url: decoding and encoding again gives
 * the same text. Otherwise several spellings would verify as one token (unused trailing bits).
 */
function isCanonical(token: string): boolean {
  if (!COMPACT_JWS.test(token)) return false;
  return token.split('.').every((part) => Buffer.from(part, 'base64url').toString('base64url') === part);
}

const UNKNOWN_KEY = 'the API key is unknown or revoked';

export function hashApiKey(key: string): string {
  return hash('sha256', key);
}

/**
 * Turns request credentials into a viewer: a bearer JWT (shared secret or JWKS, verified with jose)
 * or an API key (`x-api-key`, looked up by its hash). No credentials: anonymous. Credentials that
 * do not verify: UNAUTHENTICATED, never a silent downgrade to anonymous. Verified credentials
 * are cached for at most a minute; a revocation (`revocations`, shared by every replica with
 * REDIS_URL) drops them from the cache at once.
 */
export class Authenticator {
  /** Imported once: jose would import a raw secret again on every verification. */
  private readonly secret: KeyObject | undefined;
  private readonly jwks: JWTVerifyGetKey | undefined;
  private readonly keyCache = new Map<string, { viewer: Viewer; until: number }>();
  /** Verified tokens, until they expire (at most a minute): verifying costs more than a lookup. */
  private readonly tokenCache = new Map<string, { viewer: Viewer; until: number }>();
  /** API keys found unknown, for a minute: guessing keys costs no database lookup each time. */
  private readonly unknownKeys = new Map<string, number>();
  private listening = false;
  /** Counts revocations: a lookup that a revocation overtook does not cache what it found. */
  private revisions = 0;

  constructor(
    private readonly config: Config['auth'],
    private readonly db: Database,
    private readonly cypher: CypherLibrary,
    private readonly revocations: RevocationChannel = new LocalRevocations(),
  ) {
    this.secret = config.jwtSecret ? createSecretKey(Buffer.from(config.jwtSecret, 'utf8')) : undefined;
    this.jwks = config.jwksUrl ? createRemoteJWKSet(new URL(config.jwksUrl)) : undefined;
    cypher.get('auth/api-key-by-hash');
  }

  /** Credentials seen within the last minute answer at once, without a promise. */
  viewerFor(headers: Headers): Viewer | Promise<Viewer> {
    const apiKey = headers.get('x-api-key');
    if (apiKey) return this.fromApiKey(apiKey);
    const authorization = headers.get('authorization');
    if (!authorization) return ANONYMOUS;
    const match = BEARER.exec(authorization);
    if (!match) throw new Unauthenticated('the Authorization header must be "Bearer <token>"');
    return this.fromToken(match[1]!);
  }

  private fromToken(token: string): Viewer | Promise<Viewer> {
    const cached = this.tokenCache.get(token);
    if (cached && cached.until > Date.now()) return cached.viewer;
    const revision = this.revisions;
    return this.verify(token).then(({ viewer, expiresAt }) => {
      this.listenForRevocations();
      if (revision !== this.revisions) return viewer;
      if (this.tokenCache.size >= MAX_CACHED) this.tokenCache.clear();
      this.tokenCache.set(token, { viewer, until: Math.min(expiresAt, Date.now() + KEY_CACHE_MS) });
      return viewer;
    });
  }

  /**
   * Verifies signature, issuer and audience (jose), and that the token expires (`exp` is
   * required) within the configured lifetime of its issue, and is written canonically.
   */
  private async verify(token: string): Promise<{ viewer: Viewer; expiresAt: number }> {
    if (!isCanonical(token)) throw new Unauthenticated('the bearer token is not a well-formed JWT');
    let payload: JWTPayload;
    try {
      const options = {
        issuer: this.config.issuer,
        audience: this.config.audience,
        requiredClaims: ['exp'],
      };
      if (this.jwks) payload = (await jwtVerify(token, this.jwks, options)).payload;
      else if (this.secret)
        payload = (await jwtVerify(token, this.secret, { ...options, algorithms: ['HS256'] })).payload;
      else throw new Unauthenticated('bearer tokens are not accepted by this server');
    } catch (error) {
      if (error instanceof Unauthenticated) throw error;
      throw new Unauthenticated('the bearer token is invalid or expired');
    }
    const expiresAt = payload.exp! * 1000;
    const issuedAt = typeof payload.iat === 'number' ? payload.iat * 1000 : Date.now();
    if (expiresAt - issuedAt > this.config.maxTokenLifetimeS * 1000) {
      throw new Unauthenticated(
        `the bearer token lives longer than this server accepts (${this.config.maxTokenLifetimeS} s): ask for a shorter one`,
      );
    }
    return { viewer: viewerFromClaims(payload), expiresAt };
  }

  private fromApiKey(key: string): Viewer | Promise<Viewer> {
    const keyHash = hashApiKey(key);
    const cached = this.keyCache.get(keyHash);
    if (cached && cached.until > Date.now()) return cached.viewer;
    if ((this.unknownKeys.get(keyHash) ?? 0) > Date.now()) throw new Unauthenticated(UNKNOWN_KEY);
    return this.lookUpApiKey(keyHash);
  }

  private async lookUpApiKey(keyHash: string): Promise<Viewer> {
    const revision = this.revisions;
    const rows = await this.db.read(this.cypher.get('auth/api-key-by-hash'), { hash: keyHash });
    const found = rows[0]?.key as Record<string, unknown> | undefined;
    if (!found) {
      if (this.unknownKeys.size >= MAX_CACHED) this.unknownKeys.clear();
      this.unknownKeys.set(keyHash, Date.now() + KEY_CACHE_MS);
      throw new Unauthenticated(UNKNOWN_KEY);
    }
    const viewer = viewerFromClaims({
      sub: String(found.subject ?? found.id),
      role: found.role,
      pid: found.professionalId,
      alliances: found.alliances,
    });
    this.listenForRevocations();
    if (revision !== this.revisions) return viewer;
    if (this.keyCache.size >= MAX_CACHED) this.keyCache.clear();
    this.keyCache.set(keyHash, { viewer, until: Date.now() + KEY_CACHE_MS });
    return viewer;
  }

  /** Listens from the first credential cached on: before that there is nothing to drop. */
  private listenForRevocations(): void {
    if (this.listening) return;
    this.listening = true;
    this.revocations.listen((notice) => this.forget(notice));
  }

  /** Drops revoked credentials from the caches: the next request with them is looked up again. */
  private forget(notice: RevocationNotice): void {
    this.revisions += 1;
    if (notice === 'all') {
      this.keyCache.clear();
      this.tokenCache.clear();
      return;
    }
    for (const hash of notice.keyHashes ?? []) this.keyCache.delete(hash);
    const subjects = new Set(notice.subjects ?? []);
    if (subjects.size === 0) return;
    for (const cache of [this.keyCache, this.tokenCache]) {
      for (const [key, { viewer }] of cache) {
        // A subject names credentials or the person they speak for (an erased person's keys).
        if (subjects.has(viewer.subject ?? '') || subjects.has(viewer.professionalId ?? ''))
          cache.delete(key);
      }
    }
  }
}

function viewerFromClaims(claims: JWTPayload): Viewer {
  const role = (claims.role ?? 'member') as Role;
  if (!claims.sub || !ROLES.includes(role) || role === 'anonymous') {
    throw new Unauthenticated('the credentials carry no valid subject or role');
  }
  const alliances = Array.isArray(claims.alliances) ? claims.alliances.map(String) : [];
  return Object.freeze({
    role,
    subject: claims.sub,
    professionalId: typeof claims.pid === 'string' ? claims.pid : null,
    alliances,
  });
}
