import DataLoader from 'dataloader';
import { keyPrefixOf, redisScript, type RedisClient } from '../db/redis';
import { cacheLookups } from '../metrics';
import { isFresh, type CacheEntry } from './entry';
import type { NearCache } from './near-cache';
import { tenantTag } from './keys';

const tagKey = (tenantId: string, tag: string) => `tag:${tenantTag(tenantId)}:${tag}`;
/** A tag's generation: how many invalidations it has seen (a missing key is generation 0). */
export const generationKey = (tenantId: string, tag: string) => `gen:${tenantTag(tenantId)}:${tag}`;
/** Tag sets and generations outlive the longest entry (30 days); keys that expired meanwhile are harmless members. */
const TAG_TTL_MS = 31 * 86_400_000;
const lockKey = (key: string) => `lock:${key}`;

/** Releases a lock only if we still hold it (another holder may have taken over after expiry). */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * Stores an entry only if none of its tags was invalidated since the read that missed: KEYS[1] the
 * entry, then n generation keys, then n tag sets; ARGV: n, the entry's key as a tag member (without
 * the client's prefix), the value, its TTL, the tag TTL, then the n generations read.
 */
const SET_IF_CURRENT = `
local n = tonumber(ARGV[1])
for i = 1, n do
  if (redis.call('get', KEYS[1 + i]) or '0') ~= ARGV[5 + i] then return 0 end
end
redis.call('set', KEYS[1], ARGV[3], 'PX', ARGV[4])
for i = 1, n do
  redis.call('sadd', KEYS[1 + n + i], ARGV[2])
  redis.call('pexpire', KEYS[1 + n + i], ARGV[5])
end
return 1`;

/**
 * Moves the tags to their next generation and drops every key filed under them, atomically:
 * KEYS the n generation keys then the n tag sets; ARGV[1] the tag TTL. The members are stored
 * with the client's prefix left out, so ARGV[2] is that prefix. Returns how many keys went.
 */
const INVALIDATE = `
local n = #KEYS / 2
for i = 1, n do
  redis.call('incr', KEYS[i])
  redis.call('pexpire', KEYS[i], ARGV[1])
end
local members = redis.call('sunion', unpack(KEYS, n + 1))
for _, member in ipairs(members) do redis.call('del', ARGV[2] .. member) end
for i = n + 1, #KEYS do redis.call('del', KEYS[i]) end
return #members`;

/** The generations of an entry's tags, as read before computing it; null when Redis could not say. */
export type Generations = readonly string[] | null;

/**
 * The hot layer. Every method but `invalidate` swallows Redis failures (counted as errors): Redis
 * is a cache, so trouble there costs a bounded delay (the client's command timeout), never a
 * failed request.
 *
 * Fills race invalidations: a value computed from rows read just before a write commits must not
 * be stored after that write's invalidation. Each tag has a generation that every invalidation
 * moves on; a fill stores its entry only if its tags' generations are still those read before
 * computing (`setIfCurrent`), which also refuses a write that reaches Redis late (sent on a
 * connection that hung, say).
 */
export class RedisLayer {
  /** The reads of one tick (all tiles of a dashboard and their generations, say) become one MGET. */
  private readonly reads: DataLoader<string, string | null>;
  private readonly scripts;

  constructor(private readonly redis: RedisClient, readonly near?: NearCache, private readonly prefix = keyPrefixOf(redis)) {
    this.reads = new DataLoader((keys) => this.redis.mget(...keys), { cache: false });
    this.scripts = {
      setIfCurrent: redisScript(redis, 'cacheSetIfCurrent', SET_IF_CURRENT),
      invalidate: redisScript(redis, 'cacheInvalidate', INVALIDATE),
      release: redisScript(redis, 'cacheRelease', RELEASE),
    };
  }

  async get(cache: string, key: string): Promise<CacheEntry | null> {
    return (await this.getRaw(cache, key)).entry;
  }

  /**
   * The entry and the generations of its tags, in one MGET with the other reads of the tick; a
   * fresh hit is kept as this process's copy, unless one of the keys changed meanwhile.
   */
  async read(cache: string, tenantId: string, key: string, tags: readonly string[]): Promise<{ entry: CacheEntry | null; generations: Generations }> {
    const watching = this.near?.watch([key, ...tags.map((tag) => generationKey(tenantId, tag))]);
    if (watching) cacheLookups.inc({ cache, layer: 'near', result: 'miss' });
    const [{ entry, bytes }, generations] = await Promise.all([this.getRaw(cache, key), this.generations(tenantId, tags)]);
    if (watching) this.near!.keep(watching, isFresh(entry) && generations ? { entry, tags, generations } : null, bytes);
    return { entry, generations };
  }

  private async getRaw(cache: string, key: string): Promise<{ entry: CacheEntry | null; bytes: number }> {
    try {
      const raw = await this.reads.load(key);
      cacheLookups.inc({ cache, layer: 'redis', result: raw ? 'hit' : 'miss' });
      if (!raw) return { entry: null, bytes: 0 };
      const { data, computedAt, expiresAt } = JSON.parse(raw) as { data: unknown; computedAt: string; expiresAt: string };
      return { entry: { data, computedAt: new Date(computedAt), expiresAt: new Date(expiresAt) }, bytes: raw.length };
    } catch {
      cacheLookups.inc({ cache, layer: 'redis', result: 'error' });
      this.near?.flush(); // as for a failed invalidation
      return { entry: null, bytes: 0 };
    }
  }

  /** Read in the same tick as `get`, they travel in its MGET. */
  async generations(tenantId: string, tags: readonly string[]): Promise<Generations> {
    try {
      return await Promise.all(tags.map(async (tag) => (await this.reads.load(generationKey(tenantId, tag))) ?? '0'));
    } catch {
      return null;
    }
  }

  /**
   * Stores the entry for its remaining lifetime and files the key under its tags, unless a tag
   * moved past `generations` meanwhile. Resolves true when stored, false when refused, and null
   * when Redis could not be asked.
   */
  async setIfCurrent(
    tenantId: string, key: string, entry: CacheEntry, tags: readonly string[], generations: readonly string[], ttlMs: number,
  ): Promise<boolean | null> {
    const keys = [key, ...tags.map((tag) => generationKey(tenantId, tag)), ...tags.map((tag) => tagKey(tenantId, tag))];
    try {
      const stored = await this.scripts.setIfCurrent(
        keys, [tags.length, key, JSON.stringify(entry), Math.max(1, Math.round(ttlMs)), TAG_TTL_MS, ...generations],
      );
      return stored === 1;
    } catch {
      return null;
    }
  }

  /** Throws when Redis cannot be reached: an invalidation that did not happen must be retried. */
  async invalidate(tenantId: string, tags: readonly string[]): Promise<number> {
    if (tags.length === 0) return 0;
    const generations = tags.map((tag) => generationKey(tenantId, tag));
    // This instance's next read sees the invalidation at once, not when Redis's message about it
    // arrives: its copies go now (a read meanwhile asks Redis) and once Redis has answered (one
    // sent before the script may have kept the old values; see NearCache.watch).
    this.near?.invalidate(generations);
    try {
      return (await this.scripts.invalidate([...generations, ...tags.map((tag) => tagKey(tenantId, tag))], [TAG_TTL_MS, this.prefix])) as number;
    } catch (error) {
      // Other instances' invalidations may be failing too, and no message tells of those: this
      // instance's copies are not to be trusted until Redis answers again.
      this.near?.flush();
      throw error;
    } finally {
      this.near?.invalidate(generations);
    }
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
    await this.scripts.release([lockKey(key)], [token]).catch(() => undefined);
  }
}
