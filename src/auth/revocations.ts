/** Credentials that must stop working now: API keys by their hash, and everything of a subject. */
export interface Revocation {
  readonly keyHashes?: readonly string[];
  readonly subjects?: readonly string[];
}

/** What a listener is told: a revocation, or that it may have missed some and must forget all. */
export type RevocationNotice = Revocation | 'all';

/**
 * Where revocations are announced and heard. In-process by default; with REDIS_URL every
 * replica hears every announcement (src/shared-state/revocations.ts).
 */
export interface RevocationChannel {
  /** Tells every listener, in this process at once. */
  announce(revocation: Revocation): Promise<void>;
  listen(listener: (notice: RevocationNotice) => void): void;
}

/** Revocations heard by this process only. */
export class LocalRevocations implements RevocationChannel {
  private readonly listeners = new Set<(notice: RevocationNotice) => void>();

  async announce(revocation: Revocation): Promise<void> {
    for (const listener of this.listeners) listener(revocation);
  }

  listen(listener: (notice: RevocationNotice) => void): void {
    this.listeners.add(listener);
  }
}
