import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';
import { RateLimited } from '../errors.js';
import { Bulkhead, type Admission, type BulkheadOptions } from '../server/bulkhead.js';
import { PREFIX } from './redis.js';

/**
 * Takes a slot when fewer than ARGV[1] live ones are held: a sorted set per client of slot ids
 * scored by when each expires (Redis's own clock, so replicas' clocks do not matter). Slots of a
 * replica that died while holding them expire on their own after ARGV[2] ms.
 */
const ACQUIRE = `
local now = redis.call('TIME')
local ms = tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ms)
if redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[1]) then return 0 end
redis.call('ZADD', KEYS[1], ms + tonumber(ARGV[2]), ARGV[3])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return 1`;

/** How often a waiting call looks again for a slot freed by another replica. */
const POLL_MS = 50;

export interface SharedBulkheadOptions extends BulkheadOptions {
  /** What the slots are of, in the key (`ops`). */
  readonly name: string;
  /** How long a slot lives at most: longer than any operation may run. */
  readonly slotTtlMs: number;
}

/**
 * The per-client bulkhead across every replica: a client holds at most `perClient` slots at once
 * wherever its requests land. Over that, a call waits up to `queueMs`, woken when a slot of the
 * same client is freed on this replica and looking again every 50 ms for one freed elsewhere
 * (so order among waiters is first come first served only roughly), then fails with
 * RATE_LIMITED. While Redis is away, each replica holds each client to `perClient` on its own.
 */
export class SharedBulkhead implements Admission {
  private readonly local: Bulkhead;
  /** Calls of each client waiting for a slot, and how to wake them. */
  private readonly queued = new Map<string, number>();
  private readonly wakers = new Map<string, (() => void)[]>();

  constructor(
    private readonly redis: Redis,
    private readonly options: SharedBulkheadOptions,
  ) {
    this.local = new Bulkhead(options);
  }

  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    const slot = await this.acquire(client);
    if (slot === null) return this.local.run(client, work);
    try {
      return await work();
    } finally {
      void this.release(client, slot);
    }
  }

  /** A slot id, or null when Redis did not answer. */
  private async acquire(client: string): Promise<string | null> {
    const slot = randomUUID();
    const deadline = Date.now() + this.options.queueMs;
    const retryAfter = Math.max(1, Math.ceil(this.options.queueMs / 1000));
    const refused = () =>
      new RateLimited('too many requests at once from this client; slow down', retryAfter);
    let queued = false;
    try {
      for (;;) {
        let granted: unknown;
        try {
          granted = await this.redis.eval(
            ACQUIRE,
            1,
            `${PREFIX}${this.options.name}:${client}`,
            this.options.perClient,
            this.options.slotTtlMs,
            slot,
          );
        } catch {
          return null;
        }
        if (granted === 1) return slot;
        if (!queued) {
          const ahead = this.queued.get(client) ?? 0;
          if (ahead >= this.options.maxQueued) throw refused();
          this.queued.set(client, ahead + 1);
          queued = true;
        }
        const left = deadline - Date.now();
        if (left <= 0) throw refused();
        await this.freedOrAfter(client, Math.min(POLL_MS, left));
      }
    } finally {
      if (queued) {
        const left = (this.queued.get(client) ?? 1) - 1;
        if (left > 0) this.queued.set(client, left);
        else {
          this.queued.delete(client);
          this.wakers.delete(client);
        }
      }
    }
  }

  private async release(client: string, slot: string): Promise<void> {
    try {
      await this.redis.zrem(`${PREFIX}${this.options.name}:${client}`, slot);
    } catch {
      // Redis away: the slot expires on its own.
    }
    this.wakers.get(client)?.shift()?.();
  }

  /** Resolves when this replica frees a slot of the client, or after `ms`. */
  private freedOrAfter(client: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const queue = this.wakers.get(client) ?? [];
      this.wakers.set(client, queue);
      const wake = () => {
        clearTimeout(timer);
        const at = queue.indexOf(wake);
        if (at >= 0) queue.splice(at, 1);
        resolve();
      };
      const timer = setTimeout(wake, ms);
      queue.push(wake);
    });
  }
}
