import type { Db, ObjectId } from 'mongodb';
import type { OutboxRow } from '../../src/audit/changelog';
import type { Pool } from 'pg';

/** An alert config as the collection stores it, enabled unless told. */
export async function insertAlertConfig(db: Db, tenantId: string, userId: string, rule: {
  metric: string; condition: string; threshold?: number; channels?: string[]; enabled?: boolean; name?: string;
}): Promise<ObjectId> {
  const { insertedId } = await db.collection('user_alert_config').insertOne({
    tenant_id: tenantId, user_id: userId, name: rule.name ?? `${rule.metric} ${rule.condition}`, metric: rule.metric, condition: rule.condition,
    ...(rule.threshold !== undefined && { threshold: rule.threshold }), channels: rule.channels ?? ['in_app'], enabled: rule.enabled ?? true,
    updated_at: new Date(),
  });
  return insertedId;
}

/** A tenant's notifications, oldest first. */
export function notificationsOf(db: Db, tenantId: string) {
  return db.collection('notification_delivery').find({ tenant_id: tenantId }).sort({ created_at: 1, _id: 1 }).toArray();
}

/** The outbox rows of some tenants, as the relay reads them (relayed or not), in id order. */
export async function outboxRows(pool: Pool, tenantIds: readonly string[]): Promise<OutboxRow[]> {
  const { rows } = await pool.query<OutboxRow>(
    `SELECT id::text, tenant_id, entity_type, entity_id, operation, before, after, changed_fields, version, actor_id,
            request_id, ip_address, session_id, changed_at
       FROM entity_outbox WHERE tenant_id = ANY($1::uuid[]) ORDER BY id`, [tenantIds]);
  return rows;
}
