import { setTimeout as sleep } from 'node:timers/promises';
import type { Statement } from './cypher.js';

/** How many statements are planned in the background at once; more wait their turn. */
const AT_ONCE = 2;
/** How many new shapes wait their turn at most; more are planned on a later request. */
const WAITING = 100;
/** How long after a new shape's first request its statement is planned. */
const PLAN_DELAY_MS = 250;
/** A moment without reads that counts as quiet: planning then competes with no client. */
const QUIET_MS = 40;
/** How long a planning waits for a quiet moment before it runs anyway. */
const QUIET_WAIT_MS = 1_000;
/** Statement texts remembered as planned; past this many the memory starts over. */
const REMEMBERED = 5_000;

/**
 * Which shaped statements Neo4j has planned, as far as this process knows. A single item or a
 * page read with the relation fields a query selects (entity/get-one, entity/list) has a
 * statement of that shape, new to Neo4j the first time a client asks in it; planning it costs far
 * more than running it (about 100-200 ms against 10-50 ms). Until it has run once, the caller
 * uses a fallback of fixed text (the warm-up plans it: the node or page alone, and its relation
 * fields through entity/related-of) and the shaped statement runs once in the background, a
 * moment later; from then on the caller gets it. Every read also goes through `once`, so that
 * copies of a new text sent at once are planned by the first of them only.
 *
 * While warming (the warm-up before ready), new shapes are answered by their fallbacks, so that
 * those are planned too, and every shaped statement is kept to be planned by `planDeferred`
 * rather than dropped when others are being planned.
 */
export class PlannedStatements {
  private known = new Set<string>();
  private readonly planning = new Map<string, Promise<void>>();
  /** New shapes waiting their turn to be planned, in the order they came. */
  private readonly waiting = new Map<string, { shaped: Statement; run: () => Promise<unknown> }>();
  /** First runs of texts under way: copies of the same new text wait for them (see once). */
  private readonly firstRuns = new Map<string, Promise<void>>();
  private closed = false;
  /** Texts of statements that complete fallbacks (see choose), kept when the memory starts over. */
  private readonly completing = new Set<string>();
  /** Reads under way (see once), and when the last one started or ended. */
  private inFlight = 0;
  private lastActive = 0;
  /** While warming: the shaped statements still to plan, by text. */
  private deferred: Map<string, () => Promise<unknown>> | null = null;

  constructor(private readonly onError: (error: unknown, statement: Statement) => void) {}

  /**
   * The shaped statement if it has run before; otherwise the fallback, while `run` (the shaped
   * statement with this request's parameters) plans it in the background.
   */
  choose(
    shaped: Statement,
    fallback: Statement,
    run: () => Promise<unknown>,
    /** Statements the caller completes the fallback's answer with: if not yet planned, the shaped one is used. */
    alsoNeeded: readonly Statement[] = [],
  ): Statement {
    if (shaped.text === fallback.text || this.known.has(shaped.text)) return shaped;
    if (this.deferred) {
      if (!this.deferred.has(shaped.text)) this.deferred.set(shaped.text, run);
      return fallback;
    }
    // Without a warm-up the statements completing a fallback (every relation field of a label)
    // are not planned either, and planning them costs more than planning the shape. The fallback
    // itself (a page or node alone) plans cheaply where its text is new (a filter of a new kind).
    for (const statement of alsoNeeded) this.completing.add(statement.text);
    if (!alsoNeeded.every((statement) => this.known.has(statement.text))) return shaped;
    if (!this.closed && !this.planning.has(shaped.text) && this.waiting.size < WAITING) {
      this.waiting.set(shaped.text, { shaped, run });
      this.next();
    }
    return fallback;
  }

