import { dashboards, isDashboardId } from '../../dashboards/registry';
import { DAY, type Draft, type Drafts, type SeedContext } from './context';

type Widget = Draft<'dashboard_layout'>['widgets'][number];

/**
 * A dashboard's tiles on the 12-column grid, two to a row, in the dashboard's order, then a
 * notes widget (it shows no tile). The platform's defaults are this; users move and resize it.
 */
export function defaultWidgets(dashboardId: string): Widget[] {
  const tiles: readonly string[] = isDashboardId(dashboardId) ? dashboards[dashboardId].tiles : [];
  const widgets: Widget[] = tiles.map((tile_id, i) => ({ widget_id: `tile-${tile_id}`, tile_id, x: (i % 2) * 6, y: Math.floor(i / 2) * 4, w: 6, h: 4 }));
  widgets.push({ widget_id: 'notes', x: 0, y: Math.ceil(tiles.length / 2) * 4, w: 12, h: 2, settings: { text: '' } });
  return widgets;
}

function preferences(ctx: SeedContext): Draft<'user_preference'>[] {
  const { random, data } = ctx;
  // The last user never saved anything and sees the defaults; one default project has been deleted since.
  return data.users.slice(0, -1).map((user, i) => ({
    user_id: user.id,
    ...(random.chance(0.8) && { locale: random.pick(['en-US', 'en-GB', 'de-DE', 'fr-FR']) }),
    ...(random.chance(0.8) && { timezone: random.pick(['America/New_York', 'America/Chicago', 'Europe/Berlin', 'Europe/London']) }),
    ...(random.chance(0.7) && { theme: random.pick(['SYSTEM', 'LIGHT', 'DARK'] as const) }),
    ...(i === 1 ? { default_project_id: ctx.gone.project.id } : random.chance(0.7) && { default_project_id: random.pick(data.projects).id }),
    // Every channel on and nowhere to push or text to: the demo's notifications stay in the app and mail.
    disabled_channels: [], push_devices: [],
    updated_at: ctx.after(user.createdAt, 200 * DAY),
  }));
}

function layouts(ctx: SeedContext): Draft<'dashboard_layout'>[] {
  const { random, data } = ctx;
  return ctx.sample(data.users, Math.min(3, data.users.length)).flatMap((user) =>
    ctx.sample(Object.keys(dashboards).filter(isDashboardId), random.int(1, 2)).map((dashboard_id) => {
      // Their own arrangement: the tiles in reverse order, the first one full width, their own notes or none.
      const tiles = defaultWidgets(dashboard_id).filter((w) => w.tile_id).reverse()
        .map((w, i) => (i === 0 ? { ...w, x: 0, y: 0, w: 12, h: 6 } : { ...w, x: ((i - 1) % 2) * 6, y: 6 + Math.floor((i - 1) / 2) * 4 }));
      const bottom = 6 + Math.ceil((tiles.length - 1) / 2) * 4;
      const notes = random.chance(0.5) ? [{ widget_id: 'notes', x: 0, y: bottom, w: 12, h: 2, settings: { text: 'Check deliveries before 10:00.' } }] : [];
      const widgets = [...tiles, ...notes];
      return { user_id: user.id, dashboard_id, name: `${dashboards[dashboard_id].name} (mine)`, widgets, updated_at: ctx.after(user.createdAt, 100 * DAY) };
    }));
}

/** Bookmarks, recently opened rows and one pinned report per user (the unique key allows only one without a row). */
function favorites(ctx: SeedContext): Draft<'user_favorite'>[] {
  const { random, data } = ctx;
  const out: Draft<'user_favorite'>[] = [];
  const seen = new Set<string>();
  const add = (favorite: Draft<'user_favorite'>) => {
    const key = `${favorite.user_id}:${favorite.entity_type ?? ''}:${favorite.entity_id ?? ''}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push(favorite);
  };
  const bookmarkable = ctx.targets.filter((t) => t.kind === 'PROJECT' || t.kind === 'VENDOR');
  const openable = ctx.targets.filter((t) => t.kind === 'TASK' || t.kind === 'PURCHASE_ORDER');
  for (const user of data.users) {
    for (const target of ctx.sample(bookmarkable, random.int(0, 2))) {
      add({ ...ctx.ref(target), user_id: user.id, kind: 'bookmark', label: target.title, created_at: ctx.after(target.createdAt, 60 * DAY) });
    }
    for (const target of ctx.sample(openable, random.int(1, 3))) {
      add({ ...ctx.ref(target), user_id: user.id, kind: 'recent', created_at: ctx.recent(target.createdAt, 14 * DAY) });
    }
    if (random.chance(0.5)) {
      const report_type = random.pick(['budget-vs-spend', 'vendor-spend', 'asset-register']);
      add({ user_id: user.id, kind: 'pin', report_type, label: `My ${report_type.replace(/-/g, ' ')}`, created_at: ctx.after(user.createdAt, 100 * DAY) });
    }
  }
  // A recently opened task that was deleted since, and a bookmark of another tenant's project.
  for (const target of [ctx.gone.task, ...(ctx.foreign ? [ctx.foreign] : [])]) {
    add({ ...ctx.ref(target), user_id: ctx.someone(), kind: target.kind === 'TASK' ? 'recent' : 'bookmark', created_at: ctx.ago(DAY, 7 * DAY) });
  }
  return out;
}

const ALERTS = [
  { name: 'Large purchase orders', metric: 'purchase_order.total_amount', condition: 'above', threshold: 100_000, channels: ['in_app', 'email'] },
  { name: 'Assigned to me', metric: 'task.assigned_to_me', condition: 'changed', channels: ['in_app', 'push'] },
  { name: 'Over budget', metric: 'project.budget_remaining', condition: 'below', threshold: 0, channels: ['email'] },
] as const;
const ADMIN_ALERTS = [
  { name: 'Error rate', metric: 'system.error_rate', condition: 'above', threshold: 0.05, channels: ['email', 'sms'] },
  { name: 'Sync failures', metric: 'integration.sync_failed', condition: 'equals', threshold: 1, channels: ['in_app', 'email'] },
] as const;

function alerts(ctx: SeedContext): Draft<'user_alert_config'>[] {
  const { random, data } = ctx;
  return data.users.flatMap((user) =>
    [...ctx.sample(ALERTS, random.int(0, 2)), ...(user.roles.includes('admin') ? ADMIN_ALERTS : [])].map((alert) => ({
      ...alert, user_id: user.id, channels: [...alert.channels], enabled: random.chance(0.85), updated_at: ctx.after(user.createdAt, 150 * DAY),
    })));
}

export function preferenceDocuments(ctx: SeedContext): Drafts<'user_preference' | 'dashboard_layout' | 'user_favorite' | 'user_alert_config'> {
  return { user_preference: preferences(ctx), dashboard_layout: layouts(ctx), user_favorite: favorites(ctx), user_alert_config: alerts(ctx) };
}
