import type { Pool } from 'pg';
import { statement } from './sql';

/** A user a handle may name: the handle is matched against the local part and the whole address. */
export interface HandleOwner {
  id: string;
  localPart: string;
  email: string;
}

const BY_HANDLE = `SELECT id, lower(split_part(email, '@', 1)) AS "localPart", lower(email) AS email FROM users
  WHERE tenant_id = $1 AND (lower(split_part(email, '@', 1)) = ANY($2::text[]) OR lower(email) = ANY($2::text[]))`;

/**
 * The users of one tenant that `@handles` may name, in one statement. Users of other tenants are
 * never candidates: a handle that only another tenant's user has names nobody here.
 */
export class UserHandles {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
  ) {}

  /** `handles` lower-cased. */
  private async owners(handles: readonly string[]): Promise<HandleOwner[]> {
    if (handles.length === 0) return [];
    const { rows } = await this.pool.query(statement(BY_HANDLE, [this.tenantId, [...handles]]));
    return rows as HandleOwner[];
  }

  /**
   * The ids of the users the handles name, in the order mentioned, each once. A handle that names
   * no one, or two users alike (as a shared local part may), names nobody.
   */
  async named(handles: readonly string[]): Promise<string[]> {
    const owners = await this.owners(handles);
    const ids = handles.flatMap((handle) => {
      const named = owners.filter((user) => user.email === handle || (!handle.includes('@') && user.localPart === handle));
      return named.length === 1 ? [named[0]!.id] : [];
    });
    return [...new Set(ids)];
  }
}
