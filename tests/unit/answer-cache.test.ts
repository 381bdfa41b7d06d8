import { AnswerCache } from '../../src/db/answer-cache.js';
import type { Statement } from '../../src/db/cypher.js';
import { causality } from '../../src/db/database.js';

const statement = { name: 'recommend/who-knows', text: 'RETURN $x AS x' } as Statement;

/** The graph's version as the Database keeps it: this process's writes and those told by others. */
function graphOf() {
  return {
    version: 0,
    bookmarksElsewhere: [] as readonly string[],
    write() {
      this.version += 1;
    },
    writtenElsewhere(bookmarks: readonly string[] = []) {
      this.version += 1;
      if (bookmarks.length > 0) this.bookmarksElsewhere = bookmarks;
    },
  };
}

/** A cache over a counted read of rows that callers may change in place. */
function setUp(entries = 10, maxAgeMs = 60_000) {
  const graph = graphOf();
  let reads = 0;
  const cache = new AnswerCache(graph, { entries, maxAgeMs });
  const read = (x: number) =>
    cache.read(statement, { x }, async () => {
      reads += 1;
      return [{ x, node: { createdAt: 1, name: 'A' } }];
    });
  return { cache, graph, read, reads: () => reads };
}

describe('the answer cache of the rankings', () => {
  it('answers the same statement and parameters from what it kept, and others anew', async () => {
    const t = setUp();
    expect(await t.read(1)).toEqual([{ x: 1, node: { createdAt: 1, name: 'A' } }]);
    expect(await t.read(1)).toEqual([{ x: 1, node: { createdAt: 1, name: 'A' } }]);
    expect(t.reads()).toBe(1);
    await t.read(2);
    expect(t.reads()).toBe(2);
    expect([t.cache.hits, t.cache.misses]).toEqual([1, 2]);
  });

  it('gives every caller its own rows: a change in place does not reach the kept answer', async () => {
    const t = setUp();
    const first = await t.read(1);
    (first[0]!.node as Record<string, unknown>).createdAt = '1970-01-01T00:00:00.001Z';
    const second = await t.read(1);
    (second[0]!.node as Record<string, unknown>).name = 'changed';
    expect(await t.read(1)).toEqual([{ x: 1, node: { createdAt: 1, name: 'A' } }]);
    expect(t.reads()).toBe(1);
  });

  it('reads anew after a write of this process, after one announced by another replica, and when too old', async () => {
    const t = setUp(10, 200);
    await t.read(1);
    t.graph.write();
    await t.read(1);
    expect(t.reads()).toBe(2);
    t.graph.writtenElsewhere();
    await t.read(1);
    expect(t.reads()).toBe(3);
    await t.read(1);
    expect(t.reads()).toBe(3);
    await new Promise((resolve) => setTimeout(resolve, 250));
    await t.read(1);
    expect(t.reads()).toBe(4);
  });

  it('does not keep an answer whose read a write overtook', async () => {
    const graph = graphOf();
    let reads = 0;
    const cache = new AnswerCache(graph, { entries: 10, maxAgeMs: 60_000 });
    const read = () =>
      cache.read(statement, { x: 1 }, async () => {
        reads += 1;
        // a write commits while the read is under way
        if (reads === 1) graph.write();
        return [{ reads }];
      });
    expect(await read()).toEqual([{ reads: 1 }]);
    expect(await read()).toEqual([{ reads: 2 }]);
    expect(await read()).toEqual([{ reads: 2 }]);
  });

  it("answers a request that brings bookmarks anew, and reads after another replica's write with its bookmarks", async () => {
    const t = setUp();
    await t.read(1);
    await causality.run({ given: ['bookmark-of-my-write'], last: [] }, () => t.read(1));
    expect(t.reads()).toBe(2);
    const graph = graphOf();
    const seen: (readonly string[] | undefined)[] = [];
    const cache = new AnswerCache(graph, { entries: 10, maxAgeMs: 60_000 });
    const read = () =>
      cache.read(statement, { x: 1 }, async () => {
        seen.push(causality.getStore()?.given);
        return [];
      });
    await read();
    graph.writtenElsewhere(['bookmark-of-b']);
    await read();
    await causality.run({ given: ['mine'], last: [] }, read);
    expect(seen).toEqual([undefined, ['bookmark-of-b'], ['mine', 'bookmark-of-b']]);
  });

  it('keeps nothing with no entries, and drops the least recently used beyond them', async () => {
    const none = setUp(0);
    await none.read(1);
    await none.read(1);
    expect(none.reads()).toBe(2);
    expect([none.cache.hits, none.cache.misses]).toEqual([0, 0]);
    const two = setUp(2);
    await two.read(1);
    await two.read(2);
    await two.read(1);
    await two.read(3); // 2 is the least recently used
    await two.read(1);
    expect(two.reads()).toBe(3);
    await two.read(2);
    expect(two.reads()).toBe(4);
  });
});
