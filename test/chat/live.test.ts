import { randomUUID } from 'node:crypto';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countRedisCommands, startTestGateway, type TestGateway } from '../support/gateway';
import { connect, eventually, listeners, type Feed } from '../live/support';
import { addUser, as, codeOf, createChannel, dropMessages, fieldOf, post, type Client } from './support';

/**
 * Live chat across two gateway instances sharing Redis: messages with replay after a cursor,
 * conversation updates, typing and presence, each reaching the members of the conversation only,
 * whichever instance they are connected to.
 */
const env = { REDIS_KEY_PREFIX: `chat-live-${randomUUID().slice(0, 8)}:`, CHAT_MESSAGES_PER_MINUTE_PER_USER: '1000', REQUEST_LOG: 'false' };
const MESSAGES = 'subscription($id: ID!, $after: String) { messageAdded(conversationId: $id, after: $after) { id body cursor sender { id } thread { id } } }';
const UPDATES = `subscription($id: ID!) { conversationUpdated(conversationId: $id) {
  kind message { id body deletedAt reactions { emoji users { id } } } reader { id } lastReadAt members { id } conversation { id name unreadCount } } }`;
const TYPING = 'subscription($id: ID!) { typing(conversationId: $id) { conversationId user { id } typing expiresAt } }';
const PRESENCE = 'subscription($ids: [ID!]!) { presenceChanged(userIds: $ids) { user { id } online lastSeenAt } }';

let a: TestGateway;
let b: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let carol: { id: string; tenantId: string; email: string; roles: string[] };
let tokens: Record<'admin' | 'member' | 'carol' | 'outsider', string>;
let adminOnA: Client;
let memberOnA: Client;
let channel: string;
const sockets: { dispose(): void }[] = [];

/** A socket to `gw` as the user of `token`, closed after the test file. */
function socket(gw: TestGateway, token: string) {
  const opened = connect(gw.url, token);
  sockets.push(opened);
  return opened;
}

/** Subscribes and waits until the gateway listens (or answered at once), so what is written next reaches it. */
async function follow(gw: TestGateway, token: string, query: string, variables: Record<string, unknown>, kind: string): Promise<Feed> {
  const before = await listeners(gw.url, kind);
  const feed = socket(gw, token).subscribe(query, variables);
  await eventually(async () => feed.completed || feed.results.length > 0 || (await listeners(gw.url, kind)) > before);
  return feed;
}

beforeAll(async () => {
  [a, b] = await Promise.all([startTestGateway(env), startTestGateway(env)]);
  acme = await createTenant(a.backends.pg, 'chat-live', 0);
  globex = await createTenant(a.backends.pg, 'chat-live-other', 0);
  carol = await addUser(a, acme, 'carol');
  tokens = {
    admin: await a.tokenFor(acme.admin), member: await a.tokenFor(acme.member), carol: await a.tokenFor(carol), outsider: await a.tokenFor(globex.admin),
  };
  adminOnA = as(a, tokens.admin);
  memberOnA = as(a, tokens.member);
  channel = await createChannel(adminOnA, { name: 'crane', private: true, memberIds: [acme.member.id] });
}, 60_000);

const STREAMS = ['messageAdded', 'conversationUpdated', 'typing', 'presenceChanged'];

// Both gateways share the process's metrics: a test starts once the last one's subscriptions are gone.
afterEach(async () => {
  for (const opened of sockets.splice(0)) opened.dispose();
  await eventually(async () => (await Promise.all(STREAMS.map((kind) => listeners(a.url, kind)))).every((count) => count === 0));
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await dropMessages(a, tenant);
    await dropTenant(a.backends.pg, tenant);
  }
  await Promise.all([a.stop(), b.stop()]);
});

