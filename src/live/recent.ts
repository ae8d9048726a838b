/**
 * Keys seen in the last `ttlMs`, at most `capacity` of them: the memory that lets every event
 * reach this process by more than one path (its own write, the Redis bus, the change-stream
 * relay, a catch-up query) and still be delivered once. Entries are kept in the order they were
 * recorded, so forgetting the oldest is O(1).
 */
export class RecentKeys {
  private readonly seenAt = new Map<string, number>();
  /** The newest time among the keys already forgotten: nothing recorded after it has been. */
  private forgottenUpTo = 0;

  constructor(
    private readonly ttlMs: number,
    private readonly capacity: number,
  ) {}

  /** Records `key`; false when it was already recorded and is still remembered. */
  add(key: string, now = Date.now()): boolean {
    this.prune(now);
    if (this.seenAt.has(key)) return false;
    this.seenAt.set(key, now);
    if (this.seenAt.size > this.capacity) this.forgetOldest();
    return true;
  }

  has(key: string, now = Date.now()): boolean {
    this.prune(now);
    return this.seenAt.has(key);
  }

  /** True when every key recorded at or after `since` is still remembered. */
  covers(since: number, now = Date.now()): boolean {
    this.prune(now);
    return since > this.forgottenUpTo;
  }

  get size() {
    return this.seenAt.size;
  }

  private prune(now: number) {
    for (const at of this.seenAt.values()) {
      if (at > now - this.ttlMs) return;
      this.forgetOldest();
    }
  }

  private forgetOldest() {
    const oldest = this.seenAt.entries().next();
    if (oldest.done) return;
    const [key, at] = oldest.value;
    this.seenAt.delete(key);
    this.forgottenUpTo = Math.max(this.forgottenUpTo, at);
  }
}
