import type { Document } from 'mongodb';
import { entityRegistry, type EntityKind } from '../registry/entities';
import type { SeededRandom } from './random';
import type { DemoTenant } from './relational';

/** Documents per collection for one tenant, keyed by collection name. */
export type DemoDocuments = Record<string, Document[]>;

interface Target {
  kind: EntityKind;
  id: string;
  createdAt: Date;
  row: { id: string; createdAt: Date; status?: string };
}

const targetsOf = (kind: EntityKind, rows: Target['row'][]): Target[] =>
  rows.map((row) => ({ kind, id: row.id, createdAt: row.createdAt, row }));

const COMMENTS = ['Looks good to me.', 'Can we move this up a week?', 'Waiting on the vendor quote.',
  'Site visit confirmed for Tuesday.', 'Budget impact is within tolerance.', 'Blocked by permits, escalating.',
  'Photos attached from this morning.', 'Approved, please proceed.', 'Please double-check the measurements.'];
const FILES = [['site-plan.pdf', 'application/pdf'], ['photo.jpg', 'image/jpeg'], ['invoice.pdf', 'application/pdf'],
  ['spec-sheet.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet']] as const;
const ACTIONS = ['view', 'view', 'view', 'edit', 'comment', 'download'];
const CHANNELS = ['in_app', 'in_app', 'email', 'push', 'sms'];

const minute = 60_000;

/**
 * Documents that point at the tenant's rows through entity_type + entity_id (the bridge), with
 * a few references left dangling on purpose: ids that exist nowhere, and one that names
 * `foreign` (a row of another tenant), which must resolve to null like any missing row.
 */
export function generateDocuments(
  random: SeededRandom, data: DemoTenant, foreign: { kind: EntityKind; id: string } | undefined, anchor: Date,
): DemoDocuments {
  const { users } = data;
  const targets = [
    ...targetsOf('PROJECT', data.projects),
    ...targetsOf('TASK', data.tasks),
    ...targetsOf('ASSET', data.assets),
    ...targetsOf('VENDOR', data.vendors),
    ...targetsOf('PURCHASE_ORDER', data.purchaseOrders),
  ];
  const after = (date: Date) =>
    new Date(Math.min(anchor.getTime() - minute, date.getTime() + random.int(1, 60 * 24 * 30) * minute));
  const ref = (t: { kind: EntityKind; id: string }) => ({ entity_type: entityRegistry[t.kind].entityType, entity_id: t.id });
  const someone = () => random.pick(users).id;

  const docs: DemoDocuments = {
    entity_changelog: [], field_audit_log: [], comment_thread: [], attachment_metadata: [],
    user_activity_event: [], notification_delivery: [], user_preference: [],
  };

  for (const target of targets) {
    docs.entity_changelog!.push({
      ...ref(target), operation: 'INSERT', old_value: null, new_value: target.row,
      changed_by: someone(), changed_at: target.createdAt, ip_address: `10.0.${random.int(0, 255)}.${random.int(1, 254)}`,
    });
    if (target.row.status && random.chance(0.5)) {
      const changedAt = after(target.createdAt);
      const changedBy = someone();
      const before = { ...target.row, status: 'PLANNED' };
      docs.entity_changelog!.push({ ...ref(target), operation: 'UPDATE', old_value: before, new_value: target.row, changed_by: changedBy, changed_at: changedAt });
      docs.field_audit_log!.push({ ...ref(target), field: 'status', old_value: 'PLANNED', new_value: target.row.status, changed_by: changedBy, changed_at: changedAt });
    }
    const comments = target.kind === 'PROJECT' || target.kind === 'TASK' ? random.int(0, 4) : random.int(0, 1);
    for (let i = 0; i < comments; i++) {
      docs.comment_thread!.push({ ...ref(target), author_id: someone(), body: random.pick(COMMENTS), created_at: after(target.createdAt), reactions: [] });
    }
    if (random.chance(0.25)) {
      const [file, contentType] = random.pick(FILES);
      const id = random.uuid();
      docs.attachment_metadata!.push({
        ...ref(target), file_name: file, content_type: contentType, size_bytes: random.int(10_000, 8_000_000),
        storage_key: `${data.tenant.id}/${ref(target).entity_type}/${target.id}/${id}/${file}`,
        uploaded_by: someone(), created_at: after(target.createdAt),
      });
    }
    if (random.chance(0.4)) {
      docs.user_activity_event!.push({
        ...ref(target), user_id: someone(), action: random.pick(ACTIONS), page: `/${ref(target).entity_type}s/${target.id}`,
        duration_ms: random.int(500, 120_000), created_at: after(target.createdAt),
      });
    }
  }

  for (const task of data.tasks.filter((t) => t.assigneeId && random.chance(0.5))) {
    const createdAt = after(task.createdAt);
    const status = random.pick(['sent', 'delivered', 'delivered', 'read', 'failed']);
    docs.notification_delivery!.push({
      recipient_id: task.assigneeId, sender_id: someone(), title: `Task assigned: ${task.title}`,
      body: `You were assigned "${task.title}".`, channels: [random.pick(CHANNELS)], status,
      priority: task.priority === 'URGENT' ? 'high' : 'normal', entity_type: 'task', entity_id: task.id,
      created_at: createdAt,
      ...(status === 'delivered' || status === 'read' ? { delivered_at: new Date(createdAt.getTime() + minute) } : {}),
      ...(status === 'read' ? { read_at: new Date(createdAt.getTime() + 5 * minute) } : {}),
    });
  }

  // Dangling on purpose: rows that were never created, and a row that belongs to another tenant.
  const dangling = [
    { kind: 'PROJECT' as const, id: random.uuid() },
    { kind: 'TASK' as const, id: random.uuid() },
    ...(foreign ? [foreign] : []),
  ];
  for (const target of dangling) {
    docs.comment_thread!.push({ ...ref(target), author_id: someone(), body: 'This refers to something that is not here.', created_at: anchor, reactions: [] });
    docs.entity_changelog!.push({ ...ref(target), operation: 'DELETE', old_value: { id: target.id }, new_value: null, changed_by: someone(), changed_at: anchor });
  }

  for (const user of users.slice(0, 3)) {
    docs.user_preference!.push({
      user_id: user.id, locale: random.pick(['en-US', 'en-GB', 'de-DE']), timezone: random.pick(['UTC', 'America/New_York', 'Europe/Berlin']),
      theme: random.pick(['SYSTEM', 'LIGHT', 'DARK']), default_project_id: random.pick(data.projects).id, updated_at: anchor,
    });
  }
  return docs;
}
