import { date, defineEnum, enumOf, float, int, json, listOf, optional, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, expiresAt, permanent, tenant } from './shared';

const Granularity = defineEnum('Granularity', ['hour', 'day', 'week', 'month']);

// 6. Caches and computed snapshots. Their lifetime is freshness, not retention.
export const caches = [
  defineCollection({
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
    fields: {
      cache_key: string({ description: 'SHA-256 of tenant, report type and canonical parameters.' }),
      report_type: string(),
      params: json(),
      data: json({ description: 'The rendered report.' }),
      tags: listOf(string({ description: 'The entity kinds (PROJECT, TASK, …) whose writes make this entry stale.' })),
      generations: optional(json({ description: 'Each tag\'s generation when the report was computed: a later invalidation makes it stale.' })),
      created_at: date(),
      expires_at: date(),
    },
    graphql: { type: 'ReportCacheEntry', list: 'reportCacheEntries', description: 'A rendered report kept until it expires (report_cache).' },
  }),
  defineCollection({
    name: 'dashboard_snapshot', category: 'cache', tenantField: tenant,
    summary: 'Pre-aggregated KPI data for dashboard tiles',
    // 24h, set per document by the writer so the Redis copy and this one expire together.
    timeField: 'computed_at', polymorphic: false, retention: expiresAt, readPreference: 'secondaryPreferred',
    indexes: [
      { name: 'tile', key: { tenant_id: 1, dashboard_id: 1, tile_id: 1 }, unique: true },
      { name: 'tags', key: { tenant_id: 1, tags: 1 } },
    ],
    fields: {
      dashboard_id: string(),
      tile_id: string(),
      kind: string(),
      data: json(),
      tags: listOf(string()),
      generations: optional(json({ description: 'Each tag\'s generation when the tile was computed: a later invalidation makes it stale.' })),
      computed_at: date(),
      expires_at: date(),
    },
    graphql: { type: 'DashboardSnapshotEntry', list: 'dashboardSnapshots', description: "One tile's pre-aggregated data (dashboard_snapshot)." },
  }),
  defineCollection({
    name: 'analytics_aggregate', category: 'cache', tenantField: tenant,
    summary: 'Pre-computed rollups (daily/weekly/monthly)',
    // Per document: hourly rollups for the seed's 30 days, daily ones for 400 (src/analytics/periods.ts),
    // from the end of the period, so that a rollup outlives the raw logs it sums and a rerun that
    // changes nothing leaves its expiry alone too.
    timeField: 'computed_at', polymorphic: false, retention: expiresAt, readPreference: 'secondaryPreferred',
    indexes: [
      { name: 'rollup', key: { tenant_id: 1, metric: 1, granularity: 1, period_start: -1 }, unique: true },
    ],
    fields: {
      metric: string({ description: 'What is counted, e.g. api.requests or activity.page_views.' }),
      granularity: enumOf(Granularity),
      period_start: date(),
      count: int(),
      sum: optional(float()),
      min: optional(float()),
      max: optional(float()),
      computed_at: date({ description: 'When these values were computed: a rerun that finds the same values keeps it.' }),
      expires_at: date(),
    },
    graphql: { type: 'AnalyticsAggregate', list: 'analyticsAggregates', description: 'One rollup of a metric over one period (analytics_aggregate).' },
  }),
  defineCollection({
    name: 'search_index_cache', category: 'cache', tenantField: tenant,
    summary: 'Full-text search index for instant search',
    // Bridged: every entry is the searchable projection of one relational row. It lives as long as
    // its row, not 7 days as seed 000 has it: entries are rewritten on every change of their row
    // (by any writer, through the outbox relay) and removed with it, so an unchanged row's entry is
    // still right, and expiring it would make the row unfindable. `npm run search:rebuild` repairs.
    timeField: 'indexed_at', polymorphic: true, retention: permanent,
    indexes: [
      // Reindexing an entity replaces its entry instead of adding one.
      { name: 'entity', key: { tenant_id: 1, entity_type: 1, entity_id: 1 }, unique: true },
      // Instant search matches anchored prefixes of normalised terms, which this multikey index
      // serves on every MongoDB and on the local test server. Not the seed's text index: the test
      // server cannot run $text queries, and advanced full-text search is Elasticsearch's job
      // (seed integration points).
      { name: 'terms', key: { tenant_id: 1, terms: 1 } },
    ],
    fields: {
      title: string(),
      summary: optional(string()),
      terms: listOf(string({ description: 'Normalised words of the title and summary.' })),
      version: int({ description: "The row's version the entry was made from: no writer replaces it with an older one." }),
      indexed_at: date(),
    },
    graphql: {
      type: 'SearchIndexEntry', list: 'searchIndexEntries', entityField: 'searchIndex',
      description: 'The searchable projection of one row (search_index_cache).',
    },
  }),
] as const;
