import type { Keyset } from '../stores/keyset';
import type { BoundedQueue } from './queue';

export const REPLAY_PAGE_SIZE = 100;

export type FetchAfter<T> = (after: Keyset, limit: number) => Promise<T[]>;

export interface ReplayOptions<T> {
  /** The subscription's live events, registered with the hub before this is created. */
  queue: BoundedQueue<T>;
  fetchAfter: FetchAfter<T>;
  /** A document's position in the record (what `fetchAfter` pages by), and its identity. */
  keysetOf(doc: T): Keyset;
  idOf(doc: T): string;
  /** The cursor of the last notification the client saw, if it gave one. */
  after: Keyset | undefined;
  /** How long ids sent by the replay are remembered to drop their live copies. */
  rememberMs: number;
  /** Called for each document as it is handed on to the client. */
  onSend?: (doc: T) => void;
}

/**
 * A subscription with `after` (`notificationAdded`, `entityChanged`): what the client missed, then
 * live events, each document once.
 *
 * The subscription's queue is registered with the hub BEFORE the first replay query, so every
 * document is either visible to the replay (it was written before the query) or arrives in
 * the queue (it was dispatched after registration), or both: nothing falls between the two.
 * The replay reads MongoDB oldest first after the cursor, in pages, while live events wait in
 * the (bounded) queue; then the queue is drained, skipping ids the replay already sent. Those
 * ids are remembered for `rememberMs` more, because a live copy of a replayed document can
 * still be on its way (the relay publishes external writes after a grace, or after a failover).
 *
 * A hand-written iterator rather than an async generator: `return()` must end a consumer that is
 * waiting right now (a generator only sees it at its next `yield`, for a quiet feed never), and
 * every live event of every subscriber passes through here, so fewer promise hops count.
 */
export class ReplayThenLive<T> implements AsyncIterableIterator<T> {
  private position: Keyset | undefined;
  private page: T[] = [];
  private index = 0;
  private replayed = new Set<string>();
  private forgetAt = 0;

  constructor(private readonly options: ReplayOptions<T>) {
    this.position = options.after;
  }

  async next(): Promise<IteratorResult<T>> {
    const { queue, onSend, idOf } = this.options;
    try {
      while (!queue.closed && (this.index < this.page.length || this.position)) {
        if (this.index < this.page.length) {
          const doc = this.page[this.index++]!;
          this.replayed.add(idOf(doc));
          onSend?.(doc);
          return { value: doc, done: false };
        }
        await this.fetchPage(this.position!);
      }
      for (;;) {
        const result = await queue.next();
        if (result.done || !this.alreadyReplayed(result.value)) {
          if (!result.done) onSend?.(result.value);
          return result;
        }
      }
    } catch (error) {
      queue.close();
      throw error;
    }
  }

  async return(): Promise<IteratorResult<T>> {
    this.options.queue.close();
    return { value: undefined, done: true };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private async fetchPage(position: Keyset) {
    this.page = await this.options.fetchAfter(position, REPLAY_PAGE_SIZE);
    this.index = 0;
    this.position = this.page.length === REPLAY_PAGE_SIZE ? this.options.keysetOf(this.page.at(-1)!) : undefined;
    if (!this.position) this.forgetAt = Date.now() + this.options.rememberMs;
  }

  private alreadyReplayed(doc: T): boolean {
    if (this.replayed.size === 0) return false;
    if (Date.now() > this.forgetAt) {
      this.replayed = new Set();
      return false;
    }
    return this.replayed.has(this.options.idOf(doc));
  }
}
