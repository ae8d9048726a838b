import { date, int, json, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, tenant } from './shared';

// 3. Activity and behavioural tracking.
export const activity = [
  defineCollection({
    name: 'user_activity_event', category: 'activity', tenantField: tenant,
    summary: 'Clickstream: page views, button clicks, time-on-page',
    // 90 days of "30-365 days": an entity's recent activity should cover a quarter, while the
    // long-term adoption trend lives in feature_usage_metric (365 days), so raw clicks need not.
    timeField: 'created_at', polymorphic: true, optionalBridge: true, retention: afterDays('created_at', 90),
    indexes: [{ name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } }],
    fields: {
      user_id: optional(row('USER')),
      action: string({ description: 'view, click, edit, comment, download …' }),
      page: optional(string()),
      element: optional(string({ description: 'What was clicked, for interactions.' })),
      duration_ms: optional(int({ description: 'Time on page, for page views.' })),
      session_id: optional(string({ internal: true })),
      created_at: date(),
    },
    graphql: {
      type: 'ActivityEvent', list: 'activityEvents', entityField: 'activity',
      description: "A user's page view or interaction, about a row or not (user_activity_event).",
    },
  }),
  defineCollection({
    name: 'search_query_log', category: 'activity', tenantField: tenant,
    summary: 'Search terms, filters, results count, click-through',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
      // A user's own earlier searches for the same words (search suggestions).
      { name: 'user_query_time', key: { tenant_id: 1, user_id: 1, normalized_query: 1, created_at: -1 } },
      // What the tenant searches for most (search analytics).
      { name: 'query_time', key: { tenant_id: 1, normalized_query: 1, created_at: -1 } },
    ],
    fields: {
      user_id: row('USER'),
      query: string(),
      normalized_query: string({ description: 'Lower-cased, trimmed, whitespace collapsed: what identical searches share.' }),
      filters: optional(json({ description: 'The filters the search was narrowed by, as the client sent them.' })),
      results_count: int(),
      clicked_rank: optional(int({ description: 'Position of the result the user opened, from 1; null when none.' })),
      created_at: date(),
    },
    graphql: { type: 'SearchQuery', list: 'searchQueries', description: 'One search a user ran (search_query_log).' },
  }),
  defineCollection({
    name: 'feature_usage_metric', category: 'activity', tenantField: tenant,
    summary: 'Feature adoption tracking per user/module',
    timeField: 'created_at', polymorphic: false, retention: afterDays('created_at', 365),
    indexes: [
      { name: 'feature_time', key: { tenant_id: 1, module: 1, feature: 1, created_at: -1 } },
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
    ],
    fields: {
      module: string(),
      feature: string(),
      user_id: optional(row('USER', { description: 'Null for counts of the whole tenant.' })),
      count: int({ description: 'Uses on the day that starts at createdAt.' }),
      last_used_at: date(),
      created_at: date({ description: 'The start of the day (UTC) counted.' }),
    },
    graphql: { type: 'FeatureUsage', list: 'featureUsage', description: 'How often a feature was used on one day (feature_usage_metric).' },
  }),
] as const;
