import type { Bucket } from '../../stores/kpis';
import type { DemoTenant } from '../relational';

/** Money in cents: sums stay exact, as PostgreSQL's numeric sums are. */
const cents = (amount: string) => Math.round(Number(amount) * 100);
/** PostgreSQL's initcap(replace(value, '_', ' ')): ON_HOLD is "On Hold". */
const initcap = (value: string) => value.toLowerCase().replace(/_/g, ' ').replace(/\b\w/g, (c) => c.toUpperCase());
const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function buckets<T>(rows: readonly T[], keyOf: (row: T) => string, labelOf: (row: T) => string, amount: (row: T) => number, tieBy: 'key' | 'label') {
  const byKey = new Map<string, Bucket>();
  for (const row of rows) {
    const key = keyOf(row);
    const bucket = byKey.get(key) ?? byKey.set(key, { key, label: labelOf(row), value: 0 }).get(key)!;
    bucket.value += amount(row);
  }
  return [...byKey.values()].sort((a, b) => b.value - a.value || compare(a[tieBy], b[tieBy]));
}

/**
 * What the gateway's KpiStore answers for the seeded rows, computed here from the rows themselves,
 * so that cached tiles and reports the seed stores agree with PostgreSQL. Same buckets, same order.
 */
export function kpis(data: DemoTenant) {
  const names = new Map(data.users.map((u) => [u.id, u.name]));
  const vendors = new Map(data.vendors.map((v) => [v.id, v.name]));
  const committed = data.purchaseOrders.filter((po) => po.status !== 'DRAFT' && po.status !== 'CANCELLED');
  const open = data.tasks.filter((t) => t.status !== 'DONE');
  const inCents = (bucketList: Bucket[]) => bucketList.map((b) => ({ ...b, value: b.value / 100 }));
  return {
    projectsByStatus: () => buckets(data.projects, (p) => p.status, (p) => initcap(p.status), () => 1, 'key'),
    openTasksByAssignee: () => buckets(open, (t) => t.assigneeId ?? 'unassigned',
      (t) => (t.assigneeId && names.get(t.assigneeId)) || 'Unassigned', () => 1, 'label'),
    tasksByPriority: () => buckets(open, (t) => t.priority, (t) => initcap(t.priority), () => 1, 'key'),
    spendByVendor: (from?: string, to?: string) => inCents(buckets(
      committed.filter((po) => (!from || (po.orderedOn !== null && po.orderedOn >= from)) && (!to || (po.orderedOn !== null && po.orderedOn <= to))),
      (po) => po.vendorId, (po) => vendors.get(po.vendorId) ?? '', (po) => cents(po.totalAmount), 'label')),
    assetValueByStatus: () => inCents(buckets(data.assets, (a) => a.status, (a) => initcap(a.status), (a) => cents(a.purchaseCost), 'key')),
    budgetVsSpend: (statuses: readonly string[]) => data.projects
      .filter((p) => statuses.length === 0 || statuses.includes(p.status))
      .sort((a, b) => compare(a.code, b.code))
      .map((p) => {
        const spent = committed.filter((po) => po.projectId === p.id).reduce((sum, po) => sum + cents(po.totalAmount), 0) / 100;
        return { id: p.id, code: p.code, name: p.name, status: p.status, budget: Number(p.budget), spent, remaining: Number(p.budget) - spent };
      }),
  };
}
