import { ObjectId } from 'mongodb';
import { createTasks, createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';

const SEND = `mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id status channels priority recipient { id } sender { id } } }`;
const LIST = `query($first: Int, $after: String, $unreadOnly: Boolean) {
  notifications(first: $first, after: $after, unreadOnly: $unreadOnly) {
    totalCount edges { cursor node { id cursor title status readAt expiresAt entityType entityId entity { id ... on Task { title } } } }
    pageInfo { hasNextPage endCursor } } }`;
const UNREAD = `{ unreadNotificationCount }`;
const MARK = `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) { id status readAt } }`;
const MARK_ALL = `mutation { markAllNotificationsRead }`;

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let sender: string;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'notify-acme', 1);
  globex = await createTenant(gw.backends.pg, 'notify-globex', 1);
  sender = await gw.tokenFor({ ...acme.admin, roles: ['sender'] });
});

afterAll(async () => {
  await gw.backends.mongo.collection('notification_delivery').deleteMany({ tenant_id: { $in: [acme.id, globex.id] } });
  await dropTenant(gw.backends.pg, acme);
  await dropTenant(gw.backends.pg, globex);
  await gw.stop();
});

const send = (input: Record<string, unknown>, token = sender) =>
  gw.query(SEND, { input: { title: 'Hello', body: 'A body.', ...input } }, token);

async function stored(tenantId: string) {
  return gw.backends.mongo.collection('notification_delivery').countDocuments({ tenant_id: tenantId });
}

describe('sendNotification', () => {
  it('writes one delivery document per recipient, in one insert', async () => {
    const commands = countMongoCommands(gw.backends.mongoClient);
    const res = await send({ recipientIds: [acme.member.id, acme.admin.id, acme.member.id], channels: ['IN_APP', 'EMAIL'], priority: 'HIGH' });
    commands.restore();
    expect(res.errors).toBeUndefined();
    const sent = res.data!.sendNotification;
    expect(sent.map((n: any) => n.recipient.id).sort()).toEqual([acme.member.id, acme.admin.id].sort());
    expect(sent[0]).toMatchObject({ status: 'SENT', channels: ['IN_APP', 'EMAIL'], priority: 'HIGH', sender: { id: acme.admin.id } });
    expect(commands.commands.filter((c) => c === 'insert')).toHaveLength(1);
  });

  it('is FORBIDDEN without the sender role, and writes nothing', async () => {
    const before = await stored(acme.id);
    const res = await send({ recipientIds: [acme.admin.id] }, await gw.tokenFor(acme.member));
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await stored(acme.id)).toBe(before);
  });

  it('refuses recipients outside the caller\'s tenant, unknown ones and bad sizes with BAD_USER_INPUT, writing nothing', async () => {
    const before = await stored(acme.id);
    const cases: [Record<string, unknown>, string][] = [
      [{ recipientIds: [acme.member.id, globex.member.id] }, 'recipientIds'],
      [{ recipientIds: [new ObjectId().toHexString()] }, 'recipientIds'],
      [{ recipientIds: [] }, 'recipientIds'],
      [{ recipientIds: [acme.member.id], title: '   ' }, 'title'],
      [{ recipientIds: [acme.member.id], title: 'x'.repeat(201) }, 'title'],
      [{ recipientIds: [acme.member.id], body: 'x'.repeat(2001) }, 'body'],
      [{ recipientIds: [acme.member.id], channels: [] }, 'channels'],
      [{ recipientIds: [acme.member.id], entityType: 'TASK' }, 'entityId'],
      [{ recipientIds: [acme.member.id], entityType: 'PROJECT', entityId: globex.projects[0]!.id }, 'entityId'],
      [{ recipientIds: [acme.member.id], expiresAt: new Date(Date.now() - 1000).toISOString() }, 'expiresAt'],
      [{ recipientIds: [acme.member.id], expiresAt: new Date(Date.now() + 100 * 86_400_000).toISOString() }, 'expiresAt'],
    ];
    for (const [input, field] of cases) {
      const res = await send(input);
      expect([field, res.errors?.[0]?.extensions]).toEqual([field, expect.objectContaining({ code: 'BAD_USER_INPUT', field })]);
    }
    const enumError = await send({ recipientIds: [acme.member.id], channels: ['PIGEON'] });
    expect(enumError.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await stored(acme.id)).toBe(before);
  });
});

