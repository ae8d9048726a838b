import { SignJWT } from 'jose';
import { ObjectId } from 'mongodb';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';
import { ADDED, connect, eventually, prepareDatabase, liveEnv, stopAndDropDatabase, UPDATED, listeners, listening } from './support';

const SEND = `mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id cursor } }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id } }`;

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
const sockets: { dispose(): void }[] = [];

beforeAll(async () => {
  gw = await startTestGateway({ ...liveEnv('subscriptions'), MAX_SUBSCRIPTIONS_PER_USER: '3' });
  await prepareDatabase(gw.backends.mongo);
  acme = await createTenant(gw.backends.pg, 'live-acme', 0);
  globex = await createTenant(gw.backends.pg, 'live-globex', 0);
});

afterAll(async () => {
  for (const socket of sockets) socket.dispose();
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await stopAndDropDatabase(gw);
});

async function open(user: { id: string; tenantId: string; roles?: string[] }) {
  const socket = connect(gw.url, await gw.tokenFor(user));
  sockets.push(socket);
  await socket.connected;
  return socket;
}

async function send(from: { id: string; tenantId: string }, recipientIds: string[], title: string) {
  const res = await gw.query(SEND, { input: { recipientIds, title, body: '' } }, await gw.tokenFor({ ...from, roles: ['sender'] }));
  expect(res.errors).toBeUndefined();
  return res.data!.sendNotification as { id: string; cursor: string }[];
}

