import type { DocumentOf } from '../catalogue/documents';
import type { MetricName } from '../analytics/metrics';
import { periodsBetween, periodStart, storedFor, type Granularity } from '../analytics/periods';
import type { DocumentStore } from './documents';

/** One period of a series: zero, with no measures, when nothing was counted in it. */
export interface RollupPoint {
  periodStart: Date;
  count: number;
  sum: number | null;
  min: number | null;
  max: number | null;
}

export interface RollupSeries {
  metric: MetricName;
  granularity: Granularity;
  /** The start of the first period: the one holding the `from` asked for. */
  from: Date;
  to: Date;
  /** Every period from `from` up to the last one that starts before `to`, oldest first. */
  points: RollupPoint[];
  /** When the newest of the rollups read was computed; null when there were none. */
  computedAt: Date | null;
}

type RollupDoc = DocumentOf<'analytics_aggregate'>;

/**
 * A tenant's analytics, read from analytics_aggregate only (from a secondary, as the catalogue
 * declares), never from the raw logs: one find on the rollup index. Hours and days are read as
 * stored; weeks and months are folded from days (counts and sums add up, min and max of the days).
 * The caller checks the range (loaders/analytics.ts).
 */
export class AnalyticsStore {
  constructor(private readonly documents: DocumentStore) {}

  async series(metric: MetricName, granularity: Granularity, from: Date, to: Date): Promise<RollupSeries> {
    const first = periodStart(granularity, from);
    const docs = await this.documents.find<RollupDoc>(
      'analytics_aggregate',
      { metric, granularity: storedFor(granularity), period_start: { $gte: first, $lt: to } },
      { sort: { period_start: 1 }, projection: { period_start: 1, count: 1, sum: 1, min: 1, max: 1, computed_at: 1 } },
    );
    const points = new Map(periodsBetween(granularity, first, to).map((start) => [start.getTime(), empty(start)]));
    let computedAt: Date | null = null;
    for (const doc of docs) {
      const point = points.get(periodStart(granularity, doc.period_start).getTime());
      if (!point) continue;
      point.count += doc.count;
      if (doc.sum != null) point.sum = (point.sum ?? 0) + doc.sum;
      if (doc.min != null) point.min = point.min === null ? doc.min : Math.min(point.min, doc.min);
      if (doc.max != null) point.max = point.max === null ? doc.max : Math.max(point.max, doc.max);
      if (!computedAt || doc.computed_at > computedAt) computedAt = doc.computed_at;
    }
    return { metric, granularity, from: first, to, points: [...points.values()], computedAt };
  }
}

const empty = (start: Date): RollupPoint => ({ periodStart: start, count: 0, sum: null, min: null, max: null });
