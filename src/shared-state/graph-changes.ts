import { randomUUID } from 'node:crypto';
import type { AnswerCache } from '../db/answer-cache.js';
import type { Database } from '../db/database.js';
import { PREFIX, type RedisConnections } from './redis.js';

const CHANNEL = `${PREFIX}graph:written`;

/**
 * Writes told between replicas, so that no replica answers from what it kept before another
 * replica's write: after its write transactions (one message per turn of the event loop at most)
 * a replica publishes on Redis, and every other replica's answer cache keeps nothing older. After
 * a reconnect (messages may have been missed) the cache keeps nothing older either. When a message
 * cannot be published, the others use their answers for the cache's maximum age at most.
 */
export function shareGraphChanges(redis: RedisConnections, db: Database, answers: AnswerCache): void {
  const self = randomUUID();
  let pending = false;
  const announce = () => {
    if (pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      announceGraphWritten(redis, self).catch(() => undefined);
    });
  };
  db.afterWrites(announce);
  const subscriber = redis.subscriber;
  subscriber.on('message', (channel: string, message: string) => {
    if (channel === CHANNEL && message !== self) answers.changedElsewhere();
  });
  redis.onReconnect(() => answers.changedElsewhere());
  void subscriber.subscribe(CHANNEL).catch(() => answers.changedElsewhere());
}

/** Tells every replica that the graph was written (by `from`: a replica, or a script's import). */
export async function announceGraphWritten(redis: RedisConnections, from = 'script'): Promise<void> {
  await redis.ready();
  await redis.commands.publish(CHANNEL, from);
}
