/** Position in a newest-first list: the time of an item and its id as tie-breaker. */
export interface Keyset {
  at: Date;
  id: string;
}

export interface PageRequest {
  first: number;
  after?: Keyset | undefined;
  /** What the client selected of the page besides its items; both when not said. */
  wants?: { hasNextPage: boolean; totalCount: boolean } | undefined;
}

/** One parent's slice of a batched, per-parent page. */
export interface Slice<Item> {
  nodes: Item[];
  hasNextPage: boolean;
  totalCount: number;
}
