import type { Revocation, RevocationChannel, RevocationNotice } from '../auth/revocations.js';
import { PREFIX, type RedisConnections } from './redis.js';

const CHANNEL = `${PREFIX}auth:revoked`;

/**
 * Revocations through Redis pub/sub: an announcement reaches every replica's listeners within
 * milliseconds. A replica that was cut off from Redis may have missed some, so after each
 * reconnect its listeners are told to forget everything they cached.
 */
export class RedisRevocations implements RevocationChannel {
  private readonly listeners = new Set<(notice: RevocationNotice) => void>();
  private subscribed = false;

  constructor(private readonly redis: RedisConnections) {}

  async announce(revocation: Revocation): Promise<void> {
    this.tell(revocation);
    await this.redis.ready();
    await this.redis.commands.publish(CHANNEL, JSON.stringify(revocation));
  }

  /** Subscribes on the first listener: a process that caches nothing needs no subscription. */
  listen(listener: (notice: RevocationNotice) => void): void {
    this.listeners.add(listener);
    if (this.subscribed) return;
    this.subscribed = true;
    const subscriber = this.redis.subscriber;
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== CHANNEL) return;
      try {
        this.tell(JSON.parse(message) as Revocation);
      } catch {
        this.tell('all');
      }
    });
    this.redis.onReconnect(() => this.tell('all'));
    void subscriber.subscribe(CHANNEL).catch(() => this.tell('all'));
  }

  private tell(notice: RevocationNotice): void {
    for (const listener of this.listeners) listener(notice);
  }
}
