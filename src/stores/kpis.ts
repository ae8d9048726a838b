import type { Pool } from 'pg';

export interface Bucket {
  key: string;
  label: string;
  value: number;
}

/**
 * Aggregates over the relational domain for dashboards and reports, one statement each and
 * always for one tenant. Money is summed exactly in numeric and rounded to cents before it
 * becomes a JSON number: fine for display, never fed back into accounting.
 */
export class KpiStore {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
  ) {}

  private async buckets(sql: string, params: unknown[] = []): Promise<Bucket[]> {
    const { rows } = await this.pool.query(sql, [this.tenantId, ...params]);
    return rows.map((row) => ({ key: String(row.key), label: String(row.label), value: Number(row.value) }));
  }

  projectsByStatus() {
    return this.buckets(
      `SELECT status AS key, initcap(replace(status, '_', ' ')) AS label, count(*) AS value
       FROM projects WHERE tenant_id = $1 GROUP BY status ORDER BY value DESC, key`,
    );
  }

  openTasksByAssignee() {
    return this.buckets(
      `SELECT coalesce(u.id::text, 'unassigned') AS key, coalesce(u.name, 'Unassigned') AS label, count(*) AS value
       FROM tasks t LEFT JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t.assignee_id
       WHERE t.tenant_id = $1 AND t.status <> 'DONE'
       GROUP BY u.id, u.name ORDER BY value DESC, label`,
    );
  }

  tasksByPriority() {
    return this.buckets(
      `SELECT priority AS key, initcap(priority) AS label, count(*) AS value
       FROM tasks WHERE tenant_id = $1 AND status <> 'DONE' GROUP BY priority ORDER BY value DESC, key`,
    );
  }

  /** Committed spend: purchase orders that are not drafts or cancelled. */
  spendByVendor(from?: string, to?: string) {
    return this.buckets(
      `SELECT v.id::text AS key, v.name AS label, round(sum(po.total_amount), 2) AS value
       FROM purchase_orders po JOIN vendors v ON v.tenant_id = po.tenant_id AND v.id = po.vendor_id
       WHERE po.tenant_id = $1 AND po.status NOT IN ('DRAFT', 'CANCELLED')
         AND ($2::date IS NULL OR po.ordered_on >= $2) AND ($3::date IS NULL OR po.ordered_on <= $3)
       GROUP BY v.id, v.name ORDER BY value DESC, label`,
      [from ?? null, to ?? null],
    );
  }

  assetValueByStatus() {
    return this.buckets(
      `SELECT status AS key, initcap(replace(status, '_', ' ')) AS label, round(sum(purchase_cost), 2) AS value
       FROM assets WHERE tenant_id = $1 GROUP BY status ORDER BY value DESC, key`,
    );
  }

  /** Budget against committed spend, per project (optionally only some statuses). */
  async budgetVsSpend(statuses: readonly string[]) {
    const { rows } = await this.pool.query(
      `SELECT p.id, p.code, p.name, p.status, p.budget,
              coalesce(sum(po.total_amount) FILTER (WHERE po.status NOT IN ('DRAFT', 'CANCELLED')), 0) AS spent
       FROM projects p LEFT JOIN purchase_orders po ON po.tenant_id = p.tenant_id AND po.project_id = p.id
       WHERE p.tenant_id = $1 AND (cardinality($2::text[]) = 0 OR p.status = ANY($2))
       GROUP BY p.id ORDER BY p.code`,
      [this.tenantId, statuses],
    );
    return rows.map((r) => ({
      id: r.id as string, code: r.code as string, name: r.name as string, status: r.status as string,
      budget: Number(r.budget), spent: Number(r.spent), remaining: Number(r.budget) - Number(r.spent),
    }));
  }

  /** Tasks created and completed per ISO week over the last `weeks` weeks. */
  async taskThroughput(weeks: number, projectId?: string) {
    const { rows } = await this.pool.query(
      `SELECT to_char(week, 'IYYY-"W"IW') AS week,
              count(*) FILTER (WHERE kind = 'created') AS created,
              count(*) FILTER (WHERE kind = 'done') AS done
       FROM (
         SELECT date_trunc('week', created_at) AS week, 'created' AS kind FROM tasks
         WHERE tenant_id = $1 AND ($3::uuid IS NULL OR project_id = $3)
         UNION ALL
         SELECT date_trunc('week', updated_at), 'done' FROM tasks
         WHERE tenant_id = $1 AND status = 'DONE' AND ($3::uuid IS NULL OR project_id = $3)
       ) events
       WHERE week >= date_trunc('week', now()) - make_interval(weeks => $2 - 1)
       GROUP BY week ORDER BY week`,
      [this.tenantId, weeks, projectId ?? null],
    );
    return rows.map((r) => ({ week: r.week as string, created: Number(r.created), done: Number(r.done) }));
  }
}
