import { createRedisEventTarget } from '@graphql-yoga/redis-event-target';
import type { PubSubEvent, PubSubEventTarget } from 'graphql-yoga';
import type { Redis } from 'ioredis';
import type { LiveEvents } from '../live/service.js';
import type { Logger } from '../logger.js';
import { PREFIX, type RedisConnections } from './redis.js';

type LiveEvent = PubSubEvent<LiveEvents, keyof LiveEvents>;
type Listener = ((event: LiveEvent) => void) | { handleEvent(event: LiveEvent): void } | null;

/**
 * The event target of the live pub/sub across replicas (graphql-yoga's Redis event target): an
 * event published on one replica reaches the subscribers of every replica, through the Redis
 * channel `brein:live:<topic>`. The Redis target is made on first use, so a process that never
 * subscribes or publishes opens no connection. Publishing while Redis is away loses the event
 * (logged); subscribers keep their streams and receive events again once it is back.
 */
export class RedisLiveEvents extends EventTarget implements PubSubEventTarget<LiveEvents> {
  private target: PubSubEventTarget<LiveEvents> | undefined;

  constructor(
    private readonly redis: RedisConnections,
    private readonly logger: Logger,
  ) {
    super();
  }

  override addEventListener(type: string, callback: Listener): void {
    this.open().addEventListener(channel(type), callback);
  }

  override removeEventListener(type: string, callback: Listener): void {
    this.open().removeEventListener(channel(type), callback);
  }

  override dispatchEvent(event: LiveEvent): boolean {
    // The Redis target reads only the type and the detail of what it publishes.
    return this.open().dispatchEvent({ type: channel(event.type), detail: event.detail } as LiveEvent);
  }

  private open(): PubSubEventTarget<LiveEvents> {
    if (!this.target) {
      const commands = () => this.redis.commands;
      const publisher = {
        publish: (name: string, message: string) =>
          commands()
            .publish(name, message)
            .catch((error: unknown) => {
              this.logger.warn({ err: error, channel: name }, 'live event not published: Redis unreachable');
              return 0;
            }),
      };
      this.target = createRedisEventTarget<LiveEvent>({
        // Only `publish` is used of the publishing client; it must never reject unhandled.
        publishClient: publisher as unknown as Redis,
        subscribeClient: this.redis.subscriber,
      });
    }
    return this.target;
  }
}

function channel(topic: string): string {
  return `${PREFIX}live:${topic}`;
}
