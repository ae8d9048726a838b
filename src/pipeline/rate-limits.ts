import { LRUCache } from 'lru-cache';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/viewer';
import { tenantTag } from '../cache/keys';
import { redisScript, type RedisClient } from '../db/redis';
import { ErrorCode, GatewayError } from '../errors';

export interface RateLimitSettings {
  RATE_LIMIT_USER_PER_MINUTE: number;
  RATE_LIMIT_TENANT_PER_MINUTE: number;
}

const WINDOW_MS = 60_000;
/** A lease is this share of its budget: one Redis round trip per 1 % of a budget, not per operation. */
const LEASES_PER_BUDGET = 100;
/** Users and tenants with a lease held here at most (the least recently active go first). */
const MAX_LEASES = 20_000;

/**
 * Takes up to ARGV[4] operations of the user's budget and, if the user got some or wanted none,
 * up to ARGV[5] of the tenant's, in one round trip. KEYS[1] the user's counter, KEYS[2] the
 * tenant's (one slot: the tenant is their hash tag); ARGV[1..3] the two budgets and the window. A
 * counter lives for one window from its first use. Returns what was granted of each and the ms
 * left in each window.
 */
const TAKE = `
local function take(key, budget, wanted)
  if wanted == 0 then return 0, 0 end
  local used = tonumber(redis.call('get', key) or '0')
  local granted = math.max(0, math.min(wanted, budget - used))
  if granted > 0 then redis.call('incrby', key, granted) end
  local ttl = redis.call('pttl', key)
  if ttl == -1 then redis.call('pexpire', key, ARGV[3]); ttl = tonumber(ARGV[3]) end
  return granted, math.max(ttl, 0)
end
local wantsUser = tonumber(ARGV[4])
local user, userTtl = take(KEYS[1], tonumber(ARGV[1]), wantsUser)
if wantsUser > 0 and user == 0 then return {0, 0, userTtl, 0} end
local tenant, tenantTtl = take(KEYS[2], tonumber(ARGV[2]), tonumber(ARGV[5]))
return {user, tenant, userTtl, tenantTtl}`;

/** Operations of one budget this process took from Redis and spends on its own, until `until`. */
interface Lease {
  left: number;
  until: number;
  /** Redis granted nothing: the budget is spent everywhere until `until`. */
  exhausted: boolean;
  /** The round trip taking a new lease, while one is under way. */
  renewing?: Promise<void> | undefined;
}

/**
 * Operations per minute per user and per tenant, for every instance together. Past either budget
 * an operation is RATE_LIMITED with the seconds to wait (`retryAfter`, and over HTTP a 429 with
 * Retry-After). The user's budget comes first: a user past it spends nothing of the tenant's, so
 * one user flooding the gateway cannot use up what their colleagues have.
 *
 * The counters are in Redis, but an instance does not ask for each operation: it takes a lease of
 * 1 % of a budget and spends it locally, and asks again once it is used up. No more than a budget
 * is ever admitted across instances; a lease left unused on one instance when the user moves to
 * another is what the user may lose, at most 1 % of the budget per instance and window. Budgets of
 * 100 or less lease one operation at a time, which is exact.
 */
export class RateLimits {
  private readonly take;
  private readonly leases = new LRUCache<string, Lease>({ max: MAX_LEASES });
  /** Redis down or slow: each instance counts alone for the while, rather than fail or wait. */
  private readonly alone;

  constructor(redis: RedisClient, private readonly settings: RateLimitSettings) {
    this.take = redisScript(redis, 'rateLimitTake', TAKE);
    this.alone = {
      user: new RateLimiterMemory({ points: settings.RATE_LIMIT_USER_PER_MINUTE, duration: WINDOW_MS / 1000 }),
      tenant: new RateLimiterMemory({ points: settings.RATE_LIMIT_TENANT_PER_MINUTE, duration: WINDOW_MS / 1000 }),
    };
  }

