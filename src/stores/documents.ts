import { ObjectId, type Collection, type Db, type Document, type Filter, type FindOptions, type OptionalUnlessRequiredId, type UpdateFilter, type WithId } from 'mongodb';
import { PLATFORM_TENANT } from '../catalogue/types';
import type { CollectionName } from '../catalogue/collections';
import { collectionSpec } from '../catalogue/lookup';
import type { Keyset, PageRequest, Slice } from './keyset';
import { DEFAULT_MONGO_USE, readOptions, writeOptions, type MongoUseSettings } from './mongo-options';
import { retained } from './retention';

/** Every document of this gateway is scoped by tenant_id (seed 000, "Tenant Scoping"). */
export interface TenantDocument extends Document {
  tenant_id: string;
}

/** A document that points at a relational row (seed 000, "Bridge Pattern"). */
export interface BridgedDocument extends TenantDocument {
  entity_type: string;
  entity_id: string;
}

export interface EntityRef {
  entityType: string;
  entityId: string;
}

export const entityRefKey = (ref: EntityRef) => `${ref.entityType}:${ref.entityId}`;

/** A document's position in its collection's order (time field, then _id): what its cursor encodes. */
export const documentKeyset = (collection: CollectionName) => {
  const { timeField } = collectionSpec(collection);
  // Generic, so that it takes the document type of the page it is given rather than setting it.
  return <D extends { _id: ObjectId }>(doc: D): Keyset => ({
    at: (doc as Document)[timeField] as Date, id: doc._id.toHexString(),
  });
};

/** How far a read reaches beyond the tenant's own documents. */
export interface ReadScope {
  /** Also the platform's shared documents (seed 004: tenantId 'global'), read-only for every tenant. */
  platform?: boolean;
}

/** Newest first by `timeField`, then by _id, strictly after the keyset. */
function afterKeyset(timeField: string, after: Keyset | undefined): Filter<Document> {
  if (!after) return {};
  const id = new ObjectId(after.id);
  return { $or: [{ [timeField]: { $lt: after.at } }, { [timeField]: after.at, _id: { $lt: id } }] };
}

/**
 * Reads and writes documents for one tenant. The tenant condition is added to every filter,
 * pipeline and insert built here, so no caller can forget it, and every read also leaves out
 * documents past the collection's retention. Writes only ever reach the tenant's own documents,
 * never the platform's. MongoDB never joins to itself: cross-collection questions go through
 * PostgreSQL via the entity bridge.
 */
export class DocumentStore {
  constructor(
    private readonly db: Db,
    readonly tenantId: string,
    private readonly use: MongoUseSettings = DEFAULT_MONGO_USE,
  ) {}

  /** The collection with its declared read preference and write concern (mongo-options.ts). */
  private handle<T extends Document>(collection: CollectionName): Collection<T> {
    return this.db.collection<T>(collection, { ...readOptions(collection, this.use), ...writeOptions(collection, this.use) });
  }

  /** Writes: the tenant's own documents only. */
  private scoped<T extends TenantDocument>(filter: Filter<T>): Filter<T> {
    return { ...filter, tenant_id: this.tenantId } as Filter<T>;
  }

