import type { Redis } from 'ioredis';
import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import { DocumentStore } from '../stores/documents';
import { KpiStore } from '../stores/kpis';
import { CacheLoaders } from './caches';
import { RelationalStore } from '../stores/relational';
import { DocumentLoaders } from './documents';
import { PreferencesLoader } from './preferences';
import { RowLoaders } from './rows';

/** Process-wide connections; loaders and stores are made from them per request and tenant. */
export interface Backends {
  pg: Pool;
  mongo: Db;
  redis: Redis;
}

export type Loaders = ReturnType<typeof createLoaders>;

/**
 * Created per request (and per subscription event): caches never outlive one operation.
 * `batch: false` turns every load into its own uncached round trip, as resolvers without
 * loaders would make; only the bridge benchmark uses it, as its baseline.
 */
export function createLoaders(backends: Backends, tenantId: string, { batch = true } = {}) {
  const relational = new RelationalStore(backends.pg, tenantId);
  const documents = new DocumentStore(backends.mongo, tenantId);
  return {
    caches: new CacheLoaders(tenantId, backends.redis, documents, new KpiStore(backends.pg, tenantId)),
    rows: new RowLoaders(relational, batch),
    documents: new DocumentLoaders(documents, batch),
    preferences: new PreferencesLoader(documents, batch),
  };
}