  /** Spends one operation; a promise only when a lease must be renewed first (it rejects RATE_LIMITED). */
  admit(viewer: Viewer): Promise<void> | undefined {
    const tag = tenantTag(viewer.tenantId);
    const keys = [`rate:${tag}:user:${viewer.userId}`, `rate:${tag}:tenant`] as const;
    const [user, tenant] = keys.map((key) => this.leaseOf(key)) as [Lease, Lease];
    if (user.left === 0 || tenant.left === 0) return this.admitRenewing(viewer, keys, user, tenant);
    user.left--;
    tenant.left--;
    return undefined;
  }

  private async admitRenewing(viewer: Viewer, keys: readonly [string, string], user: Lease, tenant: Lease): Promise<void> {
    while (user.left === 0 || tenant.left === 0) {
      if (user.left === 0 && user.exhausted) throw rateLimited(user.until - Date.now());
      if (tenant.left === 0 && tenant.exhausted) throw rateLimited(tenant.until - Date.now());
      // One renewal of a lease at a time: operations arriving meanwhile wait for it, in order,
      // instead of each taking a lease of its own.
      const pending = (user.left === 0 && user.renewing) || (tenant.left === 0 && tenant.renewing);
      try {
        await (pending || this.renew(keys, user, tenant));
      } catch {
        return this.admitAlone(viewer);
      }
    }
    user.left--;
    tenant.left--;
  }

  private leaseOf(key: string): Lease {
    const now = Date.now();
    let lease = this.leases.get(key);
    if (!lease || (lease.until <= now && !lease.renewing)) {
      this.leases.set(key, (lease = { left: 0, until: now + WINDOW_MS, exhausted: false }));
    }
    return lease;
  }

  /**
   * Takes a lease of whichever budget is used up here. A budget Redis had nothing left of is
   * remembered as exhausted until its window ends, so a flood past it costs no round trips.
   */
  private renew(keys: readonly [string, string], user: Lease, tenant: Lease): Promise<void> {
    const { RATE_LIMIT_USER_PER_MINUTE: userBudget, RATE_LIMIT_TENANT_PER_MINUTE: tenantBudget } = this.settings;
    const size = (budget: number) => Math.ceil(budget / LEASES_PER_BUDGET);
    const wants = { user: user.left === 0, tenant: tenant.left === 0 };
    const renewal = (async () => {
      const [userGranted, tenantGranted, userMs, tenantMs] = (await this.take(keys, [
        userBudget, tenantBudget, WINDOW_MS, wants.user ? size(userBudget) : 0, wants.tenant ? size(tenantBudget) : 0,
      ])) as [number, number, number, number];
      const now = Date.now();
      const apply = (lease: Lease, granted: number, ms: number) => {
        lease.left += granted;
        lease.until = now + ms;
        lease.exhausted = lease.left === 0;
      };
      if (wants.user) apply(user, userGranted, userMs);
      // Refused for the user, the script did not ask the tenant's budget.
      if (wants.tenant && (!wants.user || userGranted > 0)) apply(tenant, tenantGranted, tenantMs);
    })();
    const done = renewal.finally(() => {
      if (user.renewing === done) user.renewing = undefined;
      if (tenant.renewing === done) tenant.renewing = undefined;
    });
    if (wants.user) user.renewing = done;
    if (wants.tenant) tenant.renewing = done;
    return done;
  }

  /** The same budgets in this process's memory alone. */
  private async admitAlone(viewer: Viewer): Promise<void> {
    try {
      await this.alone.user.consume(`${viewer.tenantId}:${viewer.userId}`);
      await this.alone.tenant.consume(viewer.tenantId);
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) throw rateLimited(rejection.msBeforeNext);
      throw rejection;
    }
  }
}

function rateLimited(waitMs: number): GatewayError {
  const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
  return new GatewayError(ErrorCode.RATE_LIMITED, `Too many operations; try again in ${retryAfter} s.`, {
    retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
  });
}
