import { createHash } from 'node:crypto';

/** Every key starts with the tenant: two tenants never share an entry. */
export const tileKey = (tenantId: string, dashboardId: string, tileId: string) =>
  `cache:${tenantId}:dashboard:${dashboardId}:${tileId}`;

/** Seed 000's report cache key: a hash of tenant, type and canonical params. */
export function reportCacheKey(tenantId: string, type: string, canonicalParams: string): string {
  return createHash('sha256').update(`${tenantId}:${type}:${canonicalParams}`).digest('hex');
}

export const reportKey = (tenantId: string, cacheKey: string) => `cache:${tenantId}:report:${cacheKey}`;
