import { AsyncLocalStorage } from 'node:async_hooks';
import { RateLimited } from '../errors.js';

interface Waiter {
  readonly grant: () => void;
  readonly timer: NodeJS.Timeout;
}

interface Compartment {
  active: number;
  readonly queue: Waiter[];
}

export interface BulkheadOptions {
  /** How many slots one client may hold at once. */
  readonly perClient: number;
  /** How long a client waits for one of its slots before RATE_LIMITED. */
  readonly queueMs: number;
  /** How many of one client's calls may wait at once; more are refused at once. */
  readonly maxQueued: number;
}

/** Runs a client's work in one of its slots, or refuses it with RATE_LIMITED. */
export interface Admission {
  run<T>(client: string, work: () => Promise<T>): Promise<T>;
}

/**
 * A bulkhead per client: each client (an address or a verified identity) holds at most
 * `perClient` slots of a shared resource at once. Over that, its calls wait briefly in a queue
 * of their own, first come first served, and then fail with RATE_LIMITED; other clients' calls
 * never wait behind them.
 */
export class Bulkhead implements Admission {
  private readonly compartments = new Map<string, Compartment>();

  constructor(private readonly options: BulkheadOptions) {}

  /** Runs `work` in one of the client's slots. */
  async run<T>(client: string, work: () => Promise<T>): Promise<T> {
    await this.acquire(client);
    try {
      return await work();
    } finally {
      this.release(client);
    }
  }

  /** The slots a client holds now (for tests and metrics). */
  active(client: string): number {
    return this.compartments.get(client)?.active ?? 0;
  }

  private acquire(client: string): Promise<void> | void {
    let compartment = this.compartments.get(client);
    if (!compartment) {
      compartment = { active: 0, queue: [] };
      this.compartments.set(client, compartment);
    }
    if (compartment.active < this.options.perClient) {
      compartment.active += 1;
      return;
    }
    const retryAfter = Math.max(1, Math.ceil(this.options.queueMs / 1000));
    if (compartment.queue.length >= this.options.maxQueued) {
      throw new RateLimited('too many requests at once from this client; slow down', retryAfter);
    }
    const queue = compartment.queue;
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        // The slot passes straight from the releasing call to this one: `active` stays the same.
        grant: () => {
          clearTimeout(waiter.timer);
          resolve();
        },
        timer: setTimeout(() => {
          queue.splice(queue.indexOf(waiter), 1);
          reject(new RateLimited('too many requests at once from this client; slow down', retryAfter));
        }, this.options.queueMs),
      };
      queue.push(waiter);
    });
  }

  private release(client: string): void {
    const compartment = this.compartments.get(client);
    if (!compartment) return;
    const next = compartment.queue.shift();
    if (next) {
      next.grant();
      return;
    }
    compartment.active -= 1;
    if (compartment.active === 0) this.compartments.delete(client);
  }
}

/**
 * The client on whose behalf the current code runs: set around each operation's execution, read
 * where Neo4j sessions are opened, so that every session counts against its client's share.
 */
export const currentClient = new AsyncLocalStorage<string>();
