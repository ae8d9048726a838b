import {
  boolean, date, defineEnum, defineObject, enumOf, float, int, json, listOf, objectOf, optional, row, string,
} from '../shape';
import { defineCollection } from '../types';
import { NotificationChannel, permanent, PushPlatform, tenant } from './shared';

const Theme = defineEnum('Theme', ['SYSTEM', 'LIGHT', 'DARK']);
const FavoriteKind = defineEnum('FavoriteKind', ['pin', 'bookmark', 'recent']);
const AlertCondition = defineEnum('AlertCondition', ['above', 'below', 'equals', 'changed']);
const Widget = defineObject('LayoutWidget', {
  widget_id: string(),
  tile_id: optional(string({ description: 'The dashboard tile the widget shows, when it shows one.' })),
  x: int(), y: int(), w: int(), h: int(),
  settings: optional(json({ description: "The widget's own settings (colours, series), as the front end saved them." })),
});
const PushDevice = defineObject('PushDevice', {
  platform: enumOf(PushPlatform),
  device_token: string({ internal: true }),
}, 'A device the user receives push notifications on.');

// 7. User preferences and UI state: permanent, users expect their settings to stay.
export const preferences = [
  defineCollection({
    name: 'user_preference', category: 'preference', tenantField: tenant,
    summary: 'Per-user settings (locale, timezone, default project)',
    timeField: 'updated_at', polymorphic: false, retention: permanent,
    indexes: [{ name: 'user', key: { tenant_id: 1, user_id: 1 }, unique: true }],
    fields: {
      user_id: row('USER'),
      locale: optional(string({ description: 'BCP 47 language tag; en when unset.' })),
      timezone: optional(string({ description: 'IANA time zone; UTC when unset.' })),
      theme: optional(enumOf(Theme)),
      default_project_id: optional(row('PROJECT')),
      // Where the real channels reach the user (delivery/): their email is the user row's.
      disabled_channels: listOf(enumOf(NotificationChannel, { description: 'Channels the user turned off: nothing is sent on them.' })),
      phone_number: optional(string({ internal: true, description: 'E.164; where SMS go.' })),
      push_devices: listOf(objectOf(PushDevice)),
      updated_at: date(),
    },
    graphql: { type: 'UserPreferenceDocument', list: 'preferenceDocuments', description: "A user's saved settings as stored (user_preference); User.preferences adds the defaults." },
  }),
  defineCollection({
    name: 'dashboard_layout', category: 'preference', tenantField: tenant,
    summary: 'Widget positions, sizes, data sources per user',
    timeField: 'updated_at', polymorphic: false, retention: permanent,
    indexes: [{ name: 'user_dashboard', key: { tenant_id: 1, user_id: 1, dashboard_id: 1 }, unique: true }],
    fields: {
      user_id: optional(row('USER', { description: 'Null for the platform\'s default layouts.' })),
      dashboard_id: string(),
      name: string(),
      widgets: listOf(objectOf(Widget)),
      updated_at: date(),
    },
    graphql: { type: 'DashboardLayout', list: 'dashboardLayouts', description: "A user's arrangement of a dashboard, or a platform default (dashboard_layout)." },
  }),
  defineCollection({
    name: 'user_favorite', category: 'preference', tenantField: tenant,
    summary: 'Pinned reports, bookmarked entities, recent items',
    timeField: 'created_at', polymorphic: true, optionalBridge: true, retention: permanent,
    indexes: [
      // Pinning twice is one pin: the toggle upserts on this key. The report type is part of it,
      // because favourites that are not about a row (pinned reports) share a null entity.
      { name: 'user_entity', key: { tenant_id: 1, user_id: 1, entity_type: 1, entity_id: 1, report_type: 1 }, unique: true },
      { name: 'user_time', key: { tenant_id: 1, user_id: 1, created_at: -1 } },
      { name: 'user_kind_time', key: { tenant_id: 1, user_id: 1, kind: 1, created_at: -1 } },
    ],
    fields: {
      user_id: row('USER'),
      kind: enumOf(FavoriteKind),
      report_type: optional(string({ description: 'For a pinned report: its type.' })),
      label: optional(string()),
      created_at: date(),
    },
    graphql: {
      type: 'Favorite', list: 'favorites', entityField: 'favorites',
      description: 'Something a user pinned, bookmarked or opened recently (user_favorite).',
    },
  }),
  defineCollection({
    name: 'user_alert_config', category: 'preference', tenantField: tenant,
    summary: 'Custom alert thresholds and notification preferences',
    timeField: 'updated_at', polymorphic: false, retention: permanent,
    indexes: [
      { name: 'user', key: { tenant_id: 1, user_id: 1, metric: 1 } },
      // The alert evaluator asks "who watches this metric"; disabled alerts never match.
      { name: 'active_metric', key: { tenant_id: 1, metric: 1 }, partialFilterExpression: { enabled: true } },
    ],
    fields: {
      user_id: row('USER'),
      name: string(),
      metric: string({ description: 'What is watched, e.g. purchase_order.total_amount or task.assigned_to_me.' }),
      condition: enumOf(AlertCondition),
      threshold: optional(float()),
      channels: listOf(enumOf(NotificationChannel)),
      enabled: boolean(),
      updated_at: date(),
    },
    graphql: { type: 'AlertConfig', list: 'alertConfigs', description: "One of a user's alert rules (user_alert_config)." },
  }),
] as const;
