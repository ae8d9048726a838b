import { mayWrite, purchaseOrderInitialStatuses, purchaseOrderMove, type WriteAction } from '../auth/permissions';
import type { Viewer } from '../auth/viewer';
import { badUserInput, conflict, forbidden } from '../errors';
import type { EntityChangeFeed } from '../live/entity-changes';
import type { Logger } from '../logger';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import { IdempotencyKeyReusedError, StaleVersionError, type RowWrites, type WriteOrigin } from '../stores/row-writes';
import type { TenantSearchIndex } from '../stores/search-index';
import { searchEntryOfRow } from '../search/entries';
import type { CacheLoaders } from './caches';
import type { RowLoaders } from './rows';

/** PostgreSQL's answer to a write that breaks a rule of the schema, in the caller's terms. */
function asUserError(kind: EntityKind, error: unknown): unknown {
  if (error instanceof StaleVersionError) {
    return conflict(`The ${entityRegistry[kind].graphqlType} changed since you read it; it is at version ${error.current}.`, {
      field: 'expectedVersion', currentVersion: error.current,
    });
  }
  if (error instanceof IdempotencyKeyReusedError) return badUserInput(`This idempotency key cannot be used again: ${error.message}.`, 'idempotencyKey');
  const { code, detail, constraint, column: notNull } = error as { code?: string; detail?: string; constraint?: string; column?: string };
  const { columns, graphqlType, table } = entityRegistry[kind];
  const propertyOf = (column: string | undefined) =>
    (Object.entries(columns) as [string, string][]).find(([, c]) => c === column)?.[0];
  // Composite keys read "(tenant_id, vendor_id)"; check constraints are named <table>_<column>_check.
  const column = notNull ?? detail?.match(/\(tenant_id, (\w+)\)/)?.[1] ?? constraint?.match(new RegExp(`^${table}_(\\w+)_check$`))?.[1];
  const field = propertyOf(column);
  switch (code) {
    case '23503':
      // On delete: other rows still refer to this one.
      return detail?.includes('is still referenced')
        ? badUserInput(`The ${graphqlType} is still referred to by other rows; remove those first.`, 'id')
        : badUserInput(`${field ?? 'A reference'} does not refer to an existing row of this tenant.`, field);
    case '23505':
      return badUserInput(`A ${graphqlType} with the same ${field ?? 'key'} already exists.`, field);
    case '23502':
      return badUserInput(`${field ?? 'A required value'} cannot be null.`, field);
    case '23514':
      return badUserInput(`Invalid ${field ?? 'value'} for ${graphqlType}.`, field);
    default:
      // Class 22, data exceptions (too long, out of range, not a number, not a date …): the value sent.
      return code?.startsWith('22') ? badUserInput(`Invalid ${field ?? 'value'} for ${graphqlType}.`, field) : error;
  }
}

/** After PostgreSQL has committed, cache invalidation and search indexing may take this long before the answer goes out anyway. */
const INVALIDATE_BUDGET_MS = 100;

export interface WriteOptions {
  /** Wait (within `auditWaitMs`) until the change is in entity_changelog: the answer shows it. */
  awaitAudit?: boolean;
  origin?: Partial<WriteOrigin>;
}

/**
 * The write path of relational entities, as the signed-in user: the permission table and the
 * purchase-order transitions first, then one PostgreSQL transaction that also records the change
 * in the outbox (the relay makes it the audit trail, the live event and the cache invalidation).
 * The answer is the outcome of that transaction, whatever MongoDB or Redis are doing: the caches
 * this request could read again are dropped within a small budget, and the relay finishes the job.
 */
export class EntityWrites {
  constructor(
    private readonly writes: RowWrites,
    private readonly rows: RowLoaders,
    private readonly caches: CacheLoaders,
    private readonly changes: EntityChangeFeed,
    private readonly auditWaitMs: number,
    private readonly logger?: Logger,
    /** Told of every row a write committed (the operation's user_activity_event names it). */
    private readonly onCommitted: (kind: EntityKind, id: string) => void = () => undefined,
    /** This tenant's search index: the rows written are findable by the time the answer goes out (the relay does it for every writer). */
    private readonly search?: TenantSearchIndex,
  ) {}

