import { ErrorsAreMissesCache, InMemoryLRUCache, type KeyValueCache } from '@apollo/utils.keyvaluecache';
import type { RedisClient } from '../db/redis';

/** Query texts kept in this process at most (by size: a text counts its length). */
const LOCAL_BYTES = 16 * 1024 * 1024;

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
 * A query text is the same for a hash forever, so what one instance has read from Redis it keeps
 * (bounded, least recently used first): a hot persisted query costs no round trip.
 */
class LocalFirstCache implements KeyValueCache<string> {
  private readonly local = new InMemoryLRUCache<string>({ maxSize: LOCAL_BYTES, sizeCalculation: (text) => text.length || 1 });

  constructor(private readonly shared: KeyValueCache<string>) {}

  async get(key: string) {
    const known = await this.local.get(key);
    if (known !== undefined) return known;
    const text = await this.shared.get(key);
    if (text !== undefined) await this.local.set(key, text);
    return text;
  }

  async set(key: string, value: string, options?: { ttl?: number | null }) {
    await Promise.all([this.local.set(key, value), this.shared.set(key, value, options)]);
  }

  async delete(key: string) {
    await this.local.delete(key);
    return this.shared.delete(key);
  }
}

/**
 * Persisted queries live in Redis, shared by every gateway instance, and in each instance once
 * seen. With Redis down an unseen hash is a miss: the client resends the full query, so nothing
 * fails.
 */
export const persistedQueryCache = (redis: RedisClient): KeyValueCache<string> =>
  new LocalFirstCache(new ErrorsAreMissesCache(new RedisKeyValueCache(redis)));