describe('reading and marking read', () => {
  let reader: FixtureTenant;
  let token: string;
  let taskId: string;

  beforeAll(async () => {
    reader = await createTenant(gw.backends.pg, 'notify-reader', 1);
    token = await gw.tokenFor(reader.member);
    [taskId] = await createTasks(gw.backends.pg, reader, reader.projects[0]!.id, 1) as [string];
    const readerSender = await gw.tokenFor({ ...reader.admin, roles: ['sender'] });
    for (let i = 0; i < 5; i++) {
      const res = await send({ recipientIds: [reader.member.id], title: `n${i}`, entityType: 'TASK', entityId: taskId }, readerSender);
      expect(res.errors).toBeUndefined();
    }
    // One for the admin (never the member's), one expired, written as another service would.
    await send({ recipientIds: [reader.admin.id], title: 'admin only' }, readerSender);
    await gw.backends.mongo.collection('notification_delivery').insertOne({
      tenant_id: reader.id, recipient_id: reader.member.id, title: 'expired', body: '', channels: ['in_app'],
      status: 'sent', priority: 'low', created_at: new Date(), expires_at: new Date(Date.now() - 1000),
    });
  });

  afterAll(async () => {
    await gw.backends.mongo.collection('notification_delivery').deleteMany({ tenant_id: reader.id });
    await dropTenant(gw.backends.pg, reader);
  });

  it('lists only the caller\'s unexpired notifications, newest first, with their entity, in pages', async () => {
    const first = await gw.query(LIST, { first: 3 }, token);
    expect(first.errors).toBeUndefined();
    const page = first.data!.notifications;
    expect(page.totalCount).toBe(5);
    expect(page.edges.map((e: any) => e.node.title)).toEqual(['n4', 'n3', 'n2']);
    expect(page.edges[0].cursor).toBe(page.edges[0].node.cursor);
    expect(page.edges[0].node).toMatchObject({ entityType: 'TASK', entityId: taskId, entity: { id: taskId, title: 'task 0' } });
    const rest = await gw.query(LIST, { first: 3, after: page.pageInfo.endCursor }, token);
    expect(rest.data!.notifications.edges.map((e: any) => e.node.title)).toEqual(['n1', 'n0']);
    expect(rest.data!.notifications.pageInfo.hasNextPage).toBe(false);
  });

  it('costs one find, and one statement per kind of row, for a page with senders and entities', async () => {
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const sql = countPgQueries(gw.backends.pg);
    const res = await gw.query('{ notifications(first: 10) { edges { node { sender { name } recipient { id } entity { id } } } } }', {}, token);
    mongo.restore();
    sql.restore();
    expect(res.errors).toBeUndefined();
    expect(res.data!.notifications.edges).toHaveLength(5);
    expect(mongo.commands).toEqual(['find']);
    expect(sql.statements).toHaveLength(2); // users (senders and the recipient), tasks
  });

  it('keeps the unread count and the unreadOnly list consistent with marking read', async () => {
    expect((await gw.query(UNREAD, {}, token)).data).toEqual({ unreadNotificationCount: 5 });
    const list = await gw.query(LIST, { first: 10 }, token);
    const [newest, second] = list.data!.notifications.edges.map((e: any) => e.node.id);

    const marked = await gw.query(MARK, { ids: [newest, second, newest] }, token);
    expect(marked.errors).toBeUndefined();
    expect(marked.data!.markNotificationsRead.map((n: any) => [n.id, n.status])).toEqual([[newest, 'READ'], [second, 'READ']]);
    expect((await gw.query(UNREAD, {}, token)).data).toEqual({ unreadNotificationCount: 3 });
    const unread = await gw.query(LIST, { first: 10, unreadOnly: true }, token);
    expect(unread.data!.notifications.totalCount).toBe(3);
    expect(unread.data!.notifications.edges.map((e: any) => e.node.id)).not.toContain(newest);

    // Marking again changes nothing, read_at keeps the first time.
    const again = await gw.query(MARK, { ids: [newest] }, token);
    expect(again.data!.markNotificationsRead[0].readAt).toBe(marked.data!.markNotificationsRead[0].readAt);

    expect((await gw.query(MARK_ALL, {}, token)).data).toEqual({ markAllNotificationsRead: 3 });
    expect((await gw.query(UNREAD, {}, token)).data).toEqual({ unreadNotificationCount: 0 });
    expect((await gw.query(MARK_ALL, {}, token)).data).toEqual({ markAllNotificationsRead: 0 });
  });

  it('never touches or reveals another user\'s notification', async () => {
    const adminToken = await gw.tokenFor(reader.admin);
    const adminList = await gw.query(LIST, { first: 10 }, adminToken);
    const adminsOwn = adminList.data!.notifications.edges.map((e: any) => e.node.id);
    expect(adminsOwn).toHaveLength(1);

    const byMember = await gw.query(MARK, { ids: adminsOwn }, token);
    expect(byMember.data!.markNotificationsRead).toEqual([]);
    expect((await gw.query(UNREAD, {}, adminToken)).data).toEqual({ unreadNotificationCount: 1 });

    const otherTenant = await gw.query(LIST, { first: 10 }, await gw.tokenFor(globex.member));
    expect(otherTenant.data!.notifications.totalCount).toBe(0);
  });

  it('answers a subscription sent over HTTP with BAD_REQUEST: they are served over graphql-ws', async () => {
    const res = await gw.query('subscription { notificationAdded { id } }', {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_REQUEST');
  });

  it('rejects ids and cursors this API did not issue', async () => {
    expect((await gw.query(MARK, { ids: ['nope'] }, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await gw.query(LIST, { after: 'nope' }, token)).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
