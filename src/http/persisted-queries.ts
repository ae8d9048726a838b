import { ErrorsAreMissesCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { RedisClient } from '../db/redis';

/** Query texts are immutable per hash, so a long TTL is safe; unused ones age out. */
const TTL_SECONDS = 7 * 86_400;

/** Apollo's key-value cache interface over Redis, for automatic persisted queries (keys arrive as `apq:<hash>`). */
class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(private readonly redis: RedisClient) {}

  async get(key: string) {
    return (await this.redis.get(key)) ?? undefined;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }) {
    await this.redis.set(key, value, 'EX', options?.ttl ?? TTL_SECONDS);
  }

  async delete(key: string) {
    return (await this.redis.del(key)) > 0;
  }
}

/**
 * Persisted queries live in Redis, shared by every gateway instance. With Redis down a hash is
 * a miss: the client resends the full query, so nothing fails.
 */
export const persistedQueryCache = (redis: RedisClient): KeyValueCache<string> =>
  new ErrorsAreMissesCache(new RedisKeyValueCache(redis));
