import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { PREFIX } from './redis.js';

/** One request's take from a budget: granted, or the seconds to wait. */
export type Taken = { ok: true } | { ok: false; retryAfter: number };

/** A number of requests per minute per key. In-process budgets answer without a promise. */
export interface RequestBudget {
  /** Takes one request from the key's budget. */
  take(key: string): Taken | Promise<Taken>;
  /** Whether the key has a request left, without taking it. */
  has(key: string): boolean | Promise<boolean>;
}

/**
 * A budget that every replica takes from (rate-limiter-flexible on Redis): `perMinute` requests
 * per key in a fixed window of one minute, counted in Redis with one atomic script per request.
 * While Redis is away each replica counts on its own (the library's insurance limiter, same
 * budget), so clients are still limited, per replica, until Redis is back.
 */
export class SharedBudget implements RequestBudget {
  private readonly limiter: RateLimiterRedis;

  constructor(
    redis: Redis,
    name: string,
    private readonly perMinute: number,
  ) {
    this.limiter = new RateLimiterRedis({
      storeClient: redis,
      keyPrefix: `${PREFIX}rate:${name}`,
      points: perMinute,
      duration: 60,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory({ points: perMinute, duration: 60 }),
    });
  }

  async take(key: string): Promise<Taken> {
    try {
      await this.limiter.consume(key);
      return { ok: true };
    } catch (outcome) {
      if (outcome instanceof RateLimiterRes) {
        return { ok: false, retryAfter: Math.max(1, Math.ceil(outcome.msBeforeNext / 1000)) };
      }
      // Neither Redis nor the insurance answered: a limit must not take the service down.
      return { ok: true };
    }
  }

  async has(key: string): Promise<boolean> {
    try {
      const spent = await this.limiter.get(key);
      return !spent || spent.consumedPoints < this.perMinute;
    } catch {
      return true;
    }
  }
}
