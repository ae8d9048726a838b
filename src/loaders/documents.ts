import type { Filter, WithId } from 'mongodb';
import { entityDocumentFields, type EntityDocumentField } from '../registry/documents';
import { entityRefKey, type BridgedDocument, type DocumentStore, type EntityRef } from '../stores/documents';
import type { PageRequest, Slice } from '../stores/keyset';
import { SliceLoaders } from './slices';

/**
 * Entity → documents for one request: the `comments` (or `changelog`, …) of every entity
 * resolved in the same tick, with the same page arguments, cost one aggregate together.
 */
export class DocumentLoaders {
  private readonly byField = new Map<EntityDocumentField, SliceLoaders<EntityRef, WithId<BridgedDocument>>>();

  constructor(
    private readonly store: DocumentStore,
    private readonly batch = true,
  ) {}

  forEntity<T extends BridgedDocument>(field: EntityDocumentField, ref: EntityRef, request: PageRequest) {
    let loaders = this.byField.get(field);
    if (!loaders) {
      const { collection, timeField } = entityDocumentFields[field];
      loaders = new SliceLoaders((refs, req) => this.store.pagesByEntity(collection, timeField, refs, req), entityRefKey, this.batch);
      this.byField.set(field, loaders);
    }
    return loaders.load(ref, request) as Promise<Slice<WithId<T>>>;
  }

  /** A plain newest-first page (e.g. the change log of every project). */
  page<T extends BridgedDocument>(field: EntityDocumentField, filter: Filter<T>, request: PageRequest) {
    const { collection, timeField } = entityDocumentFields[field];
    return this.store.page<T>(collection, timeField, filter, request);
  }

  count(field: EntityDocumentField, filter: Filter<BridgedDocument>): Promise<number> {
    return this.store.count(entityDocumentFields[field].collection, filter);
  }
}
