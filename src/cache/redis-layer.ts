import DataLoader from 'dataloader';
import type { Redis } from 'ioredis';
import { cacheLookups } from '../metrics';
import type { CacheEntry } from './entry';

const tagKey = (tenantId: string, tag: string) => `tag:${tenantId}:${tag}`;
/** Tag sets outlive the longest entry (30 days); keys that expired meanwhile are harmless members. */
const TAG_TTL_MS = 31 * 86_400_000;
const lockKey = (key: string) => `lock:${key}`;

/** Releases a lock only if we still hold it (another holder may have taken over after expiry). */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * The hot layer. Every method swallows Redis failures (counted as errors): Redis is a cache,
 * so trouble there costs a bounded delay (the client's command timeout), never a failed request.
 */
export class RedisLayer {
  /** The reads of one tick (all tiles of a dashboard, say) become one MGET. */
  private readonly reads: DataLoader<string, string | null>;

  constructor(private readonly redis: Redis) {
    this.reads = new DataLoader((keys) => this.redis.mget(...keys), { cache: false });
  }

  async get(cache: string, key: string): Promise<CacheEntry | null> {
    try {
      const raw = await this.reads.load(key);
      cacheLookups.inc({ cache, layer: 'redis', result: raw ? 'hit' : 'miss' });
      if (!raw) return null;
      const { data, computedAt, expiresAt } = JSON.parse(raw) as { data: unknown; computedAt: string; expiresAt: string };
      return { data, computedAt: new Date(computedAt), expiresAt: new Date(expiresAt) };
    } catch {
      cacheLookups.inc({ cache, layer: 'redis', result: 'error' });
      return null;
    }
  }

  /** Stores the entry for its remaining lifetime and files the key under its tags. */
  async set(tenantId: string, key: string, entry: CacheEntry, tags: readonly string[], ttlMs: number): Promise<void> {
    try {
      const multi = this.redis.multi().set(key, JSON.stringify(entry), 'PX', ttlMs);
      for (const tag of tags) multi.sadd(tagKey(tenantId, tag), key).pexpire(tagKey(tenantId, tag), TAG_TTL_MS);
      await multi.exec();
    } catch {
      // a write that did not happen is a future miss
    }
  }

  /** Drops every key filed under one of the tags; returns how many keys went. */
  /** Throws when Redis cannot be reached: an invalidation that did not happen must be retried. */
  async invalidate(tenantId: string, tags: readonly string[]): Promise<number> {
    const tagKeys = tags.map((tag) => tagKey(tenantId, tag));
    const members = await this.redis.sunion(...tagKeys);
    await this.redis.del(...members, ...tagKeys);
    return members.length;
  }

  async drop(key: string): Promise<void> {
    await this.redis.del(key).catch(() => undefined);
  }

  /**
   * Cross-process single flight: true if this process may compute `key`. When Redis is
   * unreachable every process computes (correct, just not shared).
   */
  async acquire(key: string, token: string, ttlMs: number): Promise<boolean> {
    try {
      return (await this.redis.set(lockKey(key), token, 'PX', ttlMs, 'NX')) === 'OK';
    } catch {
      return true;
    }
  }

  async release(key: string, token: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, lockKey(key), token).catch(() => undefined);
  }
}
