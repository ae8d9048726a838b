import { randomUUID } from 'node:crypto';
import { startMongoWire } from '../../bench/mongo-wire';
import { migrateMongo } from '../../src/migrate/mongo';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { eventually } from '../live/support';

/** A paused MongoDB costs the request logs their entries, never a request its answer. */
let mongo: Awaited<ReturnType<typeof startMongoWire>>;
let gw: TestGateway;
let tenant: FixtureTenant;

beforeAll(async () => {
  mongo = await startMongoWire();
  gw = await startTestGateway({
    MONGO_URL: mongo.url, MONGO_DB: 'logs', MONGO_SOCKET_TIMEOUT_MS: '500', REQUEST_LOG: 'true', HEALTH_CHECK_MS: '200',
    REDIS_KEY_PREFIX: `logs-${randomUUID().slice(0, 8)}:`,
  });
  await migrateMongo(gw.backends.mongo);
  tenant = await createTenant(gw.backends.pg, 'logs-paused', 0);
}, 60_000);

afterAll(async () => {
  mongo.resume();
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
  await mongo.stop();
});

const dropped = async () => {
  const text = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
  return Number(text.match(/gateway_log_entries_total\{kind="request",outcome="dropped"\} (\d+)/)?.[1] ?? 0);
};

it('answers every operation while MongoDB is paused, and counts the entries it could not write', async () => {
  const token = await gw.tokenFor(tenant.member);
  await gw.query('{ me { id } }', {}, token);
  await eventually(async () => (await gw.backends.mongo.collection('api_request_log').countDocuments({ tenant_id: tenant.id })) === 1);
  const before = await dropped();

  mongo.pause();
  try {
    // All answered before MongoDB comes back: none of them waits for its log entry.
    const answers = await Promise.all(Array.from({ length: 20 }, () => gw.query('{ me { id } }', {}, token)));
    expect(answers.map((answer) => answer.data?.me?.id)).toEqual(Array(20).fill(tenant.member.id));
    await eventually(async () => (await dropped()) >= before + 20, 15_000);
  } finally {
    mongo.resume();
  }
  // Back: the next entries are written again.
  await gw.query('{ me { id } }', {}, token);
  await eventually(async () => (await gw.backends.mongo.collection('api_request_log').countDocuments({ tenant_id: tenant.id })) >= 2, 15_000);
  // And so is what the health watch saw meanwhile: MongoDB went down, then came back.
  const events = async () => (await gw.backends.mongo.collection('system_health_event').find({ tenant_id: 'global', service: 'mongodb' }).sort({ created_at: 1 }).toArray())
    .map((event) => event.status);
  await eventually(async () => (await events()).join() === 'down,up', 15_000);
});
