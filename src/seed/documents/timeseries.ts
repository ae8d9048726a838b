import { DAY, MINUTE, type Draft, type Drafts, type SeedContext } from './context';

type Reading = Draft<'asset_reading'>;

/** Two metrics with a daily rhythm (machines run warmer and harder by day), rounded as sensors report them. */
const METRICS = [
  { metric: 'temperature_c', at: (hour: number) => 62 + 14 * Math.sin(((hour - 9) / 24) * 2 * Math.PI), noise: 2 },
  { metric: 'power_kw', at: (hour: number) => (hour >= 6 && hour < 20 ? 48 : 12), noise: 6 },
];
const STEP = 30 * MINUTE;

/**
 * A day of readings every half hour for two machines in service, so that `Asset.readings` shows a
 * chart in the demo; kept small for the local test server (the bulk path is `recordReadings`).
 * One is past the 90 days of retention, which reads leave out.
 */
export function timeSeriesDocuments(ctx: SeedContext): Drafts<'asset_reading'> {
  const { random } = ctx;
  const inService = ctx.data.assets.filter((asset) => asset.status === 'IN_SERVICE');
  const machines = (inService.length >= 2 ? inService : ctx.data.assets).slice(0, 2);
  const start = ctx.anchor.getTime() - DAY;
  const readings: Reading[] = [];
  for (const asset of machines) {
    for (let step = 0; step < DAY / STEP; step++) {
      // Within its half hour, strictly before the anchor.
      const time = new Date(start + step * STEP + random.int(0, STEP / MINUTE - 1) * MINUTE + random.int(0, 59_000));
      for (const { metric, at, noise } of METRICS) {
        const value = at(time.getUTCHours() + time.getUTCMinutes() / 60) + (random.next() - 0.5) * 2 * noise;
        readings.push({ asset_id: asset.id, metric, value: Math.round(value * 10) / 10, time });
      }
    }
  }
  if (machines[0]) readings.push({ asset_id: machines[0].id, metric: 'temperature_c', value: 61.5, time: ctx.ago(100 * DAY, 101 * DAY) });
  return { asset_reading: readings };
}
