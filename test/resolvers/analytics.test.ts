import type { Db, Document } from 'mongodb';
import { RollupJob } from '../../src/analytics/rollup-job';
import { DAY_MS, HOUR_MS, rollupExpiry } from '../../src/analytics/periods';
import { createLogger } from '../../src/logger';
import { LEASE_COLLECTION, type LeaseDoc } from '../../src/stores/lease';
import { eventually } from '../live/support';
import { MUTATIONS, request } from '../analytics/support';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, startTestGateway, type TestGateway } from '../support/gateway';

/** `analytics(metric, granularity, from, to)` and the dashboard tile, both read from analytics_aggregate. */
let gw: TestGateway;
let db: Db;
let acme: FixtureTenant;
let globex: FixtureTenant;
let token: string;

const ANALYTICS = `query($metric: String!, $granularity: Granularity!, $from: DateTime!, $to: DateTime!) {
  analytics(metric: $metric, granularity: $granularity, from: $from, to: $to) {
    metric granularity from to computedAt points { periodStart count sum min max }
  }
}`;

const hourNow = Math.floor(Date.now() / HOUR_MS) * HOUR_MS;
const rollup = (tenantId: string, metric: string, granularity: 'hour' | 'day', start: number, values: Document) => ({
  tenant_id: tenantId, metric, granularity, period_start: new Date(start), ...values,
  computed_at: new Date(start + 60_000), expires_at: rollupExpiry(granularity, new Date(start)),
});

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  acme = await createTenant(gw.backends.pg, 'analytics', 1);
  globex = await createTenant(gw.backends.pg, 'analytics-other', 1);
  token = await gw.tokenFor(acme.member);
  // 2026-03-02 is a Monday.
  const monday = Date.UTC(2026, 2, 2);
  await db.collection('analytics_aggregate').insertMany([
    rollup(acme.id, 'api.requests', 'hour', hourNow - 2 * HOUR_MS, { count: 5, sum: 50, min: 2, max: 20 }),
    rollup(acme.id, 'api.requests', 'hour', hourNow, { count: 3, sum: 9, min: 1, max: 5 }),
    rollup(globex.id, 'api.requests', 'hour', hourNow - 2 * HOUR_MS, { count: 1000, sum: 1, min: 1, max: 1 }),
    rollup(acme.id, 'activity.events', 'day', monday, { count: 2 }),
    rollup(acme.id, 'activity.events', 'day', monday + 6 * DAY_MS, { count: 3 }),
    rollup(acme.id, 'activity.events', 'day', monday + 7 * DAY_MS, { count: 4 }),
    rollup(acme.id, 'activity.events', 'day', Date.UTC(2026, 3, 1), { count: 10 }),
    rollup(globex.id, 'activity.events', 'day', monday, { count: 99 }),
  ]);
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    for (const name of ['analytics_aggregate', 'api_request_log', 'dashboard_snapshot']) await db.collection(name).deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

it("reads a tenant's hours from its rollups in one find, every hour of the range with 0 where nothing was counted", async () => {
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const res = await gw.query(ANALYTICS, {
    metric: 'api.requests', granularity: 'HOUR', from: new Date(hourNow - 3 * HOUR_MS + 1800_000).toISOString(), to: new Date(hourNow + HOUR_MS).toISOString(),
  }, token);
  mongo.restore();
  expect(res.errors).toBeUndefined();
  expect(mongo.commands).toEqual(['find']);
  const at = (ms: number) => new Date(ms).toISOString();
  expect(res.data!.analytics).toEqual({
    metric: 'api.requests', granularity: 'HOUR', from: at(hourNow - 3 * HOUR_MS), to: at(hourNow + HOUR_MS), computedAt: at(hourNow + 60_000),
    points: [
      { periodStart: at(hourNow - 3 * HOUR_MS), count: 0, sum: null, min: null, max: null },
      { periodStart: at(hourNow - 2 * HOUR_MS), count: 5, sum: 50, min: 2, max: 20 },
      { periodStart: at(hourNow - HOUR_MS), count: 0, sum: null, min: null, max: null },
      { periodStart: at(hourNow), count: 3, sum: 9, min: 1, max: 5 },
    ],
  });
  // The other tenant sees its own only.
  const theirs = await gw.query(ANALYTICS, {
    metric: 'api.requests', granularity: 'HOUR', from: new Date(hourNow - 2 * HOUR_MS).toISOString(), to: new Date(hourNow + HOUR_MS).toISOString(),
  }, await gw.tokenFor(globex.member));
  expect(theirs.data!.analytics.points.map((p: { count: number }) => p.count)).toEqual([1000, 0, 0]);
});

