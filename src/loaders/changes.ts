import type { EntityChangeDoc } from '../documents/types';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { DocumentStore } from '../stores/documents';
import type { Keyset } from '../stores/keyset';

/** The live changes of one row of the store's tenant: the replay from entity_changelog, then the feed. */
export class EntityChangesLoader {
  constructor(
    private readonly store: DocumentStore,
    private readonly feed: EntityChangeFeed,
  ) {}

  /** Without `entityId`: every row of the type. */
  watch({ entityType, entityId }: { entityType: string; entityId?: string | undefined }, after: Keyset | undefined) {
    const filter = entityId ? { entity_type: entityType, entity_id: entityId } : { entity_type: entityType };
    return this.feed.changes({ tenantId: this.store.tenantId, entityType, entityId }, after, (position, limit) =>
      this.store.pageForward<EntityChangeDoc>('entity_changelog', filter, position, limit));
  }
}
