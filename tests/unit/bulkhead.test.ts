import { Bulkhead } from '../../src/server/bulkhead.js';
import { RateLimited } from '../../src/errors.js';

const never = () => new Promise<void>(() => {});
const gate = () => {
  let open!: () => void;
  const promise = new Promise<void>((resolve) => (open = resolve));
  return { promise, open };
};

describe('Bulkhead', () => {
  it('holds a client to its slots, queues the next call and hands over the slot in order', async () => {
    const bulkhead = new Bulkhead({ perClient: 2, queueMs: 1_000, maxQueued: 5 });
    const first = gate();
    const order: string[] = [];
    const a = bulkhead.run('a', async () => {
      await first.promise;
      order.push('a1');
    });
    void bulkhead.run('a', never);
    const third = bulkhead.run('a', async () => void order.push('a3'));
    // Another client is not held up by a's queue.
    await bulkhead.run('b', async () => void order.push('b1'));
    expect(order).toEqual(['b1']);
    expect(bulkhead.active('a')).toBe(2);
    first.open();
    await a;
    await third;
    expect(order).toEqual(['b1', 'a1', 'a3']);
  });

  it('refuses a call that waited longer than the queue time, and a call over the queue length at once', async () => {
    const bulkhead = new Bulkhead({ perClient: 1, queueMs: 30, maxQueued: 1 });
    void bulkhead.run('a', never);
    const waiting = bulkhead.run('a', async () => 'late');
    await expect(bulkhead.run('a', async () => 'over')).rejects.toBeInstanceOf(RateLimited);
    const error = await waiting.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RateLimited);
    expect((error as RateLimited).extensions.http).toEqual({ status: 429, headers: { 'Retry-After': '1' } });
    expect(bulkhead.active('a')).toBe(1);
  });

  it('frees the slot when the work fails', async () => {
    const bulkhead = new Bulkhead({ perClient: 1, queueMs: 10, maxQueued: 1 });
    await expect(bulkhead.run('a', async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(bulkhead.active('a')).toBe(0);
    await expect(bulkhead.run('a', async () => 'ok')).resolves.toBe('ok');
  });
});
