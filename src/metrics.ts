import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** One registry per process, exposed on /metrics. */
export const metrics = new Registry();
collectDefaultMetrics({ register: metrics });

export const operationsTotal = new Counter({
  name: 'graphql_operations_total',
  help: 'GraphQL operations by type and outcome.',
  labelNames: ['type', 'outcome'] as const,
  registers: [metrics],
});

export const operationSeconds = new Histogram({
  name: 'graphql_operation_duration_seconds',
  help: 'Time from request start to response, per operation type.',
  labelNames: ['type'] as const,
  buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
  registers: [metrics],
});

/** Label children by operation type, made once: prom-client hashes a label object on every call otherwise. */
const byType = new Map<string, { seconds: { observe(value: number): void }; ok: { inc(): void }; error: { inc(): void } }>();

export function recordOperation(type: string, seconds: number, failed: boolean): void {
  let children = byType.get(type);
  if (!children) {
    children = { seconds: operationSeconds.labels(type), ok: operationsTotal.labels(type, 'ok'), error: operationsTotal.labels(type, 'error') };
    byType.set(type, children);
  }
  children.seconds.observe(seconds);
  (failed ? children.error : children.ok).inc();
}

/** Near-cache hits since cache_lookups_total was last read, by cache (see countNearHit). */
const nearHits = new Map<string, number>();

export const cacheLookups = new Counter({
  name: 'cache_lookups_total',
  help: 'Read-through cache lookups per layer (near: this process\'s copies of Redis hits, redis, mongo) and result (hit, miss, error).',
  labelNames: ['cache', 'layer', 'result'] as const,
  registers: [metrics],
  collect() {
    for (const [cache, hits] of nearHits) this.inc({ cache, layer: 'near', result: 'hit' }, hits);
    nearHits.clear();
  },
});

/**
 * A near-cache hit, counted in a plain map and added to cache_lookups_total whenever it is read:
 * there is one per tile of nearly every dashboard request, and prom-client hashes the labels of
 * every `inc`.
 */
export function countNearHit(cache: string): void {
  nearHits.set(cache, (nearHits.get(cache) ?? 0) + 1);
}

export const nearCacheBytes = new Gauge({
  name: 'near_cache_bytes',
  help: 'Size of the JSON of the Redis hits this process keeps parsed (NEAR_CACHE_MB bounds it).',
  registers: [metrics],
});

export const nearCacheFlushes = new Counter({
  name: 'near_cache_flushes_total',
  help: 'Times this process dropped every near copy: its tracking connection was lost, or Redis was flushed.',
  registers: [metrics],
});

export const cacheComputeSeconds = new Histogram({
  name: 'cache_compute_duration_seconds',
  help: 'Time to compute a cache entry from PostgreSQL after a miss in both layers.',
  labelNames: ['cache'] as const,
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metrics],
});

export const notificationDeliveries = new Counter({
  name: 'notification_deliveries_total',
  help: 'Notification events handed to a live subscription, by subscription field.',
  labelNames: ['subscription'] as const,
  registers: [metrics],
});

export const liveSubscribers = new Gauge({
  name: 'live_subscribers',
  help: 'Live subscriptions listening for events in this process: added and updated (notifications), entityChanged, and chat (messageAdded, conversationUpdated, typing, presenceChanged).',
  labelNames: ['subscription'] as const,
  registers: [metrics],
});

export const notificationBusEvents = new Counter({
  name: 'notification_bus_events_total',
  help: 'Notification events arriving at this process (own writes, bus, relay, catch-up): dispatched or dropped as duplicates.',
  labelNames: ['outcome'] as const,
  registers: [metrics],
});

export const subscriptionsDropped = new Counter({
  name: 'live_subscriptions_dropped_total',
  help: 'Live subscriptions ended by the gateway (slow consumer, interrupted bus) rather than by the client.',
  labelNames: ['reason'] as const,
  registers: [metrics],
});

export const outboxLagSeconds = new Gauge({
  name: 'outbox_relay_lag_seconds',
  help: 'Age of the oldest entity_outbox row not yet relayed to entity_changelog, as seen by the relaying process.',
  registers: [metrics],
});

export const outboxRelayed = new Counter({
  name: 'outbox_relayed_total',
  help: 'entity_outbox rows relayed to MongoDB by this process.',
  registers: [metrics],
});

export const subscriptionsHeld = new Gauge({
  name: 'subscriptions_held',
  help: 'Subscriptions held in this process over every transport (what MAX_SUBSCRIPTIONS_PER_USER counts).',
  registers: [metrics],
});

export const routerInvalidationPosts = new Counter({
  name: 'router_invalidation_requests_total',
  help: 'POSTs of cache tags to the router invalidation endpoint, retries included, by result (accepted, rejected: a non-2xx answer, unreachable: no answer or a timeout).',
  labelNames: ['result'] as const,
  registers: [metrics],
});

export const routerInvalidationDroppedTags = new Counter({
  name: 'router_invalidation_dropped_tags_total',
  help: 'Cache tags the router could not be told to drop after every retry: it serves their answers until their max-age.',
  registers: [metrics],
});

export const gatewayLogEntries = new Counter({
  name: 'gateway_log_entries_total',
  help: "The gateway's own log entries (kind: request, error, usage) written to MongoDB or dropped (a full buffer, a failed write).",
  labelNames: ['kind', 'outcome'] as const,
  registers: [metrics],
});
