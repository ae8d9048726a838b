import { randomUUID } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import { withoutCapture } from '../../src/seed/write';
import { uniqueSlug } from './gateway';

export interface FixtureTenant {
  id: string;
  slug: string;
  admin: { id: string; tenantId: string; email: string; roles: string[] };
  member: { id: string; tenantId: string; email: string; roles: string[] };
  projects: { id: string; name: string }[];
}

/**
 * Fixtures are set-up, not changes anyone audits: they are written with the outbox trigger off,
 * so that tests see only the changes they make. Tests of other writers write plain SQL of their own.
 */
export { withoutCapture };

/** A fresh tenant with two users and `projectCount` projects, created with plain SQL. */
export function createTenant(pool: Pool, prefix: string, projectCount = 3): Promise<FixtureTenant> {
  return withoutCapture(pool, (client) => insertTenant(client, prefix, projectCount));
}

async function insertTenant(pool: PoolClient, prefix: string, projectCount: number): Promise<FixtureTenant> {
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
  await withoutCapture(pool, (client) => client.query('DELETE FROM tenants WHERE id = $1', [tenant.id]));
}

/** Tasks under a project, as plain SQL; returns their ids newest first. */
export function createTasks(pool: Pool, tenant: FixtureTenant, projectId: string, count: number) {
  return withoutCapture(pool, (client) => insertTasks(client, tenant, projectId, count));
}

async function insertTasks(pool: PoolClient, tenant: FixtureTenant, projectId: string, count: number) {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) {
    const id = randomUUID();
    await pool.query(
      `INSERT INTO tasks (id, tenant_id, project_id, assignee_id, title, created_at)
       VALUES ($1, $2, $3, $4, $5, now() - make_interval(secs => $6))`,
      [id, tenant.id, projectId, tenant.member.id, `task ${i}`, count - i],
    );
    ids.push(id);
  }
  return ids.reverse();
}

export async function createVendor(pool: Pool, tenant: FixtureTenant, name: string) {
  const id = randomUUID();
  await withoutCapture(pool, (client) => client.query('INSERT INTO vendors (id, tenant_id, name) VALUES ($1, $2, $3)', [id, tenant.id, name]));
  return id;
}

/** `count` documents of one entity, one minute apart, newest last in time. */
export function timeline(count: number, base = Date.now() - 86_400_000) {
  return Array.from({ length: count }, (_, i) => new Date(base + i * 60_000));
}
