/** Periods are UTC: hours, days, ISO weeks (from Monday) and calendar months. */
export type Granularity = 'hour' | 'day' | 'week' | 'month';

/** What the rollup job stores; weeks and months are read as sums of days. */
export type StoredGranularity = 'hour' | 'day';

export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

/** The stored rollups a read of this granularity folds. */
export const storedFor = (granularity: Granularity): StoredGranularity => (granularity === 'hour' ? 'hour' : 'day');

/**
 * How long stored rollups live after their period ends: hours for the seed's 30 days (a month of
 * hourly traffic), days for 400, so that a month can be compared with the same month a year before
 * long after the raw logs (30 and 90 days) are gone.
 */
export const ROLLUP_KEEP_MS: Record<StoredGranularity, number> = { hour: 30 * DAY_MS, day: 400 * DAY_MS };

/** The longest range one read may ask for: what the stored rollups it folds can cover. */
export const MAX_RANGE_MS: Record<Granularity, number> = { hour: 31 * DAY_MS, day: 400 * DAY_MS, week: 400 * DAY_MS, month: 400 * DAY_MS };

export function periodStart(granularity: Granularity, at: Date): Date {
  const t = at.getTime();
  switch (granularity) {
    case 'hour':
      return new Date(t - mod(t, HOUR_MS));
    case 'day':
      return new Date(t - mod(t, DAY_MS));
    case 'week': {
      const day = t - mod(t, DAY_MS);
      return new Date(day - ((new Date(day).getUTCDay() + 6) % 7) * DAY_MS);
    }
    case 'month':
      return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
  }
}

export function nextPeriod(granularity: Granularity, start: Date): Date {
  switch (granularity) {
    case 'hour':
      return new Date(start.getTime() + HOUR_MS);
    case 'day':
      return new Date(start.getTime() + DAY_MS);
    case 'week':
      return new Date(start.getTime() + 7 * DAY_MS);
    case 'month':
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
  }
}

/** The first period that starts at or after `at`. */
export function periodAtOrAfter(granularity: Granularity, at: Date): Date {
  const start = periodStart(granularity, at);
  return start.getTime() === at.getTime() ? start : nextPeriod(granularity, start);
}

/** The starts of the periods from the one holding `from` to the last one that starts before `to`. */
export function periodsBetween(granularity: Granularity, from: Date, to: Date): Date[] {
  const starts: Date[] = [];
  for (let start = periodStart(granularity, from); start < to; start = nextPeriod(granularity, start)) starts.push(start);
  return starts;
}

/** When a stored rollup of the period starting at `start` expires (expires_at): fixed by the period, so a rerun keeps it. */
export const rollupExpiry = (granularity: StoredGranularity, start: Date) =>
  new Date(nextPeriod(granularity, start).getTime() + ROLLUP_KEEP_MS[granularity]);

const mod = (a: number, b: number) => ((a % b) + b) % b;
