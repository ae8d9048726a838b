import DataLoader from 'dataloader';
import { encodeCursor } from '../pagination';
import type { PageRequest, Slice } from '../stores/keyset';

/**
 * Per-parent pages (the latest 5 comments of each of 50 projects) batched into one round trip:
 * every parent asked for in the same tick with the same page arguments (and wants) shares one
 * loader, and its batch function answers all of them with one statement or command.
 */
export class SliceLoaders<Key, Item> {
  private readonly loaders = new Map<string, DataLoader<Key, Slice<Item>, string>>();

  constructor(
    private readonly fetch: (keys: readonly Key[], request: PageRequest) => Promise<Map<string, Slice<Item>>>,
    private readonly keyOf: (key: Key) => string,
    private readonly batch = true,
  ) {}

  load(key: Key, request: PageRequest): Promise<Slice<Item>> {
    const wants = request.wants ? `${request.wants.hasNextPage}:${request.wants.totalCount}` : '';
    const id = `${request.first}:${request.after ? encodeCursor(request.after) : ''}:${wants}`;
    let loader = this.loaders.get(id);
    if (!loader) {
      loader = new DataLoader<Key, Slice<Item>, string>(
        async (keys) => {
          const slices = await this.fetch(keys, request);
          return keys.map((key) => slices.get(this.keyOf(key)) ?? { nodes: [], hasNextPage: false, totalCount: 0 });
        },
        { cacheKeyFn: this.keyOf, batch: this.batch, cache: this.batch },
      );
      this.loaders.set(id, loader);
    }
    return loader.load(key);
  }

  /** After a write: every page of `key` is read again, whatever its page arguments. */
  clear(key: Key): void {
    for (const loader of this.loaders.values()) loader.clear(key);
  }
}
