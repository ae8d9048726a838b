import type { MetricName } from '../analytics/metrics';
import { HOUR_MS, periodStart } from '../analytics/periods';
import type { AnalyticsStore } from '../stores/analytics';
import type { Bucket } from '../stores/kpis';

/**
 * The last `hours` hours of a metric, the current one included, oldest first, as the buckets
 * every tile has: the hour's start as key, `HH:00` (UTC) as label, the count as value (0 for an
 * hour without rollup).
 */
export async function lastHours(analytics: AnalyticsStore, metric: MetricName, hours: number, now = new Date()): Promise<Bucket[]> {
  const to = new Date(periodStart('hour', now).getTime() + HOUR_MS);
  const series = await analytics.series(metric, 'hour', new Date(to.getTime() - hours * HOUR_MS), to);
  return series.points.map((point) => ({
    key: point.periodStart.toISOString(), label: point.periodStart.toISOString().slice(11, 16), value: point.count,
  }));
}
