import type { AnyBulkWriteOperation, Db, Document } from 'mongodb';
import { metrics, metricsOf, type MetricContext, type MetricName, type RollupSource } from '../analytics/metrics';
import { HOUR_MS, DAY_MS, rollupExpiry, type StoredGranularity } from '../analytics/periods';

/** One metric over one period of one tenant, as analytics_aggregate keeps it (without computed_at). */
export interface Rollup {
  tenant_id: string;
  metric: MetricName;
  granularity: StoredGranularity;
  period_start: Date;
  count: number;
  sum?: number;
  min?: number;
  max?: number;
  expires_at: Date;
}

/** Whole periods of one granularity: [from, to), both period boundaries. */
export interface RollupWindow {
  granularity: StoredGranularity;
  from: Date;
  to: Date;
}

const PERIOD_MS: Record<StoredGranularity, number> = { hour: HOUR_MS, day: DAY_MS };

/** (Time field of both sources.) */
const AT = '$created_at';

/**
 * The storage side of the rollup job, over every tenant at once (a platform job, like the outbox
 * relay): each window of each source is ONE aggregate that groups its documents by tenant and
 * period on the server and accumulates every metric of the source in the same pass; only the
 * groups come back. A period's start is computed as milliseconds minus their remainder
 * ($toLong/$mod/$toDate), which MongoDB 4.0+ and the local test server both run, where
 * $dateTrunc (5.0) is missing on the test server and $dateToString would need parsing back.
 */
export class RollupStore {
  constructor(
    private readonly db: Db,
    private readonly context: MetricContext,
  ) {}

  async compute(source: RollupSource, window: RollupWindow): Promise<Rollup[]> {
    const names = metricsOf(source);
    const accumulators: Document = {};
    names.forEach((name, i) => {
      const spec = metrics[name];
      const counted = spec.counts(this.context);
      accumulators[`n${i}`] = { $sum: { $cond: [counted, 1, 0] } };
      if ('measure' in spec) {
        const value = `$${spec.measure.field}`;
        // Documents without the value add nothing to the sum and are left out of min and max (null).
        accumulators[`s${i}`] = { $sum: { $cond: [counted, { $ifNull: [value, 0] }, 0] } };
        accumulators[`lo${i}`] = { $min: { $cond: [counted, value, null] } };
        accumulators[`hi${i}`] = { $max: { $cond: [counted, value, null] } };
      }
    });
    const ms = { $toLong: AT };
    const groups = await this.db.collection(source).aggregate([
      { $match: { created_at: { $gte: window.from, $lt: window.to } } },
      {
        $group: {
          _id: { tenant: '$tenant_id', start: { $toDate: { $subtract: [ms, { $mod: [ms, PERIOD_MS[window.granularity]] }] } } },
          ...accumulators,
        },
      },
    ]).toArray();
    return groups.flatMap((group) => names.flatMap((metric, i): Rollup[] => {
      const count = group[`n${i}`] as number;
      if (count === 0) return [];
      const start = group._id.start as Date;
      const measured = 'measure' in metrics[metric] && group[`lo${i}`] != null;
      return [{
        tenant_id: group._id.tenant as string, metric, granularity: window.granularity, period_start: start, count,
        // Rounded to the microsecond the gateway logs durations in: a float sum's last bits depend on the order it was added in.
        ...(measured && { sum: Math.round((group[`s${i}`] as number) * 1000) / 1000, min: group[`lo${i}`] as number, max: group[`hi${i}`] as number }),
        expires_at: rollupExpiry(window.granularity, start),
      }];
    }));
  }

  /** The stored rollups of these tenants and metrics in the window (from the primary: what the job itself wrote). */
  stored(tenants: readonly string[], names: readonly MetricName[], window: RollupWindow): Promise<Rollup[]> {
    if (tenants.length === 0) return Promise.resolve([]);
    return this.db.collection<Rollup>('analytics_aggregate').find(
      { tenant_id: { $in: [...tenants] }, metric: { $in: [...names] }, granularity: window.granularity, period_start: { $gte: window.from, $lt: window.to } },
      { projection: { _id: 0, computed_at: 0 } },
    ).toArray();
  }

  /**
   * Upserts by the rollup's identity (the unique index), so that a write repeated after a failure
   * lands on the same document. Fields a rollup no longer has (a measure without values) are unset.
   */
  async write(rollups: readonly Rollup[], computedAt: Date): Promise<void> {
    if (rollups.length === 0) return;
    const ops = rollups.map(({ tenant_id, metric, granularity, period_start, sum, min, max, ...rest }): AnyBulkWriteOperation => {
      const measured = sum !== undefined;
      return {
        updateOne: {
          filter: { tenant_id, metric, granularity, period_start },
          update: {
            $set: { ...rest, ...(measured && { sum, min, max }), computed_at: computedAt },
            ...(!measured && { $unset: { sum: '', min: '', max: '' } }),
          },
          upsert: true,
        },
      };
    });
    await this.db.collection('analytics_aggregate').bulkWrite(ops, { ordered: false });
  }
}

/** The identity of a rollup within the job: tenant, metric, granularity and period. */
export const rollupKey = (rollup: Pick<Rollup, 'tenant_id' | 'metric' | 'granularity' | 'period_start'>) =>
  `${rollup.tenant_id}|${rollup.metric}|${rollup.granularity}|${rollup.period_start.getTime()}`;

/** Whether two rollups of the same identity hold the same values. */
export const sameValues = (a: Rollup, b: Rollup) =>
  a.count === b.count && a.sum === b.sum && a.min === b.min && a.max === b.max && a.expires_at.getTime() === b.expires_at.getTime();
