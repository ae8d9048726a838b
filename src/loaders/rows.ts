import DataLoader from 'dataloader';
import { badUserInput } from '../errors';
import type { EntityKind, RowOf } from '../registry/entities';
import type { PageRequest, Slice } from '../stores/keyset';
import type { RelationalStore, Where } from '../stores/relational';
import type { Columns } from '../stores/sql';
import { SliceLoaders } from './slices';

/** The row properties an operation reads, per kind (worked out from its document); all for a kind not named. */
export type RowSelection = Partial<Record<EntityKind, Columns>>;

/**
 * Marks a row with its kind, so `Entity.__resolveType` can name its GraphQL type: every row the
 * by-id loader hands out (those are the ones that may be served as an `Entity`).
 */
export const ENTITY_KIND = Symbol('entityKind');

/** (A symbol key: JSON and Object.keys leave it out; plain assignment costs far less than defineProperty.) */
function tag<R>(kind: EntityKind, row: R): R {
  (row as Record<symbol, unknown>)[ENTITY_KIND] = kind;
  return row;
}

/**
 * Relational reads for one request. `load(kind, id)` calls of a tick become one `= ANY($2)`
 * statement per kind; per-parent pages become one LATERAL statement per relation. Ids are
 * compared lower-cased because uuids are case-insensitive and PostgreSQL returns lower case.
 */
export class RowLoaders {
  private readonly byId = new Map<EntityKind, DataLoader<string, unknown, string>>();
  private readonly children = new Map<string, SliceLoaders<string, unknown>>();

  /**
   * `selection` narrows every statement to the properties the operation reads. Every read of a
   * kind in one operation selects the same ones, so a row cached or primed by one read serves
   * every other; operations that act on rows beyond showing them (writes, live events) read all.
   */
  constructor(
    private readonly store: RelationalStore,
    private readonly batch = true,
    private readonly selection: RowSelection = {},
  ) {}

  load<K extends EntityKind>(kind: K, id: string): Promise<RowOf<K> | null> {
    return this.loader(kind).load(id) as Promise<RowOf<K> | null>;
  }

  /** The users of the tenant `ids` name, lower-cased and distinct (one statement); BAD_USER_INPUT naming `field` for any other. */
  async usersOfTenant(ids: readonly string[], field: string): Promise<string[]> {
    const distinct = [...new Set(ids.map((id) => id.toLowerCase()))];
    const users = await Promise.all(distinct.map((id) => this.load('USER', id)));
    const missing = distinct.find((_id, i) => !users[i]);
    if (missing) throw badUserInput(`No user ${missing} in your tenant.`, field);
    return distinct;
  }

  /** A page of the tenant's rows; its rows prime the by-id loader so later lookups cost nothing. */
  async page<K extends EntityKind>(kind: K, request: PageRequest, where?: Where) {
    const page = await this.store.page(kind, request, where, this.selection[kind]);
    for (const row of page.nodes) this.loader(kind).prime((row as { id: string }).id, tag(kind, row));
    return page;
  }

  /** After a write: the next load reads the row again. */
  forget(kind: EntityKind, id: string): void {
    this.loader(kind).clear(id);
  }

  /** The rows of `kind` whose `parentProperty` is `parentId`, batched across parents. */
  childrenOf<K extends EntityKind>(kind: K, parentProperty: string, parentId: string, request: PageRequest) {
    const relation = `${kind}.${parentProperty}`;
    let loaders = this.children.get(relation);
    if (!loaders) {
      loaders = new SliceLoaders<string, unknown>(async (parentIds, req) => {
        // (Untagged: these rows are only ever served through their own connection type, never as an Entity.)
        const slices = await this.store.pagesByParent(kind, parentProperty, parentIds, req, this.selection[kind]);
        return new Map([...slices].map(([id, slice]) => [id.toLowerCase(), slice]));
      }, (id) => id.toLowerCase(), this.batch);
      this.children.set(relation, loaders);
    }
    return loaders.load(parentId, request) as Promise<Slice<RowOf<K>>>;
  }

  private loader(kind: EntityKind): DataLoader<string, unknown, string> {
    let loader = this.byId.get(kind);
    if (!loader) {
      loader = new DataLoader<string, unknown, string>(
        async (ids) => {
          const rows = (await this.store.byIds(kind, ids, this.selection[kind])) as { id: string }[];
          const byId = new Map(rows.map((row) => [row.id.toLowerCase(), tag(kind, row)]));
          return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
        },
        { cacheKeyFn: (id) => id.toLowerCase(), batch: this.batch, cache: this.batch },
      );
      this.byId.set(kind, loader);
    }
    return loader;
  }
}
