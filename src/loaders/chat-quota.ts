import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/viewer';
import type { RedisClient } from '../db/redis';
import { ErrorCode, GatewayError } from '../errors';

/** Chat settings read once at the edge (CHAT_* in config.ts). */
export interface ChatSettings {
  /** Messages a user may post per minute, over every gateway instance. */
  messagesPerMinutePerUser: number;
  /** Messages a tenant's users may post together per minute. */
  messagesPerMinutePerTenant: number;
  /** How long after posting its author may still edit a message. */
  editWindowMs: number;
}

export const DEFAULT_CHAT_SETTINGS: ChatSettings = { messagesPerMinutePerUser: 60, messagesPerMinutePerTenant: 1200, editWindowMs: 15 * 60_000 };

interface Budgets {
  user: RateLimiterRedis;
  tenant: RateLimiterRedis;
}

/** One pair of budgets per Redis client and sizes, so every request of a process counts against the same keys. */
const made = new WeakMap<RedisClient, Map<string, Budgets>>();
function budgetsOf(redis: RedisClient, settings: ChatSettings): Budgets {
  let bySize = made.get(redis);
  if (!bySize) made.set(redis, (bySize = new Map()));
  const size = `${settings.messagesPerMinutePerUser}:${settings.messagesPerMinutePerTenant}`;
  let budgets = bySize.get(size);
  if (!budgets) {
    bySize.set(size, (budgets = {
      user: new RateLimiterRedis({ storeClient: redis, keyPrefix: 'chat-user', points: settings.messagesPerMinutePerUser, duration: 60 }),
      tenant: new RateLimiterRedis({ storeClient: redis, keyPrefix: 'chat-tenant', points: settings.messagesPerMinutePerTenant, duration: 60 }),
    }));
  }
  return budgets;
}

/**
 * The per-minute message quotas of users and tenants, counted in Redis so that every instance
 * spends from the same budget. Beyond either: RATE_LIMITED with `retryAfter`, the seconds until
 * the budget that refused has room again. Counted only for messages about to be written (after
 * every check), so a refused or invalid message costs nothing; Redis away refuses the post
 * rather than letting it through unbounded.
 */
export class ChatQuota {
  constructor(
    private readonly redis: RedisClient,
    private readonly settings: ChatSettings,
  ) {}

  async spend(viewer: Viewer): Promise<void> {
    const { user, tenant } = budgetsOf(this.redis, this.settings);
    const spent = await Promise.allSettled([user.consume(`${viewer.tenantId}:${viewer.userId}`), tenant.consume(viewer.tenantId)]);
    const refusals = spent.flatMap((result) => (result.status === 'rejected' ? [result.reason as unknown] : []));
    if (refusals.length === 0) return;
    const failure = refusals.find((reason) => !(reason instanceof RateLimiterRes));
    if (failure) throw failure;
    // A budget that admitted this message gets its point back: the message is not written.
    if (spent[0].status === 'fulfilled') await user.reward(`${viewer.tenantId}:${viewer.userId}`);
    if (spent[1].status === 'fulfilled') await tenant.reward(viewer.tenantId);
    const waitMs = Math.max(...refusals.map((reason) => (reason as RateLimiterRes).msBeforeNext));
    const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
    const whose = spent[0].status === 'rejected' ? `${this.settings.messagesPerMinutePerUser} messages per minute per user`
      : `${this.settings.messagesPerMinutePerTenant} messages per minute per tenant`;
    throw new GatewayError(ErrorCode.RATE_LIMITED, `At most ${whose}; try again in ${retryAfter} s.`, { retryAfter });
  }
}
