import type { RedisClient } from '../db/redis';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { NotificationFeed } from '../live/feed';
import type { Logger } from '../logger';
import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import { DocumentStore } from '../stores/documents';
import type { MongoUseSettings } from '../stores/mongo-options';
import { KpiStore } from '../stores/kpis';
import { CacheLoaders } from './caches';
import { EntityChangesLoader } from './changes';
import { RelationalStore } from '../stores/relational';
import { RowWrites } from '../stores/row-writes';
import { CatalogueLoaders } from './catalogue';
import { NotificationsLoader } from './notifications';
import { PreferencesLoader } from './preferences';
import { RowLoaders } from './rows';
import { EntityWrites } from './writes';

/** Process-wide connections; loaders and stores are made from them per request and tenant. */
export interface Backends {
  pg: Pool;
  mongo: Db;
  redis: RedisClient;
  logger?: Logger;
  /** This process's live notification feed (hub, bus, relay). */
  live: NotificationFeed;
  /** This process's feed of entity changes relayed from the outbox. */
  changes: EntityChangeFeed;
  /** How long a mutation that selects its own changelog waits for the relay (WRITE_AUDIT_WAIT_MS). */
  auditWaitMs?: number;
  /** false only for the writes benchmark's PostgreSQL-alone baseline. */
  captureChanges?: boolean;
  /** How read preferences and write concerns are applied (MONGO_SECONDARY_READS, MONGO_DURABLE_WRITE_CONCERN). */
  mongoUse?: MongoUseSettings;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * One tenant's loaders, created per request (and, for subscription events, per tenant and turn of
 * the event loop): caches never outlive one operation. They hold tenant data only, never anything
 * of one user, so the executions of several users of a tenant may share them; who acts is passed
 * to each call that needs it. `batch: false` turns every load into its own uncached round trip, as
 * resolvers without loaders would make; only the bridge benchmark uses it, as its baseline.
 */
export function createLoaders(backends: Backends, tenantId: string, { batch = true } = {}) {
  const relational = new RelationalStore(backends.pg, tenantId);
  const documents = new DocumentStore(backends.mongo, tenantId, backends.mongoUse);
  const rows = new RowLoaders(relational, batch);
  const caches = new CacheLoaders(tenantId, backends.redis, documents, new KpiStore(backends.pg, tenantId));
  return {
    caches,
    rows,
    catalogue: new CatalogueLoaders(documents, batch),
    preferences: new PreferencesLoader(documents, batch),
    notifications: new NotificationsLoader(documents, backends.live),
    changes: new EntityChangesLoader(documents, backends.changes),
    writes: new EntityWrites(new RowWrites(backends.pg, tenantId, backends.captureChanges ?? true), rows, caches, backends.changes, backends.auditWaitMs ?? 0, backends.logger),
  };
}
