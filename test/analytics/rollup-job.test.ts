import { randomUUID } from 'node:crypto';
import type { Db, Document } from 'mongodb';
import { RollupJob, ROLLUP_JOB } from '../../src/analytics/rollup-job';
import { DAY_MS, HOUR_MS } from '../../src/analytics/periods';
import { createLogger } from '../../src/logger';
import { GatewayLogs } from '../../src/stores/gateway-logs';
import { LEASE_COLLECTION, Lease, LeaseTimeoutError, type LeaseDoc } from '../../src/stores/lease';
import { countMongoCommands, startTestGateway, type TestGateway } from '../support/gateway';
import { activity, directRollups, hourStarts, MUTATIONS, request, storedRollups } from './support';

/** The rollup job: analytics_aggregate from api_request_log and user_activity_event, one instance at a time. */
let gw: TestGateway;
let db: Db;
const [acme, globex] = [`rollup-a-${randomUUID()}`, `rollup-b-${randomUUID()}`];
const tenants = [acme, globex];
const requests: Document[] = [];
const events: Document[] = [];
const logger = createLogger('silent');

const job = (owner: string = randomUUID(), extra: Partial<ConstructorParameters<typeof RollupJob>[0]> = {}) =>
  new RollupJob({ mongo: db, redis: gw.backends.redis, logger, owner, intervalMs: 60_000, mutationNames: MUTATIONS, ...extra });

const insert = async (collection: 'api_request_log' | 'user_activity_event', docs: Document[]) => {
  await db.collection(collection).insertMany(docs.map((doc) => ({ ...doc })));
  (collection === 'api_request_log' ? requests : events).push(...docs);
};

const expected = () => new Map([...directRollups(requests, 'api_request_log'), ...directRollups(events, 'user_activity_event')]);

/** Stored equals direct, sums to the microsecond. */
async function expectRollupsOfDocuments() {
  const stored = await storedRollups(db, tenants);
  const direct = expected();
  expect([...stored.keys()].sort()).toEqual([...direct.keys()].sort());
  for (const [key, rollup] of direct) {
    const { sum, ...rest } = stored.get(key)!;
    const { sum: expectedSum, ...expectedRest } = rollup;
    expect({ key, ...rest }).toEqual({ key, ...expectedRest });
    if (expectedSum === undefined) expect(sum).toBeUndefined();
    else expect(sum).toBeCloseTo(expectedSum, 3);
  }
}

beforeAll(async () => {
  gw = await startTestGateway();
  db = gw.backends.mongo;
  // A schedule left by an earlier run of the tests would shorten the first run's windows.
  await db.collection<LeaseDoc>(LEASE_COLLECTION).deleteOne({ _id: 'analytics-rollup' });
  const { current, previous } = hourStarts();
  const at = (hour: Date, minute: number) => new Date(hour.getTime() + minute * 60_000);
  // The current hour only up to now: a few seconds in.
  await insert('api_request_log', [
    request(acme, at(previous, 5), { duration_ms: 10.125 }),
    request(acme, at(previous, 30), { duration_ms: 250.5, status_code: 200, error_codes: ['BAD_USER_INPUT'] }),
    request(acme, at(previous, 59), { duration_ms: 9000, status_code: 500, error_codes: ['INTERNAL_SERVER_ERROR'] }),
    request(acme, at(previous, 40), { direction: 'outbound', endpoint: 'https://erp.example/api', duration_ms: 80 }),
    request(acme, new Date(current.getTime() + 100), { duration_ms: 3.3 }),
    request(acme, new Date(current.getTime() + 200), { duration_ms: 401, status_code: 401, error_codes: ['UNAUTHENTICATED'] }),
    request(globex, at(previous, 10), { duration_ms: 7 }),
  ]);
  await insert('user_activity_event', [
    activity(acme, at(previous, 1), 'view', { page: '/projects', duration_ms: 1200 }),
    activity(acme, at(previous, 2), 'view', { page: '/projects' }),
    activity(acme, at(previous, 3), 'click', { element: 'save' }),
    activity(acme, at(previous, 4), 'createTask'),
    activity(acme, new Date(current.getTime() + 50), 'createTask,updateTask'),
    activity(acme, new Date(current.getTime() + 60), 'createTaskLater'),
    activity(globex, at(previous, 20), 'view', { duration_ms: 5000 }),
  ]);
});

