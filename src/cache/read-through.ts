import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { cacheComputeSeconds, cacheLookups } from '../metrics';
import { CACHE_COLLECTIONS, isFresh, jitteredTtlMs, type CacheEntry, type CacheSource, type CacheTarget } from './entry';
import type { MongoLayer } from './mongo-layer';
import type { RedisLayer } from './redis-layer';

export interface CachedValue {
  entry: CacheEntry;
  source: CacheSource;
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
 */
export class ReadThroughCache {
  constructor(
    private readonly tenantId: string,
    private readonly redis: RedisLayer,
    private readonly mongo: MongoLayer,
    private readonly options: ReadThroughOptions = { lockTimeoutMs: 10_000, pollMs: 20 },
  ) {}

  async read(target: CacheTarget): Promise<CachedValue> {
    const hot = await this.redis.get(target.cache, target.key);
    if (isFresh(hot)) return { entry: hot, source: 'REDIS' };
    let fill = inFlight.get(target.key);
    if (!fill) {
      fill = this.fill(target).finally(() => inFlight.delete(target.key));
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

  /** Drops every entry computed from these tags, in both layers; throws when a layer could not be reached. */
  async invalidate(tags: readonly string[]): Promise<void> {
    await Promise.all([
      this.redis.invalidate(this.tenantId, tags),
      ...CACHE_COLLECTIONS.map((collection) => this.mongo.invalidate(collection, tags)),
    ]);
  }

  private async fill(target: CacheTarget): Promise<CachedValue> {
    const stored = await this.mongo.get(target).catch(() => {
      cacheLookups.inc({ cache: target.cache, layer: 'mongo', result: 'error' });
      return null;
    });
    if (stored) {
      await this.redis.set(this.tenantId, target.key, stored, target.tags, stored.expiresAt.getTime() - Date.now());
      return { entry: stored, source: 'MONGO' };
    }
    return this.computeOnce(target);
  }

  private async computeOnce(target: CacheTarget): Promise<CachedValue> {
    const token = randomUUID();
    const giveUpAt = Date.now() + this.options.lockTimeoutMs;
    while (!(await this.redis.acquire(target.key, token, this.options.lockTimeoutMs))) {
      if (Date.now() >= giveUpAt) break; // the other process is stuck or gone: compute here
      await sleep(this.options.pollMs);
      const ready = await this.redis.get(target.cache, target.key);
      if (isFresh(ready)) return { entry: ready, source: 'REDIS' };
    }
    try {
      // The previous holder may have finished between our miss and our lock.
      const ready = await this.redis.get(target.cache, target.key);
      if (isFresh(ready)) return { entry: ready, source: 'REDIS' };
      const stop = cacheComputeSeconds.startTimer({ cache: target.cache });
      const data = await target.compute();
      stop();
      const ttlMs = jitteredTtlMs(target.ttlSeconds);
      const computedAt = new Date();
      const entry = { data, computedAt, expiresAt: new Date(computedAt.getTime() + ttlMs) };
      await Promise.all([
        this.mongo.set(target, entry).catch(() => undefined), // the next miss recomputes; the answer is still right
        this.redis.set(this.tenantId, target.key, entry, target.tags, ttlMs),
      ]);
      return { entry, source: 'COMPUTED' };
    } finally {
      await this.redis.release(target.key, token);
    }
  }
}
