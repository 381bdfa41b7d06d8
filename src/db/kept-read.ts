/** How long a kept answer is used, and whether a request waits for it to be read again. */
export interface KeptReadPolicy {
  /** Used as it is for this long, even after this process wrote to the graph. */
  readonly freshMs: number;
  /** Read again after this long at the latest (writes through other replicas). */
  readonly maxAgeMs: number;
  /**
   * After a write through this process (past freshMs): true, the request waits for the answer
   * read anew (it must reflect the write); false, it gets the kept one while the new one is read.
   */
  readonly waitAfterWrites: boolean;
}

/**
 * The answer of a read that many requests share and that changes only when the graph does (the
 * graph's vocabulary, the best-connected people): read once and kept. It is read again when this
 * process wrote to the graph since (`writes()` moved) and it is older than `freshMs`, and at the
 * latest after `maxAgeMs`; a request waits for that only after a write with `waitAfterWrites`,
 * else it gets the kept answer while the new one is read in the background. The first request
 * waits, and requests at the same time share one read.
 */
export class KeptRead<T> {
  private kept: { value: T; at: number; writes: number } | null = null;
  private loading: { promise: Promise<T>; writes: number } | null = null;
  /** Moved by forget(): a read started before it is not kept. */
  private generation = 0;

  constructor(
    private readonly read: () => Promise<T>,
    private readonly writes: () => number,
    private readonly policy: KeptReadPolicy,
  ) {}

  get(): Promise<T> | T {
    const kept = this.kept;
    if (!kept) return this.load();
    const age = Date.now() - kept.at;
    const unchanged = kept.writes === this.writes();
    if (age < this.policy.freshMs || (unchanged && age < this.policy.maxAgeMs)) return kept.value;
    // After a write the answer must reflect it; when it cannot be read, the kept one serves.
    if (!unchanged && this.policy.waitAfterWrites) return this.readSince().catch(() => kept.value);
    void this.load().catch(() => undefined);
    return kept.value;
  }

  /** Forgets the kept answer, so that the next request reads it anew (after an import, say). */
  forget(): void {
    this.generation += 1;
    this.kept = null;
    this.loading = null;
  }

  /**
   * A read that started after the writes seen now: one under way since before them is let finish
   * (it is not wasted: it is kept), then read again.
   */
  private readSince(): Promise<T> {
    const loading = this.loading;
    if (loading && loading.writes !== this.writes()) {
      // any read under way once it is done started after the writes seen here
      return loading.promise.then(
        () => this.load(),
        () => this.load(),
      );
    }
    return this.load();
  }

  private load(): Promise<T> {
    if (this.loading) return this.loading.promise;
    const writes = this.writes();
    const generation = this.generation;
    const promise: Promise<T> = this.read()
      .then((value) => {
        // a read under way when the answer was forgotten is not kept
        if (generation === this.generation) this.kept = { value, at: Date.now(), writes };
        return value;
      })
      .finally(() => {
        if (this.loading?.promise === promise) this.loading = null;
      });
    this.loading = { promise, writes };
    return promise;
  }
}