describe('messageAdded', () => {
  it('replays the 50 messages after a cursor in order, then goes live, each once', async () => {
    const room = await createChannel(adminOnA, { name: 'replay', memberIds: [acme.member.id] });
    const seen = await post(adminOnA, room, 'Seen before going away');
    const [{ data }] = [await adminOnA('query($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { cursor } } } }', { id: room })];
    const cursor = data.conversation.messages.edges[0].cursor;
    const missed: string[] = [];
    for (let i = 0; i < 50; i++) missed.push((await post(i % 2 ? adminOnA : memberOnA, room, `missed ${i}`)).id);

    const feed = await follow(b, tokens.member, MESSAGES, { id: room, after: cursor }, 'messageAdded');
    await feed.waitFor(50);
    const live = await post(adminOnA, room, 'live one');
    await feed.waitFor(51);
    expect(feed.items.map((m) => m.id)).toEqual([...missed, live.id]);
    expect(feed.items.map((m) => m.id)).not.toContain(seen.id);
    expect(await feed.quietFor(300)).toEqual([]);
    // The cursor of the last one received continues from there.
    const again = await follow(a, tokens.member, MESSAGES, { id: room, after: feed.items[49].cursor }, 'messageAdded');
    expect((await again.waitFor(1)).map((r) => r.data.messageAdded.id)).toEqual([live.id]);
  });

  it('reaches the members on every instance and nobody else', async () => {
    const onB = await follow(b, tokens.member, MESSAGES, { id: channel }, 'messageAdded');
    const onA = await follow(a, tokens.admin, MESSAGES, { id: channel }, 'messageAdded');
    const other = await createChannel(as(a, tokens.outsider), { name: 'crane' });
    const outsider = await follow(b, tokens.outsider, MESSAGES, { id: other }, 'messageAdded');

    const message = await post(memberOnA, channel, 'Crane inspection at 9');
    for (const feed of [onA, onB]) expect((await feed.waitFor(1))[0]!.data.messageAdded).toMatchObject({ id: message.id, sender: { id: acme.member.id } });
    expect(await outsider.quietFor(300)).toEqual([]);
    expect(onA.results).toHaveLength(1);
    expect(onB.results).toHaveLength(1);
  });

  it('refuses anyone who is not a member, naming why', async () => {
    const publicRoom = await createChannel(adminOnA, { name: 'open-yard' });
    const refusals = await Promise.all([
      follow(a, tokens.carol, MESSAGES, { id: channel }, 'messageAdded'), // private, carol not in it: as if it did not exist
      follow(a, tokens.carol, MESSAGES, { id: publicRoom }, 'messageAdded'), // public, not joined
      follow(b, tokens.outsider, MESSAGES, { id: channel }, 'messageAdded'), // another tenant's
      follow(b, tokens.member, MESSAGES, { id: channel, after: 'not-a-cursor' }, 'messageAdded'),
    ]);
    const answers = await Promise.all(refusals.map(async (feed) => (await feed.waitFor(1))[0]!));
    expect(answers.map(codeOf)).toEqual(['BAD_USER_INPUT', 'FORBIDDEN', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(answers.map(fieldOf)).toEqual(['conversationId', undefined, 'conversationId', 'after']);
  });

  it('ends the subscriptions of a member who is removed, on every instance, and sends them nothing more', async () => {
    const room = await createChannel(adminOnA, { name: 'removal', memberIds: [carol.id] });
    const messages = await follow(b, tokens.carol, MESSAGES, { id: room }, 'messageAdded');
    const updates = await follow(b, tokens.carol, UPDATES, { id: room }, 'conversationUpdated');
    const stays = await follow(a, tokens.admin, UPDATES, { id: room }, 'conversationUpdated');

    const removed = await adminOnA('mutation($id: ID!, $user: ID!) { removeChannelMember(id: $id, userId: $user) { id } }', { id: room, user: carol.id });
    expect(removed.errors).toBeUndefined();
    await eventually(() => messages.completed && updates.completed);
    expect(codeOf(messages.results.at(-1)!)).toBe('FORBIDDEN');
    expect(codeOf(updates.results.at(-1)!)).toBe('FORBIDDEN');
    expect((await stays.waitFor(1))[0]!.data.conversationUpdated).toMatchObject({ kind: 'MEMBERS_LEFT', members: [{ id: carol.id }] });
    await post(adminOnA, room, 'after carol left');
    expect(messages.items).toEqual([]);
  });
});

describe('messageAdded without a conversation (the inbox)', () => {
  const INBOX = 'subscription($after: String) { messageAdded(after: $after) { id body channelId } }';

  it('brings every conversation of the caller\'s, the ones they join from then on, and none they left', async () => {
    const erin = await addUser(a, acme, 'erin');
    const erinToken = await a.tokenFor(erin);
    const [first, second] = [
      await createChannel(adminOnA, { name: 'inbox-one', memberIds: [erin.id] }),
      await createChannel(adminOnA, { name: 'inbox-two', memberIds: [erin.id] }),
    ];
    const notHers = await createChannel(adminOnA, { name: 'inbox-not-hers', private: true });
    const seen = await post(adminOnA, first, 'seen');
    const cursor = (await as(a, erinToken)('query($id: ID!) { conversation(id: $id) { messages(first: 1) { edges { cursor } } } }', { id: first }))
      .data.conversation.messages.edges[0].cursor;
    const missed = [await post(adminOnA, second, 'missed in two'), await post(adminOnA, first, 'missed in one')];
    await post(adminOnA, notHers, 'private');

    const inbox = await follow(b, erinToken, INBOX, { after: cursor }, 'messageAdded');
    await inbox.waitFor(2);
    const later = await createChannel(adminOnA, { name: 'inbox-later' });
    await as(a, erinToken)('mutation($id: ID!) { joinChannel(id: $id) { id } }', { id: later });
    const inLater = await post(adminOnA, later, 'after she joined');
    await inbox.waitFor(3);
    await as(a, erinToken)('mutation($id: ID!) { leaveChannel(id: $id) }', { id: later });
    await post(adminOnA, later, 'after she left');
    const last = await post(adminOnA, second, 'still hers');
    await inbox.waitFor(4);
    expect(inbox.items.map((m) => m.id)).toEqual([...missed.map((m) => m.id), inLater.id, last.id]);
    expect(inbox.items.map((m) => m.id)).not.toContain(seen.id);
    expect(inbox.completed).toBe(false);
  });
});

describe('conversationUpdated', () => {
  it('brings edits, reactions, deletes and read positions to the other members live', async () => {
    const feed = await follow(b, tokens.admin, UPDATES, { id: channel }, 'conversationUpdated');
    const message = await post(memberOnA, channel, 'Pour at 7');
    await memberOnA('mutation($id: ID!) { editChatMessage(id: $id, body: "Pour at 8") { id } }', { id: message.id });
    await adminOnA('mutation($id: ID!) { reactToChatMessage(id: $id, emoji: "👍") { id } }', { id: message.id });
    await memberOnA('mutation($id: ID!) { deleteChatMessage(id: $id) { id } }', { id: message.id });
    const read = await memberOnA('mutation($id: ID!, $m: ID) { markConversationRead(id: $id, messageId: $m) { lastReadAt } }', { id: channel, m: message.id });

    const updates = (await feed.waitFor(4)).map((r) => r.data.conversationUpdated);
    expect(updates.map((u) => u.kind)).toEqual(['MESSAGE_EDITED', 'REACTIONS_CHANGED', 'MESSAGE_DELETED', 'READ']);
    expect(updates[0].message).toMatchObject({ id: message.id, body: 'Pour at 8' });
    expect(updates[1].message.reactions).toEqual([{ emoji: '👍', users: [{ id: acme.admin.id }] }]);
    expect(updates[2].message).toMatchObject({ body: '', deletedAt: expect.any(String) });
    expect(updates[3]).toMatchObject({ reader: { id: acme.member.id }, lastReadAt: read.data.markConversationRead.lastReadAt, message: null });
    // Each receiver reads the conversation as they see it.
    expect(updates[3].conversation).toMatchObject({ id: channel, name: 'crane' });
  });

  it('tells of renames and of people joining', async () => {
    const room = await createChannel(adminOnA, { name: 'rename-me' });
    const feed = await follow(b, tokens.admin, UPDATES, { id: room }, 'conversationUpdated');
    await adminOnA('mutation($id: ID!) { updateChannel(input: { id: $id, name: "renamed" }) { id } }', { id: room });
    await as(a, tokens.carol)('mutation($id: ID!) { joinChannel(id: $id) { id } }', { id: room });
    await as(a, tokens.carol)('mutation($id: ID!) { joinChannel(id: $id) { id } }', { id: room }); // again: nothing to tell
    const updates = (await feed.waitFor(2)).map((r) => r.data.conversationUpdated);
    expect(updates.map((u) => [u.kind, u.members.map((m: { id: string }) => m.id), u.conversation.name]))
      .toEqual([['CHANNEL_UPDATED', [], 'renamed'], ['MEMBERS_JOINED', [carol.id], 'renamed']]);
    expect(await feed.quietFor(300)).toEqual([]);
  });
});

describe('typing', () => {
  it('reaches the other members over the bus only: nothing is stored', async () => {
    const admin = await follow(b, tokens.admin, TYPING, { id: channel }, 'typing');
    const member = await follow(a, tokens.member, TYPING, { id: channel }, 'typing');
    const mongo = countMongoCommands(a.backends.mongoClient);
    const res = await memberOnA('mutation($id: ID!) { setTyping(conversationId: $id) }', { id: channel });
    mongo.restore();
    expect(res.data.setTyping).toBe(true);
    expect(mongo.commands).toEqual([]);
    const [indicator] = (await admin.waitFor(1)).map((r) => r.data.typing);
    expect(indicator).toMatchObject({ conversationId: channel, user: { id: acme.member.id }, typing: true });
    expect(Date.parse(indicator.expiresAt) - Date.now()).toBeGreaterThan(3_000);
    expect(await member.quietFor(200)).toEqual([]); // not one's own
    await memberOnA('mutation($id: ID!) { setTyping(conversationId: $id, typing: false) }', { id: channel });
    expect((await admin.waitFor(2))[1]!.data.typing.typing).toBe(false);
  });

  it('is refused to anyone not in the conversation', async () => {
    const res = await as(a, tokens.carol)('mutation($id: ID!) { setTyping(conversationId: $id) }', { id: channel });
    expect([codeOf(res), fieldOf(res)]).toEqual(['BAD_USER_INPUT', 'conversationId']);
  });
});

describe('presence', () => {
  it('is online while someone follows a conversation live on any instance, with their last sight after', async () => {
    const dave = await addUser(a, acme, 'dave');
    const daveToken = await a.tokenFor(dave);
    const room = await createChannel(adminOnA, { name: 'presence', memberIds: [dave.id, acme.member.id] });
    const watcher = await follow(a, tokens.admin, PRESENCE, { ids: [dave.id] }, 'presenceChanged');
    expect((await watcher.waitFor(1))[0]!.data.presenceChanged).toEqual({ user: { id: dave.id }, online: false, lastSeenAt: null });

    const daveSocket = socket(b, daveToken);
    daveSocket.subscribe(MESSAGES, { id: room });
    expect((await watcher.waitFor(2))[1]!.data.presenceChanged).toMatchObject({ user: { id: dave.id }, online: true });
    const members = await adminOnA('query($id: ID!) { conversation(id: $id) { members { user { id } presence { online } } } }', { id: room });
    // The admin follows presence live, dave a conversation; the member follows nothing.
    const online = Object.fromEntries(members.data.conversation.members.map((m: { user: { id: string }; presence: { online: boolean } }) => [m.user.id, m.presence.online]));
    expect(online).toEqual({ [acme.admin.id]: true, [dave.id]: true, [acme.member.id]: false });

    daveSocket.dispose();
    const offline = (await watcher.waitFor(3))[2]!.data.presenceChanged;
    expect(offline).toMatchObject({ online: false, lastSeenAt: expect.any(String) });
  });

  it('reads the members of a conversation in one batch of Redis reads', async () => {
    const room = await createChannel(adminOnA, { name: 'presence-batch', memberIds: [acme.member.id, carol.id] });
    const redis = countRedisCommands(a.backends.redis);
    const res = await adminOnA('query($id: ID!) { conversation(id: $id) { members { presence { online lastSeenAt } } } }', { id: room });
    redis.restore();
    expect(res.data.conversation.members).toHaveLength(3);
    expect(redis.commands.filter((c) => c === 'hgetall')).toHaveLength(3);
  });

  it('follows users of the caller\'s tenant only', async () => {
    const [other, many] = await Promise.all([
      follow(a, tokens.admin, PRESENCE, { ids: [globex.admin.id] }, 'presenceChanged'),
      follow(a, tokens.admin, PRESENCE, { ids: Array.from({ length: 201 }, () => randomUUID()) }, 'presenceChanged'),
    ]);
    for (const feed of [other, many]) expect(fieldOf((await feed.waitFor(1))[0]!)).toBe('userIds');
  });
});
