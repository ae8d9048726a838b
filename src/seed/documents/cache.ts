import { reportCacheKey } from '../../cache/keys';
import { rollupTag } from '../../analytics/metrics';
import { rollupExpiry } from '../../analytics/periods';
import { dashboards, SNAPSHOT_TTL_SECONDS, tiles, type TileId, type TileSpec } from '../../dashboards/registry';
import { reportTypes, type ReportType } from '../../reports/registry';
import { DAY, HOUR, MINUTE, SECOND, words, type Draft, type Drafts, type SeedContext } from './context';
import { kpis } from './kpis';
import type { EntityKind } from '../../registry/entities';
import { searchEntryOfRow } from '../../search/entries';

/** A cache entry's lifetime as the gateway sets it: the TTL, ±5% so entries do not all expire together. */
const lifetime = (ctx: SeedContext, from: Date, ttlSeconds: number) =>
  new Date(from.getTime() + Math.round(ttlSeconds * SECOND * (0.95 + ctx.random.next() * 0.1)));

/**
 * Reports under the keys the gateway computes (same canonical params, same hash), holding what
 * the gateway would compute from the seeded rows: a read served from here is the right answer.
 * The oldest has expired, so readers compute it again.
 */
function reports(ctx: SeedContext): Draft<'report_cache'>[] {
  const k = kpis(ctx.data);
  const to = ctx.anchor.toISOString().slice(0, 10);
  const from = new Date(ctx.anchor.getTime() - 90 * DAY).toISOString().slice(0, 10);
  const entries: [ReportType, unknown, (params: never) => unknown, Date][] = [
    ['budget-vs-spend', {}, (p: { statuses: string[] }) => k.budgetVsSpend(p.statuses), ctx.ago(MINUTE, 40 * MINUTE)],
    ['budget-vs-spend', { statuses: ['ACTIVE', 'ON_HOLD'] }, (p: { statuses: string[] }) => k.budgetVsSpend(p.statuses), ctx.ago(MINUTE, 40 * MINUTE)],
    ['vendor-spend', { from, to }, (p: { from: string; to: string }) => k.spendByVendor(p.from, p.to), ctx.ago(HOUR, 3 * HOUR)],
    ['asset-register', {}, () => k.assetValueByStatus(), ctx.ago(2 * DAY, 3 * DAY)],
    ['vendor-spend', {}, () => k.spendByVendor(), ctx.ago(2 * DAY, 3 * DAY)],
  ];
  return entries.map(([report_type, raw, compute, createdAt]) => {
    const spec = reportTypes[report_type];
    const params = spec.params.parse(raw) as object;
    return {
      cache_key: reportCacheKey(ctx.tenantId, report_type, JSON.stringify(params)),
      report_type, params, data: compute(params as never), tags: [...spec.inputs],
      created_at: createdAt, expires_at: lifetime(ctx, createdAt, spec.ttlSeconds),
    };
  });
}

function snapshots(ctx: SeedContext, rollups: readonly Draft<'analytics_aggregate'>[]): Draft<'dashboard_snapshot'>[] {
  const k = kpis(ctx.data);
  const compute: Record<TileId, () => unknown> = {
    'projects-by-status': k.projectsByStatus, 'open-tasks-by-assignee': k.openTasksByAssignee,
    'tasks-by-priority': k.tasksByPriority, 'spend-by-vendor': () => k.spendByVendor(), 'asset-value-by-status': k.assetValueByStatus,
    'api-requests-per-hour': () => lastHoursOf(ctx, rollups),
  };
  return Object.entries(dashboards).flatMap(([dashboard_id, dashboard]) => dashboard.tiles.map((tile_id) => {
    const tile: TileSpec = tiles[tile_id];
    // Not before the last hour the tile shows was rolled up.
    const computedAt = tile.rollups ? ctx.ago(SECOND, MINUTE) : ctx.ago(MINUTE, 3 * HOUR);
    return {
      dashboard_id, tile_id, kind: tile.kind, data: compute[tile_id](), tags: [...tile.inputs, ...(tile.rollups ?? []).map(rollupTag)],
      computed_at: computedAt, expires_at: lifetime(ctx, computedAt, tile.ttlSeconds ?? SNAPSHOT_TTL_SECONDS),
    };
  }));
}

