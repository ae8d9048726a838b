import type { DashboardId, TileId } from './registry';

/** What Dashboard and DashboardTile resolvers receive as parents. */
export interface DashboardModel {
  id: DashboardId;
  name: string;
  tileIds: readonly TileId[];
}

export interface TileModel {
  dashboardId: string;
  id: TileId;
}
