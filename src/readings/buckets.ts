/**
 * Time buckets of asset readings, in UTC. Every granularity is a fixed number of milliseconds,
 * so a bucket is found by arithmetic on the reading's time (what MongoDB 7 and the local test
 * server both evaluate: the test server has no `$dateTrunc`), and buckets are aligned to the
 * epoch: minutes, hours and days start where a UTC clock says so, weeks on Mondays 00:00 UTC.
 * Months have no fixed length and are not offered.
 */
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const granularities = {
  MINUTE: { ms: MINUTE, origin: 0 },
  FIVE_MINUTES: { ms: 5 * MINUTE, origin: 0 },
  FIFTEEN_MINUTES: { ms: 15 * MINUTE, origin: 0 },
  HOUR: { ms: HOUR, origin: 0 },
  DAY: { ms: DAY, origin: 0 },
  // 1970-01-05, the first Monday after the epoch (a Thursday).
  WEEK: { ms: 7 * DAY, origin: 4 * DAY },
} as const;

export type Granularity = keyof typeof granularities;

/** A query answers at most this many buckets per asset: a day of minutes, 83 days of hours. */
export const MAX_BUCKETS = 2_000;

/** One bucket of one asset's metric: `start` inclusive, `end` exclusive; no readings, no avg/min/max. */
export interface ReadingBucket {
  start: Date;
  end: Date;
  count: number;
  avg: number | null;
  min: number | null;
  max: number | null;
}

/** The buckets [from, to) touches: the first starts at or before `from`, the last ends at or after `to`. */
export interface BucketRange {
  /** The first bucket's start: what bucket offsets are counted from. */
  origin: Date;
  sizeMs: number;
  count: number;
}

const floorTo = (ms: number, size: number, origin: number) => ms - ((((ms - origin) % size) + size) % size);

export function bucketRange(from: Date, to: Date, granularity: Granularity): BucketRange {
  const { ms: size, origin } = granularities[granularity];
  const first = floorTo(from.getTime(), size, origin);
  const end = floorTo(to.getTime() - 1, size, origin) + size;
  return { origin: new Date(first), sizeMs: size, count: (end - first) / size };
}

/** What the aggregate answers per asset and bucket that has readings. */
export interface BucketStats {
  /** Milliseconds from the range's origin to the bucket's start. */
  offset: number;
  count: number;
  avg: number;
  min: number;
  max: number;
}

/**
 * Every bucket of the range, in time order, empty ones included (count 0, no avg/min/max): a
 * chart shows a gap where a sensor was silent, without guessing the spacing of the buckets.
 */
export function denseBuckets(range: BucketRange, stats: readonly BucketStats[]): ReadingBucket[] {
  const { origin, sizeMs, count } = range;
  const buckets: ReadingBucket[] = Array.from({ length: count }, (_, i) => {
    const start = origin.getTime() + i * sizeMs;
    return { start: new Date(start), end: new Date(start + sizeMs), count: 0, avg: null, min: null, max: null };
  });
  for (const { offset, count: n, avg, min, max } of stats) {
    const bucket = buckets[offset / sizeMs];
    if (bucket) Object.assign(bucket, { count: n, avg, min, max });
  }
  return buckets;
}
