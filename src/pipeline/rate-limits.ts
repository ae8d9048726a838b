import type { RedisClient } from '../db/redis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { Viewer } from '../auth/viewer';
import { ErrorCode, GatewayError } from '../errors';

export interface RateLimitSettings {
  RATE_LIMIT_USER_PER_MINUTE: number;
  RATE_LIMIT_TENANT_PER_MINUTE: number;
}

/** One budget of operations per minute, counted in Redis for every instance together. */
function limiter(redis: RedisClient, name: string, points: number) {
  return new RateLimiterRedis({
    storeClient: redis,
    keyPrefix: `rate:${name}`,
    points,
    duration: 60,
    // Redis down or slow: each instance counts alone for the while, rather than fail or wait.
    rejectIfRedisNotReady: true,
    insuranceLimiter: new RateLimiterMemory({ keyPrefix: `rate:${name}`, points, duration: 60 }),
  });
}

/**
 * Operations per minute per user and per tenant (rate-limiter-flexible on Redis). Past either
 * budget an operation is RATE_LIMITED with the seconds to wait (`retryAfter`, and over HTTP a 429
 * with Retry-After). A user's admitted operations count for their tenant too.
 */
export class RateLimits {
  private readonly perUser: RateLimiterRedis;
  private readonly perTenant: RateLimiterRedis;

  constructor(redis: RedisClient, settings: RateLimitSettings) {
    this.perUser = limiter(redis, 'user', settings.RATE_LIMIT_USER_PER_MINUTE);
    this.perTenant = limiter(redis, 'tenant', settings.RATE_LIMIT_TENANT_PER_MINUTE);
  }

  async admit(viewer: Viewer): Promise<void> {
    try {
      // The user's budget first: a user past it spends nothing of the tenant's, so one user
      // flooding the gateway cannot use up what their colleagues have.
      await this.perUser.consume(`${viewer.tenantId}:${viewer.userId}`);
      await this.perTenant.consume(viewer.tenantId);
    } catch (rejection) {
      if (!(rejection instanceof RateLimiterRes)) throw rejection;
      const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw new GatewayError(ErrorCode.RATE_LIMITED, `Too many operations; try again in ${retryAfter} s.`, {
        retryAfter, http: { status: 429, headers: new Map([['retry-after', String(retryAfter)]]) },
      });
    }
  }
}
