import type { Fields } from './shape';

/**
 * The MongoDB side of the storage model (seed 000), declared as data. The migration, the seed,
 * the stores and the graph read these declarations; nothing else names a collection's indexes,
 * retention or document fields.
 */

/** The ten categories of seed 000, in its order, then seed 002's time series. */
export const categories = [
  'audit', 'integration', 'activity', 'messaging', 'notification',
  'cache', 'preference', 'ml', 'observability', 'attachment', 'timeseries',
] as const;

export type Category = (typeof categories)[number];

/** The platform's own tenant (seed 004: tenantId 'global'): documents every tenant may read. */
export const PLATFORM_TENANT = 'global';

/**
 * How long documents live. MongoDB expires documents through a single-field TTL index on a date
 * field, so every variant except `permanent` names that field.
 */
export type Retention =
  /** Documents expire `seconds` after the date in `field`; documents without that date never expire. */
  | { readonly kind: 'ttl'; readonly field: string; readonly seconds: number }
  /** The writer sets the expiry date in `field` per document (a TTL index with expireAfterSeconds: 0). */
  | { readonly kind: 'expiresAt'; readonly field: string }
  | { readonly kind: 'permanent' };

export type IndexDirection = 1 | -1;

/**
 * A MongoDB time-series collection: measurements stored in buckets per `metaField` value and time
 * span. Where the server is given none (before 7.0, and the local test server), the migration
 * makes a plain collection with the same indexes instead, plus the TTL index that a time series
 * replaces with its collection-level `expireAfterSeconds` (src/migrate/timeseries.ts).
 */
export interface TimeSeriesSpec {
  /** What identifies one series; its value should rarely change (seed 002: the machine). */
  readonly metaField: string;
  /** How far apart a series' measurements usually are: it sizes the buckets. */
  readonly granularity: 'seconds' | 'minutes' | 'hours';
}

export interface IndexSpec {
  /** Names are how the migration recognises an index on the server, so they must be stable. */
  readonly name: string;
  /** Field order matters: it is the order of the compound index. */
  readonly key: Readonly<Record<string, IndexDirection>>;
  readonly unique?: boolean;
  readonly expireAfterSeconds?: number;
  readonly partialFilterExpression?: Readonly<Record<string, unknown>>;
}

/** How a collection appears in the graph. */
export interface GraphqlSpec {
  /** The GraphQL type of one document. */
  readonly type: string;
  /** The root Query field that lists the collection newest first; null when a hand-written field does. */
  readonly list: string | null;
  /** Polymorphic collections only: the connection every Entity gets (a project's `comments`). */
  readonly entityField?: string;
  readonly description?: string;
}

export interface CollectionSpec<F extends Fields = Fields> {
  readonly name: string;
  readonly category: Category;
  /** What the seed says the collection holds. */
  readonly summary: string;
  /** Every document is scoped by tenant, and every query of the gateway filters by it first. */
  readonly tenantField: 'tenant_id';
  /** The date that orders the collection: newest-first pages and keysets use it. */
  readonly timeField: string;
  /** Documents point at a relational row through `entity_type` + `entity_id` (the bridge). */
  readonly polymorphic: boolean;
  /** Polymorphic collections whose documents need not be about a row (a page view, a pinned report). */
  readonly optionalBridge?: boolean;
  readonly retention: Retention;
  /** The collection's own access paths; tenant, bridge and TTL indexes are derived (see indexes.ts). */
  readonly indexes: readonly IndexSpec[];
  /** Seed 000: reads that may lag a little go to a secondary when there is one (analytics, dashboards). */
  readonly readPreference?: 'secondaryPreferred';
  /** Seed 000: writes acknowledged by a majority of the replica set (the audit logs). */
  readonly durable?: true;
  /** Seed 002: a time-series collection, `timeField` its time, where the server supports one. */
  readonly timeSeries?: TimeSeriesSpec;
  /** The document's own fields; `_id`, `tenant_id` and the bridge's `entity_type`/`entity_id` are implied. */
  readonly fields: F;
  readonly graphql: GraphqlSpec;
}

/** Keeps the literal name and field types of a declaration, so a misspelt collection is a type error. */
export const defineCollection = <const S extends CollectionSpec>(spec: S) => spec;
