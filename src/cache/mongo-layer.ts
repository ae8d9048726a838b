import { collectionSpec } from '../catalogue/lookup';
import { cacheLookups } from '../metrics';
import type { DocumentStore, TenantDocument } from '../stores/documents';
import type { CacheEntry, CacheTarget } from './entry';

interface CachedDocument extends TenantDocument {
  data: unknown;
  expires_at: Date;
  tags: string[];
  generations?: Record<string, string>;
}

/** A stored entry with the generation of each of its tags when it was computed. */
export interface StoredEntry {
  entry: CacheEntry;
  generations: Readonly<Record<string, string>>;
}

/**
 * The durable layer: `dashboard_snapshot` / `report_cache`, one document per entry, expiring
 * through the catalogue's TTL index on `expires_at`. Reads also check `expires_at` themselves,
 * because MongoDB's TTL monitor runs only once a minute.
 */
export class MongoLayer {
  constructor(private readonly store: DocumentStore) {}

  async get(target: CacheTarget): Promise<StoredEntry | null> {
    const timeField = collectionSpec(target.collection).timeField;
    const doc = await this.store.findOne<CachedDocument>(target.collection, {
      ...target.identity,
      expires_at: { $gt: new Date() },
    });
    cacheLookups.inc({ cache: target.cache, layer: 'mongo', result: doc ? 'hit' : 'miss' });
    if (!doc) return null;
    return { entry: { data: doc.data, computedAt: doc[timeField] as Date, expiresAt: doc.expires_at }, generations: doc.generations ?? {} };
  }

  async set(target: CacheTarget, entry: CacheEntry, tags: readonly string[], generations: readonly string[]): Promise<void> {
    const timeField = collectionSpec(target.collection).timeField;
    await this.store.upsertOne<CachedDocument>(target.collection, target.identity, {
      $set: {
        ...target.describe, data: entry.data, [timeField]: entry.computedAt, expires_at: entry.expiresAt,
        tags: [...tags], generations: Object.fromEntries(tags.map((tag, i) => [tag, generations[i]!])),
      },
    });
  }

  async invalidate(collection: CacheTarget['collection'], tags: readonly string[]): Promise<number> {
    return this.store.deleteMany(collection, { tags: { $in: [...tags] } });
  }

}
