import { ObjectId } from 'mongodb';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';
import { addUser, as, codeOf, createChannel, dropMessages, fieldOf, post, POST, type Client } from './support';
import { insertAlertConfig } from '../alerts/support';
import { eventually } from '../live/support';

/** Messages: posting, threads, mentions, edits, soft deletes, reactions, attachments by reference, history pages both ways. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let admin: Client;
let member: Client;
let outsider: Client;
let carolId: string;
let channel: string;

const messages = () => gw.backends.mongo.collection('chat_message');
const EDIT = 'mutation($id: ID!, $body: String!) { editChatMessage(id: $id, body: $body) { id body editedAt mentions { id } } }';
const DELETE = 'mutation($id: ID!) { deleteChatMessage(id: $id) { id body deletedAt mentions { id } reactions { emoji } sender { id } } }';
const REACT = `mutation($id: ID!, $emoji: String!, $add: Boolean!) { reactToChatMessage(id: $id, emoji: $emoji, add: $add) {
  reactions { emoji users { id } } } }`;
const HISTORY = `query($id: ID!, $first: Int, $after: String, $last: Int, $before: String) { conversation(id: $id) {
  messages(first: $first, after: $after, last: $last, before: $before) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { body } } } } }`;

beforeAll(async () => {
  gw = await startTestGateway({ CHAT_EDIT_WINDOW_MINUTES: '5' });
  acme = await createTenant(gw.backends.pg, 'chat-msg', 0);
  globex = await createTenant(gw.backends.pg, 'chat-msg-other', 0);
  carolId = (await addUser(gw, acme, 'carol')).id;
  await addUser(gw, globex, 'zed');
  admin = as(gw, await gw.tokenFor(acme.admin));
  member = as(gw, await gw.tokenFor(acme.member));
  outsider = as(gw, await gw.tokenFor(globex.admin));
  channel = await createChannel(admin, { name: 'site', memberIds: [acme.member.id] });
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await dropMessages(gw, tenant);
    for (const collection of ['attachment_metadata', 'user_alert_config', 'notification_delivery']) {
      await gw.backends.mongo.collection(collection).deleteMany({ tenant_id: tenant.id });
    }
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

it('posts in one insert after its checks, mentioning only members of the conversation', async () => {
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const sql = countPgQueries(gw.backends.pg);
  const message = await post(member, channel, 'Hi @admin and @carol and @zed, pour moved to Thursday.');
  mongo.restore();
  sql.restore();
  // carol is of the tenant but not in the channel, zed of another tenant: their handles are plain text.
  expect(message.mentions.map((m) => m.id)).toEqual([acme.admin.id]);
  expect(mongo.commands.filter((c) => c === 'insert')).toHaveLength(1);
  // The conversation with the caller's membership, the handles, the members, the last activity; the users named.
  expect(sql.statements).toHaveLength(5);
  const { rows } = await gw.backends.pg.query('SELECT last_message_id FROM chat_conversations WHERE id = $1', [channel]);
  expect(rows[0].last_message_id).toBe(message.id);
});

it('refuses bad input with BAD_USER_INPUT naming the field, writing nothing', async () => {
  const before = await messages().countDocuments({ tenant_id: acme.id });
  const cases: [Record<string, unknown>, string][] = [
    [{ conversationId: channel, body: '   ' }, 'body'],
    [{ conversationId: channel, body: 'x'.repeat(10_001) }, 'body'],
    [{ conversationId: 'not-a-conversation', body: 'hi' }, 'conversationId'],
    [{ conversationId: channel, body: 'hi', threadId: 'nope' }, 'threadId'],
    [{ conversationId: channel, body: 'hi', threadId: new ObjectId().toHexString() }, 'threadId'],
    [{ conversationId: channel, body: 'hi', attachmentIds: [new ObjectId().toHexString()] }, 'attachmentIds'],
  ];
  for (const [input, field] of cases) {
    const res = await member(POST, { input });
    expect([field, codeOf(res), fieldOf(res)]).toEqual([field, 'BAD_USER_INPUT', field]);
  }
  expect(await messages().countDocuments({ tenant_id: acme.id })).toBe(before);
});

it('carries uploaded files of the tenant by reference, never another tenant\'s', async () => {
  const file = (tenantId: string) => ({
    tenant_id: tenantId, entity_type: 'project', entity_id: acme.id, file_name: 'quote.pdf', content_type: 'application/pdf',
    size_bytes: 1234, storage_key: `${tenantId}/files/${new ObjectId().toHexString()}`, created_at: new Date(),
  });
  const ours = await gw.backends.mongo.collection('attachment_metadata').insertOne(file(acme.id));
  const theirs = await gw.backends.mongo.collection('attachment_metadata').insertOne(file(globex.id));
  const res = await member(POST, { input: { conversationId: channel, body: '', attachmentIds: [ours.insertedId.toHexString()] } });
  expect(res.data!.postChatMessage.attachments).toEqual([{ fileName: 'quote.pdf', storageKey: expect.stringMatching(new RegExp(`^${acme.id}/`)) }]);
  const foreign = await member(POST, { input: { conversationId: channel, body: 'x', attachmentIds: [theirs.insertedId.toHexString()] } });
  expect([codeOf(foreign), fieldOf(foreign)]).toEqual(['BAD_USER_INPUT', 'attachmentIds']);
});

it('threads replies under the message replied to, one level deep, outside the conversation\'s history', async () => {
  const root = await post(admin, channel, 'Who has the container keys?');
  const reply = await post(member, channel, 'I do.', { threadId: root.id });
  const nested = await post(admin, channel, 'Thanks!', { threadId: reply.id });
  const res = await member(`query($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { node {
    id replyCount lastReplyAt replies(first: 10) { totalCount edges { node { id thread { id } } } } } } } } }`, { id: channel });
  const [latest] = res.data!.conversation.messages.edges;
  expect(latest.node).toMatchObject({ id: root.id, replyCount: 2, lastReplyAt: nested.sentAt });
  expect(latest.node.replies.edges.map((e: any) => [e.node.id, e.node.thread.id])).toEqual([[reply.id, root.id], [nested.id, root.id]]);
});

it('lets only the author edit, within the edit window, and not once deleted', async () => {
  const message = await post(member, channel, 'Concrete at 7');
  const edited = await member(EDIT, { id: message.id, body: 'Concrete at 8, @admin' });
  expect(edited.data!.editChatMessage).toMatchObject({ body: 'Concrete at 8, @admin', editedAt: expect.any(String), mentions: [{ id: acme.admin.id }] });
  expect(codeOf(await admin(EDIT, { id: message.id, body: 'mine now' }))).toBe('FORBIDDEN');
  expect((await outsider(EDIT, { id: message.id, body: 'theirs' })).data!.editChatMessage).toBeNull();
  await messages().updateOne({ _id: new ObjectId(message.id) }, { $set: { sent_at: new Date(Date.now() - 6 * 60_000) } });
  const late = await member(EDIT, { id: message.id, body: 'too late' });
  expect([codeOf(late), fieldOf(late)]).toEqual(['BAD_USER_INPUT', 'id']);
  expect((await messages().findOne({ _id: new ObjectId(message.id) }))!.body).toBe('Concrete at 8, @admin');
});

it('deletes softly, by its author or an admin of the channel; the message keeps its place and says nothing', async () => {
  const mine = await post(member, channel, 'Wrong channel, sorry');
  const theirs = await post(admin, channel, 'Admin note @member');
  expect(codeOf(await member(DELETE, { id: theirs.id }))).toBe('FORBIDDEN');
  expect((await member(DELETE, { id: mine.id })).data!.deleteChatMessage).toMatchObject({ body: '', deletedAt: expect.any(String), sender: { id: acme.member.id } });
  expect((await admin(DELETE, { id: mine.id })).data!.deleteChatMessage.deletedAt).toEqual(expect.any(String)); // again: as it is
  expect((await admin(DELETE, { id: theirs.id })).data!.deleteChatMessage.mentions).toEqual([]);
  expect((await messages().findOne({ _id: new ObjectId(mine.id) }))!.body).toBe('Wrong channel, sorry');
  const edit = await member(EDIT, { id: mine.id, body: 'again' });
  expect([codeOf(edit), fieldOf(edit)]).toEqual(['BAD_USER_INPUT', 'id']);
});

it('counts reactions per emoji and person, and takes them back', async () => {
  const message = await post(admin, channel, 'Delivery arrived');
  await member(REACT, { id: message.id, emoji: '👍', add: true });
  await member(REACT, { id: message.id, emoji: '👍', add: true }); // twice: once
  await admin(REACT, { id: message.id, emoji: '👍', add: true });
  const both = await admin(REACT, { id: message.id, emoji: '🎉', add: true });
  expect(both.data!.reactToChatMessage.reactions).toEqual([
    { emoji: '👍', users: [{ id: acme.member.id }, { id: acme.admin.id }] }, { emoji: '🎉', users: [{ id: acme.admin.id }] },
  ]);
  const back = await admin(REACT, { id: message.id, emoji: '🎉', add: false });
  expect(back.data!.reactToChatMessage.reactions).toEqual([{ emoji: '👍', users: [{ id: acme.member.id }, { id: acme.admin.id }] }]);
  expect(codeOf(await admin(REACT, { id: message.id, emoji: 'two words', add: true }))).toBe('BAD_USER_INPUT');
  expect((await outsider(REACT, { id: message.id, emoji: '👎', add: true })).data!.reactToChatMessage).toBeNull();
});

describe('history', () => {
  let conversation: string;
  const bodies = (res: any) => res.data!.conversation.messages.edges.map((e: any) => e.node.body);
  const page = (variables: Record<string, unknown>) => member(HISTORY, { id: conversation, ...variables });

  beforeAll(async () => {
    conversation = await createChannel(admin, { name: 'history', memberIds: [acme.member.id] });
    // Seven messages, two of them in the same millisecond: the id breaks the tie.
    const at = Date.now() - 60_000;
    const docs = [0, 1, 2, 3, 3, 4, 5].map((offset, i) => ({
      _id: new ObjectId(), tenant_id: acme.id, channel_id: conversation, sender_id: acme.admin.id, body: `m${i}`,
      mentions: [], attachments: [], reactions: [], sent_at: new Date(at + offset * 1000),
    }));
    docs.sort((a, b) => a.sent_at.getTime() - b.sent_at.getTime() || a._id.toHexString().localeCompare(b._id.toHexString()));
    docs.forEach((doc, i) => void (doc.body = `m${i}`));
    await messages().insertMany(docs);
  });

  it('pages newest first with after, and back towards the present with before, in the same order', async () => {
    const first = await page({ first: 3 });
    expect(bodies(first)).toEqual(['m6', 'm5', 'm4']);
    expect(first.data!.conversation.messages.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(first.data!.conversation.messages.totalCount).toBe(7);
    const second = await page({ first: 3, after: first.data!.conversation.messages.pageInfo.endCursor });
    expect(bodies(second)).toEqual(['m3', 'm2', 'm1']);
    const third = await page({ first: 3, after: second.data!.conversation.messages.pageInfo.endCursor });
    expect(bodies(third)).toEqual(['m0']);
    expect(third.data!.conversation.messages.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });

    const back = await page({ last: 3, before: third.data!.conversation.messages.pageInfo.startCursor });
    expect(bodies(back)).toEqual(['m3', 'm2', 'm1']);
    expect(back.data!.conversation.messages.pageInfo).toMatchObject({ hasPreviousPage: true });
    const top = await page({ last: 5, before: back.data!.conversation.messages.pageInfo.startCursor });
    expect(bodies(top)).toEqual(['m6', 'm5', 'm4']);
    expect(top.data!.conversation.messages.pageInfo.hasPreviousPage).toBe(false);
  });

  it('refuses a cursor it did not issue, and after with before, naming the argument', async () => {
    const bad = await page({ first: 3, before: 'bm9wZQ' });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'before']);
    const { endCursor } = (await page({ first: 1 })).data!.conversation.messages.pageInfo;
    const both = await page({ first: 1, after: endCursor, before: endCursor });
    expect([codeOf(both), fieldOf(both)]).toEqual(['BAD_USER_INPUT', 'before']);
  });
});

describe('the catalogue list and every other read of chat_message', () => {
  it('give a user only the messages of conversations they are in', async () => {
    const secret = await createChannel(admin, { name: 'board', private: true });
    const hidden = await post(admin, secret, 'Board only');
    const carol = as(gw, await gw.tokenFor({ id: carolId, tenantId: acme.id }));
    const list = await carol(`{ chatMessages(first: 100) { totalCount edges { node { id } } } }`);
    expect(list.data!.chatMessages.totalCount).toBe(0);
    expect((await member(`{ chatMessages(first: 100) { edges { node { id } } } }`)).data!.chatMessages.edges.map((e: any) => e.node.id)).not.toContain(hidden.id);
    expect((await member(`query($c: String) { chatMessages(channelId: $c) { totalCount } }`, { c: secret })).data!.chatMessages.totalCount).toBe(0);
    expect((await admin(`query($c: String) { chatMessages(channelId: $c) { totalCount } }`, { c: secret })).data!.chatMessages.totalCount).toBe(1);
    // By id, as a federation reference, and as a thread root.
    const entities = await member(`query($r: [_Any!]!) { _entities(representations: $r) { ... on ChatMessage { id body } } }`,
      { r: [{ __typename: 'ChatMessage', id: hidden.id }] });
    expect(entities.data!._entities).toEqual([null]);
    const reply = await post(admin, secret, 'reply', { threadId: hidden.id });
    await gw.backends.mongo.collection('chat_message').updateOne({ _id: new ObjectId(reply.id) }, { $set: { channel_id: channel } });
    const thread = await member(`query($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { node { id } } } } }`, { id: channel });
    expect(thread.errors).toBeUndefined();
    const { data } = await member(`{ chatMessages(threadId: "${hidden.id}") { edges { node { id thread { id } } } } }`);
    expect(data!.chatMessages.edges).toEqual([{ node: { id: reply.id, thread: null } }]);
  });
});

it("notifies a mentioned member whose alert config watches mentions, once, and not the author", async () => {
  await insertAlertConfig(gw.backends.mongo, acme.id, acme.admin.id, { metric: 'message.mentioned_me', condition: 'changed', name: 'Mentions' });
  await insertAlertConfig(gw.backends.mongo, acme.id, acme.member.id, { metric: 'message.mentioned_me', condition: 'changed' });
  const message = await post(member, channel, 'Over to you @admin (cc @member)');
  const notifications = () => gw.backends.mongo.collection('notification_delivery').find({ tenant_id: acme.id, title: 'Mentions' }).toArray();
  const [alert] = await eventually(async () => {
    const docs = await notifications();
    return docs.length > 0 ? docs : null;
  }) as Record<string, any>[];
  expect(alert).toMatchObject({ recipient_id: acme.admin.id, sender_id: acme.member.id, body: expect.stringContaining('Over to you') });
  expect(message.mentions.map((m) => m.id)).toEqual([acme.admin.id]);
  expect(await gw.backends.mongo.collection('notification_delivery').countDocuments({ tenant_id: acme.id, recipient_id: acme.member.id, sender_id: acme.member.id })).toBe(0);
});
