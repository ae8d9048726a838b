import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheComputeSeconds, cacheLookups } from '../metrics';
import { CACHE_COLLECTIONS, isFresh, jitteredTtlMs, type CacheEntry, type CacheSource, type CacheTarget } from './entry';
import type { MongoLayer } from './mongo-layer';
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

/** Misses in flight in this process, by key: concurrent requests share one fill. */
const inFlight = new Map<string, Promise<CachedValue>>();

export interface ReadThroughOptions {
  /** How long a process waits for another one's computation before computing itself. */
  lockTimeoutMs: number;
  pollMs: number;
}

/**
 * Redis → MongoDB → compute, writing back what a faster layer lacked. One computation per key
 * at a time: in-process through `inFlight`, across processes through a Redis lock whose losers
 * poll for the winner's result (bounded by `lockTimeoutMs`).
 *
 * A write-back happens only if no invalidation of the entry's tags came since the read that
 * missed (the tags' generations, read in the same MGET as the entry, see RedisLayer). An
 * invalidation moves the generations on and clears Redis first, then MongoDB; a fill writes
 * MongoDB first, then Redis if the generations still hold, and takes its MongoDB write back when
 * they do not. Whichever way the two interleave, no value computed before a write outlives that
 * write's invalidation. While Redis cannot say, nothing new is stored (what is stored still serves).
 */
export class ReadThroughCache {
  constructor(
    private readonly tenantId: string,
    private readonly redis: RedisLayer,
    private readonly mongo: MongoLayer,
    private readonly options: ReadThroughOptions = { lockTimeoutMs: 10_000, pollMs: 20 },
  ) {}

  async read(target: CacheTarget): Promise<CachedValue> {
    const [hot, generations] = await Promise.all([
      this.redis.get(target.cache, target.key), this.redis.generations(this.tenantId, target.tags),
    ]);
    if (isFresh(hot)) return { entry: hot, source: 'REDIS', observed: observed(target, generations) };
    let fill = inFlight.get(target.key);
    if (!fill) {
      fill = this.fill(target, generations).finally(() => inFlight.delete(target.key));
      inFlight.set(target.key, fill);
    }
    return fill;
  }

  async drop(target: CacheTarget): Promise<void> {
    await Promise.all([this.redis.drop(target.key), this.mongo.drop(target)]);
  }

  /** Drops the entry from both layers, then reads it again: a fresh computation. */
  async refresh(target: CacheTarget): Promise<CachedValue> {
    await this.drop(target);
    return this.read(target);
  }

  /** Drops every entry computed from these tags, Redis first; throws when a layer could not be reached. */
  async invalidate(tags: readonly string[]): Promise<void> {
    await this.redis.invalidate(this.tenantId, tags);
    await Promise.all(CACHE_COLLECTIONS.map((collection) => this.mongo.invalidate(collection, tags)));
  }

  private async fill(target: CacheTarget, generations: Generations): Promise<CachedValue> {
    const stored = await this.mongo.get(target).catch(() => {
      cacheLookups.inc({ cache: target.cache, layer: 'mongo', result: 'error' });
      return null;
    });
    if (stored) {
      if (generations) {
        await this.redis.setIfCurrent(this.tenantId, target.key, stored, target.tags, generations, stored.expiresAt.getTime() - Date.now());
      }
      return { entry: stored, source: 'MONGO', observed: observed(target, generations) };
    }
    return this.computeOnce(target, generations);
  }

  private async computeOnce(target: CacheTarget, generations: Generations): Promise<CachedValue> {
    const token = randomUUID();
    const giveUpAt = Date.now() + this.options.lockTimeoutMs;
    while (!(await this.redis.acquire(target.key, token, this.options.lockTimeoutMs))) {
      if (Date.now() >= giveUpAt) break; // the other process is stuck or gone: compute here
      await sleep(this.options.pollMs);
      const ready = await this.redis.get(target.cache, target.key);
      if (isFresh(ready)) return { entry: ready, source: 'REDIS', observed: observed(target, generations) };
    }
    try {
      // The previous holder may have finished between our miss and our lock.
      const ready = await this.redis.get(target.cache, target.key);
      if (isFresh(ready)) return { entry: ready, source: 'REDIS', observed: observed(target, generations) };
      const stop = cacheComputeSeconds.startTimer({ cache: target.cache });
      const data = await target.compute();
      stop();
      const ttlMs = jitteredTtlMs(target.ttlSeconds);
      const computedAt = new Date();
      const entry = { data, computedAt, expiresAt: new Date(computedAt.getTime() + ttlMs) };
      if (generations) await this.store(target, entry, generations, ttlMs);
      return { entry, source: 'COMPUTED', observed: observed(target, generations) };
    } finally {
      await this.redis.release(target.key, token);
    }
  }

  /** MongoDB, then Redis if no invalidation came meanwhile; otherwise the MongoDB copy goes again. */
  private async store(target: CacheTarget, entry: CacheEntry, generations: readonly string[], ttlMs: number) {
    const inMongo = await this.mongo.set(target, entry).then(() => true, () => false); // not stored: a future miss
    const current = await this.redis.setIfCurrent(this.tenantId, target.key, entry, target.tags, generations, ttlMs);
    if (inMongo && current !== true) await this.mongo.drop(target).catch(() => undefined);
  }
}

/** (Generations read before an entry was found are at most as new as it: a check against them is on the safe side.) */
const observed = (target: CacheTarget, generations: Generations): CachedValue['observed'] =>
  generations ? { tags: target.tags, generations } : null;
