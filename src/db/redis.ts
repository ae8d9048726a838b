import { Redis } from 'ioredis';

/** How often the watchdog checks that Redis answers. */
const WATCH_EVERY_MS = 1_000;

/**
 * Redis is a cache and a bus, never the record: commands fail fast (timeout, no offline queue)
 * so a slow or stopped Redis costs a bounded delay, and the client keeps reconnecting in the
 * background so caching resumes on its own when Redis comes back.
 */
export function createRedis(url: string, options: { commandTimeoutMs: number; keyPrefix?: string }): Redis {
  const redis = new Redis(url, {
    keyPrefix: options.keyPrefix,
    commandTimeout: options.commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: true,
  });
  redis.on('error', () => undefined); // surfaced per command; the connection retries by itself
  watch(redis);
  return redis;
}

/**
 * A hung Redis (paused, or a host that stopped answering) keeps its connection open, so each
 * command would wait out its whole timeout, several per request. The watchdog pings once a
 * second while the client is ready; a ping that times out drops the connection, and until Redis
 * answers again (the reconnection's ready check) every command fails at once instead.
 */
function watch(redis: Redis) {
  const timer = setInterval(() => {
    if (redis.status !== 'ready') return;
    redis.ping().catch((error: Error) => {
      if (error.message === 'Command timed out' && redis.status === 'ready') redis.disconnect(true);
    });
  }, WATCH_EVERY_MS);
  timer.unref();
  redis.once('end', () => clearInterval(timer));
}
