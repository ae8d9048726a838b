import type { DocumentOf } from '../catalogue/documents';
import { badUserInput } from '../errors';
import { dashboards, type DashboardId } from './registry';

export type StoredWidget = DocumentOf<'dashboard_layout'>['widgets'][number];

/** A widget as a front end sends it (saveDashboardLayout). */
export interface WidgetInput {
  widgetId: string;
  tileId?: string | null;
  x: number;
  y: number;
  w: number;
  h: number;
  settings?: unknown;
}

/**
 * The grid layouts live on: 12 columns as the defaults use them, rows as deep as a long page.
 * Limits keep one layout document small (24 widgets of at most 4 KiB of settings is under 100 KiB)
 * and its settings storable as they are: MongoDB refuses field names starting with `$` and
 * documents nested more than 100 levels, which would fail the write instead of naming the field.
 */
export const LAYOUT_LIMITS = {
  columns: 12,
  rows: 100,
  widgets: 24,
  settingsBytes: 4096,
  settingsDepth: 8,
  name: 100,
} as const;

const WIDGET_ID = /^[A-Za-z0-9_-]{1,64}$/;

function checkSettings(settings: unknown, widgetId: string): Record<string, unknown> | undefined {
  if (settings == null) return undefined;
  if (typeof settings !== 'object' || Array.isArray(settings)) throw badUserInput(`settings of ${widgetId} must be an object.`, 'settings');
  // Depth first: it stops early, so a deeply nested value is refused before it is serialised.
  const visit = (value: unknown, depth: number): void => {
    if (value === null || typeof value !== 'object') return;
    if (depth > LAYOUT_LIMITS.settingsDepth) throw badUserInput(`settings of ${widgetId} nest at most ${LAYOUT_LIMITS.settingsDepth} levels.`, 'settings');
    for (const [key, inner] of Object.entries(value)) {
      if (!Array.isArray(value) && (key.startsWith('$') || key.includes('.'))) {
        throw badUserInput(`settings of ${widgetId}: the key "${key}" may not start with $ or contain a dot.`, 'settings');
      }
      visit(inner, depth + 1);
    }
  };
  visit(settings, 1);
  if (Buffer.byteLength(JSON.stringify(settings)) > LAYOUT_LIMITS.settingsBytes) {
    throw badUserInput(`settings of ${widgetId} must be at most ${LAYOUT_LIMITS.settingsBytes} bytes of JSON.`, 'settings');
  }
  return settings as Record<string, unknown>;
}

/** An integer in [min, max], or BAD_USER_INPUT naming the coordinate. */
function cell(value: number, field: string, min: number, max: number, widgetId: string) {
  if (!Number.isInteger(value) || value < min || value > max) throw badUserInput(`${field} of ${widgetId} must be ${min} to ${max}.`, field);
  return value;
}

function checkWidget(dashboardId: DashboardId, input: WidgetInput): StoredWidget {
  const { columns, rows } = LAYOUT_LIMITS;
  if (!WIDGET_ID.test(input.widgetId)) throw badUserInput('widgetId is 1 to 64 letters, digits, - or _.', 'widgetId');
  const id = input.widgetId;
  const tiles: readonly string[] = dashboards[dashboardId].tiles;
  if (input.tileId != null && !tiles.includes(input.tileId)) {
    throw badUserInput(`${dashboardId} has no tile "${input.tileId}"; its tiles are ${tiles.join(', ')}.`, 'tileId');
  }
  const x = cell(input.x, 'x', 0, columns - 1, id);
  const w = cell(input.w, 'w', 1, columns - x, id);
  const y = cell(input.y, 'y', 0, rows - 1, id);
  const h = cell(input.h, 'h', 1, rows - y, id);
  const settings = checkSettings(input.settings, id);
  return { widget_id: id, ...(input.tileId != null && { tile_id: input.tileId }), x, y, w, h, ...(settings && { settings }) };
}

const overlap = (a: StoredWidget, b: StoredWidget) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/**
 * A layout's widgets as they are stored, checked whole before anything is written: each on the
 * grid, showing a tile of this dashboard or none, ids unique, no two covering the same cell.
 */
export function checkedWidgets(dashboardId: DashboardId, inputs: readonly WidgetInput[]): StoredWidget[] {
  if (inputs.length > LAYOUT_LIMITS.widgets) throw badUserInput(`A layout has at most ${LAYOUT_LIMITS.widgets} widgets.`, 'widgets');
  const widgets = inputs.map((input) => checkWidget(dashboardId, input));
  widgets.forEach((widget, i) => {
    for (const other of widgets.slice(0, i)) {
      if (other.widget_id === widget.widget_id) throw badUserInput(`Two widgets are called ${widget.widget_id}.`, 'widgetId');
      if (overlap(other, widget)) throw badUserInput(`Widgets ${other.widget_id} and ${widget.widget_id} overlap.`, 'widgets');
    }
  });
  return widgets;
}

/** The layout's name: the caller's, or the dashboard's own. */
export function checkedLayoutName(dashboardId: DashboardId, name: string | null | undefined): string {
  if (name == null) return dashboards[dashboardId].name;
  const trimmed = name.trim();
  if (trimmed.length === 0 || trimmed.length > LAYOUT_LIMITS.name) throw badUserInput(`name is 1 to ${LAYOUT_LIMITS.name} characters.`, 'name');
  return trimmed;
}
