import type { EntityChangeDoc } from '../documents/types';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { DocumentStore, EntityRef } from '../stores/documents';
import type { Keyset } from '../stores/keyset';

/** The live changes of one row of the store's tenant: the replay from entity_changelog, then the feed. */
export class EntityChangesLoader {
  constructor(
    private readonly store: DocumentStore,
    private readonly feed: EntityChangeFeed,
  ) {}

  watch({ entityType, entityId }: EntityRef, after: Keyset | undefined) {
    const row = { entity_type: entityType, entity_id: entityId };
    return this.feed.changes({ tenantId: this.store.tenantId, entityType, entityId }, after, (position, limit) =>
      this.store.pageForward<EntityChangeDoc>('entity_changelog', row, position, limit));
  }
}
