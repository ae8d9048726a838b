import { badUserInput } from '../errors';
import { bucketRange, MAX_BUCKETS, type BucketRange, type Granularity } from '../readings/buckets';

/** At most this many readings per recordReadings call: one insert of a few hundred kilobytes. */
export const READINGS_PER_CALL = 5_000;
/** Clocks of devices drift: a reading up to this far ahead of the gateway's clock is accepted. */
export const FUTURE_SKEW_MS = 5 * 60_000;
/** asset_reading keeps 90 days (its TTL): an older reading would be gone as soon as written. */
export const RETENTION_MS = 90 * 86_400_000;

/** temperature_c, power.kw, vibration-rms: what a sensor's channel is called, in one spelling. */
const METRIC = /^[a-z][a-z0-9_.-]{0,63}$/;
const METRIC_RULE = 'lower-case letters, digits, `_`, `.` or `-`, starting with a letter, at most 64 characters';

export interface ReadingInput {
  assetId: string;
  metric: string;
  value: number;
  time: Date;
}

export function checkMetric(metric: string, field: string): string {
  if (!METRIC.test(metric)) throw badUserInput(`${field} must be ${METRIC_RULE}.`, field);
  return metric;
}

/**
 * Every reading checked before anything is written; the first problem is BAD_USER_INPUT naming
 * the reading's field (`readings[12].value`). Whether the assets exist is the caller's check.
 */
export function checkReadings(readings: readonly ReadingInput[], now = Date.now()): void {
  if (readings.length > READINGS_PER_CALL) {
    throw badUserInput(`At most ${READINGS_PER_CALL} readings per call; this one has ${readings.length}.`, 'readings');
  }
  readings.forEach((reading, i) => {
    const at = `readings[${i}]`;
    checkMetric(reading.metric, `${at}.metric`);
    // GraphQL's Float refuses NaN and Infinity in variables, but a literal such as 1e400 parses to Infinity.
    if (!Number.isFinite(reading.value)) throw badUserInput(`${at}.value must be a finite number.`, `${at}.value`);
    const time = reading.time.getTime();
    if (time > now + FUTURE_SKEW_MS) throw badUserInput(`${at}.time is more than 5 minutes in the future.`, `${at}.time`);
    if (time <= now - RETENTION_MS) throw badUserInput(`${at}.time is older than the 90 days readings are kept.`, `${at}.time`);
  });
}

export interface BucketArgs {
  metric: string;
  from: Date;
  to: Date;
  granularity: Granularity;
}

/** The buckets a readings query covers, or BAD_USER_INPUT naming the argument. */
export function checkBucketQuery(args: BucketArgs): BucketRange {
  checkMetric(args.metric, 'metric');
  if (args.from.getTime() >= args.to.getTime()) throw badUserInput('from must be before to.', 'from');
  const range = bucketRange(args.from, args.to, args.granularity);
  if (range.count > MAX_BUCKETS) {
    throw badUserInput(
      `from–to spans ${range.count} ${args.granularity} buckets; at most ${MAX_BUCKETS}: choose a coarser granularity or a shorter range.`,
      'granularity',
    );
  }
  return range;
}
