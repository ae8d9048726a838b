import { ObjectId } from 'mongodb';
import type { EntityChangeDoc, FieldAuditDoc } from '../documents/types';
import { entityRegistry, kindOfEntityType, type EntityKind } from '../registry/entities';

/** One entity_outbox row as the relay reads it (migrations/pg/*_entity-outbox.sql). */
export interface OutboxRow {
  id: string;
  tenant_id: string;
  entity_type: string;
  entity_id: string;
  operation: 'INSERT' | 'UPDATE' | 'DELETE';
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  changed_fields: string[];
  version: number | null;
  actor_id: string | null;
  request_id: string | null;
  ip_address: string | null;
  session_id: string | null;
  changed_at: Date;
}

/**
 * The document id of an outbox row's n-th document: the change time (seconds, as every ObjectId
 * starts), the outbox id (48 bits) and n. Deterministic, so relaying a row twice (after a crash,
 * or by a second relay after a failover) writes nothing twice: the unique _id refuses the copy.
 */
export function outboxDocumentId(row: Pick<OutboxRow, 'id' | 'changed_at'>, n: number): ObjectId {
  const bytes = Buffer.alloc(12);
  bytes.writeUInt32BE(Math.floor(row.changed_at.getTime() / 1000), 0);
  bytes.writeUIntBE(Number(row.id), 4, 6);
  bytes.writeUInt16BE(n, 10);
  return new ObjectId(bytes);
}

const propertiesByColumn = new Map<EntityKind, Map<string, string>>();
/** Column → row property, so the changelog shows what the graph calls each field. */
function propertyOf(kind: EntityKind, column: string): string {
  let map = propertiesByColumn.get(kind);
  if (!map) {
    map = new Map(Object.entries(entityRegistry[kind].columns).map(([property, col]) => [col as string, property]));
    propertiesByColumn.set(kind, map);
  }
  return map.get(column) ?? column;
}

function asProperties(kind: EntityKind, row: Record<string, unknown> | null) {
  return row && Object.fromEntries(Object.entries(row).map(([column, value]) => [propertyOf(kind, column), value]));
}

/**
 * The entity_changelog document and the field_audit_log documents (one per sensitive field that
 * changed) of one outbox row. Null for an entity type this gateway does not know.
 */
export function changelogDocuments(row: OutboxRow): { change: EntityChangeDoc; audits: FieldAuditDoc[] } | null {
  const kind = kindOfEntityType(row.entity_type);
  if (!kind) return null;
  const before = asProperties(kind, row.before);
  const after = asProperties(kind, row.after);
  const common = {
    tenant_id: row.tenant_id, entity_type: row.entity_type, entity_id: row.entity_id,
    changed_by: row.actor_id, changed_at: row.changed_at,
  };
  const change: EntityChangeDoc = {
    _id: outboxDocumentId(row, 0), ...common, operation: row.operation, old_value: before, new_value: after,
    changed_fields: row.changed_fields.map((column) => propertyOf(kind, column)),
    version: row.version, request_id: row.request_id, ip_address: row.ip_address, session_id: row.session_id,
  };
  const audits = (entityRegistry[kind].auditedFields ?? [])
    .map(String)
    .filter((field) => JSON.stringify(before?.[field] ?? null) !== JSON.stringify(after?.[field] ?? null))
    .map((field, i): FieldAuditDoc => ({
      _id: outboxDocumentId(row, i + 1), ...common, field, old_value: before?.[field] ?? null, new_value: after?.[field] ?? null,
    }));
  return { change, audits };
}
