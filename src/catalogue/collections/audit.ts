import { date, defineEnum, enumOf, int, json, listOf, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, tenant } from './shared';

const ChangeOperation = defineEnum('ChangeOperation', ['INSERT', 'UPDATE', 'DELETE']);

/** A change's who and when, shared by the whole-row and the single-field record. */
const changedBy = optional(row('USER', { description: 'Null for changes made outside this API.' }));

// 1. Audit logs. 7 years: the upper bound of the seed's "2-7 years", because these are the
// regulatory record and a deleted audit trail cannot be recovered (archive before expiry).
export const audit = [
  defineCollection({
    name: 'entity_changelog', category: 'audit', tenantField: tenant,
    summary: 'Full before/after snapshots on every RDBMS write',
    timeField: 'changed_at', polymorphic: true, retention: afterDays('changed_at', 7 * 365), durable: true,
    indexes: [{ name: 'changed_by_time', key: { tenant_id: 1, changed_by: 1, changed_at: -1 } }],
    fields: {
      operation: enumOf(ChangeOperation),
      old_value: optional(json({ description: 'The row before the change; null for an INSERT.' })),
      new_value: optional(json({ description: 'The row after the change; null for a DELETE.' })),
      changed_fields: listOf(string({ description: 'The properties that changed; empty for INSERT and DELETE.' })),
      version: optional(int({ description: "The row's version after the change." })),
      changed_by: changedBy,
      changed_at: date(),
      request_id: optional(string({ description: 'The API request that made the change.' })),
      // Personal data of whoever made the change: kept for investigations, not shown in the graph.
      ip_address: optional(string({ internal: true })),
      session_id: optional(string({ internal: true })),
    },
    graphql: {
      type: 'EntityChange', list: 'changelog', entityField: 'changelog',
      description: 'A full before/after snapshot of a relational write (entity_changelog).',
    },
  }),
  defineCollection({
    name: 'field_audit_log', category: 'audit', tenantField: tenant,
    summary: 'Field-level change tracking for sensitive fields',
    timeField: 'changed_at', polymorphic: true, retention: afterDays('changed_at', 7 * 365), durable: true,
    indexes: [{ name: 'field_time', key: { tenant_id: 1, entity_type: 1, field: 1, changed_at: -1 } }],
    fields: {
      field: string(),
      old_value: optional(json()),
      new_value: optional(json()),
      changed_by: changedBy,
      changed_at: date(),
    },
    graphql: {
      type: 'FieldAudit', list: 'fieldAudits', entityField: 'fieldAudits',
      description: 'A change of one sensitive field (field_audit_log).',
    },
  }),
] as const;
