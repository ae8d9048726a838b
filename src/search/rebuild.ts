import type { Db } from 'mongodb';
import type { Pool } from 'pg';
import { entityRegistry, type EntityKind } from '../registry/entities';
import type { Keyset } from '../stores/keyset';
import { RelationalStore } from '../stores/relational';
import { SearchIndexStore } from '../stores/search-index';
import { searchableKinds, searchedProperties, searchEntryOfRow, type SearchIndexChange } from './entries';

export interface RebuildOptions {
  pg: Pool;
  mongo: Db;
  tenantIds: readonly string[];
  /** Rows read, and entries written in one bulkWrite, at a time. */
  batchSize?: number;
  /** Told after each batch (a progress line). */
  onBatch?: (progress: { tenantId: string; kind: EntityKind; indexed: number }) => void;
}

export interface RebuildResult {
  tenants: number;
  /** Entries written (or found newer than the row read, see SearchIndexStore). */
  indexed: number;
  /** Entries of rows that no longer exist. */
  removed: number;
}

/**
 * Recreates the search index of the given tenants from PostgreSQL: every searchable row's entry,
 * in batches (one page statement and one bulkWrite each), then the removal of entries whose row is
 * gone. The repair for an index that missed changes (MongoDB restored from a backup, a declaration
 * of searched columns that changed, entries written before versions were kept), and safe to run
 * at any time and as often as wanted: the gateway and the relay go on writing meanwhile, versions
 * keep a row read before their write from overwriting it, and an entry is removed only when its row
 * is absent from PostgreSQL after the scan (a row created meanwhile keeps the entry its writer made).
 */
export async function rebuildSearchIndex(options: RebuildOptions): Promise<RebuildResult> {
  const index = new SearchIndexStore(options.mongo);
  const batchSize = options.batchSize ?? 500;
  const result: RebuildResult = { tenants: 0, indexed: 0, removed: 0 };
  for (const tenantId of options.tenantIds) {
    const rows = new RelationalStore(options.pg, tenantId);
    for (const kind of searchableKinds) {
      const seen = new Set<string>();
      const columns = searchedProperties(kind);
      let after: Keyset | undefined;
      let more = true;
      while (more) {
        const page = await rows.page(kind, { first: batchSize, after, wants: { hasNextPage: true, totalCount: false } }, {}, columns);
        const changes = page.nodes.flatMap((row): SearchIndexChange[] => {
          const entry = searchEntryOfRow(kind, row);
          return entry ? [{ tenantId, put: entry }] : [];
        });
        await index.apply(changes);
        for (const change of changes) if ('put' in change) seen.add(change.put.entity_id);
        result.indexed += changes.length;
        options.onBatch?.({ tenantId, kind, indexed: changes.length });
        const last = page.nodes.at(-1) as unknown as { id: string; createdAt: Date } | undefined;
        after = last && { at: last.createdAt, id: last.id };
        more = page.hasNextPage && last !== undefined;
      }
      result.removed += await removeGone(index, rows, tenantId, kind, seen, batchSize);
    }
    result.tenants++;
  }
  return result;
}

/** The entries of `kind` not seen in the scan whose row PostgreSQL does not have now. */
async function removeGone(
  index: SearchIndexStore, rows: RelationalStore, tenantId: string, kind: EntityKind, seen: ReadonlySet<string>, batchSize: number,
): Promise<number> {
  const { entityType } = entityRegistry[kind];
  const unseen = (await index.entityIds(tenantId, entityType)).filter((id) => !seen.has(id));
  let removed = 0;
  for (let i = 0; i < unseen.length; i += batchSize) {
    const ids = unseen.slice(i, i + batchSize);
    const present = new Set((await rows.byIds(kind, ids, ['id'])).map((row) => (row as { id: string }).id.toLowerCase()));
    const gone = ids.filter((id) => !present.has(id.toLowerCase()));
    await index.apply(gone.map((id) => ({ tenantId, remove: { entity_type: entityType, entity_id: id } })));
    removed += gone.length;
  }
  return removed;
}