it('sums days into ISO weeks and calendar months', async () => {
  const weeks = await gw.query(ANALYTICS, { metric: 'activity.events', granularity: 'WEEK', from: '2026-03-04T00:00:00Z', to: '2026-03-16T00:00:00Z' }, token);
  expect(weeks.data!.analytics.from).toBe('2026-03-02T00:00:00.000Z');
  expect(weeks.data!.analytics.points).toEqual([
    { periodStart: '2026-03-02T00:00:00.000Z', count: 5, sum: null, min: null, max: null },
    { periodStart: '2026-03-09T00:00:00.000Z', count: 4, sum: null, min: null, max: null },
  ]);
  const months = await gw.query(ANALYTICS, { metric: 'activity.events', granularity: 'MONTH', from: '2026-02-10T00:00:00Z', to: '2026-05-01T00:00:00Z' }, token);
  expect(months.data!.analytics.points.map((p: { periodStart: string; count: number }) => [p.periodStart.slice(0, 7), p.count]))
    .toEqual([['2026-02', 0], ['2026-03', 9], ['2026-04', 10]]);
});

it('refuses an unknown metric, a range that ends before it starts and one too long for the granularity, naming the argument', async () => {
  const cases = [
    [{ metric: 'api.nope', granularity: 'HOUR', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' }, 'metric'],
    [{ metric: 'api.requests', granularity: 'DAY', from: '2026-03-02T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'to'],
    [{ metric: 'api.requests', granularity: 'HOUR', from: '2026-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'from'],
    [{ metric: 'api.requests', granularity: 'MONTH', from: '2020-01-01T00:00:00Z', to: '2026-03-01T00:00:00Z' }, 'from'],
  ] as const;
  for (const [variables, field] of cases) {
    const res = await gw.query(ANALYTICS, variables, token);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  const metrics = await gw.query('{ analyticsMetrics { name unit } }', {}, token);
  expect(metrics.data!.analyticsMetrics).toContainEqual({ name: 'api.requests', unit: 'ms' });
  expect(metrics.data!.analyticsMetrics).toContainEqual({ name: 'activity.events', unit: null });
});

it('serves the API requests tile from analytics_aggregate through the read-through cache, dropped when the job rewrites its rollups', async () => {
  const TILE = '{ dashboard(id: "usage") { tiles { kind title snapshot { data source } } } }';
  const first = await gw.query(TILE, {}, token);
  expect(first.errors).toBeUndefined();
  const [tile] = first.data!.dashboard.tiles;
  expect(tile).toMatchObject({ kind: 'API_REQUESTS_PER_HOUR', title: 'API requests per hour, last 24 h', snapshot: { source: 'COMPUTED' } });
  expect(tile.snapshot.data).toHaveLength(24);
  expect(tile.snapshot.data.at(-1)).toEqual({ key: new Date(hourNow).toISOString(), label: new Date(hourNow).toISOString().slice(11, 16), value: 3 });
  expect(tile.snapshot.data.at(-3).value).toBe(5);
  expect((await gw.query(TILE, {}, token)).data!.dashboard.tiles[0].snapshot.source).toBe('REDIS');

  // The job recomputes the current hour from the logs (the inserted rollup said 3; the log holds 2).
  await db.collection<LeaseDoc>(LEASE_COLLECTION).deleteOne({ _id: 'analytics-rollup' });
  await db.collection('api_request_log').insertMany([request(acme.id, new Date(hourNow + 1)), request(acme.id, new Date(hourNow + 2))]);
  const job = new RollupJob({ mongo: db, redis: gw.backends.redis, logger: createLogger('silent'), owner: 'test', intervalMs: 60_000, mutationNames: MUTATIONS });
  await job.run();
  const after = (await gw.query(TILE, {}, token)).data!.dashboard.tiles[0].snapshot;
  expect(after.source).toBe('COMPUTED');
  expect(after.data.at(-1).value).toBe(2);
  // Another tenant's tile was not dropped for it, nor shows acme's requests.
  const theirs = await gw.query(TILE, {}, await gw.tokenFor(globex.member));
  expect(theirs.data!.dashboard.tiles[0].snapshot.data.at(-1).value).toBe(0);
});

it('runs on the schedule of ROLLUP_INTERVAL_MS, over what the gateway logged', async () => {
  const scheduled = await startTestGateway({ ROLLUP_INTERVAL_MS: '1000', REQUEST_LOG: 'true' });
  try {
    const own = await scheduled.tokenFor(globex.admin);
    for (let i = 0; i < 3; i++) expect((await scheduled.query('query Mine { me { id } }', {}, own)).errors).toBeUndefined();
    const hour = { metric: 'api.requests', granularity: 'HOUR', from: new Date(hourNow).toISOString(), to: new Date(hourNow + HOUR_MS).toISOString() };
    const series = await eventually(async () => {
      const res = await scheduled.query(ANALYTICS, hour, own);
      return (res.data?.analytics.points[0].count ?? 0) >= 3 && res.data!.analytics;
    }, 15_000, 200);
    expect(series.points[0]).toMatchObject({ sum: expect.any(Number), min: expect.any(Number) });
  } finally {
    await scheduled.stop();
    await db.collection('api_request_log').deleteMany({ tenant_id: globex.id });
  }
});