/** What the API requests tile computes from these rollups at the anchor: the 24 hours before it. */
function lastHoursOf(ctx: SeedContext, rollups: readonly Draft<'analytics_aggregate'>[]) {
  const hourStart = Math.floor(ctx.anchor.getTime() / HOUR) * HOUR;
  const hourly = new Map(rollups.filter((r) => r.metric === 'api.requests' && r.granularity === 'hour').map((r) => [r.period_start.getTime(), r.count]));
  return Array.from({ length: 24 }, (_, i) => {
    const start = new Date(hourStart - (23 - i) * HOUR);
    return { key: start.toISOString(), label: start.toISOString().slice(11, 16), value: hourly.get(start.getTime()) ?? 0 };
  });
}

/**
 * Hourly API traffic over the anchor's last day and daily rollups over two weeks; the last day's
 * count is the sum of its hours. (Made up, for the demo's charts: the rollup job recomputes the
 * periods of the logs it finds once the gateway runs.)
 */
function rollups(ctx: SeedContext): Draft<'analytics_aggregate'>[] {
  const { random, anchor } = ctx;
  const out: Draft<'analytics_aggregate'>[] = [];
  const hourStart = Math.floor(anchor.getTime() / HOUR) * HOUR;
  const dayStart = Math.floor(anchor.getTime() / DAY) * DAY;
  // Computed a few minutes after the period ends, or just now for the period still running.
  const computedAt = (end: number) => new Date(Math.min(end + random.int(2 * MINUTE, 5 * MINUTE), anchor.getTime() - random.int(SECOND, MINUTE)));
  const traffic = (count: number) => ({ count, sum: count * (60 + random.int(0, 50)), min: random.int(2, 6), max: random.int(2_000, 9_000) + random.next() });
  // With the anchor at midnight (as `npm run seed` has it) the 24 hours are exactly the last day.
  const aligned = hourStart === dayStart;
  let lastDay = 0;
  for (let h = 24; h >= 1; h--) {
    const start = hourStart - h * HOUR;
    const hour = new Date(start).getUTCHours();
    const count = hour >= 6 && hour <= 20 ? random.int(120, 480) : random.int(5, 40);
    lastDay += count;
    out.push({ metric: 'api.requests', granularity: 'hour', period_start: new Date(start), ...traffic(count), computed_at: computedAt(start + HOUR), expires_at: rollupExpiry('hour', new Date(start)) });
  }
  for (let d = 14; d >= 1; d--) {
    const start = dayStart - d * DAY;
    const weekend = [0, 6].includes(new Date(start).getUTCDay());
    const requests = d === 1 && aligned ? lastDay : weekend ? random.int(300, 900) : random.int(3_000, 6_000);
    const expires_at = rollupExpiry('day', new Date(start));
    out.push({ metric: 'api.requests', granularity: 'day', period_start: new Date(start), ...traffic(requests), computed_at: computedAt(start + DAY), expires_at });
    out.push({ metric: 'activity.page_views', granularity: 'day', period_start: new Date(start), count: weekend ? random.int(20, 80) : random.int(300, 900), computed_at: computedAt(start + DAY), expires_at });
  }
  return out;
}

/**
 * The entry of every searchable row, as the write path and `npm run search:rebuild` make them
 * (search/entries.ts), indexed after the row's last change; and one that outlived its row, which
 * search leaves out.
 */
function searchIndex(ctx: SeedContext): Draft<'search_index_cache'>[] {
  const { data } = ctx;
  const rows: [EntityKind, readonly { updatedAt: Date }[]][] = [
    ['USER', data.users], ['PROJECT', data.projects], ['TASK', data.tasks], ['ASSET', data.assets],
    ['VENDOR', data.vendors], ['PURCHASE_ORDER', data.purchaseOrders],
  ];
  const entries: Draft<'search_index_cache'>[] = rows.flatMap(([kind, list]) => list.flatMap((row) => {
    const entry = searchEntryOfRow(kind, row as never);
    return entry ? [{ ...entry, indexed_at: ctx.after(row.updatedAt, MINUTE) }] : [];
  }));
  entries.push({ ...ctx.ref(ctx.gone.task), title: 'Remove old formwork', terms: ['remove', 'old', 'formwork'], version: 3, indexed_at: ctx.ago(DAY, 2 * DAY) });
  return entries;
}

export function cacheDocuments(ctx: SeedContext): Drafts<'report_cache' | 'dashboard_snapshot' | 'analytics_aggregate' | 'search_index_cache'> {
  const analytics = rollups(ctx);
  return { report_cache: reports(ctx), dashboard_snapshot: snapshots(ctx, analytics), analytics_aggregate: analytics, search_index_cache: searchIndex(ctx) };
}
