import { Redis } from 'ioredis';

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
  return redis;
}
