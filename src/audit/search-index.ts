import { kindOfEntityType } from '../registry/entities';
import { searchEntryOfColumns, isSearchable, type SearchIndexChange } from '../search/entries';
import type { OutboxRow } from './changelog';

/**
 * The search index changes of a batch of outbox rows, in their commit order: an insert or update
 * puts the row's entry as it is after the change, a delete removes it. The outbox records every
 * writer's changes (this gateway, another service, psql), so relaying them keeps the index right
 * whoever wrote the row. An update that touched no searched column puts the same words again,
 * under its new version: one more replace in the batch's bulkWrite, and an entry that went
 * missing comes back with the row's next change.
 */
export function searchIndexChanges(rows: readonly OutboxRow[]): SearchIndexChange[] {
  const changes: SearchIndexChange[] = [];
  for (const row of rows) {
    const kind = kindOfEntityType(row.entity_type);
    if (!kind || !isSearchable(kind)) continue;
    if (row.operation === 'DELETE' || !row.after) {
      changes.push({ tenantId: row.tenant_id, remove: { entity_type: row.entity_type, entity_id: row.entity_id } });
      continue;
    }
    const entry = searchEntryOfColumns(kind, row.after);
    if (entry) changes.push({ tenantId: row.tenant_id, put: entry });
  }
  return changes;
}