  /** Starts planning the shapes waiting their turn, AT_ONCE at a time. */
  private next(): void {
    for (const [text, { shaped, run }] of this.waiting) {
      if (this.closed || this.planning.size >= AT_ONCE) return;
      this.waiting.delete(text);
      // A moment later: requests of the same new shape usually come together, and planning
      // (CPU on Neo4j's side) should not compete with the answers it is meant to spare.
      const planned = sleep(PLAN_DELAY_MS, undefined, { ref: false })
        .then(() => this.quiet())
        .then(() => (this.closed || this.known.has(text) ? undefined : run()))
        .then(
          () => this.remember(shaped),
          (error: unknown) => this.onError(error, shaped),
        );
      this.planning.set(
        text,
        planned.finally(() => {
          this.planning.delete(text);
          this.next();
        }),
      );
    }
  }

  /**
   * Runs `run` for a statement; while the statement's text is new (it has not run to the end in
   * this process), a second copy waits until the first has ended and then runs with the plan the
   * first left in Neo4j's cache. Requests that miss Neo4j's plan cache each take part in planning
   * the text: six copies of a new list statement at once took 410-480 ms each to plan on two
   * cores where one took 300 (EXPLAIN after db.clearQueryCaches). The cost is that a copy also
   * waits for the first one's execution, at most once per text.
   */
  async once<T>(statement: Statement, run: () => Promise<T>): Promise<T> {
    const text = statement.text;
    if (this.known.has(text)) return this.counted(run);
    const pending = this.firstRuns.get(text);
    if (pending) {
      await pending;
      return this.counted(run);
    }
    const result = this.counted(run);
    const ended = result.then(
      () => this.remember(statement),
      () => undefined,
    );
    this.firstRuns.set(
      text,
      ended.finally(() => this.firstRuns.delete(text)),
    );
    return result;
  }

  /** From now on, new shapes are kept for planDeferred instead of planned in the background. */
  warm(): void {
    this.deferred ??= new Map();
  }

  /**
   * Plans the shaped statements kept while warming, AT_ONCE at a time, until the deadline (epoch
   * ms); ends the warming. Resolves with how many were planned and how many were left.
   */
  async planDeferred(deadline: number): Promise<{ planned: number; left: number }> {
    const work = [...(this.deferred ?? new Map<string, () => Promise<unknown>>()).entries()];
    this.deferred = null;
    let next = 0;
    let planned = 0;
    const worker = async () => {
      while (!this.closed && next < work.length && Date.now() < deadline) {
        const [text, run] = work[next++]!;
        if (this.known.has(text)) continue;
        try {
          await run();
          this.remember({ name: 'deferred', text });
          planned += 1;
        } catch (error) {
          this.onError(error, { name: 'deferred', text });
        }
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    return { planned, left: work.length - next };
  }

  /** Whether a statement's text has run in this process (so Neo4j holds its plan). */
  has(statement: Statement): boolean {
    return this.known.has(statement.text);
  }

  /** Runs a read, keeping count of the reads under way. */
  private async counted<T>(run: () => Promise<T>): Promise<T> {
    this.inFlight += 1;
    this.lastActive = performance.now();
    try {
      return await run();
    } finally {
      this.inFlight -= 1;
      this.lastActive = performance.now();
    }
  }

  /**
   * Resolves at a quiet moment (no read under way for QUIET_MS), or after QUIET_WAIT_MS: planning
   * in the background takes Neo4j's CPU, which the requests under way need more.
   */
  private async quiet(): Promise<void> {
    const until = performance.now() + QUIET_WAIT_MS;
    while (!this.closed && performance.now() < until) {
      if (this.inFlight === 0 && performance.now() - this.lastActive >= QUIET_MS) return;
      await sleep(10, undefined, { ref: false });
    }
  }

  /** Notes that a statement has run (so Neo4j holds its plan). */
  remember(statement: Statement): void {
    // Starting over keeps the statements that complete fallbacks (one per label): only a fallback
    // runs them, so forgotten they would never be chosen again.
    if (this.known.size >= REMEMBERED) {
      this.known = new Set([...this.known].filter((text) => this.completing.has(text)));
    }
    this.known.add(statement.text);
  }

  /** Plans nothing more, and resolves when the planning under way has ended. */
  async close(): Promise<void> {
    this.closed = true;
    await this.settled();
  }

  /** Resolves when no statement is being planned in the background. */
  async settled(): Promise<void> {
    while (this.planning.size > 0) await Promise.all(this.planning.values());
  }
}
