import { randomUUID } from 'node:crypto';
import { startMongoWire } from '../../bench/mongo-wire';
import { migrateMongo } from '../../src/migrate/mongo';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../live/support';

/**
 * MongoDB paused (SIGSTOP: connections stay open, nothing answers): what needs it fails fast with
 * SERVICE_UNAVAILABLE, what does not still works, /readyz says so, and it all recovers on its own.
 */
let mongo: Awaited<ReturnType<typeof startMongoWire>>;
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  mongo = await startMongoWire();
  gw = await startTestGateway({
    MONGO_URL: mongo.url, MONGO_DB: 'faults', MONGO_SOCKET_TIMEOUT_MS: '1000', REDIS_KEY_PREFIX: `faults-${randomUUID().slice(0, 8)}:`,
  }, { logs: true });
  await migrateMongo(gw.backends.mongo);
  tenant = await createTenant(gw.backends.pg, 'faults', 1);
  token = await gw.tokenFor(tenant.admin);
}, 60_000);

afterAll(async () => {
  mongo.resume();
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
  await mongo.stop();
});

const timed = async <T>(work: () => Promise<T>) => {
  const started = Date.now();
  const value = await work();
  return { value, ms: Date.now() - started };
};

it('fails fast what needs MongoDB, serves what does not, tells /readyz, and recovers', async () => {
  const documents = '{ comments(first: 1) { totalCount } }';
  expect((await gw.query(documents, {}, token)).data).toEqual({ comments: { totalCount: 0 } });
  mongo.pause();
  try {
    const { value: failed, ms } = await timed(() => gw.query(documents, {}, token));
    expect(failed.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'mongodb' } });
    expect(ms).toBeLessThan(5_000); // the socket timeout, not the 30 s a hung server would cost

    const { value: relational, ms: relationalMs } = await timed(() =>
      gw.query(`mutation($id: ID!) { updateProject(id: $id, input: { name: "Renamed while away" }) { name } }`, { id: tenant.projects[0]!.id }, token));
    expect(relational.data).toEqual({ updateProject: { name: 'Renamed while away' } });
    expect(relationalMs).toBeLessThan(2_000);

    // A write to MongoDB fails with the code too (insertMany wraps the driver's failure).
    const sender = await gw.tokenFor({ ...tenant.admin, roles: ['sender'] });
    const { value: send, ms: sendMs } = await timed(() => gw.query(
      'mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }',
      { input: { recipientIds: [tenant.admin.id], title: 'while away', body: '' } }, sender));
    expect(send.errors?.[0]).toMatchObject({ extensions: { code: 'SERVICE_UNAVAILABLE', service: 'mongodb' } });
    expect(sendMs).toBeLessThan(5_000);

    const ready = await fetch(gw.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: Record<string, string> }).checks).toMatchObject({ postgres: 'ok', redis: 'ok' });
  } finally {
    mongo.resume();
  }
  await eventually(async () => (await gw.query(documents, {}, token)).data?.comments?.totalCount === 0, 20_000);
  expect((await fetch(gw.url.replace('/graphql', '/readyz'))).status).toBe(200);
  // The rename was committed while the relay's inserts timed out: it is relayed once MongoDB is back.
  const renamed = { entity_id: tenant.projects[0]!.id, operation: 'UPDATE', 'new_value.name': 'Renamed while away' };
  await eventually(async () => (await gw.backends.mongo.collection('entity_changelog').countDocuments(renamed)) === 1, 20_000);
  // An outage is not a bug: warned about, never logged as an error with a stack.
  expect(gw.logs.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
  expect(gw.logs.some((line) => line.msg === 'a store is not answering')).toBe(true);
}, 60_000);
