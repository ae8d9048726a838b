import { Redis } from 'ioredis';
import type { RedisClient } from '../db/redis';
import { trackKeys, type KeyTracker } from '../db/tracking';
import type { Logger } from '../logger';
import { nearCacheBytes, nearCacheFlushes } from '../metrics';
import { isFresh, type CacheEntry } from './entry';

/** A Redis hit as this process keeps it: the entry parsed, with its tags and their generations when it was read. */
export interface NearHit {
  entry: CacheEntry;
  tags: readonly string[];
  generations: readonly string[];
}

interface Kept extends NearHit {
  /** The Redis keys whose change makes it stale: the entry's and its tags' generations. */
  keys: readonly string[];
  bytes: number;
  /** Read since it last came up for eviction: it gets a second chance (CLOCK, cheaper on a hit than moving it to the end). */
  used: boolean;
}

/** A read from Redis under way: storing its answer is refused once a key it read has changed since it was sent. */
export interface NearRead {
  keys: readonly string[];
  stale: boolean;
}

/** What a copy costs besides its JSON (its keys, their maps, the entry): small per-user answers count too. */
const ENTRY_OVERHEAD_BYTES = 512;

/** The Redis keys a near cache mirrors: the entries, the tag generations (see redis-layer.ts) and the response cache's answers. */
export const NEAR_CACHE_PREFIXES = ['cache:', 'gen:', 'resp:'] as const;

/**
 * Redis hits kept in this process, parsed, so that a hit costs neither a round trip nor a
 * JSON.parse: the dashboard tiles and reports every request of a tenant reads again, and the
 * response cache's whole answers (kept as their text).
 *
 * A copy is served only while Redis would answer the same: Redis tells this process of every
 * change to an entry or a generation key (server-assisted client-side caching, db/tracking.ts),
 * whichever instance makes it, and the copies that read the key are dropped as the message
 * arrives. The instance that invalidates drops its copies itself once Redis has done it
 * (RedisLayer.invalidate), without waiting for the message: its next request reads anew.
 *
 * A read sent before a change and answered after it would keep a copy the message already
 * went past: every read from Redis is watched from before it is sent (`watch`), and a change of
 * one of its keys meanwhile, or a lost tracking connection, refuses its copy (`keep`).
 *
 * While the tracking connection is down or the client is not ready, changes could go unheard:
 * every copy is dropped and reads go to Redis as without a near cache, until tracking is back.
 * Keys carry the tenant (cache/keys.ts), so a copy is never another tenant's. Bounded by the size
 * of the JSON it was parsed from, the ones not read lately first out. Copies are frozen: every request
 * shares them.
 */
export class NearCache {
  private readonly kept = new Map<string, Kept>();
  /** Redis key → the copies that read it. */
  private readonly readers = new Map<string, Set<string>>();
  /** Redis key → the reads under way that read it. */
  private readonly watched = new Map<string, Set<NearRead>>();
  private bytes = 0;
  private tracking = false;
  private tracker: KeyTracker | null = null;

  constructor(private readonly redis: Redis, private readonly maxBytes: number, private readonly logger?: Logger) {}

  /** A near cache when one can be kept coherent: on one Redis (each cluster master tracks its own slots only), with room. */
  static for(redis: RedisClient, maxBytes: number, logger?: Logger): NearCache | undefined {
    return redis instanceof Redis && maxBytes > 0 ? new NearCache(redis, maxBytes, logger) : undefined;
  }

  start(): void {
    let warned = false;
    this.tracker ??= trackKeys(this.redis, NEAR_CACHE_PREFIXES, {
      onTracking: () => {
        this.tracking = true;
        warned = false;
      },
      onLost: () => {
        this.tracking = false;
        this.flush();
      },
      onInvalidate: (keys) => (keys ? this.invalidate(keys) : this.flush()),
      onFailed: (error) => {
        if (!warned) this.logger?.warn({ err: error }, 'near cache: Redis refused key tracking; every read goes to Redis');
        warned = true;
      },
    });
  }

