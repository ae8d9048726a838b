import { createHash } from 'node:crypto';

/**
 * Every key names its tenant, as a hash tag: two tenants never share an entry, and on a Redis
 * Cluster a tenant's entries, tag sets, generations and locks, which scripts and MGETs touch
 * together, share one slot.
 */
export const tenantTag = (tenantId: string) => `{${tenantId}}`;

export const tileKey = (tenantId: string, dashboardId: string, tileId: string) =>
  `cache:${tenantTag(tenantId)}:dashboard:${dashboardId}:${tileId}`;

/** Seed 000's report cache key: a hash of tenant, type and canonical params. */
export function reportCacheKey(tenantId: string, type: string, canonicalParams: string): string {
  return createHash('sha256').update(`${tenantId}:${type}:${canonicalParams}`).digest('hex');
}

export const reportKey = (tenantId: string, cacheKey: string) => `cache:${tenantTag(tenantId)}:report:${cacheKey}`;
