import type { Pool } from 'pg';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';

/** Newest first, ties broken by id: a stable order for keyset pagination. */
export interface Keyset {
  createdAt: Date;
  id: string;
}

export interface PageQuery {
  first: number;
  after?: Keyset | undefined;
  /** Equality filters on row properties, e.g. `{ projectId }`. */
  where?: Record<string, string> | undefined;
}

export interface Page<Row> {
  rows: Row[];
  hasNextPage: boolean;
}

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

  async page<K extends EntityKind>(kind: K, query: PageQuery): Promise<Page<RowOf<K>>> {
    const { sql, params } = this.filtered(kind, query.where);
    if (query.after) {
      params.push(query.after.createdAt, query.after.id);
      sql.push(`("created_at", "id") < ($${params.length - 1}, $${params.length})`);
    }
    params.push(query.first + 1);
    const { rows } = await this.pool.query(
      `SELECT ${selectList(kind)} FROM ${quote(entityRegistry[kind].table)} WHERE ${sql.join(' AND ')} ` +
        `ORDER BY "created_at" DESC, "id" DESC LIMIT $${params.length}`,
      params,
    );
    return { rows: rows.slice(0, query.first) as RowOf<K>[], hasNextPage: rows.length > query.first };
  }

  async count(kind: EntityKind, where?: Record<string, string>): Promise<number> {
    const { sql, params } = this.filtered(kind, where);
    const { rows } = await this.pool.query(
      `SELECT count(*)::int AS n FROM ${quote(entityRegistry[kind].table)} WHERE ${sql.join(' AND ')}`,
      params,
    );
    return (rows[0] as { n: number }).n;
  }

  private filtered(kind: EntityKind, where: Record<string, string> = {}) {
    const params: unknown[] = [this.tenantId];
    const sql = [`${quote(entityRegistry[kind].tenantColumn)} = $1`];
    for (const [property, value] of Object.entries(where)) {
      params.push(value);
      sql.push(`${columnOf(kind, property)} = $${params.length}`);
    }
    return { sql, params };
  }
}
