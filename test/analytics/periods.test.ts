import { DAY_MS, nextPeriod, periodsBetween, periodStart } from '../../src/analytics/periods';
import { scheduledWindows, windowsOf } from '../../src/analytics/windows';

/** UTC periods, and which of them a run recomputes. */
const at = (iso: string) => new Date(iso);
const iso = (dates: readonly Date[]) => dates.map((date) => date.toISOString());

it('starts hours, days, ISO weeks (Monday) and calendar months in UTC', () => {
  const t = at('2026-03-08T17:45:12.345Z'); // a Sunday
  expect(periodStart('hour', t)).toEqual(at('2026-03-08T17:00:00Z'));
  expect(periodStart('day', t)).toEqual(at('2026-03-08T00:00:00Z'));
  expect(periodStart('week', t)).toEqual(at('2026-03-02T00:00:00Z'));
  expect(periodStart('week', at('2026-03-09T00:00:00Z'))).toEqual(at('2026-03-09T00:00:00Z'));
  expect(periodStart('month', t)).toEqual(at('2026-03-01T00:00:00Z'));
  expect(nextPeriod('month', at('2026-12-01T00:00:00Z'))).toEqual(at('2027-01-01T00:00:00Z'));
  expect(iso(periodsBetween('month', at('2026-01-31T12:00:00Z'), at('2026-03-01T00:00:00Z')))).toEqual(['2026-01-01T00:00:00.000Z', '2026-02-01T00:00:00.000Z']);
});

it('recomputes the current and the previous period on a first run, then what was still open at the last run', () => {
  const now = at('2026-03-08T17:05:00Z');
  const first = scheduledWindows(null, now).filter((w) => w.source === 'api_request_log');
  expect(first.map((w) => [w.granularity, w.from.toISOString(), w.to.toISOString()])).toEqual([
    ['hour', '2026-03-08T16:00:00.000Z', '2026-03-08T18:00:00.000Z'],
    ['day', '2026-03-07T00:00:00.000Z', '2026-03-09T00:00:00.000Z'],
  ]);
  // Five minutes after the last run: still the previous hour (open until LATE_MS past its end), and today.
  const next = scheduledWindows(new Date(now.getTime() - 5 * 60_000), now).filter((w) => w.source === 'api_request_log');
  expect(next.map((w) => w.from.toISOString())).toEqual(['2026-03-08T16:00:00.000Z', '2026-03-08T00:00:00.000Z']);
  const later = at('2026-03-08T17:40:00Z');
  expect(scheduledWindows(new Date(later.getTime() - 5 * 60_000), later).map((w) => w.from.toISOString()))
    .toEqual(['2026-03-08T17:00:00.000Z', '2026-03-08T17:00:00.000Z', '2026-03-08T00:00:00.000Z', '2026-03-08T00:00:00.000Z']);
});

it("never reaches past a source's retention or a rollup's lifetime, and cuts long windows into chunks", () => {
  const now = at('2026-03-08T17:05:00Z');
  const days = windowsOf('api_request_log', 'day', at('2025-01-01T00:00:00Z'), now, now);
  // api_request_log keeps 30 days: the first whole day after now - 30 days.
  expect(days[0]!.from).toEqual(at('2026-02-07T00:00:00Z'));
  expect(days.at(-1)!.to).toEqual(at('2026-03-09T00:00:00Z'));
  expect(days.every((w) => w.to.getTime() - w.from.getTime() <= 31 * DAY_MS)).toBe(true);
  // user_activity_event keeps 90 days, but hourly rollups only live 30.
  const hours = windowsOf('user_activity_event', 'hour', at('2025-01-01T00:00:00Z'), now, now);
  expect(hours[0]!.from).toEqual(at('2026-02-06T18:00:00Z'));
  expect(hours.every((w) => w.to.getTime() - w.from.getTime() <= DAY_MS)).toBe(true);
  expect(hours.slice(1).every((w, i) => w.from.getTime() === hours[i]!.to.getTime())).toBe(true);
  expect(windowsOf('user_activity_event', 'day', at('2025-01-01T00:00:00Z'), now, now)[0]!.from).toEqual(at('2025-12-09T00:00:00Z'));
});
