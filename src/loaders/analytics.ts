import { isMetricName, metricNames, metrics, type MetricName } from '../analytics/metrics';
import { DAY_MS, MAX_RANGE_MS, type Granularity } from '../analytics/periods';
import { badUserInput } from '../errors';
import type { RollupSeries, AnalyticsStore } from '../stores/analytics';

export interface MetricModel {
  name: MetricName;
  description: string;
  unit: string | null;
}

const SERIES: Record<Granularity, string> = { hour: 'An hourly', day: 'A daily', week: 'A weekly', month: 'A monthly' };

/** `analytics(metric, granularity, from, to)`: the arguments checked, then one read of the tenant's rollups. */
export class AnalyticsLoader {
  constructor(private readonly store: AnalyticsStore) {}

  series(metric: string, granularity: Granularity, from: Date, to: Date): Promise<RollupSeries> {
    if (!isMetricName(metric)) throw badUserInput(`No metric "${metric}": one of ${metricNames.join(', ')}.`, 'metric');
    if (to.getTime() <= from.getTime()) throw badUserInput('to must be later than from.', 'to');
    const most = MAX_RANGE_MS[granularity];
    if (to.getTime() - from.getTime() > most) {
      throw badUserInput(`${SERIES[granularity]} series covers at most ${most / DAY_MS} days: from must be closer to to.`, 'from');
    }
    return this.store.series(metric, granularity, from, to);
  }

  metrics(): MetricModel[] {
    return metricNames.map((name) => {
      const spec = metrics[name];
      return { name, description: spec.description, unit: 'measure' in spec ? spec.measure.unit : null };
    });
  }
}
