import { randomUUID } from 'node:crypto';
import { ObjectId } from 'mongodb';
import { openBackends, type OpenBackends } from '../../src/backends';
import type { ChatMessageDoc } from '../../src/chat/conversations';
import { loadConfig } from '../../src/config';
import { chatCodec } from '../../src/live/chat-events';
import { ChatFeed } from '../../src/live/chat-feed';
import { createLogger } from '../../src/logger';
import { PresenceStore } from '../../src/stores/presence';
import { eventually, liveEnv } from './support';

/** The chat feed and presence against a real Redis: what happens when the bus drops, and when an instance dies. */
let backends: OpenBackends;
let feed: ChatFeed;
const channel = `chat-feed-${randomUUID().slice(0, 8)}`;

beforeAll(async () => {
  backends = await openBackends(loadConfig({ ...process.env, ...liveEnv('chat-feed') }));
  feed = new ChatFeed({ redis: backends.redis, logger: createLogger('silent'), channel, origin: 'test-instance', subscriptionBuffer: 10 });
  feed.start();
});

afterAll(async () => {
  await feed.stop();
  await backends.close();
});

const message = (tenantId: string, conversationId: string): ChatMessageDoc & { tenant_id: string } => ({
  _id: new ObjectId(), tenant_id: tenantId, channel_id: conversationId, sender_id: 'u2', body: 'hi', mentions: [], attachments: [],
  reactions: [], sent_at: new Date(),
} as unknown as ChatMessageDoc & { tenant_id: string });

/** How many clients of the test's Redis are subscribed to a channel (the bus's connection among them). */
const subscribers = async () => Number(((await backends.redis.call('pubsub', 'numsub', `${backends.redis.options.keyPrefix ?? ''}${channel}`)) as [string, number])[1]);

const admitted = async () => true;

it('ends every chat subscription with SUBSCRIPTION_DROPPED when the bus connection drops', async () => {
  await eventually(async () => (await subscribers()) > 0);
  const messages = await feed.messages('t1', 'c1', 'u1', admitted, undefined, async () => []);
  const updates = await feed.updates('t1', 'c1', 'u1', admitted);
  const typing = await feed.typing('t1', 'c1', 'u1', admitted);
  // Every subscriber connection of the server: the test files run one at a time, so only this file's.
  await backends.redis.call('client', 'kill', 'type', 'pubsub');
  for (const subscription of [messages, updates, typing]) {
    await expect(subscription.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_DROPPED' } });
  }
  await eventually(async () => (await subscribers()) > 0); // back
});

it('ends them too when another instance\'s messages skip a number: one was lost on its way', async () => {
  const updates = await feed.updates('t1', 'c4', 'u1', admitted);
  const send = (seq: number) => backends.redis.publish(`${backends.redis.options.keyPrefix ?? ""}${channel}`, `other-instance ${seq}\n${JSON.stringify([chatCodec.write({
    tenantId: 't1', event: { kind: 'changed', conversationId: 'c4', change: 'updated', userIds: [] },
  })])}`);
  await send(1);
  await send(2);
  expect((await updates.next()).value).toMatchObject({ kind: 'CHANNEL_UPDATED' });
  expect((await updates.next()).value).toMatchObject({ kind: 'CHANNEL_UPDATED' });
  await send(4);
  await expect(updates.next()).rejects.toMatchObject({ extensions: { code: 'SUBSCRIPTION_DROPPED' } });
});

it('refuses a subscription its check refuses, and misses no leave that happens while it is checked', async () => {
  await expect(feed.updates('t1', 'c3', 'u1', async () => Promise.reject(new Error('not a member')))).rejects.toThrow('not a member');
  const checked = feed.updates('t1', 'c3', 'u1', async () => {
    await feed.publish('t1', { kind: 'changed', conversationId: 'c3', change: 'left', userIds: ['u1'] });
    return true;
  });
  const updates = await checked;
  expect((await updates.next()).value).toMatchObject({ kind: 'MEMBERS_LEFT', userIds: ['u1'] }); // told, then ended
  await expect(updates.next()).rejects.toMatchObject({ extensions: { code: 'FORBIDDEN' } });
});

it('delivers within the tenant and conversation an event names, and reads nothing from the bus that names another tenant', async () => {
  const mine = await feed.messages('t1', 'c2', 'u1', admitted, undefined, async () => []);
  const otherTenant = await feed.messages('t2', 'c2', 'u1', admitted, undefined, async () => []);
  const posted = message('t1', 'c2');
  await feed.publish('t1', { kind: 'posted', message: posted });
  expect((await mine.next()).value._id).toEqual(posted._id);
  const nothing = Symbol('nothing');
  expect(await Promise.race([otherTenant.next(), new Promise((resolve) => setTimeout(() => resolve(nothing), 100))])).toBe(nothing);
  await Promise.all([mine.return!(), otherTenant.return!()]);

  const forged = chatCodec.write({ tenantId: 't2', event: { kind: 'posted', message: message('t1', 'c2') } });
  expect(chatCodec.read(JSON.parse(JSON.stringify(forged)))).toBeNull();
  const genuine = chatCodec.read(JSON.parse(JSON.stringify(chatCodec.write({ tenantId: 't1', event: { kind: 'posted', message: posted } }))));
  expect(genuine).toMatchObject({ tenantId: 't1', event: { message: { _id: posted._id, sent_at: posted.sent_at } } });
});

describe('PresenceStore', () => {
  const store = () => new PresenceStore(backends.redis);

  it('lets the users of an instance that died go offline once its hold runs out, and drops its field on the next arrival', async () => {
    const tenant = randomUUID();
    const long = Date.now() - 60_000;
    expect(await store().arrive(tenant, 'u1', 'dead-instance', long)).toEqual({ turned: true, version: 1 });
    expect(await store().read(tenant, ['u1'], long + 1_000)).toMatchObject([{ online: true }]);
    const [now] = await store().read(tenant, ['u1']);
    expect(now).toMatchObject({ online: false, lastSeenAt: new Date(long) });
    expect(await store().arrive(tenant, 'u1', 'live-instance')).toEqual({ turned: true, version: 2 }); // the dead one does not count
    await eventually(async () => !('dead-instance' in (await backends.redis.hgetall(`presence:${tenant}:u1`))));
  });

  it('keeps someone online while any instance holds them', async () => {
    const tenant = randomUUID();
    expect(await store().arrive(tenant, 'u1', 'a')).toMatchObject({ turned: true });
    expect(await store().arrive(tenant, 'u1', 'b')).toMatchObject({ turned: false });
    expect(await store().leave(tenant, 'u1', 'a')).toMatchObject({ turned: false });
    expect(await store().read(tenant, ['u1'])).toMatchObject([{ online: true, version: 3 }]);
    expect(await store().leave(tenant, 'u1', 'b')).toEqual({ turned: true, version: 4 });
    expect(await store().read(tenant, ['u1', 'never-seen'])).toMatchObject([{ online: false, lastSeenAt: expect.any(Date) }, { online: false, lastSeenAt: null }]);
  });
});
