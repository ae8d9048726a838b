import { MongoBulkWriteError, type AnyBulkWriteOperation, type Db, type Document } from 'mongodb';
import type { EntityRefDoc, SearchEntry, SearchIndexChange } from '../search/entries';

const COLLECTION = 'search_index_cache';
const DUPLICATE_KEY = 11000;

/** The tenant and entity of an entry: what its unique `entity` index holds once. */
const keyOf = (tenantId: string, ref: EntityRefDoc) => ({ tenant_id: tenantId, entity_type: ref.entity_type, entity_id: ref.entity_id });

/**
 * An entry goes in unless the one there was made from a newer version of the row: writers race
 * (this gateway's write path and the outbox relay, a rebuild and both), and whichever comes last
 * must not put an older title back. When a newer entry is there, the filter matches nothing and the
 * upsert's insert is refused by the unique `entity` index: that refusal is the intended outcome.
 * An entry without a version (none should be) is replaced.
 */
function operation(change: SearchIndexChange, at: Date): AnyBulkWriteOperation<Document> {
  if ('remove' in change) return { deleteOne: { filter: keyOf(change.tenantId, change.remove) } };
  const entry: SearchEntry = change.put;
  const key = keyOf(change.tenantId, entry);
  return {
    replaceOne: {
      filter: { ...key, version: { $not: { $gt: entry.version } } },
      replacement: { ...key, title: entry.title, ...(entry.summary && { summary: entry.summary }), terms: entry.terms, version: entry.version, indexed_at: at },
      upsert: true,
    },
  };
}

/**
 * Writes of search_index_cache, for the write path, the outbox relay and the rebuild alike. Every
 * change names its tenant, which is part of every filter and every entry written. Writes use the
 * default write concern: the index is derived from PostgreSQL and the rebuild recreates it.
 */
export class SearchIndexStore {
  constructor(private readonly db: Db) {}

  /**
   * One unordered bulkWrite for any number of changes; a later change of the same entity replaces
   * an earlier one in the list, so each entity is written once, as of its last change.
   */
  async apply(changes: readonly SearchIndexChange[], at = new Date()): Promise<void> {
    const last = new Map<string, SearchIndexChange>();
    for (const change of changes) {
      const ref = 'remove' in change ? change.remove : change.put;
      const id = `${change.tenantId}|${ref.entity_type}|${ref.entity_id}`;
      last.delete(id); // (re-inserted: the map keeps commit order)
      last.set(id, change);
    }
    if (last.size === 0) return;
    try {
      await this.db.collection(COLLECTION).bulkWrite([...last.values()].map((change) => operation(change, at)), { ordered: false });
    } catch (error) {
      if (!onlyNewerEntries(error)) throw error;
    }
  }

  /** The entity ids a tenant's index holds for one entity type: what the rebuild checks for rows that are gone. */
  async entityIds(tenantId: string, entityType: string): Promise<string[]> {
    const docs = await this.db.collection(COLLECTION)
      .find({ tenant_id: tenantId, entity_type: entityType }, { projection: { _id: 0, entity_id: 1 } })
      .toArray();
    return docs.map((doc) => doc.entity_id as string);
  }
}

/** A tenant's view of the index writes: what the gateway's own write path uses for the rows it writes. */
export class TenantSearchIndex {
  constructor(private readonly store: SearchIndexStore, readonly tenantId: string) {}

  put(entry: SearchEntry): Promise<void> {
    return this.store.apply([{ tenantId: this.tenantId, put: entry }]);
  }

  remove(ref: EntityRefDoc): Promise<void> {
    return this.store.apply([{ tenantId: this.tenantId, remove: ref }]);
  }
}

/**
 * The server answered, and refused nothing but upserts of entities whose entry is newer (see
 * `operation`). A failure before the server answered (no write errors) or a write concern error is
 * a real failure.
 */
function onlyNewerEntries(error: unknown): boolean {
  if (!(error instanceof MongoBulkWriteError) || error.err || error.result?.getWriteConcernError()) return false;
  const refused = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
  return refused.length > 0 && refused.every((e) => e.code === DUPLICATE_KEY);
}
