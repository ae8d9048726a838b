import { collectionSpec } from '../catalogue/lookup';
import { ROLLUP_SOURCES, type RollupSource } from './metrics';
import { DAY_MS, nextPeriod, periodAtOrAfter, periodStart, ROLLUP_KEEP_MS, type StoredGranularity } from './periods';

export interface SourceWindow {
  source: RollupSource;
  granularity: StoredGranularity;
  from: Date;
  to: Date;
}

export const STORED_GRANULARITIES: readonly StoredGranularity[] = ['hour', 'day'];

/**
 * How late a document may be written after its created_at and still be counted by the scheduled
 * runs: the gateway's logs are written in batches every second, and instances' clocks differ a
 * little. A period stays open this long after its end.
 */
export const LATE_MS = 10 * 60_000;

/** A scheduled run never looks further back than this, however long no run happened: older periods are a backfill's. */
export const MAX_CATCH_UP_MS = 7 * DAY_MS;

/** The largest window one aggregate covers: what a backfill is cut into, so each answer (and the diff in memory) stays small. */
const CHUNK_MS: Record<StoredGranularity, number> = { hour: DAY_MS, day: 31 * DAY_MS };

/**
 * The first period whose rollup can be computed from `source` now: every document of it must still
 * be retained (a period partly expired would be counted short, overwriting the rollup that counted
 * it whole), and its rollup must not be expired already.
 */
function earliestComputable(source: RollupSource, granularity: StoredGranularity, now: Date): Date {
  const { retention } = collectionSpec(source);
  const retainedMs = retention.kind === 'ttl' ? retention.seconds * 1000 : Infinity;
  const keepMs = ROLLUP_KEEP_MS[granularity];
  return periodAtOrAfter(granularity, new Date(now.getTime() - Math.min(retainedMs, keepMs)));
}

/** Whole periods from the one holding `from` to the one holding `to`, within what the source still has, cut into chunks. */
export function windowsOf(source: RollupSource, granularity: StoredGranularity, from: Date, to: Date, now: Date): SourceWindow[] {
  const earliest = earliestComputable(source, granularity, now);
  let start = periodStart(granularity, from);
  if (start < earliest) start = earliest;
  const end = nextPeriod(granularity, periodStart(granularity, to));
  const windows: SourceWindow[] = [];
  while (start < end) {
    let chunkEnd = start;
    while (chunkEnd < end && chunkEnd.getTime() - start.getTime() < CHUNK_MS[granularity]) chunkEnd = nextPeriod(granularity, chunkEnd);
    windows.push({ source, granularity, from: start, to: chunkEnd });
    start = chunkEnd;
  }
  return windows;
}

/**
 * What a scheduled run recomputes: the periods that can still change. Those are the current one
 * and any that was still open (LATE_MS) when the last run began, `since`; the first run ever also
 * takes the previous period. A run after a long pause catches up, at most MAX_CATCH_UP_MS.
 */
export function scheduledWindows(since: Date | null, now: Date): SourceWindow[] {
  return STORED_GRANULARITIES.flatMap((granularity) => {
    const previous = new Date(periodStart(granularity, now).getTime() - 1);
    const open = since ? new Date(since.getTime() - LATE_MS) : previous;
    const from = new Date(Math.max(open.getTime(), now.getTime() - MAX_CATCH_UP_MS));
    return ROLLUP_SOURCES.flatMap((source) => windowsOf(source, granularity, from, now, now));
  });
}