afterAll(async () => {
  for (const name of ['api_request_log', 'user_activity_event', 'analytics_aggregate']) {
    await db.collection(name).deleteMany({ tenant_id: { $in: tenants } });
  }
  await db.collection('background_job_log').deleteMany({ job_name: ROLLUP_JOB });
  await gw.stop();
});

it('rolls the current and the previous hour and day up into what a direct aggregation of the same documents gives, per tenant', async () => {
  const run = await job().run();
  expect(run).toMatchObject({ windows: 4, written: expect.any(Number) });
  await expectRollupsOfDocuments();
  const { previous } = hourStarts();
  const hourly = await db.collection('analytics_aggregate').findOne({ tenant_id: acme, metric: 'api.requests', granularity: 'hour', period_start: previous });
  // Outbound calls are not the API's requests; errors are an error code or a status of 400 or more.
  expect(hourly).toMatchObject({ count: 3, sum: 9260.625, min: 10.125, max: 9000, computed_at: expect.any(Date) });
  expect(hourly!.expires_at).toEqual(new Date(previous.getTime() + HOUR_MS + 30 * DAY_MS));
  const day = await db.collection('analytics_aggregate').findOne({ tenant_id: acme, metric: 'api.errors', granularity: 'day' , period_start: new Date(Math.floor(previous.getTime() / DAY_MS) * DAY_MS) });
  expect(day!.expires_at.getTime() - day!.period_start.getTime()).toBe(401 * DAY_MS);
});

it('changes nothing on a rerun, computed_at included, in one aggregate and one find per source and window and no write', async () => {
  const before = await db.collection('analytics_aggregate').find({ tenant_id: { $in: tenants } }).sort({ _id: 1 }).toArray();
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const run = await job().run();
  mongo.restore();
  expect(run).toMatchObject({ windows: 4, written: 0, tenants: 0 });
  expect(run!.unchanged).toBe(run!.rollups);
  expect(await db.collection('analytics_aggregate').find({ tenant_id: { $in: tenants } }).sort({ _id: 1 }).toArray()).toEqual(before);
  // The lease taken (findAndModify) and handed back with the schedule (update); nothing else written.
  expect(mongo.commands.sort()).toEqual(['aggregate', 'aggregate', 'aggregate', 'aggregate', 'find', 'find', 'find', 'find', 'findAndModify', 'update']);
});

it('rewrites only the rollups a new document changes, and only those get a new computed_at', async () => {
  const { current } = hourStarts();
  const stamp = async () => new Map((await db.collection('analytics_aggregate').find({ tenant_id: { $in: tenants } }).toArray())
    .map((doc) => [`${doc.tenant_id}|${doc.metric}|${doc.granularity}|${doc.period_start.getTime()}`, doc.computed_at.getTime()]));
  const before = await stamp();
  await insert('api_request_log', [request(acme, new Date(current.getTime() + 300), { duration_ms: 1 })]);
  const run = await job().run();
  expect(run).toMatchObject({ written: 2, tenants: 1 });
  await expectRollupsOfDocuments();
  const after = await stamp();
  const changed = [...after].filter(([key, at]) => before.get(key) !== at).map(([key]) => key.split('|').slice(0, 3).join('|'));
  expect(changed.sort()).toEqual([`${acme}|api.requests|day`, `${acme}|api.requests|hour`]);
});

