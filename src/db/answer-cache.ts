import { LRUCache } from 'lru-cache';
import type { Statement } from './cypher.js';
import { causality, type Database, type Params, type Row } from './database.js';

export interface AnswerCacheOptions {
  /** Answers kept at most (the least recently used go first); 0 keeps none. */
  readonly entries: number;
  /** An answer is used for this long at most (writes this service is not told of). */
  readonly maxAgeMs: number;
}

interface Kept {
  readonly rows: readonly Row[];
  /** The graph's version when the read began. */
  readonly version: number;
}

/**
 * The answers of the ranking reads (whoKnows, ask, suggestions): tens of milliseconds of database
 * work each, asked again and again (an alliance page's "who knows about ..." for every visitor),
 * while the graph changes seldom. An answer is kept under its statement's text and all its
 * parameters: the viewer's visibility, own id and exclusions are parameters, so two requests share
 * an answer only when the statement would give both the same rows. It is used while the graph has
 * not changed since its read began (`Database.version`: a write of this process, or one another
 * replica told of through Redis), and for `maxAgeMs` at most.
 * Only finished reads are shared: a request never waits in another client's admission queue.
 * Every request gets its own copy of the rows (callers complete them in place).
 *
 * Causal consistency: a request that brings bookmarks (it reads its own write, made through
 * another replica) is never answered from what was kept. A read after another replica's write
 * waits for that write's bookmarks, so that on a Neo4j cluster a secondary that has not caught up
 * gives no older answer to be kept as current.
 */
export class AnswerCache {
  private readonly kept: LRUCache<string, Kept> | null;
  hits = 0;
  misses = 0;

  constructor(
    private readonly graph: Pick<Database, 'version' | 'bookmarksElsewhere'>,
    options: AnswerCacheOptions,
  ) {
    this.kept =
      options.entries > 0
        ? new LRUCache<string, Kept>({ max: options.entries, ttl: options.maxAgeMs, updateAgeOnGet: false })
        : null;
  }

  /** The rows of `statement` with `params`: kept ones while the graph is unchanged, else `read()`'s. */
  async read(statement: Statement, params: Params, read: () => Promise<Row[]>): Promise<Row[]> {
    const kept = this.kept;
    if (!kept) return read();
    const key = `${statement.text}\u0000${JSON.stringify(params)}`;
    const version = this.graph.version;
    const request = causality.getStore();
    const found = request?.given.length ? undefined : kept.get(key);
    if (found && found.version === version) {
      this.hits += 1;
      return structuredClone(found.rows) as Row[];
    }
    this.misses += 1;
    const elsewhere = this.graph.bookmarksElsewhere;
    const rows =
      elsewhere.length === 0
        ? await read()
        : await causality.run({ given: [...(request?.given ?? []), ...elsewhere], last: [] }, read);
    // Kept only when no write came during the read (a newer answer may be kept by then).
    if (this.graph.version === version) kept.set(key, { rows: structuredClone(rows), version });
    return rows;
  }
}
