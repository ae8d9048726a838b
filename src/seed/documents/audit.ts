import { entityRegistry, type EntityKind } from '../../registry/entities';
import { DAY, HOUR, type Drafts, type SeedContext } from './context';

type Row = { id: string; createdAt: Date; updatedAt: Date } & Record<string, unknown>;
type Audit = Drafts<'entity_changelog' | 'field_audit_log'>;

const isoDay = (date: string, days: number) => new Date(Date.parse(date) + days * DAY).toISOString().slice(0, 10);

/**
 * What a row looked like before its updates. The seed only has rows as they are now, so their
 * history is invented backwards from them: a project was PLANNED before it became ACTIVE, a
 * purchase order was a DRAFT before it was submitted. Every row updated since it was created
 * gets at least one change, so its last snapshot is the row as PostgreSQL has it.
 */
function earlierValues(ctx: SeedContext, kind: EntityKind, row: Row): Record<string, unknown> {
  const { random } = ctx;
  const earlier: Record<string, unknown> = {};
  switch (kind) {
    case 'PROJECT':
      if (row.status !== 'PLANNED') earlier.status = 'PLANNED';
      if (row.coverAttachmentId) earlier.coverAttachmentId = null;
      if (random.chance(0.3)) earlier.budget = (Number(row.budget) * 0.9).toFixed(2);
      if (!Object.keys(earlier).length && typeof row.dueOn === 'string') earlier.dueOn = isoDay(row.dueOn, -30);
      break;
    case 'TASK':
      if (row.status !== 'TODO') earlier.status = 'TODO';
      if (row.assigneeId && random.chance(0.4)) earlier.assigneeId = null;
      if (!Object.keys(earlier).length) earlier.priority = row.priority === 'MEDIUM' ? 'LOW' : 'MEDIUM';
      break;
    case 'ASSET':
      if (row.status !== 'IN_SERVICE') earlier.status = 'IN_SERVICE';
      else if (row.projectId) earlier.projectId = null;
      else earlier.status = 'MAINTENANCE';
      break;
    case 'VENDOR':
      earlier.rating = row.rating === 5 ? 4 : Number(row.rating ?? 2) + 1;
      break;
    case 'PURCHASE_ORDER':
      if (row.status !== 'DRAFT') earlier.status = 'DRAFT';
      if (row.status === 'DRAFT' || random.chance(0.25)) earlier.totalAmount = (Number(row.totalAmount) * 1.1).toFixed(2);
      break;
    case 'USER':
      // Admins were promoted after they joined; a role change is audited field by field.
      if ((row.roles as string[]).includes('admin')) earlier.roles = ['member'];
      else earlier.name = String(row.name).split(' ')[0];
      break;
    case 'TENANT':
      break;
  }
  return earlier;
}

/**
 * The INSERT of a row and the UPDATEs that led to it as it is now, with field audits for its
 * sensitive fields. Sets the row's version to its number of writes, before the rows are inserted.
 */
function history(ctx: SeedContext, kind: EntityKind, row: Row, creator: string, out: Audit) {
  const { random } = ctx;
  const audited = (entityRegistry[kind].auditedFields ?? []) as readonly string[];
  const bridge = ctx.ref({ kind, id: row.id });
  const client = () => ({
    request_id: random.uuid(),
    ip_address: random.chance(0.7) ? `10.20.${random.int(0, 255)}.${random.int(1, 254)}` : `203.0.113.${random.int(1, 254)}`,
    ...(random.chance(0.8) && { session_id: ctx.hex(32) }),
  });

  const earlier = row.updatedAt > row.createdAt ? earlierValues(ctx, kind, row) : {};
  const changed = Object.keys(earlier);
  // One update, or two when several things changed: the first property on its own, the rest later.
  const steps = changed.length > 1 && random.chance(0.5) ? [changed.slice(0, 1), changed.slice(1)] : changed.length ? [changed] : [];
  // Rows count their updates in `version` (optimistic concurrency): the snapshots do too, and the row ends at the last.
  const versioned = 'version' in row;
  const version = (n: number) => (versioned ? { version: n } : {});
  let before: Row = { ...row, ...earlier, ...version(1), updatedAt: row.createdAt };
  out.entity_changelog.push({
    ...bridge, operation: 'INSERT', old_value: null, new_value: before, changed_fields: [], version: 1,
    changed_by: creator, changed_at: row.createdAt, ...client(),
  });
  const span = row.updatedAt.getTime() - row.createdAt.getTime();
  steps.forEach((step, i) => {
    const at = i === steps.length - 1 ? row.updatedAt : new Date(row.createdAt.getTime() + Math.floor(span * (0.2 + 0.5 * random.next())));
    const after: Row = { ...before, ...Object.fromEntries(step.map((p) => [p, row[p]])), ...version(i + 2), updatedAt: at };
    // What the write changed: updatedAt and version change with every write, so they are not listed.
    const changedFields = Object.keys(after)
      .filter((p) => p !== 'updatedAt' && p !== 'version' && JSON.stringify(before[p]) !== JSON.stringify(after[p]));
    const by = ctx.someone();
    out.entity_changelog.push({
      ...bridge, operation: 'UPDATE', old_value: before, new_value: after, changed_fields: changedFields, version: i + 2,
      changed_by: by, changed_at: at, ...client(),
    });
    for (const field of changedFields.filter((p) => audited.includes(p))) {
      out.field_audit_log.push({ ...bridge, field, old_value: before[field] ?? null, new_value: after[field] ?? null, changed_by: by, changed_at: at });
    }
    before = after;
  });
  if (versioned) row.version = steps.length + 1;
}

/** Full before/after snapshots of every row of the tenant, and a few of rows that are not here. */
export function auditDocuments(ctx: SeedContext): Audit {
  const { data } = ctx;
  const out: Audit = { entity_changelog: [], field_audit_log: [] };
  const admin = ctx.admin().id;
  const rows: [EntityKind, Row[], (row: Row) => string][] = [
    ['USER', data.users as unknown as Row[], () => admin],
    ['PROJECT', data.projects as unknown as Row[], (p) => String(p.ownerId)],
    ['TASK', data.tasks as unknown as Row[], () => ctx.someone()],
    ['ASSET', data.assets as unknown as Row[], () => admin],
    ['VENDOR', data.vendors as unknown as Row[], () => ctx.someone()],
    ['PURCHASE_ORDER', data.purchaseOrders as unknown as Row[], (po) => (po.createdBy as string | null) ?? admin],
  ];
  for (const [kind, list, creator] of rows) for (const row of list) history(ctx, kind, row, creator(row), out);

  // Deleted rows keep their history, and one entry names another tenant's row: both resolve to null.
  for (const target of ctx.dangling) {
    const at = ctx.ago(HOUR, 10 * DAY);
    const closedAt = new Date(at.getTime() - 3 * DAY);
    const [from, to] = target.kind === 'TASK' ? ['IN_PROGRESS', 'DONE'] : ['ACTIVE', 'CANCELLED'];
    const bridge = ctx.ref(target);
    out.field_audit_log.push({ ...bridge, field: 'status', old_value: from, new_value: to, changed_by: admin, changed_at: closedAt });
    out.entity_changelog.push({
      ...bridge, operation: 'DELETE', old_value: { id: target.id, status: to, updatedAt: closedAt }, new_value: null,
      changed_fields: [], changed_by: admin, changed_at: at,
    });
  }
  return out;
}
