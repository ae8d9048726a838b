import { createHash } from 'node:crypto';
import { keyPrefixOf, redisScript, RESPONSE_LOOKUP, type RedisClient } from '../db/redis';
import { cacheLookups } from '../metrics';
import { tenantTag } from './keys';
import { generationKey } from './redis-layer';

/**
 * Returns the stored answer if every tag generation it was built at is still current; a stale
 * one is deleted. KEYS[1] the answer; ARGV[1] the client's key prefix (the generation keys are
 * stored in the answer without it). An answer is stored as its generations (JSON, one line), a
 * newline, then the body: the script decodes the short first line only, never the body.
 */
const GET_IF_CURRENT = `
local raw = redis.call('get', KEYS[1])
if not raw then return false end
local split = string.find(raw, '\\n', 1, true)
if not split then return false end
for key, generation in pairs(cjson.decode(string.sub(raw, 1, split - 1))) do
  if (redis.call('get', ARGV[1] .. key) or '0') ~= generation then
    redis.call('del', KEYS[1])
    return false
  end
end
return string.sub(raw, split + 1)`;

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
 */
export class ResponseCache {
  private readonly prefix: string;
  private readonly getIfCurrent;

  constructor(private readonly redis: RedisClient) {
    this.prefix = keyPrefixOf(redis);
    this.getIfCurrent = redisScript(redis, RESPONSE_LOOKUP, GET_IF_CURRENT);
  }

  async get(key: ResponseKey): Promise<string | null> {
    try {
      const body = (await this.getIfCurrent([keyOf(key)], [this.prefix])) as string | null;
      cacheLookups.inc({ cache: 'response', layer: 'redis', result: body ? 'hit' : 'miss' });
      return body;
    } catch {
      cacheLookups.inc({ cache: 'response', layer: 'redis', result: 'error' });
      return null;
    }
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
