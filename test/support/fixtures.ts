import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { uniqueSlug } from './gateway';

export interface FixtureTenant {
  id: string;
  slug: string;
  admin: { id: string; tenantId: string; email: string; roles: string[] };
  member: { id: string; tenantId: string; email: string; roles: string[] };
  projects: { id: string; name: string }[];
}

/** A fresh tenant with two users and `projectCount` projects, created with plain SQL. */
export async function createTenant(pool: Pool, prefix: string, projectCount = 3): Promise<FixtureTenant> {
  const slug = uniqueSlug(prefix);
  const id = randomUUID();
  await pool.query('INSERT INTO tenants (id, slug, name) VALUES ($1, $2, $3)', [id, slug, `${prefix} Inc.`]);
  const user = async (name: string, roles: string[]) => {
    const userId = randomUUID();
    const email = `${name}@${slug}.test`;
    await pool.query('INSERT INTO users (id, tenant_id, email, name, roles) VALUES ($1, $2, $3, $4, $5)', [
      userId, id, email, name, roles,
    ]);
    return { id: userId, tenantId: id, email, roles };
  };
  const admin = await user('admin', ['admin']);
  const member = await user('member', ['member']);
  const projects = [];
  for (let i = 0; i < projectCount; i++) {
    const projectId = randomUUID();
    const name = `${prefix} project ${i}`;
    // Distinct created_at values make the newest-first order deterministic.
    await pool.query(
      `INSERT INTO projects (id, tenant_id, owner_id, code, name, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(secs => $6))`,
      [projectId, id, admin.id, `P-${i}`, name, projectCount - i],
    );
    projects.push({ id: projectId, name });
  }
  return { id, slug, admin, member, projects: projects.reverse() };
}

export async function dropTenant(pool: Pool, tenant: FixtureTenant) {
  await pool.query('DELETE FROM tenants WHERE id = $1', [tenant.id]);
}
