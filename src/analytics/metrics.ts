import type { Document } from 'mongodb';

/** The collections rollups are computed from. */
export type RollupSource = 'api_request_log' | 'user_activity_event';

/** What a metric's condition may depend on besides the document: the gateway's own mutations. */
export interface MetricContext {
  /** The Mutation root fields: user_activity_event entries with these actions are the gateway's record of a mutation. */
  mutationNames: readonly string[];
}

export interface MetricSpec {
  source: RollupSource;
  description: string;
  /** Whether one source document counts, as an aggregation expression over it. */
  counts: (context: MetricContext) => Document | boolean;
  /** The field whose values sum, min and max describe (over the counted documents that carry it), and its unit. */
  measure?: { field: string; unit: string };
}

const inbound = { $eq: ['$direction', 'inbound'] };

/**
 * The metrics the rollup job computes into analytics_aggregate and `analytics` reads, as data.
 * A GraphQL error carries a status 200 and an error code (the gateway's own log): either makes a
 * failed request. Front ends report page views and interactions (recordActivity) under free-form
 * actions; the gateway records each mutation under its root field's name (several, comma-joined,
 * for an operation of several root fields).
 */
export const metrics = {
  'api.requests': {
    source: 'api_request_log', description: 'Operations the gateway served (inbound calls); sum, min and max: their duration.',
    counts: () => inbound, measure: { field: 'duration_ms', unit: 'ms' },
  },
  'api.errors': {
    source: 'api_request_log', description: 'Inbound calls answered with an error code or an HTTP status of 400 or more; sum, min and max: their duration.',
    counts: () => ({ $and: [inbound, { $or: [{ $gt: [{ $size: { $ifNull: ['$error_codes', []] } }, 0] }, { $gte: ['$status_code', 400] }] }] }),
    measure: { field: 'duration_ms', unit: 'ms' },
  },
  'activity.events': {
    source: 'user_activity_event', description: 'Every page view, interaction and mutation recorded in user_activity_event.',
    counts: () => true,
  },
  'activity.page_views': {
    source: 'user_activity_event', description: 'Page views (action "view"); sum, min and max: time on page, where the front end reported it.',
    counts: () => ({ $eq: ['$action', 'view'] }), measure: { field: 'duration_ms', unit: 'ms' },
  },
  'activity.mutations': {
    source: 'user_activity_event', description: 'Mutations the gateway recorded (one per row written, or per root field when none was).',
    counts: ({ mutationNames }) => ({ $setIsSubset: [{ $split: [{ $ifNull: ['$action', ''] }, ','] }, [...mutationNames]] }),
  },
} as const satisfies Record<string, MetricSpec>;

export type MetricName = keyof typeof metrics;

export const metricNames = Object.keys(metrics) as MetricName[];

/** Names arrive from clients as strings: this is where they become known ones, or not. */
export const isMetricName = (name: string): name is MetricName => Object.hasOwn(metrics, name);

export const metricsOf = (source: RollupSource): MetricName[] => metricNames.filter((name) => metrics[name].source === source);

export const ROLLUP_SOURCES: readonly RollupSource[] = ['api_request_log', 'user_activity_event'];

/** The cache tag of whatever is computed from a metric's rollups (a dashboard tile): the rollup job moves it on. */
export const rollupTag = (metric: MetricName) => `rollup:${metric}`;
