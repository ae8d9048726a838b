import type { Collection } from 'mongodb';
import { CHECKPOINT_COLLECTION, type CheckpointDoc } from '../../src/live/checkpoint';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { freePort, spawnGateway, startRedis } from '../support/processes';
import { ADDED, connect, eventually, prepareDatabase, liveEnv, stopAndDropDatabase, listeners, listening } from './support';

const SEND = `mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }`;

describe('a Redis outage', () => {
  let redisPort: number;
  let redis: { stop(): Promise<void> };
  let local: TestGateway;
  let remote: Awaited<ReturnType<typeof spawnGateway>>;
  let tenant: FixtureTenant;
  const sockets: { dispose(): void }[] = [];

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    const env = { ...liveEnv('outage'), REDIS_URL: `redis://127.0.0.1:${redisPort}` };
    local = await startTestGateway(env);
    await prepareDatabase(local.backends.mongo);
    const checkpoints: Collection<CheckpointDoc> = local.backends.mongo.collection(CHECKPOINT_COLLECTION);
    // The in-process gateway relays, so the spawned one hears of local writes only over Redis.
    await eventually(async () => ((await checkpoints.findOne({ _id: 'notification_delivery' }))?.lease_until ?? 0) > new Date());
    remote = await spawnGateway(env);
    tenant = await createTenant(local.backends.pg, 'outage-live', 0);
  }, 60_000);

  afterAll(async () => {
    for (const socket of sockets) socket.dispose();
    await remote.stop();
    await dropTenant(local.backends.pg, tenant);
    await stopAndDropDatabase(local);
    await redis.stop();
  });

  async function subscribe(url: string) {
    const socket = connect(url, await local.tokenFor(tenant.member));
    sockets.push(socket);
    await socket.connected;
    return socket.subscribe(ADDED);
  }

  const send = async (title: string) => {
    const res = await local.query(SEND, { input: { recipientIds: [tenant.member.id], title, body: '' } },
      await local.tokenFor({ ...tenant.admin, roles: ['sender'] }));
    expect(res.errors).toBeUndefined();
    return res.data!.sendNotification[0].id as string;
  };

  it('never fails sendNotification, and every subscriber gets the notification once, late at worst', async () => {
    const [localBefore, remoteBefore] = [await listeners(local.url, 'added'), await listeners(remote.url, 'added')];
    const onLocal = await subscribe(local.url);
    const onRemote = await subscribe(remote.url);
    await listening(local.url, 'added', localBefore + 1);
    await listening(remote.url, 'added', remoteBefore + 1);

    await redis.stop();
    const started = Date.now();
    const during = await send('sent while Redis is down');
    expect(Date.now() - started).toBeLessThan(2000);
    await onLocal.waitFor(1); // the writing instance delivers without the bus
    expect(onLocal.items.map((n) => n.id)).toEqual([during]);
    expect(await onRemote.quietFor(500)).toEqual([]);

    redis = await startRedis(redisPort);
    await onRemote.waitFor(1, 15_000); // the relay republishes, the remote instance catches up
    expect(onRemote.items.map((n) => n.id)).toEqual([during]);

    const after = await send('sent after Redis is back');
    await onRemote.waitFor(2);
    expect(onRemote.items.map((n) => n.id)).toEqual([during, after]);
    await onLocal.waitFor(2);
    expect(await onRemote.quietFor(1500)).toEqual([]);
    expect(onLocal.items.map((n) => n.id)).toEqual([during, after]);
  });
});
