import type { Pool } from 'pg';

/** How many of a tenant's changes wait in entity_outbox for the relay. */
export async function pendingChanges(pool: Pool, tenantId: string): Promise<number> {
  const { rows } = await pool.query<{ n: number }>('SELECT count(*)::int AS n FROM entity_outbox WHERE tenant_id = $1 AND relayed_at IS NULL', [tenantId]);
  return rows[0]!.n;
}
