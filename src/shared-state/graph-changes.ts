import { randomUUID } from 'node:crypto';
import type { Database } from '../db/database.js';
import type { Logger } from '../logger.js';
import { PREFIX, type RedisConnections } from './redis.js';

const CHANNEL = `${PREFIX}graph:written`;

/** What a replica (or a script) tells the others: who wrote, and the bookmarks of its writes. */
interface Written {
  readonly from: string;
  readonly bookmarks: readonly string[];
}

/**
 * Writes told between replicas, so that no replica answers from what it kept before another
 * replica's write: after its write transactions (one message per turn of the event loop at most)
 * a replica publishes on Redis, with the bookmarks of its writes, and every other replica's graph
 * version moves (`Database.writtenElsewhere`): its kept answers, vocabulary and network metrics
 * are read anew, the kept answers with those bookmarks. A message that cannot be published is
 * logged and published again once Redis answers; until then the others use what they kept for
 * its maximum age at most. After a reconnect (messages may have been missed) the version moves
 * too, once the subscription is back.
 */
export function shareGraphChanges(redis: RedisConnections, db: Database, logger: Logger): void {
  const self = randomUUID();
  let pending = false;
  const announce = () => {
    if (pending) return;
    pending = true;
    setImmediate(() => {
      pending = false;
      void db
        .lastBookmarks()
        .then((bookmarks) => announceGraphWritten(redis, { from: self, bookmarks }))
        .catch((error: unknown) => {
          logger.warn({ err: error }, 'write not told to the other replicas: told again once Redis answers');
          redis.commands.once('ready', announce);
        });
    });
  };
  db.afterWrites(announce);
  const subscriber = redis.subscriber;
  subscriber.on('message', (channel: string, message: string) => {
    if (channel !== CHANNEL) return;
    const written = parse(message);
    if (written?.from === self) return;
    db.writtenElsewhere(written?.bookmarks ?? []);
  });
  const subscribe = () =>
    subscriber.subscribe(CHANNEL).then(
      () => db.writtenElsewhere(),
      () => db.writtenElsewhere(),
    );
  // ioredis subscribes again on its own after a reconnect; asking once more resolves when Redis
  // has confirmed it, and only from then on is no message missed.
  redis.onReconnect(() => {
    db.writtenElsewhere();
    void subscribe();
  });
  void subscribe();
}

function parse(message: string): Written | null {
  try {
    const value = JSON.parse(message) as Partial<Written>;
    return {
      from: String(value.from ?? ''),
      bookmarks: Array.isArray(value.bookmarks) ? value.bookmarks.map(String) : [],
    };
  } catch {
    return null;
  }
}

/** Tells every replica that the graph was written (by a replica, or by a script's import). */
export async function announceGraphWritten(
  redis: RedisConnections,
  written: Written = { from: 'script', bookmarks: [] },
): Promise<void> {
  await redis.ready();
  await redis.commands.publish(CHANNEL, JSON.stringify(written));
}
