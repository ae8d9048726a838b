import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheComputeSeconds, cacheLookups, countNearHit } from '../metrics';
import { CACHE_COLLECTIONS, isFresh, jitteredTtlMs, type CacheEntry, type CacheSource, type CacheTarget } from './entry';
import type { MongoLayer } from './mongo-layer';
import type { NearCache } from './near-cache';
import type { Generations, RedisLayer } from './redis-layer';

export interface CachedValue {
  entry: CacheEntry;
  source: CacheSource;
  /**
   * The entry's tags and their generations when it was read (or, for a fill, when the read that
   * missed began): the value stays current while they do. Null when Redis could not say.
   */
  observed: { tags: readonly string[]; generations: readonly string[] } | null;
}

/**
 * The value at once, without a round trip or a promise, while this process holds a copy of it
 * that Redis has told it of no change to since it was read (NearCache); null: `read` it.
 */
export function nearValue(near: NearCache | undefined, cache: string, key: string): CachedValue | null {
  const hit = near?.get(key);
  if (!hit) return null;
  countNearHit(cache);
  return { entry: hit.entry, source: 'REDIS', observed: { tags: hit.tags, generations: hit.generations } };
}

/** Misses in flight in this process, by key and generations: concurrent requests share one fill. */
const inFlight = new Map<string, Promise<CachedValue>>();

export interface ReadThroughOptions {
  /** How long a process waits for another one's computation before computing itself. */
  lockTimeoutMs: number;
  pollMs: number;
}

/**
 * Every entry is also filed under a tag of its own, so dropping one entry (refreshDashboard,
 * invalidateReport) moves a generation on too, like any invalidation.
 */
const tagsOf = (target: CacheTarget) => [...target.tags, `entry:${target.key}`];

/**
 * Redis → MongoDB → compute, writing back what a faster layer lacked. One computation per key
 * at a time: in-process through `inFlight`, across processes through a Redis lock whose losers
 * poll for the winner's result (bounded by `lockTimeoutMs`).
 *
 * Fills race invalidations: a value computed from rows read just before a write commits must not
 * be kept after that write's invalidation. Every tag has a generation (RedisLayer), read in the
 * same MGET as the entry, that each invalidation moves on first. A fill stores in MongoDB with the
 * generations it read, and in Redis only if they still hold (one script); a MongoDB entry whose
 * generations are not the current ones is a miss. Whichever way a fill and an invalidation
 * interleave, nothing computed before a write is served after its invalidation. While Redis
 * cannot say, nothing new is stored and MongoDB's entries serve as they are (invalidations still
 * delete them there, and fail so that the outbox relay retries the Redis part).
 */
export class ReadThroughCache {
  constructor(
    private readonly tenantId: string,
    private readonly redis: RedisLayer,
    private readonly mongo: MongoLayer,
    private readonly options: ReadThroughOptions = { lockTimeoutMs: 10_000, pollMs: 20 },
  ) {}

  async read(target: CacheTarget): Promise<CachedValue> {
    const near = nearValue(this.redis.near, target.cache, target.key);
    if (near) return near;
    const tags = tagsOf(target);
    const { entry: hot, generations } = await this.redis.read(target.cache, this.tenantId, target.key, tags);
    if (isFresh(hot)) return { entry: hot, source: 'REDIS', observed: observed(tags, generations) };
    // A fill that began before an invalidation this read has seen is not this read's answer.
    const flight = `${target.key}\n${generations?.join(',') ?? '?'}`;
    let fill = inFlight.get(flight);
    if (!fill) {
      fill = this.fill(target, tags, generations).finally(() => inFlight.delete(flight));
      inFlight.set(flight, fill);
    }
    return fill;
  }

  /** Drops the entry from both layers (its own tag's invalidation). */
  async drop(target: CacheTarget): Promise<void> {
    await this.invalidate([`entry:${target.key}`]);
  }

  /** Drops the entry, then reads it again: a fresh computation. */
  async refresh(target: CacheTarget): Promise<CachedValue> {
    await this.drop(target);
    return this.read(target);
  }

  /**
   * Drops every entry computed from these tags: Redis first (the generations move on), MongoDB
   * as well even when Redis cannot be reached; throws if either failed, so the caller retries.
   */
  async invalidate(tags: readonly string[]): Promise<void> {
    const outcomes = await Promise.allSettled([
      this.redis.invalidate(this.tenantId, tags),
      ...CACHE_COLLECTIONS.map((collection) => this.mongo.invalidate(collection, tags)),
    ]);
    const failed = outcomes.find((outcome) => outcome.status === 'rejected');
    if (failed) throw (failed as PromiseRejectedResult).reason;
  }

  private async fill(target: CacheTarget, tags: readonly string[], generations: Generations): Promise<CachedValue> {
    const stored = await this.mongo.get(target).catch(() => {
      cacheLookups.inc({ cache: target.cache, layer: 'mongo', result: 'error' });
      return null;
    });
    if (stored && (!generations || tags.every((tag, i) => stored.generations[tag] === generations[i]))) {
      if (generations) {
        await this.redis.setIfCurrent(this.tenantId, target.key, stored.entry, tags, generations, stored.entry.expiresAt.getTime() - Date.now());
      }
      return { entry: stored.entry, source: 'MONGO', observed: observed(tags, generations) };
    }
    return this.computeOnce(target, tags, generations);
  }

  private async computeOnce(target: CacheTarget, tags: readonly string[], generations: Generations): Promise<CachedValue> {
    const token = randomUUID();
    const giveUpAt = Date.now() + this.options.lockTimeoutMs;
    while (!(await this.redis.acquire(target.key, token, this.options.lockTimeoutMs))) {
      if (Date.now() >= giveUpAt) break; // the other process is stuck or gone: compute here
      await sleep(this.options.pollMs);
      const ready = await this.redis.get(target.cache, target.key);
      if (isFresh(ready)) return { entry: ready, source: 'REDIS', observed: observed(tags, generations) };
    }
    try {
      // The previous holder may have finished between our miss and our lock.
      const ready = await this.redis.get(target.cache, target.key);
      if (isFresh(ready)) return { entry: ready, source: 'REDIS', observed: observed(tags, generations) };
      const stop = cacheComputeSeconds.startTimer({ cache: target.cache });
      const data = await target.compute();
      stop();
      const ttlMs = jitteredTtlMs(target.ttlSeconds);
      const computedAt = new Date();
      const entry = { data, computedAt, expiresAt: new Date(computedAt.getTime() + ttlMs) };
      if (generations) {
        // MongoDB first: a copy whose generations an invalidation overtook is a miss there anyway.
        await this.mongo.set(target, entry, tags, generations).catch(() => undefined); // not stored: a future miss
        await this.redis.setIfCurrent(this.tenantId, target.key, entry, tags, generations, ttlMs);
      }
      return { entry, source: 'COMPUTED', observed: observed(tags, generations) };
    } finally {
      await this.redis.release(target.key, token);
    }
  }
}

/** (Generations read before an entry was found are at most as new as it: a check against them is on the safe side.) */
const observed = (tags: readonly string[], generations: Generations): CachedValue['observed'] =>
  generations ? { tags, generations } : null;
