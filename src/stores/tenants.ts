import type { Pool } from 'pg';
import { isUuid } from './sql';

/**
 * Tenant ids for jobs that work tenant by tenant: every tenant, or the one whose id or slug is
 * `which` (none when there is no such tenant).
 */
export async function tenantIds(pool: Pool, which?: string): Promise<string[]> {
  const { rows } = which === undefined
    ? await pool.query<{ id: string }>('SELECT id FROM tenants ORDER BY id')
    : isUuid(which)
      ? await pool.query<{ id: string }>('SELECT id FROM tenants WHERE id = $1', [which])
      : await pool.query<{ id: string }>('SELECT id FROM tenants WHERE slug = $1', [which]);
  return rows.map((row) => row.id);
}
