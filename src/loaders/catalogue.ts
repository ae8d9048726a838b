import DataLoader from 'dataloader';
import { ObjectId, type Document, type Filter, type WithId } from 'mongodb';
import type { Viewer } from '../auth/viewer';
import type { CollectionName } from '../catalogue/collections';
import type { DocumentOf } from '../catalogue/documents';
import { servingIndex } from '../catalogue/filters';
import { collectionSpec } from '../catalogue/lookup';
import { badUserInput } from '../errors';
import { entityRefKey, type DocumentStore, type EntityRef, type TenantDocument } from '../stores/documents';
import type { PageRequest, Slice } from '../stores/keyset';
import { needsConversations, readGrant, type ReadGrant } from './access';
import { SliceLoaders } from './slices';

type Stored = WithId<TenantDocument>;

/** A list query of one collection: equality filters on stored fields, a time range, a page. */
export interface CatalogueQuery {
  /** Stored field → value; every one of them is a filter the collection offers. */
  readonly filters: Readonly<Record<string, unknown>>;
  readonly from?: Date | null | undefined;
  readonly to?: Date | null | undefined;
  readonly request: PageRequest;
}

/**
 * Reads of any catalogue collection for one request, with the access table applied to the viewer
 * of each call (loaders are shared by a tenant's users, so who reads is an argument, as in the
 * other loaders): lists with filters, the documents of many entities in one aggregate, documents
 * by id in one find per collection.
 */
export class CatalogueLoaders {
  private readonly byEntity = new Map<string, SliceLoaders<EntityRef, Stored>>();
  private readonly byId = new Map<string, DataLoader<string, Stored | null>>();

  constructor(
    private readonly store: DocumentStore,
    private readonly batch = true,
    /** The conversations a viewer is in, for collections only their members read (chat_message). */
    private readonly conversationsOf: (viewer: Viewer) => Promise<readonly string[]> = async () => [],
  ) {}

  private async grant(collection: CollectionName, viewer: Viewer): Promise<ReadGrant> {
    return readGrant(collection, viewer, needsConversations(collection) ? await this.conversationsOf(viewer) : undefined);
  }

  /** A newest-first page and its total; BAD_USER_INPUT when no index serves the filters together. */
  async page<N extends CollectionName>(collection: N, viewer: Viewer, query: CatalogueQuery) {
    const grant = await this.grant(collection, viewer);
    const filter = this.listFilter(collection, grant, query);
    const { scope } = grant;
    const page = await this.store.page<TenantDocument>(collection, filter, query.request, scope);
    return { nodes: page.nodes as DocumentOf<N>[], hasNextPage: page.hasNextPage, totalCount: () => this.store.count(collection, filter, scope) };
  }

  /** `collection`'s documents about `ref`; the refs of one tick cost one aggregate together. */
  async forEntity<N extends CollectionName>(collection: N, viewer: Viewer, ref: EntityRef, request: PageRequest) {
    const grant = await this.grant(collection, viewer);
    const id = `${collection}|${grant.key}`;
    let loaders = this.byEntity.get(id);
    if (!loaders) {
      loaders = new SliceLoaders(
        (refs, req) => this.store.pagesByEntity<never>(collection, refs, req, grant.filter),
        entityRefKey,
        this.batch,
      );
      this.byEntity.set(id, loaders);
    }
    return loaders.load(ref, request) as Promise<Slice<DocumentOf<N>>>;
  }

  /** A document by its ObjectId, or null when it is missing or not the viewer's to read. */
  async load<N extends CollectionName>(collection: N, viewer: Viewer, id: ObjectId | string): Promise<DocumentOf<N> | null> {
    const grant = await this.grant(collection, viewer);
    const key = `${collection}|${grant.key}`;
    let loader = this.byId.get(key);
    if (!loader) {
      loader = new DataLoader<string, Stored | null>(async (ids) => {
        const docs = await this.store.find<TenantDocument>(
          collection, { $and: [grant.filter, { _id: { $in: ids.map((hex) => new ObjectId(hex)) } }] }, {}, grant.scope,
        );
        const byHex = new Map(docs.map((doc) => [doc._id.toHexString(), doc]));
        return ids.map((hex) => byHex.get(hex) ?? null);
      }, { batch: this.batch, cache: this.batch });
      this.byId.set(key, loader);
    }
    const hex = typeof id === 'string' ? id : id.toHexString();
    if (!ObjectId.isValid(hex) || hex.length !== 24) return null;
    return loader.load(hex.toLowerCase()) as Promise<DocumentOf<N> | null>;
  }

  /**
   * After a write of a document about `ref`: this request reads the entity's pages of
   * `collection`, and the document itself, again (for every reader's grant).
   */
  forget(collection: CollectionName, ref: EntityRef, id?: ObjectId): void {
    for (const [key, loaders] of this.byEntity) if (key.startsWith(`${collection}|`)) loaders.clear(ref);
    if (!id) return;
    for (const [key, loader] of this.byId) if (key.startsWith(`${collection}|`)) loader.clear(id.toHexString());
  }

  private listFilter(collection: CollectionName, grant: ReadGrant, query: CatalogueQuery): Filter<Document> {
    const spec = collectionSpec(collection);
    const filtered = Object.keys(query.filters);
    if (!servingIndex(spec, grant.ownerField ? [grant.ownerField, ...filtered] : filtered)) {
      throw badUserInput(`No index of ${collection} serves filtering by ${filtered.join(' and ')} together.`, filtered.at(-1));
    }
    const { from, to } = query;
    if (from && to && from >= to) throw badUserInput('from must be before to.', 'from');
    const range = { ...(from && { $gte: from }), ...(to && { $lt: to }) };
    return {
      $and: [grant.filter, { ...query.filters, ...(from || to ? { [spec.timeField]: range } : {}) }],
    };
  }
}
