import { ObjectId, type Collection } from 'mongodb';
import { CHECKPOINT_COLLECTION, type CheckpointDoc } from '../../src/live/checkpoint';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { spawnGateway } from '../support/processes';
import { ADDED, connect, eventually, prepareDatabase, liveEnv, stopAndDropDatabase, listeners, listening } from './support';

const SEND = `mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }`;
const env = liveEnv('instances');

let local: TestGateway;
let remote: Awaited<ReturnType<typeof spawnGateway>>;
let acme: FixtureTenant;
let globex: FixtureTenant;
let checkpoints: Collection<CheckpointDoc>;
const sockets: { dispose(): void }[] = [];

/** Another service writing the collection directly, not through any gateway. */
const insertDirectly = (tenantId: string, recipientId: string, title: string) =>
  local.backends.mongo.collection('notification_delivery').insertOne({
    _id: new ObjectId(), tenant_id: tenantId, recipient_id: recipientId, sender_id: null, title, body: 'written by another service',
    channels: ['in_app'], status: 'sent', priority: 'normal', created_at: new Date(),
  }).then((result) => result.insertedId.toHexString());

const relayHolder = async () => {
  const doc = await checkpoints.findOne({ _id: 'notification_delivery' });
  return doc && doc.lease_until > new Date() ? doc.owner : null;
};

/** Holds the relay lease as an outsider, so no gateway relays until it is given back. */
const seizeLease = () => checkpoints.updateOne({ _id: 'notification_delivery' }, { $set: { owner: 'test', lease_until: new Date(Date.now() + 60_000) } });
const releaseLease = (set: Partial<CheckpointDoc> = {}) =>
  checkpoints.updateOne({ _id: 'notification_delivery' }, { $set: { lease_until: new Date(0), ...set } });

/** How often a relay has said it lost its lease (and so stopped relaying), on either instance. */
const LEASE_LOST = /notification relay: lease (lost to another process|renewal failed)/;
const leasesLost = () =>
  local.logs.filter((line) => LEASE_LOST.test(String(line.msg))).length + remote.lines.filter((line) => LEASE_LOST.test(line)).length;

beforeAll(async () => {
  local = await startTestGateway(env, { logs: true });
  await prepareDatabase(local.backends.mongo);
  checkpoints = local.backends.mongo.collection<CheckpointDoc>(CHECKPOINT_COLLECTION);
  await eventually(relayHolder); // the first gateway relays
  remote = await spawnGateway(env);
  acme = await createTenant(local.backends.pg, 'instances-acme', 0);
  globex = await createTenant(local.backends.pg, 'instances-globex', 0);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.dispose();
  await remote.stop();
  await dropTenant(local.backends.pg, acme);
  await dropTenant(local.backends.pg, globex);
  await stopAndDropDatabase(local);
});

async function subscribe(url: string, user: { id: string; tenantId: string }) {
  const socket = connect(url, await local.tokenFor(user));
  sockets.push(socket);
  await socket.connected;
  const before = await listeners(url, 'added');
  const feed = socket.subscribe(ADDED);
  await listening(url, 'added', before + 1, feed);
  return feed;
}

async function sendThrough(url: string, recipientId: string, title: string) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await local.tokenFor({ ...acme.admin, roles: ['sender'] })}` },
    body: JSON.stringify({ query: SEND, variables: { input: { recipientIds: [recipientId], title, body: '' } } }),
  });
  const body = (await res.json()) as { data?: { sendNotification: { id: string }[] }; errors?: unknown };
  expect(body.errors).toBeUndefined();
  return body.data!.sendNotification[0]!.id;
}

describe('two gateway processes', () => {
  it('delivers a notification sent through one to a subscriber of the other, both ways, once', async () => {
    const onRemote = await subscribe(remote.url, acme.member);
    const onLocal = await subscribe(local.url, acme.member);
    const first = await sendThrough(local.url, acme.member.id, 'sent through the in-process gateway');
    const second = await sendThrough(remote.url, acme.member.id, 'sent through the spawned gateway');
    for (const feed of [onRemote, onLocal]) {
      await feed.waitFor(2);
      expect(feed.items.map((n) => n.id).sort()).toEqual([first, second].sort());
    }
    // The relay sees both inserts too; it must not make them arrive twice.
    expect(await onRemote.quietFor(1000)).toEqual([]);
    expect(onLocal.items).toHaveLength(2);
  });
});

describe('writes made outside the gateway', () => {
  it('reach the recipient\'s subscribers on every instance through the change stream, and nobody else', async () => {
    const onRemote = await subscribe(remote.url, globex.member);
    const onLocal = await subscribe(local.url, globex.member);
    const bystander = await subscribe(remote.url, globex.admin);
    const otherTenant = await subscribe(remote.url, acme.admin);
    const id = await insertDirectly(globex.id, globex.member.id, 'from the billing service');
    for (const feed of [onRemote, onLocal]) {
      await feed.waitFor(1);
      expect(feed.items).toEqual([expect.objectContaining({ id, title: 'from the billing service', status: 'SENT' })]);
    }
    expect(await onRemote.quietFor(800)).toEqual([]);
    expect(bystander.results).toEqual([]);
    expect(otherTenant.results).toEqual([]);
  });

  it('written while no relay runs, reach subscribers that stayed connected once a relay resumes from the checkpoint', async () => {
    const feed = await subscribe(remote.url, globex.admin);
    const lost = leasesLost();
    await seizeLease();
    await eventually(async () => (await relayHolder()) === 'test');
    await eventually(() => leasesLost() > lost); // the old relay noticed and stepped down

    const id = await insertDirectly(globex.id, globex.admin.id, 'while nobody relayed');
    expect(await feed.quietFor(1000)).toEqual([]);

    await releaseLease();
    await feed.waitFor(1, 15_000);
    expect(feed.items.map((n) => n.id)).toEqual([id]);
    expect(await eventually(relayHolder)).not.toBe('test');
  });

  it('keep flowing when the stored resume token is refused: the relay starts again from now', async () => {
    const feed = await subscribe(local.url, globex.admin);
    const lost = leasesLost();
    await seizeLease();
    await eventually(() => leasesLost() > lost);
    await releaseLease({ resume_token: { _data: 'not-a-token' } });
    await eventually(async () => {
      const doc = await checkpoints.findOne({ _id: 'notification_delivery' });
      return doc && doc.owner !== 'test' && doc.lease_until > new Date() && (doc.resume_token as { _data?: string } | null)?._data !== 'not-a-token';
    }, 15_000);

    const id = await insertDirectly(globex.id, globex.admin.id, 'after the token was refused');
    await feed.waitFor(1, 15_000);
    expect(feed.items.map((n) => n.id)).toEqual([id]);
  });
});
