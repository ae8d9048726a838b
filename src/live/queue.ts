/**
 * The events waiting for one subscription, as an async iterator. It holds at most `capacity`
 * events: a client that does not read its socket cannot make the gateway's memory grow. Past
 * the limit the queue fails with `overflow()`, which ends the subscription; the client can
 * subscribe again from its last cursor and get what it missed from MongoDB, so dropping it loses
 * nothing.
 *
 * Hand-written rather than an async generator because `return()` must end a consumer that is
 * waiting for the next event right away: an async generator only sees `return()` once it has
 * something to yield, which for a quiet subscription may be never.
 */
export class BoundedQueue<T> implements AsyncIterableIterator<T> {
  private items: T[] = [];
  private head = 0;
  private waiter: { resolve: (result: IteratorResult<T>) => void; reject: (error: Error) => void } | null = null;
  private ended = false;
  private failure: Error | null = null;

  constructor(
    private readonly capacity: number,
    private readonly overflow: () => Error,
    /** Called once, however the queue ends (closed, failed or returned). */
    private readonly onEnd: () => void = () => {},
  ) {}

  get closed() {
    return this.ended;
  }

  push(item: T): void {
    if (this.ended) return;
    if (this.waiter) {
      const { resolve } = this.waiter;
      this.waiter = null;
      resolve({ value: item, done: false });
      return;
    }
    if (this.items.length - this.head >= this.capacity) return this.fail(this.overflow());
    this.items.push(item);
  }

  /** Ends the queue with an error: waiting and later reads reject with it. */
  fail(error: Error): void {
    if (this.ended) return;
    this.failure = error;
    this.items = [];
    this.head = 0;
    this.end();
    this.waiter?.reject(error);
    this.waiter = null;
  }

  /** Ends the queue with an error once what it holds has been read: what came before the end still arrives. */
  finish(error: Error): void {
    if (this.ended) return;
    this.failure = error;
    this.end();
    // A consumer is waiting only when nothing is buffered.
    this.waiter?.reject(error);
    this.waiter = null;
  }

  /** Ends the queue: buffered events are dropped, waiting and later reads are done. */
  close(): void {
    if (this.ended) return;
    this.items = [];
    this.head = 0;
    this.end();
    this.waiter?.resolve({ value: undefined, done: true });
    this.waiter = null;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.head < this.items.length) {
      const value = this.items[this.head++] as T;
      if (this.head > 1024 && this.head * 2 > this.items.length) {
        this.items = this.items.slice(this.head);
        this.head = 0;
      }
      return Promise.resolve({ value, done: false });
    }
    if (this.failure) return Promise.reject(this.failure);
    if (this.ended) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => (this.waiter = { resolve, reject }));
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  private end() {
    this.ended = true;
    this.onEnd();
  }
}
