/**
 * Values grouped by key, where a key disappears with its last value: the live feeds' subscriptions
 * by recipient (notifications) or by row (entity changes).
 */
export class KeyedSets<V> {
  private readonly sets = new Map<string, Set<V>>();

  /** Adds `value` under `key`; returns the way to remove it. */
  add(key: string, value: V): () => void {
    let set = this.sets.get(key);
    if (!set) this.sets.set(key, (set = new Set()));
    const values = set;
    values.add(value);
    return () => {
      values.delete(value);
      if (values.size === 0 && this.sets.get(key) === values) this.sets.delete(key);
    };
  }

  get(key: string): ReadonlySet<V> | undefined {
    return this.sets.get(key);
  }

  entries(): IterableIterator<[string, ReadonlySet<V>]> {
    return this.sets.entries();
  }

  /** Every value, copied: safe to remove values while going through it. */
  all(): V[] {
    return [...this.sets.values()].flatMap((values) => [...values]);
  }
}
