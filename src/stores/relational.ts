import type { Pool } from 'pg';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import type { Keyset, PageRequest, Slice } from './keyset';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids come from clients and documents; anything that is not a uuid cannot match a row. */
export const isUuid = (id: string) => UUID.test(id);

const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;

const selectLists = new Map<EntityKind, string>();
function selectList(kind: EntityKind): string {
  let list = selectLists.get(kind);
  if (!list) {
    const columns = Object.entries(entityRegistry[kind].columns) as [string, string][];
    list = columns.map(([property, column]) => `${quote(column)} AS ${quote(property)}`).join(', ');
    selectLists.set(kind, list);
  }
  return list;
}

function columnOf(kind: EntityKind, property: string): string {
  const column = (entityRegistry[kind].columns as Record<string, string>)[property];
  if (!column) throw new Error(`${kind} has no column for property "${property}"`);
  return quote(column);
}

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

  /**
   * Inserts one row of this tenant (tenant_id is set here, never taken from the caller) and
   * returns it as stored, defaults included.
   */
  async insert<K extends EntityKind>(kind: K, values: Partial<RowOf<K>>): Promise<RowOf<K>> {
    const entries = Object.entries(values).filter(([property]) => property !== 'tenantId');
    const columns = [quote(entityRegistry[kind].tenantColumn), ...entries.map(([property]) => columnOf(kind, property))];
    const params = [this.tenantId, ...entries.map(([, value]) => value)];
    const { rows } = await this.pool.query(
      `INSERT INTO ${quote(entityRegistry[kind].table)} (${columns.join(', ')})
       VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING ${selectList(kind)}`,
      params,
    );
    return rows[0] as RowOf<K>;
  }

  /**
   * Updates one row of this tenant and returns it before and after, in one transaction with
   * the row locked, so the pair is exactly what this write changed. null when there is no such row.
   */
  async update<K extends EntityKind>(
    kind: K, id: string, changes: Partial<RowOf<K>>,
  ): Promise<{ before: RowOf<K>; after: RowOf<K> } | null> {
    if (!isUuid(id)) return null;
    const { table, tenantColumn, key } = entityRegistry[kind];
    const entries = Object.entries(changes).filter(([property]) => property !== 'id' && property !== 'tenantId');
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const where = `${quote(tenantColumn)} = $1 AND ${quote(key)} = $2`;
      const before = await client.query(`SELECT ${selectList(kind)} FROM ${quote(table)} WHERE ${where} FOR UPDATE`, [this.tenantId, id]);
      if (before.rowCount === 0) {
        await client.query('ROLLBACK');
        return null;
      }
      const sets = entries.map(([property], i) => `${columnOf(kind, property)} = $${i + 3}`);
      const after = sets.length
        ? await client.query(`UPDATE ${quote(table)} SET ${sets.join(', ')} WHERE ${where} RETURNING ${selectList(kind)}`,
          [this.tenantId, id, ...entries.map(([, value]) => value)])
        : before;
      await client.query('COMMIT');
      return { before: before.rows[0] as RowOf<K>, after: after.rows[0] as RowOf<K> };
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    } finally {
      client.release();
    }
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
