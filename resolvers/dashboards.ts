import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { badUserInput } from '../src/errors';
import type { DashboardModel } from '../src/dashboards/models';
import { dashboards, isDashboardId, tiles } from '../src/dashboards/registry';

function dashboardModel(id: string): DashboardModel | null {
  if (!isDashboardId(id)) return null;
  const dashboard = dashboards[id];
  return { id, name: dashboard.name, tileIds: dashboard.tiles };
}

export const dashboardResolvers: Resolvers = {
  Query: {
    dashboard: (_root, { id }) => dashboardModel(id),
    dashboards: () => Object.keys(dashboards).map((id) => dashboardModel(id)!),
  },
  Mutation: {
    refreshDashboard: async (_root, { id }, context) => {
      const dashboard = dashboardModel(id);
      if (!dashboard) throw badUserInput(`No dashboard "${id}".`, 'id');
      await authorized(context).loaders.caches.refreshDashboard(dashboard.id);
      return dashboard;
    },
  },
  Dashboard: {
    tiles: (dashboard) => dashboard.tileIds.map((id) => ({ dashboardId: dashboard.id, id })),
  },
  DashboardTile: {
    kind: (tile) => tiles[tile.id].kind,
    title: (tile) => tiles[tile.id].title,
    snapshot: (tile, _args, context) => authorized(context).loaders.caches.tile(tile.dashboardId, tile.id),
  },
  Snapshot: {
    data: (value) => value.entry.data,
    computedAt: (value) => value.entry.computedAt,
    expiresAt: (value) => value.entry.expiresAt,
  },
};
