import type { Viewer } from '../../auth/viewer';
import type { DocumentOf } from '../../catalogue/documents';
import { PLATFORM_TENANT } from '../../catalogue/types';
import { checkedLayoutName, checkedWidgets, type WidgetInput } from '../../dashboards/layout-rules';
import { isDashboardId } from '../../dashboards/registry';
import { badUserInput } from '../../errors';
import type { DocumentStore } from '../../stores/documents';
import type { CatalogueLoaders } from '../catalogue';

type LayoutDoc = DocumentOf<'dashboard_layout'>;
const COLLECTION = 'dashboard_layout';

export interface LayoutInput {
  name?: string | null;
  widgets: readonly WidgetInput[];
}

const knownDashboard = (dashboardId: string) => {
  if (!isDashboardId(dashboardId)) throw badUserInput(`No dashboard "${dashboardId}".`, 'dashboardId');
  return dashboardId;
};

/**
 * The caller's arrangement of each dashboard (dashboard_layout), one per user and dashboard (the
 * unique index user_dashboard): saving replaces it, loading falls back to the platform's default
 * layout (tenant `global`, no user) until the user saves one of their own.
 */
export class LayoutWrites {
  constructor(
    private readonly store: DocumentStore,
    private readonly catalogue: CatalogueLoaders,
  ) {}

  /**
   * One find, through the catalogue's read rule (the viewer's own, and the platform's): both
   * candidates come back together and the caller's own wins. Null for an unknown dashboard, or
   * one the platform has no default for.
   */
  async load(viewer: Viewer, dashboardId: string): Promise<LayoutDoc | null> {
    if (!isDashboardId(dashboardId)) return null;
    const { nodes } = await this.catalogue.page(COLLECTION, viewer, {
      filters: { dashboard_id: dashboardId },
      request: { first: 10, wants: { hasNextPage: false, totalCount: false } },
    });
    return nodes.find((doc) => doc.tenant_id === viewer.tenantId && doc.user_id === viewer.userId)
      ?? nodes.find((doc) => doc.tenant_id === PLATFORM_TENANT && doc.user_id == null)
      ?? null;
  }

  /** Checked whole, then one upsert on (user, dashboard): the previous layout is replaced, never merged. */
  async save(viewer: Viewer, dashboardId: string, input: LayoutInput): Promise<LayoutDoc> {
    const id = knownDashboard(dashboardId);
    const name = checkedLayoutName(id, input.name);
    const widgets = checkedWidgets(id, input.widgets);
    const saved = await this.store.upsertOne<LayoutDoc>(COLLECTION, { user_id: viewer.userId, dashboard_id: id }, {
      $set: { name, widgets, updated_at: new Date() },
    });
    return saved!;
  }

  /** Drops the caller's own layout; what they see then is the platform's default (or null). */
  async reset(viewer: Viewer, dashboardId: string): Promise<LayoutDoc | null> {
    const id = knownDashboard(dashboardId);
    await this.store.deleteMany<LayoutDoc>(COLLECTION, { user_id: viewer.userId, dashboard_id: id });
    return this.load(viewer, id);
  }
}