it('never runs in two instances at once: the one that takes the lease runs, the other skips or waits', async () => {
  const [first, second] = await Promise.all([job('instance-1').run(), job('instance-2').run()]);
  expect([first, second].filter((run) => run === null)).toHaveLength(1);

  // While another process holds the lease, a scheduled run skips and a backfill waits for it, up to its limit.
  const other = new Lease(db.collection<LeaseDoc>(LEASE_COLLECTION), 'analytics-rollup');
  expect(await other.acquire('someone-else', 30_000)).not.toBeNull();
  try {
    expect(await job().run()).toBeNull();
    await expect(job().backfill(new Date(Date.now() - DAY_MS), new Date(), { waitMs: 200 })).rejects.toThrow(LeaseTimeoutError);
  } finally {
    await other.release('someone-else');
  }
  expect(await job().run()).not.toBeNull();
});

it('skips a scheduled tick when a run began less than an interval ago', async () => {
  expect(await job().run()).not.toBeNull();
  expect(await job().run({ ifDue: true })).toBeNull();
  expect(await job(randomUUID(), { intervalMs: 1000 }).run({ ifDue: true })).toBeNull(); // (0.9 s: not yet)
  await new Promise((resolve) => setTimeout(resolve, 1000));
  expect(await job(randomUUID(), { intervalMs: 1000 }).run({ ifDue: true })).not.toBeNull();
});

it('logs each run in background_job_log under the platform tenant', async () => {
  const logs = new GatewayLogs(db);
  const startedAt = new Date();
  const run = await job(randomUUID(), { jobs: logs }).run();
  await logs.flush();
  const entry = await db.collection('background_job_log').findOne({ tenant_id: 'global', job_name: ROLLUP_JOB, started_at: { $gte: startedAt } });
  expect(entry).toMatchObject({ status: 'succeeded', output: { ...run }, params: { since: expect.any(Date) }, duration_ms: expect.any(Number) });
});

it('catches up from where the last run stopped, and a backfill recomputes older periods the logs still hold', async () => {
  const threeDaysAgo = new Date(Date.now() - 3 * DAY_MS);
  await insert('api_request_log', [request(acme, threeDaysAgo, { duration_ms: 2 })]);
  await insert('user_activity_event', [activity(globex, threeDaysAgo, 'view', { duration_ms: 10 })]);
  expect((await job().run())!.written).toBe(0); // not a period the schedule still recomputes
  // As if the last run had been three days ago.
  await db.collection<LeaseDoc>(LEASE_COLLECTION).updateOne({ _id: 'analytics-rollup' }, { $set: { computed_through: new Date(threeDaysAgo.getTime() - HOUR_MS) } });
  const caughtUp = await job().run();
  expect(caughtUp!.windows).toBeGreaterThan(4);
  await expectRollupsOfDocuments();

  // Periods beyond a source's retention keep their rollups: the logs that made them are gone.
  const old = new Date(Math.floor((Date.now() - 40 * DAY_MS) / DAY_MS) * DAY_MS);
  await db.collection('analytics_aggregate').insertOne({
    tenant_id: acme, metric: 'api.requests', granularity: 'day', period_start: old, count: 1234, computed_at: old, expires_at: new Date(Date.now() + DAY_MS),
  });
  await db.collection('api_request_log').insertOne(request(acme, new Date(old.getTime() + HOUR_MS))); // expired: not counted
  await db.collection('analytics_aggregate').deleteMany({ tenant_id: { $in: tenants }, period_start: { $gt: old } });
  const backfill = await job().backfill(new Date(Date.now() - 45 * DAY_MS), new Date());
  expect(backfill.written).toBeGreaterThan(0);
  const kept = await db.collection('analytics_aggregate').findOne({ tenant_id: acme, granularity: 'day', period_start: old });
  expect(kept).toMatchObject({ count: 1234 });
  await db.collection('analytics_aggregate').deleteOne({ _id: kept!._id });
  await expectRollupsOfDocuments();
});
