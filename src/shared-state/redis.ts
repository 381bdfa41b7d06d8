import { Redis, type RedisOptions } from 'ioredis';
import type { Logger } from '../logger.js';

/** Every key and channel of the service starts with this, so one Redis can serve other things too. */
export const PREFIX = 'brein:';

/**
 * The Redis connections of one process for one URL, opened on first use (a script that never
 * touches shared state opens none and can exit):
 * - `commands` answers at once or fails: with Redis away nothing queues behind it (no offline
 *   queue, a short command timeout), and each caller falls back to its in-process state;
 * - `subscriber` is in subscriber mode for live events and revocations; it queues its
 *   subscriptions until connected and subscribes again after a reconnect.
 */
export class RedisConnections {
  private commandClient: Redis | undefined;
  private subscriberClient: Redis | undefined;
  private readonly reconnectListeners = new Set<() => void>();
  private lastErrorLogged = 0;

  constructor(
    readonly url: string,
    private readonly logger: Logger,
  ) {}

  get commands(): Redis {
    this.commandClient ??= this.client('commands', {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      commandTimeout: 1_000,
    });
    return this.commandClient;
  }

  get subscriber(): Redis {
    if (!this.subscriberClient) {
      const subscriber = this.client('subscriber', { maxRetriesPerRequest: null });
      let connectedBefore = false;
      subscriber.on('ready', () => {
        // Messages published while this replica was away are lost: whoever listens starts over.
        if (connectedBefore) for (const listener of this.reconnectListeners) listener();
        connectedBefore = true;
      });
      this.subscriberClient = subscriber;
    }
    return this.subscriberClient;
  }

  /** Opens both connections now (the server does, so that /readyz reflects Redis from the start). */
  open(): void {
    void this.commands;
    void this.subscriber;
  }

  /** Both connections are up. */
  reachable(): boolean {
    return this.commandClient?.status === 'ready' && this.subscriberClient?.status === 'ready';
  }

  /** Resolves once the command connection is up; rejects after `timeoutMs`. */
  async ready(timeoutMs = 5_000): Promise<void> {
    const client = this.commands;
    if (client.status === 'ready') return;
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        client.off('ready', onReady);
        reject(new Error(`Redis at ${redacted(this.url)} did not answer within ${timeoutMs} ms`));
      }, timeoutMs);
      const onReady = () => {
        clearTimeout(timer);
        resolve();
      };
      client.once('ready', onReady);
    });
  }

  /** Called after the subscriber reconnects (messages may have been missed meanwhile). */
  onReconnect(listener: () => void): void {
    this.reconnectListeners.add(listener);
  }

  async close(): Promise<void> {
    const clients = [this.commandClient, this.subscriberClient].filter((c): c is Redis => !!c);
    this.commandClient = this.subscriberClient = undefined;
    await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
  }

  private client(role: string, options: RedisOptions): Redis {
    const client = new Redis(this.url, {
      connectionName: `brein-${role}`,
      connectTimeout: 2_000,
      // Try again every half second at most: a replica notices Redis is back within a second.
      retryStrategy: (times) => Math.min(times * 100, 500),
      ...options,
    });
    client.on('error', (error: Error) => {
      // Every reconnect attempt fails the same way while Redis is away: one line per ten seconds.
      if (Date.now() - this.lastErrorLogged < 10_000) return;
      this.lastErrorLogged = Date.now();
      this.logger.warn({ err: error, redis: redacted(this.url), role }, 'redis unreachable');
    });
    return client;
  }
}

/** The URL without its password, for logs. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'redis';
  }
}

const byUrl = new Map<string, RedisConnections>();

/** The connections of this process to `url`: one set per process, like the Neo4j driver. */
export function redisConnections(url: string, logger: Logger): RedisConnections {
  let connections = byUrl.get(url);
  if (!connections) {
    connections = new RedisConnections(url, logger);
    byUrl.set(url, connections);
  }
  return connections;
}

/** Closes every Redis connection of the process (at shutdown and at the end of a script). */
export async function closeRedisConnections(): Promise<void> {
  const all = [...byUrl.values()];
  byUrl.clear();
  await Promise.all(all.map((c) => c.close()));
}
