import { jest } from '@jest/globals';
import { KeptRead, type KeptReadPolicy } from '../../src/db/kept-read.js';

/** A read that counts how often it ran and answers with that count, when released. */
function counting() {
  let reads = 0;
  const pending: (() => void)[] = [];
  return {
    reads: () => reads,
    read: () =>
      new Promise<number>((resolve) => {
        reads += 1;
        const n = reads;
        pending.push(() => resolve(n));
      }),
    release: async () => {
      for (const done of pending.splice(0)) done();
      await Promise.resolve();
      await Promise.resolve();
    },
  };
}

let now = 1_000_000;
beforeEach(() => {
  now = 1_000_000;
  jest.spyOn(Date, 'now').mockImplementation(() => now);
});
afterEach(() => jest.restoreAllMocks());

/** A kept read of a counting read, its first answer read, and a write counter to move. */
async function started(policy: KeptReadPolicy) {
  const r = counting();
  const graph = { writes: 0 };
  const kept = new KeptRead(r.read, () => graph.writes, policy);
  const first = kept.get();
  await r.release();
  expect(await first).toBe(1);
  return { r, graph, kept };
}

const BACKGROUND: KeptReadPolicy = { freshMs: 30_000, maxAgeMs: 600_000, waitAfterWrites: false };
const WAITING: KeptReadPolicy = { freshMs: 0, maxAgeMs: 60_000, waitAfterWrites: true };

describe('a kept read', () => {
  it('reads once for requests at the same time, then keeps the answer while the graph is unchanged', async () => {
    const r = counting();
    const kept = new KeptRead(r.read, () => 0, BACKGROUND);
    const first = [kept.get(), kept.get(), kept.get()];
    await r.release();
    expect(await Promise.all(first)).toEqual([1, 1, 1]);
    now += 500_000;
    expect(await kept.get()).toBe(1);
    expect(r.reads()).toBe(1);
  });

  it('in the background: after a write and past freshMs, answers with the kept value and reads anew', async () => {
    const { r, graph, kept } = await started(BACKGROUND);
    graph.writes = 1;
    now += 10_000; // still fresh: kept, no read
    expect(await kept.get()).toBe(1);
    expect(r.reads()).toBe(1);
    now += 30_000;
    expect(await kept.get()).toBe(1); // stale: the kept answer, and a read under way
    expect(r.reads()).toBe(2);
    expect(await kept.get()).toBe(1); // the read under way is shared
    expect(r.reads()).toBe(2);
    await r.release();
    expect(await kept.get()).toBe(2);
  });

  it('waiting: after a write the next request gets the answer read anew', async () => {
    const { r, graph, kept } = await started(WAITING);
    graph.writes = 1;
    const next = kept.get();
    expect(next).toBeInstanceOf(Promise);
    await r.release();
    expect(await next).toBe(2);
    expect(await kept.get()).toBe(2);
    expect(r.reads()).toBe(2);
  });

  it('reads again after maxAgeMs without writes (writes through another replica), and after forget()', async () => {
    const { r, kept } = await started(WAITING);
    now += 60_000;
    expect(await kept.get()).toBe(1);
    await r.release();
    expect(await kept.get()).toBe(2);
    kept.forget();
    const again = kept.get();
    await r.release();
    expect(await again).toBe(3);
  });

  it('keeps nothing from a failed read: the next request reads again', async () => {
    let fail = true;
    const kept = new KeptRead(
      async () => {
        if (fail) throw new Error('away');
        return 7;
      },
      () => 0,
      BACKGROUND,
    );
    await expect(kept.get()).rejects.toThrow('away');
    fail = false;
    expect(await kept.get()).toBe(7);
  });
});

describe('a kept read and what happens meanwhile', () => {
  it('waiting: a read that started before the write is not taken for one after it', async () => {
    const { r, graph, kept } = await started(WAITING);
    now += 60_000; // old enough: a background read starts, before the write
    expect(await kept.get()).toBe(1);
    expect(r.reads()).toBe(1 + 1);
    graph.writes = 1; // the write lands while that read is under way
    const next = kept.get();
    await r.release(); // the read from before the write ends
    await r.release(); // and the one after it
    await r.release();
    expect(await next).toBe(3);
    expect(r.reads()).toBe(3);
  });

  it('waiting: when reading again fails, the kept answer serves', async () => {
    let fail = false;
    let n = 0;
    const graph = { writes: 0 };
    const kept = new KeptRead(
      async () => {
        if (fail) throw new Error('away');
        return (n += 1);
      },
      () => graph.writes,
      WAITING,
    );
    expect(await kept.get()).toBe(1);
    graph.writes = 1;
    fail = true;
    expect(await kept.get()).toBe(1);
    fail = false;
    expect(await kept.get()).toBe(2);
  });

  it('does not keep what a read under way at forget() brings', async () => {
    const { r, kept } = await started(BACKGROUND);
    now += 600_000;
    expect(await kept.get()).toBe(1); // a read (2) under way
    kept.forget();
    const after = kept.get(); // a read (3) of its own, not the one under way
    await r.release();
    expect(await after).toBe(3);
    expect(await kept.get()).toBe(3);
  });
});
