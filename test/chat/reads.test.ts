import { ObjectId } from 'mongodb';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, startTestGateway, type TestGateway } from '../support/gateway';
import { as, codeOf, createChannel, dropMessages, fieldOf, post, type Client } from './support';

/** Read positions, unread counts, and the conversation list ordered by activity, with its round trips. */
let gw: TestGateway;
let acme: FixtureTenant;
let admin: Client;
let member: Client;

const READ = 'mutation($id: ID!, $messageId: ID) { markConversationRead(id: $id, messageId: $messageId) { unreadCount lastReadAt } }';
const UNREAD = 'query($id: ID!) { conversation(id: $id) { unreadCount lastReadAt } }';
const LIST = `query($first: Int, $after: String) { conversations(first: $first, after: $after) {
  pageInfo { hasNextPage endCursor }
  edges { cursor node { id name lastActivityAt unreadCount lastMessage { id body sender { id name } } } } } }`;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'chat-reads', 0);
  admin = as(gw, await gw.tokenFor(acme.admin));
  member = as(gw, await gw.tokenFor(acme.member));
});

afterAll(async () => {
  await dropMessages(gw, acme);
  await dropTenant(gw.backends.pg, acme);
  await gw.stop();
});

const unread = async (client: Client, id: string) => (await client(UNREAD, { id })).data!.conversation.unreadCount;

describe('read positions', () => {
  let id: string;
  let sent: { id: string }[];

  beforeAll(async () => {
    id = await createChannel(admin, { name: 'reads', memberIds: [acme.member.id] });
    sent = [];
    for (const body of ['one', 'two', 'three', 'four']) sent.push(await post(admin, id, body));
  });

  it('count what others posted after the position, not one\'s own, not deleted ones, not thread replies', async () => {
    expect(await unread(member, id)).toBe(4);
    expect(await unread(admin, id)).toBe(0);
    await post(member, id, 'my own');
    await post(admin, id, 'in a thread', { threadId: sent[0]!.id });
    expect(await unread(member, id)).toBe(4);
    await admin('mutation($id: ID!) { deleteChatMessage(id: $id) { id } }', { id: sent[3]!.id });
    expect(await unread(member, id)).toBe(3);
  });

  it('move forward to a message, never back, and to everything sent so far', async () => {
    const at = await member(READ, { id, messageId: sent[1]!.id });
    expect(at.data!.markConversationRead.unreadCount).toBe(1);
    const back = await member(READ, { id, messageId: sent[0]!.id });
    expect(back.data!.markConversationRead).toEqual(at.data!.markConversationRead);
    expect(await unread(member, id)).toBe(1);
    expect((await member(READ, { id })).data!.markConversationRead.unreadCount).toBe(0);
    await post(admin, id, 'five');
    expect(await unread(member, id)).toBe(1);
    // The position and the count agree with what is stored.
    const { rows } = await gw.backends.pg.query('SELECT last_read_at FROM chat_members WHERE conversation_id = $1 AND user_id = $2', [id, acme.member.id]);
    const after = await gw.backends.mongo.collection('chat_message').countDocuments({
      tenant_id: acme.id, channel_id: id, thread_id: null, deleted_at: null, sender_id: { $ne: acme.member.id }, sent_at: { $gt: rows[0].last_read_at },
    });
    expect(after).toBe(1);
  });

  it('refuse a message of another conversation, naming it', async () => {
    const other = await createChannel(admin, { name: 'reads-other', memberIds: [acme.member.id] });
    const foreign = await post(admin, other, 'elsewhere');
    const res = await member(READ, { id, messageId: foreign.id });
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'messageId']);
    expect(codeOf(await member(READ, { id, messageId: new ObjectId().toHexString() }))).toBe('BAD_USER_INPUT');
  });
});

describe('conversations', () => {
  let ids: string[];

  beforeAll(async () => {
    await gw.backends.pg.query('DELETE FROM chat_conversations WHERE tenant_id = $1', [acme.id]);
    ids = [];
    for (let i = 0; i < 6; i++) ids.push(await createChannel(admin, { name: `list-${i}`, memberIds: [acme.member.id] }));
    // Activity in another order than creation: 3, 1, 5 get messages, 5 last.
    for (const i of [3, 1, 5]) await post(admin, ids[i]!, `news in ${i}`);
  });

  it('are ordered by last activity, each with its last message, paged with a cursor', async () => {
    const first = (await member(LIST, { first: 4 })).data!.conversations;
    expect(first.edges.map((e: any) => e.node.id)).toEqual([ids[5], ids[1], ids[3], ids[4]]);
    expect(first.edges.map((e: any) => e.node.lastMessage?.body ?? null)).toEqual(['news in 5', 'news in 1', 'news in 3', null]);
    expect(first.edges.map((e: any) => e.node.unreadCount)).toEqual([1, 1, 1, 0]);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = (await member(LIST, { first: 4, after: first.pageInfo.endCursor })).data!.conversations;
    expect(second.edges.map((e: any) => e.node.id)).toEqual([ids[2], ids[0]]);
    expect(second.pageInfo.hasNextPage).toBe(false);
    // A new message moves its conversation to the top.
    await post(admin, ids[0]!, 'bump');
    expect((await member(LIST, { first: 1 })).data!.conversations.edges[0].node.id).toBe(ids[0]);
  });

  it('refuses a cursor it did not issue', async () => {
    const forged = Buffer.from(JSON.stringify([new Date().toISOString(), 'not-a-conversation'])).toString('base64url');
    const res = await member(LIST, { first: 2, after: forged });
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'after']);
  });

  it('cost one statement for the page, one find for its last messages, one aggregate for the unread counts, one statement for the senders', async () => {
    const sql = countPgQueries(gw.backends.pg);
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await member(LIST, { first: 6 });
    sql.restore();
    mongo.restore();
    expect(res.errors).toBeUndefined();
    expect(res.data!.conversations.edges).toHaveLength(6);
    expect(sql.statements).toHaveLength(2);
    expect(sql.statements[0]).toMatch(/FROM chat_members m JOIN chat_conversations c/);
    expect(sql.statements[1]).toMatch(/FROM "users"/);
    expect(sql.sent.every((statement) => statement.name)).toBe(true); // prepared once per connection
    expect(mongo.commands.sort()).toEqual(['aggregate', 'find']);
  });
});
