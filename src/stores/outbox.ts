import type { ClientBase } from 'pg';
import type { OutboxRow } from '../audit/changelog';

/** One key for the whole database: at most one session relays the outbox at a time. */
const RELAY_LOCK = 'SELECT pg_try_advisory_lock(hashtext($1)) AS locked';
const LOCK_NAME = 'entity_outbox_relay';

/**
 * The relay's statements on entity_outbox, on the relay's own connection: the session-level
 * advisory lock lives exactly as long as that connection, so a relay that dies (or loses its
 * connection) lets another take over without waiting for a lease to run out.
 */
export class OutboxStore {
  constructor(private readonly client: ClientBase) {}

  async tryLock(): Promise<boolean> {
    const { rows } = await this.client.query<{ locked: boolean }>(RELAY_LOCK, [LOCK_NAME]);
    return rows[0]!.locked;
  }

  async unlock(): Promise<void> {
    await this.client.query('SELECT pg_advisory_unlock(hashtext($1))', [LOCK_NAME]);
  }

  /** The oldest pending rows. Ids are in commit order per entity: a row's writes are serialised by its lock. */
  async pending(limit: number): Promise<OutboxRow[]> {
    const { rows } = await this.client.query<OutboxRow>(
      `SELECT id::text, tenant_id, entity_type, entity_id, operation, before, after, changed_fields, version, actor_id,
              request_id, ip_address, session_id, changed_at
         FROM entity_outbox WHERE relayed_at IS NULL ORDER BY id LIMIT $1`,
      [limit],
    );
    return rows;
  }

  async markRelayed(ids: readonly string[]): Promise<void> {
    await this.client.query('UPDATE entity_outbox SET relayed_at = now() WHERE id = ANY($1::bigint[])', [ids]);
  }

  /** Seconds since the oldest pending change was made; 0 when nothing waits. */
  async lagSeconds(): Promise<number> {
    const { rows } = await this.client.query<{ lag: number | null }>(
      'SELECT extract(epoch FROM now() - min(changed_at))::float8 AS lag FROM entity_outbox WHERE relayed_at IS NULL',
    );
    return Math.max(0, rows[0]?.lag ?? 0);
  }

  /** Deletes outbox rows relayed, and idempotency keys made, longer ago than their keep times; says how many. */
  async prune(relayedKeepMs: number, keysKeepMs: number): Promise<{ outboxRows: number; idempotencyKeys: number }> {
    const outbox = await this.client.query('DELETE FROM entity_outbox WHERE relayed_at < $1', [new Date(Date.now() - relayedKeepMs)]);
    const keys = await this.client.query('DELETE FROM idempotency_keys WHERE created_at < $1', [new Date(Date.now() - keysKeepMs)]);
    return { outboxRows: outbox.rowCount ?? 0, idempotencyKeys: keys.rowCount ?? 0 };
  }
}
