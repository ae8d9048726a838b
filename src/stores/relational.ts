import type { Pool } from 'pg';
import { entityRegistry, type EntityKind, type RowOf } from '../registry/entities';
import type { Keyset, PageRequest, Slice } from './keyset';
import { columnOf, columnsOf, isUuid, quote, selectList, statement, textCache, type Columns } from './sql';

export { isUuid };

const NEWEST_FIRST = '"created_at" DESC, "id" DESC';
/** Shared by every request's store: a shape's text is built once per process. */
const texts = textCache();

/** Equality filters on row properties, e.g. `{ status: 'ACTIVE' }`. */
export type Where = Record<string, string>;

/**
 * Reads relational rows for one tenant. The tenant condition is part of every statement built
 * here, so no caller can forget it; a row of another tenant is indistinguishable from no row.
 *
 * Every statement is named (sql.ts): PostgreSQL plans each shape once per connection. Each
 * selects only the properties asked for (`columns`, all by default) and works out a page's
 * `hasNextPage` and `totalCount` only when the request wants them, in the page's own statement.
 */
export class RelationalStore {
  constructor(
    private readonly pool: Pool,
    readonly tenantId: string,
  ) {}

  /** One statement for any number of ids; rows come back in no particular order. */
  async byIds<K extends EntityKind>(kind: K, ids: readonly string[], columns: Columns = columnsOf(kind)): Promise<RowOf<K>[]> {
    const valid = [...new Set(ids.filter(isUuid))];
    if (valid.length === 0) return [];
    const text = texts(`byIds:${kind}:${columns}`, () => {
      const { table, tenantColumn, key } = entityRegistry[kind];
      return `SELECT ${selectList(kind, columns)} FROM ${quote(table)} WHERE ${quote(tenantColumn)} = $1 AND ${quote(key)} = ANY($2::uuid[])`;
    });
    const { rows } = await this.pool.query(statement(text, [this.tenantId, valid]));
    return rows as RowOf<K>[];
  }

  /**
   * A newest-first page of the tenant's rows, optionally filtered by equality on row properties,
   * with the filter's total when asked for: one statement either way.
   */
  async page<K extends EntityKind>(
    kind: K, request: PageRequest, where: Where = {}, columns: Columns = columnsOf(kind),
  ): Promise<Slice<RowOf<K>>> {
    const { hasNextPage: peek = true, totalCount: counted = true } = request.wants ?? {};
    const filters = Object.keys(where);
    const text = texts(`page:${kind}:${filters}:${!!request.after}:${columns}:${counted}`, () => {
      const table = quote(entityRegistry[kind].table);
      const limit = `$${2 + filters.length + (request.after ? 2 : 0)}`;
      const page = `SELECT ${selectList(kind, columns)} FROM ${table} WHERE ${this.conditions(kind, filters, !!request.after)} ORDER BY ${NEWEST_FIRST} LIMIT ${limit}`;
      return counted
        ? `SELECT total.n AS "__total", page.* FROM (SELECT count(*)::int AS n FROM ${table} WHERE ${this.conditions(kind, filters, false)}) total
           LEFT JOIN LATERAL (${page}) page ON true`
        : page;
    });
    const values = [this.tenantId, ...Object.values(where), ...keysetValues(request.after), request.first + (peek ? 1 : 0)];
    const { rows } = await this.pool.query(statement(text, values));
    const slice: Slice<RowOf<K>> = { nodes: [], hasNextPage: false, totalCount: counted ? (rows[0] as { __total: number }).__total : 0 };
    for (const row of rows as { id: string | null }[]) addRow(slice, row, request.first);
    return slice;
  }

  /**
   * The newest `first` rows of each parent (e.g. the tasks of 50 projects) and, when asked for,
   * each parent's total, in one statement: a LATERAL subquery per parent honours its own LIMIT,
   * and another counts the parent's rows regardless of the cursor.
   */
  async pagesByParent<K extends EntityKind>(
    kind: K, parentProperty: string, parentIds: readonly string[], request: PageRequest, columns: Columns = columnsOf(kind),
  ): Promise<Map<string, Slice<RowOf<K>>>> {
    const parents = [...new Set(parentIds.filter(isUuid))];
    const slices = new Map<string, Slice<RowOf<K>>>();
    if (parents.length === 0) return slices;
    const { hasNextPage: peek = true, totalCount: counted = true } = request.wants ?? {};
    const text = texts(`children:${kind}:${parentProperty}:${!!request.after}:${columns}:${counted}`, () => {
      const table = quote(entityRegistry[kind].table);
      const tenant = quote(entityRegistry[kind].tenantColumn);
      const parent = columnOf(kind, parentProperty);
      const next = request.after ? 4 : 2;
      return `SELECT parent.id AS "__parent"${counted ? ', total.n AS "__total"' : ''}, page.*
        FROM unnest($${next}::uuid[]) AS parent(id)
        ${counted ? `CROSS JOIN LATERAL (SELECT count(*)::int AS n FROM ${table} WHERE ${tenant} = $1 AND ${parent} = parent.id) total` : ''}
        LEFT JOIN LATERAL (
          SELECT ${selectList(kind, columns)} FROM ${table}
          WHERE ${this.conditions(kind, [], !!request.after)} AND ${parent} = parent.id
          ORDER BY ${NEWEST_FIRST} LIMIT $${next + 1}
        ) page ON true`;
    });
    const values = [this.tenantId, ...keysetValues(request.after), parents, request.first + (peek ? 1 : 0)];
    const { rows } = await this.pool.query(statement(text, values));
    for (const row of rows as { __parent: string; __total?: number; id: string | null }[]) {
      let slice = slices.get(row.__parent);
      if (!slice) slices.set(row.__parent, (slice = { nodes: [], hasNextPage: false, totalCount: row.__total ?? 0 }));
      addRow(slice, row, request.first);
    }
    return slices;
  }

  /** `tenant = $1`, then one `= $n` per filter, then the keyset condition when there is a cursor. */
  private conditions(kind: EntityKind, filters: readonly string[], after: boolean): string {
    const sql = [`${quote(entityRegistry[kind].tenantColumn)} = $1`];
    filters.forEach((property, i) => sql.push(`${columnOf(kind, property)} = $${2 + i}`));
    if (after) sql.push(`("created_at", "id") < ($${2 + filters.length}, $${3 + filters.length})`);
    return sql.join(' AND ');
  }
}

/**
 * A row of a page's statement into its slice: the first `first` are the page, one more says there
 * is a next page, and a row without an id is the count's alone (an empty page). (The rows keep
 * their `__parent`/`__total` columns: copying each row without them costs more than it is worth.)
 */
function addRow<Row>(slice: Slice<Row>, row: { id: string | null }, first: number) {
  if (row.id === null) return;
  if (slice.nodes.length < first) slice.nodes.push(row as unknown as Row);
  else slice.hasNextPage = true;
}

const keysetValues = (after: Keyset | undefined) => (after ? [after.at, after.id] : []);
