import { redisScript, type RedisClient } from '../db/redis';

/** Whether a user of a tenant is online (holds a live chat subscription on some instance), and when they last were. */
export interface PresenceState {
  userId: string;
  online: boolean;
  /** Now while online; when they were last seen otherwise; null when never seen (or longer ago than PRESENCE_RETAIN_MS). */
  lastSeenAt: Date | null;
  /**
   * How many times instances took or gave up a hold of them, Redis's count (no clocks): a state
   * with a higher version is newer than one with a lower, whichever instance told it.
   */
  version: number;
}

/** What taking or giving up a hold did: whether the user came online (or went offline) with it, and the version it made. */
export interface HoldChange {
  turned: boolean;
  version: number;
}

/** How long an instance's word that a user is online holds without being renewed (it renews every third of it). */
export const ONLINE_HOLD_MS = 45_000;
/** How long "last seen" is remembered after the last time someone was online. */
const PRESENCE_RETAIN_MS = 30 * 24 * 3600_000;
const SEEN = 'seen';
const VERSION = 'v';

/** The Redis key of a user's presence. */
export const presenceKeyOf = (tenantId: string, userId: string) => `presence:${tenantId}:${userId}`;

/** The instances' fields whose hold has not run out at `now`. */
const liveHolders = (fields: Record<string, string>, now: number) =>
  Object.entries(fields).filter(([field, until]) => field !== SEEN && field !== VERSION && Number(until) > now).map(([field]) => field);

/**
 * One instance takes or gives up its hold of a user (ARGV[2]: until when, or 0 to give it up),
 * notes the sight, counts the change in `v`, and answers how many other instances hold them and
 * the new version; fields of instances whose hold ran out (they died) are dropped on the way.
 * One script: atomic, one round trip, on one key.
 */
const HOLD = `
local key, origin, now = KEYS[1], ARGV[1], tonumber(ARGV[3])
local fields = redis.call('hgetall', key)
local others = 0
for i = 1, #fields, 2 do
  local field = fields[i]
  if field ~= 'seen' and field ~= 'v' and field ~= origin then
    if tonumber(fields[i + 1]) > now then others = others + 1 else redis.call('hdel', key, field) end
  end
end
if ARGV[2] == '0' then redis.call('hdel', key, origin) else redis.call('hset', key, origin, ARGV[2]) end
redis.call('hset', key, 'seen', ARGV[3])
local version = redis.call('hincrby', key, 'v', 1)
redis.call('pexpire', key, ARGV[4])
return { others, version }
`;

/**
 * Presence in Redis: one hash per user of a tenant, with a field per gateway instance holding a
 * live subscription of theirs (the time its word runs out) and `seen` (the last time any instance
 * saw them). A user is online while some instance's field has not run out: an instance that stops
 * cleanly takes its fields back at once, one that dies stops renewing them, and its users go
 * offline within ONLINE_HOLD_MS without anyone having to notice. The hash itself expires
 * PRESENCE_RETAIN_MS after the last sight.
 */
export class PresenceStore {
  private readonly hold;

  constructor(private readonly redis: RedisClient) {
    this.hold = redisScript(redis, 'presenceHold', HOLD);
  }

  /** `origin` holds the user online from now; `turned` when no other instance did already (they came online). */
  arrive(tenantId: string, userId: string, origin: string, now = Date.now()): Promise<HoldChange> {
    return this.change(tenantId, userId, origin, now + ONLINE_HOLD_MS, now);
  }

  /** `origin` no longer holds the user; `turned` when no other instance does either (they went offline). */
  leave(tenantId: string, userId: string, origin: string, now = Date.now()): Promise<HoldChange> {
    return this.change(tenantId, userId, origin, 0, now);
  }

  /** Renews `origin`'s hold of each of these users (one pipelined batch); returns when Redis has them. */
  async renew(users: readonly { tenantId: string; userId: string }[], origin: string, now = Date.now()): Promise<void> {
    await Promise.all(users.map(({ tenantId, userId }) => {
      const key = presenceKeyOf(tenantId, userId);
      return Promise.all([this.redis.hset(key, origin, now + ONLINE_HOLD_MS, SEEN, now), this.redis.pexpire(key, PRESENCE_RETAIN_MS)]);
    }));
  }

  /** The presence of each user, in order: one pipelined batch of reads. */
  async read(tenantId: string, userIds: readonly string[], now = Date.now()): Promise<PresenceState[]> {
    const hashes = await Promise.all(userIds.map((userId) => this.redis.hgetall(presenceKeyOf(tenantId, userId))));
    const at = new Date(now);
    return userIds.map((userId, i) => {
      const fields = hashes[i] ?? {};
      const online = liveHolders(fields, now).length > 0;
      const seen = fields[SEEN] ? new Date(Number(fields[SEEN])) : null;
      return { userId, online, lastSeenAt: online ? at : seen, version: Number(fields[VERSION] ?? 0) };
    });
  }

  private async change(tenantId: string, userId: string, origin: string, until: number, now: number): Promise<HoldChange> {
    const [others, version] = (await this.hold([presenceKeyOf(tenantId, userId)], [origin, until, now, PRESENCE_RETAIN_MS])) as [number, number];
    return { turned: others === 0, version };
  }
}
