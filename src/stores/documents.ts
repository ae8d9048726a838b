import type { Db, Document, Filter, FindOptions, OptionalUnlessRequiredId, UpdateFilter, WithId } from 'mongodb';

/** Every document of this gateway is scoped by tenant_id (seed 000, "Tenant Scoping"). */
export interface TenantDocument extends Document {
  tenant_id: string;
}

/**
 * Reads and writes documents for one tenant. The tenant condition is added to every filter,
 * pipeline and insert built here, so no caller can forget it. MongoDB never joins to itself:
 * cross-collection questions go through PostgreSQL via the entity bridge.
 */
export class DocumentStore {
  constructor(
    private readonly db: Db,
    readonly tenantId: string,
  ) {}

  private scoped<T extends TenantDocument>(filter: Filter<T>): Filter<T> {
    return { ...filter, tenant_id: this.tenantId } as Filter<T>;
  }

  find<T extends TenantDocument>(collection: string, filter: Filter<T>, options?: FindOptions): Promise<WithId<T>[]> {
    return this.db.collection<T>(collection).find(this.scoped(filter), options).toArray();
  }

  findOne<T extends TenantDocument>(collection: string, filter: Filter<T>): Promise<WithId<T> | null> {
    return this.db.collection<T>(collection).findOne(this.scoped(filter));
  }

  /** The pipeline always starts by restricting to this tenant. */
  aggregate<R extends Document>(collection: string, pipeline: Document[]): Promise<R[]> {
    const [first, ...rest] = pipeline;
    const tenantMatch = first?.$match
      ? { $match: { ...first.$match, tenant_id: this.tenantId } }
      : { $match: { tenant_id: this.tenantId } };
    const stages = first?.$match ? [tenantMatch, ...rest] : [tenantMatch, ...pipeline];
    return this.db.collection(collection).aggregate<R>(stages).toArray();
  }

  async insertMany<T extends TenantDocument>(collection: string, docs: Omit<T, 'tenant_id'>[]): Promise<WithId<T>[]> {
    const scoped = docs.map((doc) => ({ ...doc, tenant_id: this.tenantId }) as unknown as OptionalUnlessRequiredId<T>);
    if (scoped.length === 0) return [];
    const { insertedIds } = await this.db.collection<T>(collection).insertMany(scoped);
    return scoped.map((doc, i) => ({ ...doc, _id: insertedIds[i] }) as WithId<T>);
  }

  /** Upserts keep tenant_id on the document they create. */
  async upsertOne<T extends TenantDocument>(collection: string, filter: Filter<T>, update: UpdateFilter<T>): Promise<WithId<T> | null> {
    return this.db.collection<T>(collection).findOneAndUpdate(this.scoped(filter), update, {
      upsert: true,
      returnDocument: 'after',
    });
  }

  async updateMany<T extends TenantDocument>(collection: string, filter: Filter<T>, update: UpdateFilter<T>): Promise<number> {
    const { modifiedCount } = await this.db.collection<T>(collection).updateMany(this.scoped(filter), update);
    return modifiedCount;
  }
}
