import type { MetricName } from '../analytics/metrics';
import type { EntityKind } from '../registry/entities';
import type { AnalyticsStore } from '../stores/analytics';
import type { KpiStore } from '../stores/kpis';
import { lastHours } from './analytics-tiles';

export interface TileSpec {
  kind: 'PROJECTS_BY_STATUS' | 'OPEN_TASKS_BY_ASSIGNEE' | 'TASKS_BY_PRIORITY' | 'SPEND_BY_VENDOR' | 'ASSET_VALUE_BY_STATUS' | 'API_REQUESTS_PER_HOUR';
  title: string;
  /** Writes to these entity types make the tile stale. */
  inputs: readonly EntityKind[];
  /** The rollup job writing new values of these metrics makes the tile stale. */
  rollups?: readonly MetricName[];
  /** How long the tile is kept when nothing makes it stale; SNAPSHOT_TTL_SECONDS unless it says. */
  ttlSeconds?: number;
  compute: (kpis: KpiStore, analytics: AnalyticsStore) => Promise<unknown>;
}

/** Seed 000: dashboard_snapshot keeps pre-aggregated KPI data for 24 hours. */
export const SNAPSHOT_TTL_SECONDS = 24 * 3600;

export const tiles = {
  'projects-by-status': {
    kind: 'PROJECTS_BY_STATUS', title: 'Projects by status', inputs: ['PROJECT'],
    compute: (kpis) => kpis.projectsByStatus(),
  },
  'open-tasks-by-assignee': {
    kind: 'OPEN_TASKS_BY_ASSIGNEE', title: 'Open tasks by assignee', inputs: ['TASK', 'USER'],
    compute: (kpis) => kpis.openTasksByAssignee(),
  },
  'tasks-by-priority': {
    kind: 'TASKS_BY_PRIORITY', title: 'Open tasks by priority', inputs: ['TASK'],
    compute: (kpis) => kpis.tasksByPriority(),
  },
  'spend-by-vendor': {
    kind: 'SPEND_BY_VENDOR', title: 'Committed spend by vendor', inputs: ['PURCHASE_ORDER', 'VENDOR'],
    compute: (kpis) => kpis.spendByVendor(),
  },
  'asset-value-by-status': {
    kind: 'ASSET_VALUE_BY_STATUS', title: 'Asset value by status', inputs: ['ASSET'],
    compute: (kpis) => kpis.assetValueByStatus(),
  },
  // Seed 000's read path: dashboards read analytics_aggregate, never the raw logs. An hour, so
  // that the 24 hours move on for a tenant whose rollups did not change.
  'api-requests-per-hour': {
    kind: 'API_REQUESTS_PER_HOUR', title: 'API requests per hour, last 24 h', inputs: [], rollups: ['api.requests'], ttlSeconds: 3600,
    compute: (_kpis, analytics) => lastHours(analytics, 'api.requests', 24),
  },
} satisfies Record<string, TileSpec>;

export type TileId = keyof typeof tiles;

export interface DashboardSpec {
  name: string;
  /** In display order. */
  tiles: readonly TileId[];
}

/** The dashboards every tenant has, as data. */
export const dashboards = {
  overview: { name: 'Overview', tiles: ['projects-by-status', 'open-tasks-by-assignee', 'tasks-by-priority'] },
  procurement: { name: 'Procurement', tiles: ['spend-by-vendor', 'asset-value-by-status'] },
  usage: { name: 'Usage', tiles: ['api-requests-per-hour'] },
} satisfies Record<string, DashboardSpec>;

export type DashboardId = keyof typeof dashboards;

/** Ids arrive from clients as strings: this is where they become known ones, or not. */
export const isDashboardId = (id: string): id is DashboardId => Object.hasOwn(dashboards, id);
