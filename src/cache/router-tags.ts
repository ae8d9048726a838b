import { dashboards, tiles, type DashboardId } from '../dashboards/registry';
import type { EntityKind } from '../registry/entities';
import { reportTypes, type ReportType } from '../reports/registry';

/**
 * The `@cacheTag` formats of schema/dashboards.graphql, filled in: what a router's response cache
 * filed each cached root field under. test/cache/router-invalidation.test.ts checks every tag made
 * here against those formats, so a renamed tag in the schema fails a test instead of leaving the
 * router's copies for their TTL.
 *
 * A format sees only the field's arguments, never the tenant: a tag names every tenant's copies.
 * `report-types` is never invalidated here: the list is the registry, which only a deploy changes.
 */
export const dashboardTag = (id: DashboardId) => `dashboard-${id}`;
/** `dashboards` lists every dashboard with its tiles: it is stale whenever one of them is. */
export const DASHBOARDS_TAG = 'dashboards';
export const reportTag = (type: ReportType) => `report-${type}`;

/** A dashboard just dropped or recomputed. */
export const tagsOfDashboard = (id: DashboardId): string[] => [dashboardTag(id), DASHBOARDS_TAG];

/** The tags whose answers read rows of these entity kinds: as the registries declare each tile's and report's inputs. */
export function tagsOfKinds(kinds: Iterable<string>): string[] {
  const changed = new Set<string>(kinds);
  const reads = (inputs: readonly EntityKind[]) => inputs.some((kind) => changed.has(kind));
  const stale = (Object.keys(dashboards) as DashboardId[])
    .filter((id) => dashboards[id].tiles.some((tile) => reads(tiles[tile].inputs)));
  const reports = (Object.keys(reportTypes) as ReportType[]).filter((type) => reads(reportTypes[type].inputs));
  return [...stale.map(dashboardTag), ...(stale.length ? [DASHBOARDS_TAG] : []), ...reports.map(reportTag)];
}