  stop(): void {
    this.tracker?.close();
    this.tracker = null;
    this.tracking = false;
    this.flush();
  }

  /** Whether every change is being heard, and Redis is what reads are answered from. */
  get coherent(): boolean {
    return this.tracking && this.redis.status === 'ready';
  }

  /** The copy of `key` while it is fresh and coherent; null otherwise (read Redis). */
  get(key: string): NearHit | null {
    if (!this.coherent) return null;
    const kept = this.kept.get(key);
    if (!kept) return null;
    if (!isFresh(kept.entry)) {
      this.drop(key);
      return null;
    }
    kept.used = true;
    return kept;
  }

  /** Before a read of these keys is sent; null when no copy could be kept of its answer. */
  watch(keys: readonly string[]): NearRead | null {
    if (!this.coherent) return null;
    const read = { keys, stale: false };
    for (const key of keys) {
      let reads = this.watched.get(key);
      if (!reads) this.watched.set(key, (reads = new Set()));
      reads.add(read);
    }
    return read;
  }

  /**
   * Once the read is answered: keeps `hit` as the copy of `key` (the read's first key) unless one
   * of the keys it read changed meanwhile. `bytes`: the size of the JSON it was parsed from.
   */
  keep(read: NearRead, hit: NearHit | null, bytes = 0): void {
    this.unwatch(read);
    if (!hit || read.stale || !this.coherent || !this.fits(bytes)) return;
    const key = read.keys[0]!;
    const size = bytes + ENTRY_OVERHEAD_BYTES;
    this.drop(key);
    deepFreeze(hit.entry.data);
    this.kept.set(key, {
      entry: Object.freeze({ ...hit.entry }), tags: Object.freeze([...hit.tags]), generations: Object.freeze([...hit.generations]), keys: read.keys, bytes: size, used: false,
    });
    for (const readKey of read.keys) {
      let readers = this.readers.get(readKey);
      if (!readers) this.readers.set(readKey, (readers = new Set()));
      readers.add(key);
    }
    this.bytes += size;
    for (const [oldest, kept] of this.kept) {
      if (this.bytes <= this.maxBytes) break;
      if (kept.used) {
        kept.used = false;
        this.kept.delete(oldest); // to the end: read since it was kept or last passed over
        this.kept.set(oldest, kept);
      } else {
        this.drop(oldest);
      }
    }
    nearCacheBytes.set(this.bytes);
  }

  /** Whether a copy of this size would be kept: none takes more than a sixteenth of the room. */
  fits(bytes: number): boolean {
    return bytes <= this.maxBytes / 16;
  }

  /** A read that failed: nothing to keep. */
  forget(read: NearRead): void {
    this.unwatch(read);
  }

  /** These Redis keys changed: the copies that read them go, and the reads under way of them keep nothing. */
  invalidate(keys: readonly string[]): void {
    for (const key of keys) {
      for (const read of this.watched.get(key) ?? []) read.stale = true;
      for (const reader of this.readers.get(key) ?? []) this.drop(reader);
    }
    nearCacheBytes.set(this.bytes);
  }

  /** Drops every copy: Redis did not answer, so changes made by others may be going unheard (or not be made at all). */
  flush(): void {
    for (const reads of this.watched.values()) for (const read of reads) read.stale = true;
    if (this.kept.size > 0) nearCacheFlushes.inc();
    this.kept.clear();
    this.readers.clear();
    this.bytes = 0;
    nearCacheBytes.set(0);
  }

  private unwatch(read: NearRead) {
    for (const key of read.keys) {
      const reads = this.watched.get(key);
      reads?.delete(read);
      if (reads?.size === 0) this.watched.delete(key);
    }
  }

  private drop(key: string) {
    const kept = this.kept.get(key);
    if (!kept) return;
    this.kept.delete(key);
    this.bytes -= kept.bytes;
    for (const readKey of kept.keys) {
      const readers = this.readers.get(readKey);
      readers?.delete(key);
      if (readers?.size === 0) this.readers.delete(readKey);
    }
  }
}

/** Shared by every request that reads the copy: a resolver that changed it would change it for all of them. */
function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}
