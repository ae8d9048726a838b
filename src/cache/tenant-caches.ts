import type { Db } from 'mongodb';
import type { RedisClient } from '../db/redis';
import { DocumentStore } from '../stores/documents';
import { MongoLayer } from './mongo-layer';
import { ReadThroughCache } from './read-through';
import type { NearCache } from './near-cache';
import { RedisLayer } from './redis-layer';

/**
 * Drops a tenant's tiles and reports computed from these entity types, in both layers, outside
 * any request (the outbox relay invalidates for every writer), and this instance's near copies of
 * them at once. Throws when a layer could not be reached, so that the caller retries rather than
 * leave a stale entry behind.
 */
export function invalidateTenantCaches(redis: RedisClient, db: Db, tenantId: string, kinds: readonly string[], near?: NearCache): Promise<void> {
  return new ReadThroughCache(tenantId, new RedisLayer(redis, near), new MongoLayer(new DocumentStore(db, tenantId))).invalidate(kinds);
}
