/** What every cache layer stores and returns for one key. */
export interface CacheEntry {
  data: unknown;
  computedAt: Date;
  expiresAt: Date;
}

export type CacheSource = 'REDIS' | 'MONGO' | 'COMPUTED';

/** The MongoDB layer's collections: what an invalidation by tag goes through. */
export const CACHE_COLLECTIONS = ['dashboard_snapshot', 'report_cache'] as const;

/** Describes one cached value: where it lives in each layer and how to compute it. */
export interface CacheTarget {
  /** `dashboard` or `report`: the metrics label. */
  cache: string;
  /** Redis key, tenant included. */
  key: string;
  /** Catalogue collection of the MongoDB layer and the document identity within the tenant. */
  collection: (typeof CACHE_COLLECTIONS)[number];
  identity: Record<string, string>;
  /** Stored beside the data (report type and params, say), for people reading the collection. */
  describe?: Record<string, unknown>;
  /** Entity kinds whose writes make the value stale. */
  tags: readonly string[];
  ttlSeconds: number;
  compute: () => Promise<unknown>;
}

export const isFresh = (entry: CacheEntry | null, now = Date.now()): entry is CacheEntry =>
  entry !== null && entry.expiresAt.getTime() > now;

/** ±5% so entries written together do not all expire in the same second. */
export function jitteredTtlMs(ttlSeconds: number, random = Math.random): number {
  return Math.round(ttlSeconds * 1000 * (0.95 + random() * 0.1));
}
