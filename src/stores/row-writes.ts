import type { Pool, PoolClient } from 'pg';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import { columnOf, isUuid, quote, selectList } from './sql';
import { inTransaction } from './transaction';

/**
 * Who and what a write comes from. It is set on the transaction (SET LOCAL), where the outbox
 * trigger reads it into the change record: writes by other services simply have none.
 */
export interface WriteOrigin {
  actorId: string;
  requestId?: string | undefined;
  ipAddress?: string | undefined;
  sessionId?: string | undefined;
}

/** The row's version is not the one the writer read: someone changed it in between. */
export class StaleVersionError extends Error {
  constructor(readonly current: number) {
    super(`the row is at version ${current}`);
  }
}

/** An idempotency key already made a row of another kind. */
export class IdempotencyKeyReusedError extends Error {}

const IDEMPOTENCY_PKEY = 'idempotency_keys_pkey';

type Versioned = { id: string; version: number };

/**
 * Inserts, updates and deletes rows of one tenant, each in its own transaction that also carries
 * the writer's origin for the outbox trigger (migrations/pg/*_entity-outbox.sql): the change record
 * commits exactly when the change does. Every statement is scoped by the tenant, and tenant_id is
 * never taken from the caller.
 */
export class RowWrites {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
    /** false leaves the outbox out of these writes: only the writes benchmark's baseline does that. */
    private readonly capture = true,
  ) {}

  /**
   * A new row, defaults included. With an idempotency key, a retry of the same create returns the
   * row the first attempt made (`created: false`) instead of making another.
   */
  async insert<K extends EntityKind>(
    kind: K, values: Partial<RowOf<K>>, origin: WriteOrigin, idempotencyKey?: string,
  ): Promise<{ row: RowOf<K>; created: boolean }> {
    try {
      return await this.transaction(origin, (client) => this.insertOnce(client, kind, values, idempotencyKey));
    } catch (error) {
      // Two retries racing with one key: the loser's key insert conflicts; it now finds the row.
      if ((error as { constraint?: string }).constraint !== IDEMPOTENCY_PKEY) throw error;
      return this.transaction(origin, (client) => this.insertOnce(client, kind, values, idempotencyKey));
    }
  }

  /**
   * The row before and after, or null when the tenant has no such row. `guard` sees the locked row
   * before the change and may refuse it (by throwing): the transaction then changes nothing.
   */
  async update<K extends EntityKind>(
    kind: K, id: string, changes: Partial<RowOf<K>>, origin: WriteOrigin, expectedVersion?: number,
    guard?: (before: RowOf<K>) => void,
  ): Promise<{ before: RowOf<K>; after: RowOf<K> } | null> {
    if (!isUuid(id)) return null;
    const entries = Object.entries(changes).filter(([property]) => !['id', 'tenantId', 'version'].includes(property));
    return this.transaction(origin, async (client) => {
      const before = await this.locked(client, kind, id, expectedVersion);
      if (!before) return null;
      guard?.(before);
      if (entries.length === 0) return { before, after: before };
      const sets = entries.map(([property], i) => `${columnOf(kind, property)} = $${i + 3}`);
      const { rows } = await client.query(
        `UPDATE ${quote(entityRegistry[kind].table)} SET ${sets.join(', ')} WHERE ${this.byKey(kind)} RETURNING ${selectList(kind)}`,
        [this.tenantId, id, ...entries.map(([, value]) => value)],
      );
      return { before, after: rows[0] as RowOf<K> };
    });
  }

  /** The row as it was, or null when the tenant has no such row. */
  async delete<K extends EntityKind>(kind: K, id: string, origin: WriteOrigin, expectedVersion?: number): Promise<RowOf<K> | null> {
    if (!isUuid(id)) return null;
    return this.transaction(origin, async (client) => {
      const before = await this.locked(client, kind, id, expectedVersion);
      if (!before) return null;
      await client.query(`DELETE FROM ${quote(entityRegistry[kind].table)} WHERE ${this.byKey(kind)}`, [this.tenantId, id]);
      return before;
    });
  }

  private async insertOnce<K extends EntityKind>(
    client: PoolClient, kind: K, values: Partial<RowOf<K>>, idempotencyKey: string | undefined,
  ): Promise<{ row: RowOf<K>; created: boolean }> {
    const { entityType, table, tenantColumn, key } = entityRegistry[kind];
    if (idempotencyKey) {
      const { rows } = await client.query(
        'SELECT entity_type, entity_id FROM idempotency_keys WHERE tenant_id = $1 AND key = $2',
        [this.tenantId, idempotencyKey],
      );
      if (rows[0]) {
        if (rows[0].entity_type !== entityType) throw new IdempotencyKeyReusedError('the key was used to create something else');
        const existing = await client.query(
          `SELECT ${selectList(kind)} FROM ${quote(table)} WHERE ${this.byKey(kind)}`, [this.tenantId, rows[0].entity_id],
        );
        // The row may have been deleted since: the create happened once, and that stays true.
        if (existing.rows[0]) return { row: existing.rows[0] as RowOf<K>, created: false };
        throw new IdempotencyKeyReusedError('the row this key created has been deleted since');
      }
    }
    const entries = Object.entries(values).filter(([property]) => !['tenantId', 'version'].includes(property));
    const columns = [quote(tenantColumn), ...entries.map(([property]) => columnOf(kind, property))];
    const params = [this.tenantId, ...entries.map(([, value]) => value)];
    const { rows } = await client.query(
      `INSERT INTO ${quote(table)} (${columns.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${selectList(kind)}`,
      params,
    );
    const row = rows[0] as RowOf<K>;
    if (idempotencyKey) {
      await client.query(
        'INSERT INTO idempotency_keys (tenant_id, key, entity_type, entity_id) VALUES ($1, $2, $3, $4)',
        [this.tenantId, idempotencyKey, entityType, (row as Versioned)[key]],
      );
    }
    return { row, created: true };
  }

  /** The row, locked until the transaction ends; StaleVersionError when it moved past `expectedVersion`. */
  private async locked<K extends EntityKind>(client: PoolClient, kind: K, id: string, expectedVersion?: number) {
    const { rows } = await client.query(
      `SELECT ${selectList(kind)} FROM ${quote(entityRegistry[kind].table)} WHERE ${this.byKey(kind)} FOR UPDATE`, [this.tenantId, id],
    );
    const row = rows[0] as (RowOf<K> & Versioned) | undefined;
    if (row && expectedVersion !== undefined && row.version !== expectedVersion) throw new StaleVersionError(row.version);
    return row ?? null;
  }

  private byKey(kind: EntityKind) {
    const { tenantColumn, key } = entityRegistry[kind];
    return `${quote(tenantColumn)} = $1 AND ${quote(key)} = $2`;
  }

  private transaction<T>(origin: WriteOrigin, work: (client: PoolClient) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query(
        `SELECT set_config('gateway.actor_id', $1, true), set_config('gateway.request_id', $2, true),
                set_config('gateway.ip_address', $3, true), set_config('gateway.session_id', $4, true)`,
        [origin.actorId, origin.requestId ?? '', origin.ipAddress ?? '', origin.sessionId ?? ''],
      );
      if (!this.capture) await client.query("SET LOCAL gateway.capture = 'off'");
      return work(client);
    });
  }

}