  async create<K extends EntityKind>(
    viewer: Viewer, kind: K, values: Partial<RowOf<K>>, idempotencyKey?: string, options: WriteOptions = {},
  ): Promise<RowOf<K>> {
    this.allow(viewer, kind, 'create');
    const status = (values as { status?: string }).status;
    if (kind === 'PURCHASE_ORDER' && status && !purchaseOrderInitialStatuses.includes(status)) {
      throw badUserInput(`A new purchase order starts as ${purchaseOrderInitialStatuses.join(' or ')}.`, 'status');
    }
    const { row, created } = await this.writes
      .insert(kind, values, { ...options.origin, actorId: viewer.userId }, idempotencyKey)
      .catch((error) => Promise.reject(asUserError(kind, error)));
    await this.committed(kind, row as Versioned, created && options.awaitAudit);
    return row;
  }

  /** null when the row does not exist for this tenant. */
  async update<K extends EntityKind>(
    viewer: Viewer, kind: K, id: string, changes: Partial<RowOf<K>>, expectedVersion?: number, options: WriteOptions = {},
  ): Promise<RowOf<K> | null> {
    this.allow(viewer, kind, 'update');
    const guard = kind === 'PURCHASE_ORDER'
      ? (before: RowOf<K>) => this.checkTransition(viewer, before as { status?: string }, changes as { status?: string })
      : undefined;
    const result = await this.writes
      .update(kind, id, changes, { ...options.origin, actorId: viewer.userId }, expectedVersion, guard)
      .catch((error) => Promise.reject(asUserError(kind, error)));
    if (!result) return null;
    const after = result.after as Versioned;
    // An update that changed nothing left no change record to wait for.
    await this.committed(kind, after, options.awaitAudit && after.version !== (result.before as Versioned).version);
    return result.after;
  }

  /** The id of the deleted row; null when the row does not exist for this tenant. */
  async delete(viewer: Viewer, kind: EntityKind, id: string, expectedVersion?: number, options: WriteOptions = {}): Promise<string | null> {
    this.allow(viewer, kind, 'delete');
    const before = await this.writes
      .delete(kind, id, { ...options.origin, actorId: viewer.userId }, expectedVersion)
      .catch((error) => Promise.reject(asUserError(kind, error)));
    if (!before) return null;
    await this.committed(kind, before as Versioned, options.awaitAudit, true);
    return id;
  }

  private allow(viewer: Viewer, kind: EntityKind, action: WriteAction) {
    if (!mayWrite(viewer, kind, action)) {
      throw forbidden(`Your role may not ${action} a ${entityRegistry[kind].graphqlType}.`);
    }
  }

  private checkTransition(viewer: Viewer, before: { status?: string }, changes: { status?: string }) {
    const from = before.status!;
    const to = changes.status ?? from;
    switch (purchaseOrderMove(viewer, from, to)) {
      case 'impossible':
        throw badUserInput(`A purchase order cannot move from ${from} to ${to}.`, 'status');
      case 'forbidden':
        throw forbidden(`Your role may not move a purchase order from ${from} to ${to}.`);
    }
  }

  private async committed(kind: EntityKind, row: Versioned, awaitAudit = false, deleted = false) {
    this.rows.forget(kind, row.id);
    this.onCommitted(kind, row.id);
    const invalidated = this.caches.invalidate([kind]).catch((error: unknown) => {
      this.logger?.warn({ err: error, kind }, 'cache invalidation after a write failed; the outbox relay retries it');
    });
    const indexed = this.reindex(kind, row, deleted).catch((error: unknown) => {
      this.logger?.warn({ err: error, kind }, 'search indexing after a write failed; the outbox relay indexes the change');
    });
    const audited = awaitAudit && this.auditWaitMs > 0
      ? this.changes.whenRelayed({ tenantId: this.writes.tenantId, entityType: entityRegistry[kind].entityType, entityId: row.id }, row.version, this.auditWaitMs)
      : undefined;
    await Promise.all([within(Promise.all([invalidated, indexed]), INVALIDATE_BUDGET_MS), audited]);
  }

  private async reindex(kind: EntityKind, row: Versioned, deleted: boolean) {
    const entry = this.search && searchEntryOfRow(kind, row as unknown as RowOf<typeof kind>);
    if (!entry) return;
    await (deleted ? this.search!.remove(entry) : this.search!.put(entry));
  }
}

type Versioned = { id: string; version: number };

/** Waits for `work`, but not longer than `ms`; it goes on in the background either way. */
const within = (work: Promise<unknown>, ms: number) =>
  Promise.race([work, new Promise((resolve) => setTimeout(resolve, ms).unref())]);
