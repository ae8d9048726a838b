import type { CollectionSpec, Retention } from './types';

const DAY_SECONDS = 86_400;
const afterDays = (field: string, days: number): Retention => ({ kind: 'ttl', field, seconds: days * DAY_SECONDS });
const expiresAt: Retention = { kind: 'expiresAt', field: 'expires_at' };
const permanent: Retention = { kind: 'permanent' };
const tenant = 'tenant_id' as const;

/**
 * The 32 collections seed 000 names (its headline says 35, its list names 32), in its order.
 * Only the collection's own access paths are listed under `indexes`; the tenant-first time
 * index, the bridge index and the TTL index are derived from the other fields (indexes.ts).
 */
export const catalogue: readonly CollectionSpec[] = [
  // 1. Audit logs. 7 years: the upper bound of the seed's "2-7 years", because these are the
  // regulatory record and a deleted audit trail cannot be recovered (archive before expiry).
  {
    name: 'entity_changelog', category: 'audit', tenantField: tenant,
    summary: 'Full before/after snapshots on every RDBMS write',
    timeField: 'changed_at', polymorphic: true, retention: afterDays('changed_at', 7 * 365),
    indexes: [{ name: 'changed_by_time', key: { tenant_id: 1, changed_by: 1, changed_at: -1 } }],
  },
  {
    name: 'field_audit_log', category: 'audit', tenantField: tenant,
    summary: 'Field-level change tracking for sensitive fields',
    timeField: 'changed_at', polymorphic: true, retention: afterDays('changed_at', 7 * 365),
    indexes: [{ name: 'field_time', key: { tenant_id: 1, entity_type: 1, field: 1, changed_at: -1 } }],
  },

  // 2. API and integration logs: kept for debugging only.
  {
    name: 'api_request_log', category: 'integration', tenantField: tenant,
    summary: 'Inbound/outbound HTTP request + response payloads',
    // 30 days, the lower bound of "30-90 days": full payloads on every call make this the
    // heaviest log of all, and a month covers any debugging session.
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 30),
    indexes: [
      { name: 'request_id', key: { tenant_id: 1, request_id: 1 } },
      { name: 'endpoint_time', key: { tenant_id: 1, endpoint: 1, created_at: -1 } },
    ],
  },
  {
    name: 'webhook_event_log', category: 'integration', tenantField: tenant,
    summary: 'Webhook delivery attempts and responses',
    // 90 days, the upper bound of "30-90 days": few documents, and partners dispute missed
    // deliveries weeks after the fact.
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'webhook_time', key: { tenant_id: 1, webhook_id: 1, created_at: -1 } },
      // Only failed attempts wait for a retry, so the retry scanner indexes just those.
      {
        name: 'retry_due', key: { tenant_id: 1, next_retry_at: 1 },
        partialFilterExpression: { status: 'failed' },
      },
    ],
  },
  {
    name: 'integration_sync_log', category: 'integration', tenantField: tenant,
    summary: 'Sync job execution details per external system',
    timeField: 'started_at', polymorphic: false, retention: afterDays('started_at', 90),
    indexes: [{ name: 'system_time', key: { tenant_id: 1, system: 1, started_at: -1 } }],
  },

  // 3. Activity and behavioural tracking.
  {
    name: 'user_activity_event', category: 'activity', tenantField: tenant,
    summary: 'Clickstream: page views, button clicks, time-on-page',
    // 90 days of "30-365 days": an entity's recent activity should cover a quarter, while the
    // long-term adoption trend lives in feature_usage_metric (365 days), so raw clicks need not.
    timeField: 'created_at', polymorphic: true, retention: afterDays('created_at', 90),
    indexes: [{ name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } }],
  },
  {
    name: 'search_query_log', category: 'activity', tenantField: tenant,
    summary: 'Search terms, filters, results count, click-through',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
      { name: 'query_time', key: { tenant_id: 1, normalized_query: 1, created_at: -1 } },
    ],
  },
  {
    name: 'feature_usage_metric', category: 'activity', tenantField: tenant,
    summary: 'Feature adoption tracking per user/module',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 365),
    indexes: [
      { name: 'feature_time', key: { tenant_id: 1, module: 1, feature: 1, created_at: -1 } },
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
    ],
  },

  // 4. Messaging and communication: permanent, they are the conversation record.
  {
    name: 'chat_message', category: 'messaging', tenantField: tenant,
    summary: 'Real-time chat messages with nested attachments',
    // Not bridged: a message belongs to a channel; discussion of an entity is comment_thread.
    timeField: 'sent_at', polymorphic: false, retention: permanent,
    indexes: [
      { name: 'channel_time', key: { tenant_id: 1, channel_id: 1, sent_at: -1 } },
      // Most messages are not replies; indexing only replies keeps the index small.
      {
        name: 'thread_replies', key: { tenant_id: 1, thread_id: 1, sent_at: 1 },
        partialFilterExpression: { thread_id: { $exists: true } },
      },
    ],
  },
  {
    name: 'comment_thread', category: 'messaging', tenantField: tenant,
    summary: 'Polymorphic comments on any entity (entity_type + entity_id)',
    timeField: 'created_at', polymorphic: true, retention: permanent,
    indexes: [
      { name: 'author_time', key: { tenant_id: 1, author_id: 1, created_at: -1 } },
      {
        name: 'replies', key: { tenant_id: 1, parent_id: 1, created_at: 1 },
        partialFilterExpression: { parent_id: { $exists: true } },
      },
    ],
  },
  {
    name: 'email_communication', category: 'messaging', tenantField: tenant,
    summary: 'Email send/receive history with parsed body/attachments',
    // Bridged: mail is filed against what it is about (a purchase order sent to a vendor).
    timeField: 'sent_at', polymorphic: true, retention: permanent,
    indexes: [
      // Re-importing a mailbox must not duplicate mail. Every email carries a Message-ID (drafts get
      // one when composed, as mail clients do), so no partial filter is needed, which matters:
      // the test server ignores partial filters on unique indexes.
      { name: 'message_id', key: { tenant_id: 1, message_id: 1 }, unique: true },
      { name: 'participant_time', key: { tenant_id: 1, participants: 1, sent_at: -1 } },
    ],
  },

  // 5. Notification delivery logs.
  {
    name: 'notification_delivery', category: 'notification', tenantField: tenant,
    summary: 'Per-recipient delivery status: sent/delivered/read/failed',
    timeField: 'created_at', polymorphic: true, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'recipient_time', key: { tenant_id: 1, recipient_id: 1, created_at: -1 } },
      { name: 'recipient_status', key: { tenant_id: 1, recipient_id: 1, status: 1 } },
    ],
  },
  {
    name: 'push_notification_log', category: 'notification', tenantField: tenant,
    summary: 'Mobile push delivery with device/token details',
    timeField: 'sent_at', polymorphic: false, retention: afterDays('sent_at', 90),
    indexes: [
      { name: 'notification', key: { tenant_id: 1, notification_id: 1 } },
      // A token the provider reports as dead must be found to stop pushing to it.
      { name: 'device_time', key: { tenant_id: 1, device_token: 1, sent_at: -1 } },
    ],
  },
  {
    name: 'sms_delivery_log', category: 'notification', tenantField: tenant,
    summary: 'SMS gateway response tracking',
    timeField: 'sent_at', polymorphic: false, retention: afterDays('sent_at', 90),
    indexes: [
      { name: 'notification', key: { tenant_id: 1, notification_id: 1 } },
      // Delivery receipts arrive carrying only the gateway's id for the message.
      { name: 'provider_message', key: { tenant_id: 1, provider_message_id: 1 } },
    ],
  },

  // 6. Caches and computed snapshots. Their lifetime is freshness, not retention.
  {
    name: 'report_cache', category: 'cache', tenantField: tenant,
    summary: 'Rendered report output cached by parameter hash',
    // "1hr-30 days" depends on the report, so the writer sets expires_at per document.
    timeField: 'created_at', polymorphic: false, retention: expiresAt,
    indexes: [
      { name: 'cache_key', key: { tenant_id: 1, cache_key: 1 }, unique: true },
      // Writes that change a report's inputs invalidate every cached variant of that report.
      { name: 'report_type', key: { tenant_id: 1, report_type: 1 } },
      // Invalidation by tag: every entry computed from a given entity type.
      { name: 'tags', key: { tenant_id: 1, tags: 1 } },
    ],
  },
  {
    name: 'dashboard_snapshot', category: 'cache', tenantField: tenant,
    summary: 'Pre-aggregated KPI data for dashboard tiles',
    // 24h, set per document by the writer so the Redis copy and this one expire together.
    timeField: 'computed_at', polymorphic: false, retention: expiresAt,
    indexes: [
      { name: 'tile', key: { tenant_id: 1, dashboard_id: 1, tile_id: 1 }, unique: true },
      { name: 'tags', key: { tenant_id: 1, tags: 1 } },
    ],
  },
  {
    name: 'analytics_aggregate', category: 'cache', tenantField: tenant,
    summary: 'Pre-computed rollups (daily/weekly/monthly)',
    timeField: 'computed_at', polymorphic: false, retention: afterDays('computed_at', 30),
    indexes: [
      { name: 'rollup', key: { tenant_id: 1, metric: 1, granularity: 1, period_start: -1 }, unique: true },
    ],
  },
  {
    name: 'search_index_cache', category: 'cache', tenantField: tenant,
    summary: 'Full-text search index for instant search',
    // Bridged: every entry is the searchable projection of one relational row.
    timeField: 'indexed_at', polymorphic: true, retention: afterDays('indexed_at', 7),
    indexes: [
      // Reindexing an entity replaces its entry instead of adding one.
      { name: 'entity', key: { tenant_id: 1, entity_type: 1, entity_id: 1 }, unique: true },
      // Instant search matches anchored prefixes of normalised terms, which this multikey index
      // serves on every MongoDB and on the local test server. Not the seed's text index: the test
      // server cannot run $text queries, and advanced full-text search is Elasticsearch's job
      // (seed integration points).
      { name: 'terms', key: { tenant_id: 1, terms: 1 } },
    ],
  },

  // 7. User preferences and UI state: permanent, users expect their settings to stay.
  {
    name: 'user_preference', category: 'preference', tenantField: tenant,
    summary: 'Per-user settings (locale, timezone, default project)',
    timeField: 'updated_at', polymorphic: false, retention: permanent,
    indexes: [{ name: 'user', key: { tenant_id: 1, user_id: 1 }, unique: true }],
  },
  {
    name: 'dashboard_layout', category: 'preference', tenantField: tenant,
    summary: 'Widget positions, sizes, data sources per user',
    timeField: 'updated_at', polymorphic: false, retention: permanent,
    indexes: [{ name: 'user_dashboard', key: { tenant_id: 1, user_id: 1, dashboard_id: 1 }, unique: true }],
  },
  {
    name: 'user_favorite', category: 'preference', tenantField: tenant,
    summary: 'Pinned reports, bookmarked entities, recent items',
    timeField: 'created_at', polymorphic: true, retention: permanent,
    indexes: [
      // Pinning twice is one pin: the toggle upserts on this key.
      { name: 'user_entity', key: { tenant_id: 1, user_id: 1, entity_type: 1, entity_id: 1 }, unique: true },
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
    ],
  },
  {
    name: 'user_alert_config', category: 'preference', tenantField: tenant,
    summary: 'Custom alert thresholds and notification preferences',
    timeField: 'updated_at', polymorphic: false, retention: permanent,
    indexes: [
      { name: 'user', key: { tenant_id: 1, user_id: 1 } },
      // The alert evaluator asks "who watches this metric"; disabled alerts never match.
      { name: 'active_metric', key: { tenant_id: 1, metric: 1 }, partialFilterExpression: { enabled: true } },
    ],
  },

  // 8. AI/ML artifacts.
  {
    name: 'ml_training_dataset', category: 'ml', tenantField: tenant,
    summary: 'Feature arrays for model training',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 365),
    indexes: [{ name: 'model_time', key: { tenant_id: 1, model_name: 1, created_at: -1 } }],
  },
  {
    name: 'ml_model_registry', category: 'ml', tenantField: tenant,
    summary: 'Model versions, hyperparameters, metrics',
    // 365 days counted from retirement: a TTL index ignores documents without the date, so a
    // model still in service never expires however old it is.
    timeField: 'created_at', polymorphic: false, retention: afterDays('retired_at', 365),
    indexes: [{ name: 'model_version', key: { tenant_id: 1, model_name: 1, version: 1 }, unique: true }],
  },
  {
    name: 'ml_prediction_log', category: 'ml', tenantField: tenant,
    summary: 'Input features → output predictions with confidence',
    // Bridged: a prediction is about a row (the delay risk of a task, an anomalous order).
    timeField: 'created_at', polymorphic: true, retention: afterDays('created_at', 90),
    indexes: [{ name: 'model_time', key: { tenant_id: 1, model_name: 1, model_version: 1, created_at: -1 } }],
  },
  {
    name: 'nlp_query_history', category: 'ml', tenantField: tenant,
    summary: 'Parsed intents, extracted entities from NL queries',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [{ name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } }],
  },
  {
    name: 'ai_conversation', category: 'ml', tenantField: tenant,
    summary: 'Multi-turn AI assistant conversation context',
    // Counted from the last turn, so a conversation in use is not cut off mid-way.
    timeField: 'updated_at', polymorphic: false, retention: afterDays('updated_at', 90),
    indexes: [{ name: 'user_time', key: { tenant_id: 1, user_id: 1, updated_at: -1 } }],
  },

  // 9. System observability.
  {
    name: 'performance_metric', category: 'observability', tenantField: tenant,
    summary: 'Response times, throughput, error rates per endpoint',
    // 30 days of "7-90 days": month-over-month capacity comparisons, like the rest of this
    // category; longer trends are exported to Prometheus/Grafana (seed integration points).
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 30),
    indexes: [{ name: 'endpoint_time', key: { tenant_id: 1, endpoint: 1, created_at: -1 } }],
  },
  {
    name: 'background_job_log', category: 'observability', tenantField: tenant,
    summary: 'Job execution details: params, duration, output, errors',
    timeField: 'started_at', polymorphic: false, retention: afterDays('started_at', 30),
    indexes: [
      { name: 'job_time', key: { tenant_id: 1, job_name: 1, started_at: -1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, started_at: -1 } },
    ],
  },
  {
    name: 'system_health_event', category: 'observability', tenantField: tenant,
    summary: 'CPU/memory/disk alerts, service health checks',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 30),
    indexes: [{ name: 'service_time', key: { tenant_id: 1, service: 1, created_at: -1 } }],
  },
  {
    name: 'error_log', category: 'observability', tenantField: tenant,
    summary: 'Structured error logs with stack traces and context',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      // Occurrences of one error are grouped by fingerprint; request_id joins it to its API call.
      { name: 'fingerprint_time', key: { tenant_id: 1, fingerprint: 1, created_at: -1 } },
      { name: 'request_id', key: { tenant_id: 1, request_id: 1 } },
    ],
  },

  // 10. File attachments: permanent, the metadata is the only way to find the stored file.
  {
    name: 'attachment_metadata', category: 'attachment', tenantField: tenant,
    summary: 'Files attached to any entity_type + entity_id (polymorphic)',
    timeField: 'created_at', polymorphic: true, retention: permanent,
    indexes: [
      { name: 'storage_key', key: { tenant_id: 1, storage_key: 1 }, unique: true },
      { name: 'uploader_time', key: { tenant_id: 1, uploaded_by: 1, created_at: -1 } },
    ],
  },
];
