import { createHash } from 'node:crypto';
import { keyPrefixOf, redisScript, RESPONSE_LOOKUP, type RedisClient } from '../db/redis';
import { cacheLookups } from '../metrics';
import { tenantTag } from './keys';
import type { NearCache } from './near-cache';
import { generationKey } from './redis-layer';

/**
 * Returns the stored answer if every tag generation it was built at is still current (a stale
 * one is deleted): its generations, its body and the milliseconds it has left. KEYS[1] the
 * answer; ARGV[1] the client's key prefix (the generation keys are stored in the answer without
 * it). An answer is stored as its generations (JSON, one line), a newline, then the body: the
 * script decodes the short first line only, never the body.
 */
const GET_IF_CURRENT = `
local raw = redis.call('get', KEYS[1])
if not raw then return false end
local split = string.find(raw, '\\n', 1, true)
if not split then return false end
local generations = string.sub(raw, 1, split - 1)
for key, generation in pairs(cjson.decode(generations)) do
  if (redis.call('get', ARGV[1] .. key) or '0') ~= generation then
    redis.call('del', KEYS[1])
    return false
  end
end
return {generations, string.sub(raw, split + 1), redis.call('pttl', KEYS[1])}`;

interface StoredAnswer {
  /** The generation keys it was checked against, with their generations: the stored first line. */
  generations: string;
  body: string;
  ttlMs: number;
}

export interface ResponseKey {
  tenantId: string;
  /** Only for an answer that differs per user (PRIVATE scope). */
  userId?: string;
  /** The persisted query's hash, its operation name and variables. */
  queryHash: string;
  operationName?: string | null;
  variables?: Record<string, unknown>;
}

/**
 * Whole answers of persisted queries, in Redis, for as long as their cache policy allows and the
 * cached values they were built from stay current: each answer carries the generations of the
 * tags it read (the tile and report caches' tags), and one script checks them as it reads.
 * A write that invalidates a tag moves its generation on, so no answer built before it is served.
 *
 * With a near cache, an answer served from Redis is also kept in this process, watched like the
 * tiles' copies (near-cache.ts): it goes as soon as Redis says the answer or one of the
 * generations it was checked against changed, so a hot answer costs no round trip at all.
 */
export class ResponseCache {
  private readonly prefix: string;
  private readonly getIfCurrent;
  /** Answers whose near copy is being made: one second read each, however many requests missed it. */
  private readonly mirroring = new Set<string>();

  constructor(private readonly redis: RedisClient, private readonly near?: NearCache) {
    this.prefix = keyPrefixOf(redis);
    this.getIfCurrent = redisScript(redis, RESPONSE_LOOKUP, GET_IF_CURRENT);
  }

  async get(key: ResponseKey): Promise<string | null> {
    const redisKey = keyOf(key);
    const kept = this.near?.get(redisKey);
    if (kept) {
      cacheLookups.inc({ cache: 'response', layer: 'near', result: 'hit' });
      return kept.entry.data as string;
    }
    try {
      const stored = await this.read(redisKey);
      cacheLookups.inc({ cache: 'response', layer: 'redis', result: stored ? 'hit' : 'miss' });
      if (stored && this.near?.fits(stored.body.length) && !this.mirroring.has(redisKey)) {
        void this.mirror(this.near, redisKey, Object.keys(JSON.parse(stored.generations) as Record<string, string>), stored.generations);
      }
      return stored?.body ?? null;
    } catch {
      cacheLookups.inc({ cache: 'response', layer: 'redis', result: 'error' });
      this.near?.flush(); // as for a failed tile read: changes may be going unheard
      return null;
    }
  }

  /**
   * Keeps a near copy of an answer just served from Redis, off the request path (it never
   * rejects). Which generation keys to watch is known only from that first read, so the copy is
   * made from a second one, watched from before it is sent, and only if it was checked against
   * the same generations: a change to any of them since, heard or read, keeps nothing. It lasts
   * no longer than the Redis entry, counted from before the read was sent.
   */
  private async mirror(near: NearCache, redisKey: string, generationKeys: readonly string[], generations: string): Promise<void> {
    const read = near.watch([redisKey, ...generationKeys]);
    if (!read) return;
    this.mirroring.add(redisKey);
    const sentAt = Date.now();
    const again = await this.read(redisKey).catch(() => null);
    this.mirroring.delete(redisKey);
    const same = again && again.generations === generations && again.ttlMs > 0;
    const entry = same ? { data: again.body, computedAt: new Date(sentAt), expiresAt: new Date(sentAt + again.ttlMs) } : null;
    near.keep(read, entry && { entry, tags: [], generations: [] }, again?.body.length);
  }

  private async read(redisKey: string): Promise<StoredAnswer | null> {
    const reply = (await this.getIfCurrent([redisKey], [this.prefix])) as [string, string, number] | null;
    return reply && { generations: reply[0], body: reply[1], ttlMs: Number(reply[2]) };
  }

  async set(key: ResponseKey, body: string, generations: ReadonlyMap<string, string>, ttlMs: number): Promise<void> {
    const byKey = Object.fromEntries([...generations].map(([tag, generation]) => [generationKey(key.tenantId, tag), generation]));
    // (JSON has no raw newline: the first one ends the generations.)
    await this.redis.set(keyOf(key), `${JSON.stringify(byKey)}\n${body}`, 'PX', ttlMs).catch(() => undefined);
  }
}

/** `resp:{tenant}:<hash>`: in the tenant's slot, beside the generations it is checked against. */
function keyOf(key: ResponseKey): string {
  const hash = createHash('sha256')
    .update(JSON.stringify([key.queryHash, key.operationName ?? null, key.variables ?? {}, key.userId ?? null]))
    .digest('base64url');
  return `resp:${tenantTag(key.tenantId)}:${hash}`;
}
