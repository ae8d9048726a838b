import DataLoader from 'dataloader';
import type { EntityKind, RowOf } from '../registry/entities';
import type { PageQuery, Page, RelationalStore } from '../stores/relational';

/**
 * One DataLoader per entity kind: all `load(kind, id)` calls of a tick become one
 * `= ANY($2)` statement per kind. Ids are compared lower-cased because uuids are
 * case-insensitive and PostgreSQL returns them lower-case.
 */
export class RowLoaders {
  private readonly loaders = new Map<EntityKind, DataLoader<string, unknown>>();

  constructor(private readonly store: RelationalStore) {}

  load<K extends EntityKind>(kind: K, id: string): Promise<RowOf<K> | null> {
    return this.loader(kind).load(id) as Promise<RowOf<K> | null>;
  }

  /** A page straight from the store; its rows prime the loader so later lookups cost nothing. */
  async page<K extends EntityKind>(kind: K, query: PageQuery): Promise<Page<RowOf<K>>> {
    const page = await this.store.page(kind, query);
    const loader = this.loader(kind);
    for (const row of page.rows) loader.prime((row as { id: string }).id, row);
    return page;
  }

  count(kind: EntityKind, where?: Record<string, string>): Promise<number> {
    return this.store.count(kind, where);
  }

  private loader(kind: EntityKind): DataLoader<string, unknown> {
    let loader = this.loaders.get(kind);
    if (!loader) {
      loader = new DataLoader<string, unknown>(
        async (ids) => {
          const rows = (await this.store.byIds(kind, ids)) as { id: string }[];
          const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
          return ids.map((id) => byId.get(id.toLowerCase()) ?? null);
        },
        { cacheKeyFn: (id) => id.toLowerCase() },
      );
      this.loaders.set(kind, loader);
    }
    return loader;
  }
}