  /** Reads: the tenant's documents (and the platform's, when asked) that are still retained. */
  private readable<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>, scope: ReadScope = {}): Filter<T> {
    const tenant = scope.platform ? { $in: [this.tenantId, PLATFORM_TENANT] } : this.tenantId;
    const retention = retained(collectionSpec(collection));
    const conditions = retention ? { $and: [filter, retention] } : filter;
    return { tenant_id: tenant, ...conditions } as Filter<T>;
  }

  find<T extends TenantDocument>(
    collection: CollectionName, filter: Filter<T>, options?: FindOptions, scope?: ReadScope,
  ): Promise<WithId<T>[]> {
    return this.handle<T>(collection).find(this.readable(collection, filter, scope), options).toArray();
  }

  findOne<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>): Promise<WithId<T> | null> {
    return this.handle<T>(collection).findOne(this.readable(collection, filter));
  }

  count<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>, scope?: ReadScope): Promise<number> {
    return this.handle<T>(collection).countDocuments(this.readable(collection, filter, scope));
  }

  /** The pipeline always starts by restricting to this tenant and to retained documents. */
  aggregate<R extends Document>(collection: CollectionName, pipeline: Document[], scope?: ReadScope): Promise<R[]> {
    const [first, ...rest] = pipeline;
    const match = { $match: this.readable(collection, first?.$match ?? {}, scope) };
    return this.handle(collection).aggregate<R>([match, ...(first?.$match ? rest : pipeline)]).toArray();
  }

  /** A newest-first page of the tenant's documents matching `filter`. */
  async page<T extends TenantDocument>(
    collection: CollectionName, filter: Filter<T>, request: PageRequest, scope?: ReadScope,
  ): Promise<{ nodes: WithId<T>[]; hasNextPage: boolean }> {
    const { timeField } = collectionSpec(collection);
    const docs = await this.handle<T>(collection)
      .find(this.readable(collection, { ...filter, ...afterKeyset(timeField, request.after) } as Filter<T>, scope))
      .sort({ [timeField]: -1, _id: -1 })
      .limit(request.first + 1)
      .toArray();
    return { nodes: docs.slice(0, request.first), hasNextPage: docs.length > request.first };
  }

  /**
   * Up to `limit` of the tenant's documents matching `filter` that come strictly after the keyset,
   * oldest first: what a reader that stopped at `after` has not seen yet, in the order it happened.
   */
  pageForward<T extends TenantDocument>(
    collection: CollectionName, filter: Filter<T>, after: Keyset, limit: number,
  ): Promise<WithId<T>[]> {
    const { timeField } = collectionSpec(collection);
    const id = new ObjectId(after.id);
    const position = { $or: [{ [timeField]: { $gt: after.at } }, { [timeField]: after.at, _id: { $gt: id } }] };
    return this.handle<T>(collection)
      .find(this.readable(collection, { $and: [filter, position] } as Filter<T>))
      .sort({ [timeField]: 1, _id: 1 })
      .limit(limit)
      .toArray();
  }

  /**
   * The newest `first` documents pointing at each entity, and each entity's total, in ONE
   * aggregate: the first $match uses the (tenant_id, entity_type, entity_id, time) index, then a
   * $facet per entity sorts and limits its own documents, so every entity's limit is honoured
   * on the server; one more facet counts them all. ($facet is in every MongoDB since 3.4; the
   * newer $topN/$firstN accumulators would do the same but the local test server lacks them.)
   * `filter` narrows every entity's documents alike (a reader's own favourites).
   */
  async pagesByEntity<T extends BridgedDocument>(
    collection: CollectionName, refs: readonly EntityRef[], request: PageRequest, filter: Filter<T> = {},
  ): Promise<Map<string, Slice<WithId<T>>>> {
    const { timeField } = collectionSpec(collection);
    const slices = new Map<string, Slice<WithId<T>>>();
    if (refs.length === 0) return slices;
    const idsByType = new Map<string, string[]>();
    for (const { entityType, entityId } of refs) idsByType.set(entityType, [...(idsByType.get(entityType) ?? []), entityId]);
    const facets: Record<string, Document[]> = {
      counts: [{ $group: { _id: { t: '$entity_type', id: '$entity_id' }, n: { $sum: 1 } } }],
    };
    refs.forEach((ref, i) => {
      facets[`p${i}`] = [
        { $match: { entity_type: ref.entityType, entity_id: ref.entityId, ...afterKeyset(timeField, request.after) } },
        { $sort: { [timeField]: -1, _id: -1 } },
        { $limit: request.first + 1 },
      ];
    });
    const [result] = await this.aggregate<Record<string, Document[]>>(collection, [
      { $match: { ...filter, $or: [...idsByType].map(([entity_type, ids]) => ({ entity_type, entity_id: { $in: ids } })) } },
      { $facet: facets },
    ]);
    const counts = new Map(
      (result?.counts ?? []).map((c) => [entityRefKey({ entityType: c._id.t, entityId: c._id.id }), c.n as number]),
    );
    refs.forEach((ref, i) => {
      const docs = (result?.[`p${i}`] ?? []) as WithId<T>[];
      slices.set(entityRefKey(ref), {
        nodes: docs.slice(0, request.first),
        hasNextPage: docs.length > request.first,
        totalCount: counts.get(entityRefKey(ref)) ?? 0,
      });
    });
    return slices;
  }

  /** Durable collections' writes are acknowledged as configured (seed 000: a majority, for audit logs). */
  async insertMany<T extends TenantDocument>(collection: CollectionName, docs: Omit<T, 'tenant_id' | '_id'>[]): Promise<WithId<T>[]> {
    const scoped = docs.map((doc) => ({ ...doc, tenant_id: this.tenantId }) as unknown as OptionalUnlessRequiredId<T>);
    if (scoped.length === 0) return [];
    const { insertedIds } = await this.handle<T>(collection)
      .insertMany(scoped);
    return scoped.map((doc, i) => ({ ...doc, _id: insertedIds[i] }) as WithId<T>);
  }

  /** Upserts keep tenant_id on the document they create. */
  async upsertOne<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>, update: UpdateFilter<T>): Promise<WithId<T> | null> {
    return this.handle<T>(collection).findOneAndUpdate(this.scoped(filter), update, {
      upsert: true,
      returnDocument: 'after',
    });
  }

  /** The tenant's one document matching `filter`, updated; as it was before (`returnDocument`), or null when none matched. */
  findOneAndUpdate<T extends TenantDocument>(
    collection: CollectionName, filter: Filter<T>, update: UpdateFilter<T>, returnDocument: 'before' | 'after' = 'after',
  ): Promise<WithId<T> | null> {
    return this.handle<T>(collection).findOneAndUpdate(this.scoped(filter), update, { returnDocument });
  }

  /** The tenant's one document matching `filter`, deleted and returned; null when none matched. */
  findOneAndDelete<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>): Promise<WithId<T> | null> {
    return this.handle<T>(collection).findOneAndDelete(this.scoped(filter));
  }

  async deleteMany<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>): Promise<number> {
    const { deletedCount } = await this.handle<T>(collection).deleteMany(this.scoped(filter));
    return deletedCount;
  }

  async updateMany<T extends TenantDocument>(collection: CollectionName, filter: Filter<T>, update: UpdateFilter<T>): Promise<number> {
    const { modifiedCount } = await this.handle<T>(collection).updateMany(this.scoped(filter), update);
    return modifiedCount;
  }
}
