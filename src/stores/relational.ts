import type { Pool } from 'pg';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import type { Keyset, PageRequest, Slice } from './keyset';
import { columnOf, isUuid, quote, selectList } from './sql';

export { isUuid };

const NEWEST_FIRST = '"created_at" DESC, "id" DESC';

/**
 * Reads relational rows for one tenant. The tenant condition is part of every statement built
 * here, so no caller can forget it; a row of another tenant is indistinguishable from no row.
 */
export class RelationalStore {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
  ) {}

  /** One statement for any number of ids; rows come back in no particular order. */
  async byIds<K extends EntityKind>(kind: K, ids: readonly string[]): Promise<RowOf<K>[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const { table, tenantColumn, key } = entityRegistry[kind];
    const { rows } = await this.pool.query(
      `SELECT ${selectList(kind)} FROM ${quote(table)} WHERE ${quote(tenantColumn)} = $1 AND ${quote(key)} = ANY($2::uuid[])`,
      [this.tenantId, valid],
    );
    return rows as RowOf<K>[];
  }

  /** A newest-first page of the tenant's rows, optionally filtered by equality on row properties. */
  async page<K extends EntityKind>(
    kind: K, request: PageRequest, where: Record<string, string> = {},
  ): Promise<{ nodes: RowOf<K>[]; hasNextPage: boolean }> {
    const { sql, params } = this.conditions(kind, where, request.after);
    params.push(request.first + 1);
    const { rows } = await this.pool.query(
      `SELECT ${selectList(kind)} FROM ${quote(entityRegistry[kind].table)} WHERE ${sql} ` +
        `ORDER BY ${NEWEST_FIRST} LIMIT $${params.length}`,
      params,
    );
    return { nodes: rows.slice(0, request.first) as RowOf<K>[], hasNextPage: rows.length > request.first };
  }

  async count(kind: EntityKind, where: Record<string, string> = {}): Promise<number> {
    const { sql, params } = this.conditions(kind, where);
    const { rows } = await this.pool.query(
      `SELECT count(*)::int AS n FROM ${quote(entityRegistry[kind].table)} WHERE ${sql}`,
      params,
    );
    return (rows[0] as { n: number }).n;
  }

  /**
   * The newest `first` rows of each parent (e.g. the tasks of 50 projects) and each parent's
   * total, in one statement: a LATERAL subquery per parent honours its own LIMIT, and a second
   * one counts the parent's rows regardless of the cursor.
   */
  async pagesByParent<K extends EntityKind>(
    kind: K, parentProperty: string, parentIds: readonly string[], request: PageRequest,
  ): Promise<Map<string, Slice<RowOf<K>>>> {
    const parents = [...new Set(parentIds.filter(isUuid))];
    const slices = new Map<string, Slice<RowOf<K>>>();
    if (parents.length === 0) return slices;
    const table = quote(entityRegistry[kind].table);
    const tenant = quote(entityRegistry[kind].tenantColumn);
    const parentColumn = columnOf(kind, parentProperty);
    const { sql, params } = this.conditions(kind, {}, request.after);
    params.push(parents, request.first + 1);
    const { rows } = await this.pool.query(
      `SELECT parent.id AS "__parent", total.n AS "__total", page.*
       FROM unnest($${params.length - 1}::uuid[]) AS parent(id)
       CROSS JOIN LATERAL (
         SELECT count(*)::int AS n FROM ${table} WHERE ${tenant} = $1 AND ${parentColumn} = parent.id
       ) total
       LEFT JOIN LATERAL (
         SELECT ${selectList(kind)} FROM ${table}
         WHERE ${sql} AND ${parentColumn} = parent.id
         ORDER BY ${NEWEST_FIRST} LIMIT $${params.length}
       ) page ON true`,
      params,
    );
    for (const { __parent, __total, ...row } of rows as ({ __parent: string; __total: number; id: string | null })[]) {
      const slice = slices.get(__parent) ?? { nodes: [], hasNextPage: false, totalCount: __total };
      slices.set(__parent, slice);
      if (row.id === null) continue; // the parent has no rows on this page
      if (slice.nodes.length < request.first) slice.nodes.push(row as unknown as RowOf<K>);
      else slice.hasNextPage = true;
    }
    return slices;
  }

  private conditions(kind: EntityKind, where: Record<string, string>, after?: Keyset) {
    const params: unknown[] = [this.tenantId];
    const sql = [`${quote(entityRegistry[kind].tenantColumn)} = $1`];
    for (const [property, value] of Object.entries(where)) {
      params.push(value);
      sql.push(`${columnOf(kind, property)} = $${params.length}`);
    }
    if (after) {
      params.push(after.at, after.id);
      sql.push(`("created_at", "id") < ($${params.length - 1}, $${params.length})`);
    }
    return { sql: sql.join(' AND '), params };
  }
}
