import type { Db } from 'mongodb';
import type { RedisClient } from '../db/redis';
import { DocumentStore } from '../stores/documents';
import { MongoLayer } from './mongo-layer';
import { ReadThroughCache } from './read-through';
import { RedisLayer } from './redis-layer';

/**
 * Drops a tenant's tiles and reports computed from these entity types, in both layers, outside
 * any request (the outbox relay invalidates for every writer). Throws when a layer could not be
 * reached, so that the caller retries rather than leave a stale entry behind.
 */
export function invalidateTenantCaches(redis: RedisClient, db: Db, tenantId: string, kinds: readonly string[]): Promise<void> {
  return new ReadThroughCache(tenantId, new RedisLayer(redis), new MongoLayer(new DocumentStore(db, tenantId))).invalidate(kinds);
}
