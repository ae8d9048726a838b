import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import { DocumentStore } from '../stores/documents';
import { RelationalStore } from '../stores/relational';
import { preferencesLoader } from './preferences';
import { RowLoaders } from './rows';

/** Process-wide connections; loaders and stores are made from them per request and tenant. */
export interface Backends {
  pg: Pool;
  mongo: Db;
}

export type Loaders = ReturnType<typeof createLoaders>;

/** Created per request (and per subscription event): caches never outlive one operation. */
export function createLoaders(backends: Backends, tenantId: string) {
  const relational = new RelationalStore(backends.pg, tenantId);
  const documents = new DocumentStore(backends.mongo, tenantId);
  return {
    rows: new RowLoaders(relational),
    preferences: preferencesLoader(documents),
  };
}
