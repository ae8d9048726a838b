import type { Pool } from 'pg';
import { isUuid } from './sql';

interface Entry {
  member: boolean;
  until: number;
}

/**
 * Whether a user id belongs to a tenant, from PostgreSQL, remembered for `ttlMs` (both answers):
 * every authenticated request asks, and a token whose subject is not a user of its tenant must
 * read nothing of that tenant. A removed user loses access within `ttlMs`, whatever the token says.
 * While PostgreSQL does not answer, the last answer it gave stands (users already seen keep
 * working with what does not need PostgreSQL); with none, the failure goes to the caller.
 */
export class Memberships {
  private readonly known = new Map<string, Entry>();

  constructor(
    private readonly pool: Pool,
    private readonly ttlMs: number,
    private readonly maxEntries = 10_000,
  ) {}

  async isMember(userId: string, tenantId: string): Promise<boolean> {
    const key = `${tenantId}:${userId}`;
    const cached = this.known.get(key);
    if (cached && cached.until > Date.now()) return cached.member;
    if (!isUuid(userId) || !isUuid(tenantId)) return false;
    let member: boolean;
    try {
      const { rowCount } = await this.pool.query('SELECT 1 FROM users WHERE tenant_id = $1 AND id = $2', [tenantId, userId]);
      member = rowCount === 1;
    } catch (error) {
      if (cached) return cached.member;
      throw error;
    }
    this.known.delete(key); // re-inserted last: the map's order is the order to evict in
    this.known.set(key, { member, until: Date.now() + this.ttlMs });
    if (this.known.size > this.maxEntries) this.known.delete(this.known.keys().next().value!);
    return member;
  }
}
