import { date, float, row, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, tenant } from './shared';

// Seed 002's time series: high-volume measurements, inserted continuously and never updated, read
// by time range and aggregated (sensor_readings). Kept for its 90-day rolling window.
export const timeSeries = [
  defineCollection({
    name: 'asset_reading', category: 'timeseries', tenantField: tenant,
    summary: "Sensor readings of an asset: one metric's value at one moment (seed 002, sensor_readings)",
    // One series per asset, as the seed's per-machine series; the metric is a measurement field,
    // so an asset's metrics share buckets, and asset ids are unique across tenants.
    timeField: 'time', polymorphic: false, retention: afterDays('time', 90),
    timeSeries: { metaField: 'asset_id', granularity: 'minutes' },
    indexes: [
      // readings(metric, from, to) of the assets of a page: asset ids, one metric, a time range.
      { name: 'asset_metric_time', key: { tenant_id: 1, asset_id: 1, metric: 1, time: -1 } },
    ],
    fields: {
      asset_id: row('ASSET'),
      metric: string({ description: 'What was measured: lower case, digits, `_` `.` `-` (temperature_c, power.kw).' }),
      value: float(),
      time: date({ description: 'When it was measured.' }),
    },
    graphql: {
      type: 'AssetReading', list: 'assetReadings',
      description: "One measurement of an asset's metric (asset_reading); Asset.readings aggregates them per time bucket.",
    },
  }),
] as const;
