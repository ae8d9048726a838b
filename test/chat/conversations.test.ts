import { ChatStore } from '../../src/stores/chat';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { addUser, as, codeOf, createChannel, CREATE, dropMessages, fieldOf, post, type Client } from './support';

/** Channels and direct conversations: who sees, joins, leaves, renames and posts, within one tenant. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
let admin: Client;
let member: Client;
let carol: Client;
let outsider: Client;
let carolId: string;

const CONVERSATION = `query($id: ID!) { conversation(id: $id) { id kind name private archivedAt viewerRole members { user { id } role } } }`;
const MESSAGES = `query($id: ID!) { conversation(id: $id) { messages(first: 10) { edges { node { body } } } } }`;
const JOIN = 'mutation($id: ID!) { joinChannel(id: $id) { id viewerRole } }';
const LEAVE = 'mutation($id: ID!) { leaveChannel(id: $id) }';
const UPDATE = 'mutation($input: UpdateChannelInput!) { updateChannel(input: $input) { id name topic } }';
const ARCHIVE = 'mutation($id: ID!, $archived: Boolean!) { archiveChannel(id: $id, archived: $archived) { id archivedAt } }';
const ADD = 'mutation($id: ID!, $userIds: [ID!]!) { addChannelMembers(id: $id, userIds: $userIds) { members { user { id } role } } }';
const REMOVE = 'mutation($id: ID!, $userId: ID!) { removeChannelMember(id: $id, userId: $userId) { members { user { id } role } } }';
const DIRECT = 'mutation($userIds: [ID!]!) { openDirectConversation(userIds: $userIds) { id kind name members { user { id } } } }';

const roles = (members: { user: { id: string }; role: string }[]) => Object.fromEntries(members.map((m) => [m.user.id, m.role]));
const rowCount = async (sql: string, values: unknown[]) => (await gw.backends.pg.query(sql, values)).rowCount;

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'chat-acme', 0);
  globex = await createTenant(gw.backends.pg, 'chat-globex', 0);
  const carolUser = await addUser(gw, acme, 'carol');
  carolId = carolUser.id;
  admin = as(gw, await gw.tokenFor(acme.admin));
  member = as(gw, await gw.tokenFor(acme.member));
  carol = as(gw, await gw.tokenFor(carolUser));
  outsider = as(gw, await gw.tokenFor(globex.admin));
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await dropMessages(gw, tenant);
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

describe('channels', () => {
  it('makes its creator its admin and the users named its members, with the name as chat products write it', async () => {
    const res = await member(CREATE, { input: { name: '#Site Ops', topic: 'Daily site work', memberIds: [acme.admin.id] } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.createChannel).toMatchObject({ kind: 'CHANNEL', name: 'site-ops', topic: 'Daily site work', private: false, viewerRole: 'ADMIN' });
    expect(roles(res.data!.createChannel.members)).toEqual({ [acme.member.id]: 'ADMIN', [acme.admin.id]: 'MEMBER' });
  });

  it('refuses a taken name, a bad name and a user of another tenant with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = await rowCount('SELECT 1 FROM chat_conversations WHERE tenant_id = $1', [acme.id]);
    const taken = await admin(CREATE, { input: { name: 'site-ops' } });
    expect([codeOf(taken), fieldOf(taken)]).toEqual(['BAD_USER_INPUT', 'name']);
    const bad = await admin(CREATE, { input: { name: 'no way!' } });
    expect([codeOf(bad), fieldOf(bad)]).toEqual(['BAD_USER_INPUT', 'name']);
    const foreign = await admin(CREATE, { input: { name: 'mixed', memberIds: [globex.admin.id] } });
    expect([codeOf(foreign), fieldOf(foreign)]).toEqual(['BAD_USER_INPUT', 'memberIds']);
    expect(await rowCount('SELECT 1 FROM chat_conversations WHERE tenant_id = $1', [acme.id])).toBe(before);
    // Another tenant may have a channel of the same name: names are unique per tenant.
    expect((await outsider(CREATE, { input: { name: 'site-ops' } })).errors).toBeUndefined();
  });

  it('lets anyone of the tenant see and join a public channel, and only its members read or post in it', async () => {
    const id = await createChannel(admin, { name: 'general' });
    await post(admin, id, 'Welcome!');
    expect((await carol(CONVERSATION, { id })).data!.conversation).toMatchObject({ id, viewerRole: null });
    const read = await carol(MESSAGES, { id });
    expect(codeOf(read)).toBe('FORBIDDEN');
    const posted = await carol(`mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id } }`, { input: { conversationId: id, body: 'hi' } });
    expect(codeOf(posted)).toBe('FORBIDDEN');
    expect((await carol(JOIN, { id })).data!.joinChannel.viewerRole).toBe('MEMBER');
    expect((await carol(JOIN, { id })).data!.joinChannel.viewerRole).toBe('MEMBER'); // again: nothing changes
    expect((await carol(MESSAGES, { id })).data!.conversation.messages.edges.map((e: any) => e.node.body)).toEqual(['Welcome!']);
    expect((await carol(LEAVE, { id })).data!.leaveChannel).toBe(true);
    expect(codeOf(await carol(MESSAGES, { id }))).toBe('FORBIDDEN');
  });

  it('hides a private channel from everyone outside it: it reads like no channel, and nobody joins it uninvited', async () => {
    const id = await createChannel(admin, { name: 'leadership', private: true });
    expect((await carol(CONVERSATION, { id })).data!.conversation).toBeNull();
    const join = await carol(JOIN, { id });
    expect([codeOf(join), fieldOf(join)]).toEqual(['BAD_USER_INPUT', 'id']);
    const posted = await carol(`mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id } }`, { input: { conversationId: id, body: 'hi' } });
    expect([codeOf(posted), fieldOf(posted)]).toEqual(['BAD_USER_INPUT', 'conversationId']);
    // A member adds people; then they read it.
    expect((await admin(ADD, { id, userIds: [carolId] })).errors).toBeUndefined();
    expect((await carol(CONVERSATION, { id })).data!.conversation.viewerRole).toBe('MEMBER');
  });

  it('never shows another tenant a conversation, its messages, or lets it join, post or change anything', async () => {
    const id = await createChannel(admin, { name: 'public-but-ours' });
    await post(admin, id, 'ours only');
    expect((await outsider(CONVERSATION, { id })).data!.conversation).toBeNull();
    for (const [query, variables] of [
      [JOIN, { id }], [LEAVE, { id }], [UPDATE, { input: { id, name: 'theirs' } }], [ARCHIVE, { id, archived: true }],
      [ADD, { id, userIds: [globex.admin.id] }], [REMOVE, { id, userId: acme.admin.id }],
      ['mutation($id: ID!) { markConversationRead(id: $id) { id } }', { id }],
      ['mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id } }', { input: { conversationId: id, body: 'hi' } }],
    ] as const) {
      const res = await outsider(query, variables);
      expect([query, codeOf(res)]).toEqual([query, 'BAD_USER_INPUT']);
    }
    const { data } = await outsider('{ conversations { edges { node { id } } } publicChannels { edges { node { id } } } }');
    expect([...data!.conversations.edges, ...data!.publicChannels.edges].map((e: any) => e.node.id)).not.toContain(id);
    expect((await outsider(`{ chatMessages(channelId: "${id}") { totalCount } }`)).data!.chatMessages.totalCount).toBe(0);
    expect((await outsider(CONVERSATION, { id })).data!.conversation).toBeNull();
    expect((await admin(CONVERSATION, { id })).data!.conversation.name).toBe('public-but-ours');
  });

  it('lets only its admins rename it, change its topic, archive it and remove members', async () => {
    const id = await createChannel(admin, { name: 'procurement', memberIds: [acme.member.id, carolId] });
    for (const [query, variables] of [
      [UPDATE, { input: { id, name: 'buying' } }], [ARCHIVE, { id, archived: true }], [REMOVE, { id, userId: carolId }],
    ] as const) {
      expect(codeOf(await member(query, variables))).toBe('FORBIDDEN');
    }
    expect((await admin(UPDATE, { input: { id, name: 'Buying', topic: 'POs and quotes' } })).data!.updateChannel).toEqual({ id, name: 'buying', topic: 'POs and quotes' });
    expect(roles((await admin(REMOVE, { id, userId: carolId })).data!.removeChannelMember.members)).toEqual({
      [acme.admin.id]: 'ADMIN', [acme.member.id]: 'MEMBER',
    });
    for (const userId of [carolId, 'not-a-user']) {
      const again = await admin(REMOVE, { id, userId });
      expect([codeOf(again), fieldOf(again)]).toEqual(['BAD_USER_INPUT', 'userId']);
    }
  });

  it('keeps an archived channel readable and read-only until its admin opens it again', async () => {
    const id = await createChannel(admin, { name: 'old-site', memberIds: [acme.member.id] });
    await post(member, id, 'last words');
    expect((await admin(ARCHIVE, { id, archived: true })).data!.archiveChannel.archivedAt).toEqual(expect.any(String));
    const posted = await member(`mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id } }`, { input: { conversationId: id, body: 'hello?' } });
    expect([codeOf(posted), fieldOf(posted)]).toEqual(['BAD_USER_INPUT', 'conversationId']);
    expect((await member(MESSAGES, { id })).data!.conversation.messages.edges).toHaveLength(1);
    const list = async (includeArchived: boolean) => (await member(`query($a: Boolean) { conversations(includeArchived: $a) { edges { node { id } } } }`, { a: includeArchived }))
      .data!.conversations.edges.map((e: any) => e.node.id);
    expect(await list(false)).not.toContain(id);
    expect(await list(true)).toContain(id);
    expect((await admin(ARCHIVE, { id, archived: false })).data!.archiveChannel.archivedAt).toBeNull();
    await post(member, id, 'back again');
  });

  it('makes the longest-standing member admin when the last admin leaves', async () => {
    const id = await createChannel(carol, { name: 'handover' });
    expect((await member(JOIN, { id })).errors).toBeUndefined();
    expect((await admin(JOIN, { id })).errors).toBeUndefined();
    expect((await carol(LEAVE, { id })).data!.leaveChannel).toBe(true);
    expect(roles((await member(CONVERSATION, { id })).data!.conversation.members)).toEqual({ [acme.member.id]: 'ADMIN', [acme.admin.id]: 'MEMBER' });
  });
});

describe('direct conversations', () => {
  it('are the same one for people opening it at the same moment', async () => {
    const opened = await Promise.all(Array.from({ length: 8 }, (_, i) => (i % 2 ? carol : admin)(DIRECT, { userIds: [i % 2 ? acme.admin.id : carolId] })));
    expect(opened.map((res) => res.errors)).toEqual(Array(8).fill(undefined));
    expect(new Set(opened.map((res) => res.data!.openDirectConversation.id)).size).toBe(1);
    // The race itself, at the store: an opener that waited on another's insert still finds the conversation.
    const store = new ChatStore(gw.backends.pg, acme.id);
    for (let round = 0; round < 10; round++) {
      const key = `race-${round}-${Date.now()}`;
      const found = await Promise.all(Array.from({ length: 10 }, () => store.openDirect(key, [acme.admin.id], acme.admin.id)));
      expect(new Set(found.map((conversation) => conversation.id)).size).toBe(1);
      expect(found.filter((conversation) => conversation.created)).toHaveLength(1);
    }
  });

  it('are one per set of people, found again whoever opens them, and fixed: nobody joins, leaves or renames them', async () => {
    const opened = (await admin(DIRECT, { userIds: [acme.member.id] })).data!.openDirectConversation;
    expect(opened).toMatchObject({ kind: 'DIRECT', name: null });
    expect(opened.members.map((m: any) => m.user.id).sort()).toEqual([acme.admin.id, acme.member.id].sort());
    expect((await member(DIRECT, { userIds: [acme.admin.id, acme.admin.id] })).data!.openDirectConversation.id).toBe(opened.id);
    expect((await admin(DIRECT, { userIds: [acme.member.id, carolId] })).data!.openDirectConversation.id).not.toBe(opened.id);
    expect((await carol(CONVERSATION, { id: opened.id })).data!.conversation).toBeNull();
    for (const [client, query, variables] of [
      [carol, JOIN, { id: opened.id }], [member, LEAVE, { id: opened.id }], [admin, UPDATE, { input: { id: opened.id, name: 'x' } }],
    ] as const) {
      expect(codeOf(await client(query, variables))).toBe('BAD_USER_INPUT');
    }
    const foreign = await admin(DIRECT, { userIds: [globex.admin.id] });
    expect([codeOf(foreign), fieldOf(foreign)]).toEqual(['BAD_USER_INPUT', 'userIds']);
  });
});