describe('notificationAdded', () => {
  it('reaches every socket of the recipient and nobody else, in either tenant', async () => {
    const before = await listeners(gw.url, 'added');
    const memberTwice = [await open(acme.member), await open(acme.member)].map((s) => s.subscribe(ADDED));
    const acmeAdmin = (await open(acme.admin)).subscribe(ADDED);
    const globexMember = (await open(globex.member)).subscribe(ADDED);
    const globexAdmin = (await open(globex.admin)).subscribe(ADDED);
    await listening(gw.url, 'added', before + 5);

    await send(acme.admin, [acme.member.id], 'for acme member');
    await send(globex.admin, [globex.admin.id], 'for globex admin');

    for (const feed of memberTwice) {
      await feed.waitFor(1);
      expect(feed.items).toEqual([expect.objectContaining({ title: 'for acme member', recipient: { id: acme.member.id } })]);
    }
    await globexAdmin.waitFor(1);
    expect(globexAdmin.items.map((n) => n.title)).toEqual(['for globex admin']);
    expect(await acmeAdmin.quietFor(300)).toEqual([]);
    expect(globexMember.results).toEqual([]);
    expect(acmeAdmin.results).toEqual([]);
  });

  it('costs one statement per event for all its recipients: one execution per user, loaders shared in the tenant', async () => {
    const [admin, member] = [acme.admin, acme.member];
    const before = await listeners(gw.url, 'added');
    const feeds = [await open(admin), await open(admin), await open(member)].map((s) => s.subscribe(ADDED));
    await listening(gw.url, 'added', before + 3);
    const pg = countPgQueries(gw.backends.pg);
    try {
      await send(acme.admin, [admin.id, member.id], 'three sockets, one statement');
      for (const feed of feeds) await feed.waitFor(1);
      // One statement checks the recipients for sendNotification; one loads `recipient` for all three sockets.
      expect(pg.statements.filter((sql) => /\busers\b/.test(sql))).toHaveLength(2);
    } finally {
      pg.restore();
    }
    expect(feeds.map((feed) => feed.items.map((n) => [n.title, n.recipient]))).toEqual([
      [['three sockets, one statement', { id: admin.id }]],
      [['three sockets, one statement', { id: admin.id }]],
      [['three sockets, one statement', { id: member.id }]],
    ]);
    for (let i = 0; i < 3; i++) sockets.pop()!.dispose();
  });

  it('replays what a reconnecting client missed after its cursor, in order and once, then goes live', async () => {
    const user = acme.admin;
    const first = (await open(user)).subscribe(ADDED);
    const [seen] = await send(acme.member, [user.id], 'seen before the disconnect');
    await first.waitFor(1);
    sockets.pop()!.dispose();

    const missed: string[] = [];
    for (let i = 0; i < 50; i++) missed.push((await send(acme.member, [user.id], `missed ${i}`))[0]!.id);

    const again = (await open(user)).subscribe(ADDED, { after: seen!.cursor });
    await again.waitFor(50);
    expect(again.items.map((n) => n.id)).toEqual(missed);
    const [live] = await send(acme.member, [user.id], 'live after the replay');
    await again.waitFor(51);
    expect(again.items.map((n) => n.id)).toEqual([...missed, live!.id]);
    expect(await again.quietFor(500)).toEqual([]);
  });

  it('loses and repeats nothing that is sent while the replay runs', async () => {
    const user = globex.member;
    const [mark] = await send(globex.admin, [user.id], 'the last one seen');
    const notifications = gw.backends.mongo.collection('notification_delivery');
    const { created_at: markedAt } = (await notifications.findOne({ _id: new ObjectId(mark!.id) }))!;
    // Enough missed notifications for a replay of several pages, written as another service would.
    const before = Array.from({ length: 250 }, (_, i) => ({
      _id: new ObjectId(), tenant_id: globex.id, recipient_id: user.id, title: `before ${i}`, body: '',
      channels: ['in_app'], status: 'sent', priority: 'normal', created_at: new Date(markedAt.getTime() + 1),
    }));
    await notifications.insertMany(before);

    const feed = (await open(user)).subscribe(ADDED, { after: mark!.cursor });
    const during: string[] = [];
    for (let i = 0; i < 20; i++) during.push((await send(globex.admin, [user.id], `during ${i}`))[0]!.id);
    await feed.waitFor(270, 20_000);
    expect(feed.items.map((n) => n.id)).toEqual([...before.map((d) => d._id.toHexString()), ...during]);
    expect(await feed.quietFor(1000)).toEqual([]); // nor a second copy from the change stream
  });

  it('rejects a cursor this API did not issue', async () => {
    const feed = (await open(acme.member)).subscribe(ADDED, { after: 'not-a-cursor' });
    await feed.waitFor(1);
    expect(feed.results[0]?.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('notificationUpdated', () => {
  it('reports DELIVERED once a live subscription got the notification, then READ', async () => {
    const quiet = await createTenant(gw.backends.pg, 'live-updated', 0); // no earlier notifications
    const socket = await open(quiet.member);
    const [updatedBefore, addedBefore] = [await listeners(gw.url, 'updated'), await listeners(gw.url, 'added')];
    const updates = socket.subscribe(UPDATED);
    const added = socket.subscribe(ADDED);
    const other = (await open(quiet.admin)).subscribe(UPDATED);
    await listening(gw.url, 'updated', updatedBefore + 2);
    await listening(gw.url, 'added', addedBefore + 1);

    const [sent] = await send(quiet.admin, [quiet.member.id], 'to be read');
    await added.waitFor(1);
    await updates.waitFor(1);
    expect(updates.items[0]).toMatchObject({ id: sent!.id, status: 'DELIVERED', deliveredAt: expect.any(String) });

    const mark = await gw.query(MARK, { ids: [sent!.id] }, await gw.tokenFor(quiet.member));
    expect(mark.errors).toBeUndefined();
    await updates.waitFor(2);
    expect(updates.items[1]).toMatchObject({ id: sent!.id, status: 'READ', readAt: expect.any(String) });
    expect(await updates.quietFor(500)).toEqual([]);
    expect(other.results).toEqual([]);
    await dropTenant(gw.backends.pg, quiet);
  });
});

describe('sockets', () => {
  it('caps the subscriptions one socket may hold', async () => {
    const socket = await open(acme.member);
    const feeds = [1, 2, 3, 4].map(() => socket.subscribe(UPDATED));
    await feeds[3]!.waitFor(1);
    expect(feeds[3]!.results[0]?.errors?.[0]?.extensions?.code).toBe('TOO_MANY_SUBSCRIPTIONS');
    expect(feeds.slice(0, 3).every((feed) => !feed.completed)).toBe(true);

    // Queries never take a place.
    expect(await new Promise((resolve) => socket.client.subscribe({ query: '{ unreadNotificationCount }' }, {
      next: (value) => resolve(value.data), error: resolve, complete: () => undefined,
    }))).toEqual({ unreadNotificationCount: expect.any(Number) });
  });

  it('closes with 4401 without a valid token, and when the token expires mid-subscription', async () => {
    expect(await connect(gw.url, null).closedWith).toBe(4401);
    expect(await connect(gw.url, 'not-a-token').closedWith).toBe(4401);

    const token = await new SignJWT({ tenant_id: acme.id, roles: [] })
      .setProtectedHeader({ alg: 'HS256' }).setSubject(acme.member.id)
      .setExpirationTime(Math.floor(Date.now() / 1000) + 2)
      .sign(new TextEncoder().encode(gw.config.JWT_SECRET));
    const socket = connect(gw.url, token);
    sockets.push(socket);
    const feed = socket.subscribe(ADDED);
    expect(await socket.closedWith).toBe(4401);
    await eventually(() => feed.completed);
  });
});
