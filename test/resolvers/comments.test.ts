import { randomUUID } from 'node:crypto';
import { ObjectId } from 'mongodb';
import { createTenant, dropTenant, withoutCapture, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, countRedisCommands, startTestGateway, withoutRateLimits, type TestGateway } from '../support/gateway';
import { ADDED, connect, listeners, listening } from '../live/support';

/** addComment, editComment, deleteComment: tenant-scoped, threaded, mentions resolved in the tenant, soft deletes. */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
/** Two users of acme whose addresses share the local part `sam`, and a user of globex only it has: `zed`. */
let samA: string;
let zedOfGlobex: string;

const ADD = `mutation($input: AddCommentInput!) { addComment(input: $input) {
  id body entityType entityId author { id } parent { id } mentions { id } editedAt deletedAt } }`;
const EDIT = 'mutation($id: ID!, $body: String!) { editComment(id: $id, body: $body) { id body editedAt mentions { id } } }';
const DELETE = 'mutation($id: ID!) { deleteComment(id: $id) { id body deletedAt mentions { id } author { id } } }';
const THREAD = `query($id: ID!) { project(id: $id) { comments(first: 50) { totalCount edges { node {
  id body deletedAt author { id } parent { id deletedAt } mentions { id } } } } } }`;

const comments = () => gw.backends.mongo.collection('comment_thread');
const notifications = () => gw.backends.mongo.collection('notification_delivery');

async function addUser(tenant: FixtureTenant, email: string) {
  const id = randomUUID();
  await withoutCapture(gw.backends.pg, (client) => client.query(
    'INSERT INTO users (id, tenant_id, email, name, roles) VALUES ($1, $2, $3, $4, $5)', [id, tenant.id, email, email.split('@')[0], ['member']],
  ));
  return id;
}

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'comments', 2);
  globex = await createTenant(gw.backends.pg, 'comments-other', 1);
  samA = await addUser(acme, `sam@a.${acme.slug}.test`);
  await addUser(acme, `sam@b.${acme.slug}.test`);
  zedOfGlobex = await addUser(globex, `zed@${globex.slug}.test`);
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await comments().deleteMany({ tenant_id: tenant.id });
    await notifications().deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

const add = (token: string, input: Record<string, unknown>) =>
  gw.query(ADD, { input: { entityType: 'PROJECT', entityId: acme.projects[0]!.id, ...input } }, token);
const stored = (tenant: FixtureTenant) => comments().countDocuments({ tenant_id: tenant.id });

it('comments on a row of the caller\'s tenant in one insert, and the comment is on the row\'s comments at once', async () => {
  const token = await gw.tokenFor(acme.member);
  const project = acme.projects[1]!;
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const sql = countPgQueries(gw.backends.pg);
  const res = await gw.query(`mutation($input: AddCommentInput!) { addComment(input: $input) {
    id body entity { ... on Project { comments { totalCount edges { node { id body } } } } } } }`,
  { input: { entityType: 'PROJECT', entityId: project.id, body: 'Scaffolding arrives Monday.' } }, token);
  mongo.restore();
  sql.restore();
  expect(res.errors).toBeUndefined();
  const comment = res.data!.addComment;
  // The answer's own connection already has it: the write dropped what this request had read.
  expect(comment.entity.comments).toEqual({ totalCount: 1, edges: [{ node: { id: comment.id, body: 'Scaffolding arrives Monday.' } }] });
  // The row (one statement), the insert, then the connection (one aggregate); no mention, no notification.
  expect(mongo.commands).toEqual(['insert', 'aggregate']);
  expect(sql.statements).toHaveLength(1);

  const read = await gw.query(THREAD, { id: project.id }, token);
  expect(read.data!.project.comments.edges.map((e: any) => e.node)).toEqual([
    { id: comment.id, body: 'Scaffolding arrives Monday.', deletedAt: null, author: { id: acme.member.id }, parent: null, mentions: [] },
  ]);
});

it('refuses a row of another tenant, an unknown row and bad text with BAD_USER_INPUT naming the field, writing nothing', async () => {
  const token = await gw.tokenFor(acme.member);
  const before = [await stored(acme), await stored(globex)];
  const refusals: [Record<string, unknown>, string][] = [
    [{ entityId: globex.projects[0]!.id, body: 'Not yours.' }, 'entityId'],
    [{ entityType: 'TASK', entityId: randomUUID(), body: 'No such task.' }, 'entityId'],
    [{ body: '   ' }, 'body'],
    [{ body: 'x'.repeat(10_001) }, 'body'],
    [{ body: Array.from({ length: 51 }, (_, i) => `@user${i}`).join(' ') }, 'body'],
    [{ body: 'A reply.', parentId: 'not-an-id' }, 'parentId'],
  ];
  for (const [input, field] of refusals) {
    const res = await add(token, input);
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  }
  expect([await stored(acme), await stored(globex)]).toEqual(before);
});

describe('replies', () => {
  it('thread under a comment on the same row, which costs one more find', async () => {
    const token = await gw.tokenFor(acme.admin);
    const root = (await add(token, { body: 'Which crane do we rent?' })).data!.addComment;
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const reply = await add(token, { body: 'The 40-tonne one.', parentId: root.id });
    mongo.restore();
    expect(reply.data!.addComment).toMatchObject({ parent: { id: root.id }, entityId: acme.projects[0]!.id });
    expect(mongo.commands).toEqual(['find', 'insert']); // the parent, primed for the answer's `parent`
    const replies = await gw.query(`{ comments(parentId: "${root.id}") { edges { node { id } } } }`, {}, token);
    expect(replies.data!.comments.edges).toEqual([{ node: { id: reply.data!.addComment.id } }]);
  });

  it('refuse a parent on another row, of another tenant, or that does not exist', async () => {
    const token = await gw.tokenFor(acme.admin);
    const elsewhere = (await add(token, { entityId: acme.projects[1]!.id, body: 'On the other project.' })).data!.addComment;
    const foreign = (await gw.query(ADD, { input: { entityType: 'PROJECT', entityId: globex.projects[0]!.id, body: 'Globex.' } }, await gw.tokenFor(globex.admin))).data!.addComment;
    const before = await stored(acme);
    for (const parentId of [elsewhere.id, foreign.id, new ObjectId().toHexString()]) {
      const res = await add(token, { body: 'Reply.', parentId });
      expect(res.errors?.[0]).toMatchObject({ message: 'parentId must be a comment on the same row.', extensions: { code: 'BAD_USER_INPUT', field: 'parentId' } });
    }
    expect(await stored(acme)).toBe(before);
  });
});

describe('mentions', () => {
  it('resolve @handles to users of the caller\'s tenant only, and notify them, never the author', async () => {
    const token = await gw.tokenFor(acme.member);
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const sql = countPgQueries(gw.backends.pg);
    const redis = countRedisCommands(gw.backends.redis);
    const res = await add(token, {
      // admin: acme's; zed: only globex has one; sam: two of acme's share it; the full address is exact; member: the author.
      body: `@Admin please check. @zed @zed@${globex.slug}.test @sam, and @sam@a.${acme.slug}.test. Me: @member. mail admin@x.test`,
    });
    mongo.restore();
    sql.restore();
    redis.restore();
    expect(res.errors).toBeUndefined();
    const comment = res.data!.addComment;
    expect(comment.mentions.map((u: { id: string }) => u.id)).toEqual([acme.admin.id, samA, acme.member.id]);
    // The comment, then one insert of every notification, published once on the bus.
    expect(mongo.commands).toEqual(['insert', 'insert']);
    expect(withoutRateLimits(redis.commands)).toEqual(['publish']);
    // The handles, the row and the author (for the notification's title) side by side; then the answer's `mentions`.
    expect(sql.statements.map((s) => /FROM "?(\w+)"?/.exec(s)![1])).toEqual(['users', 'projects', 'users', 'users']);

    const sent = await notifications().find({ tenant_id: { $in: [acme.id, globex.id] }, sender_id: acme.member.id }).toArray();
    expect(sent.map((n) => n.recipient_id).sort()).toEqual([acme.admin.id, samA].sort());
    const project = acme.projects[0]!;
    expect(sent[0]).toMatchObject({
      title: expect.stringMatching(new RegExp(`^member mentioned you on project P-\\d ${project.name}$`)),
      entity_type: 'project', entity_id: project.id, body: expect.stringContaining('@Admin please check.'), status: 'sent',
    });
    expect(sent.some((n) => n.recipient_id === zedOfGlobex)).toBe(false);
  });

  it('reach a mentioned user\'s live subscription at once', async () => {
    const socket = connect(gw.url, await gw.tokenFor(acme.admin));
    try {
      const before = await listeners(gw.url, 'added');
      const feed = socket.subscribe(ADDED);
      await listening(gw.url, 'added', before + 1);
      await add(await gw.tokenFor(acme.member), { body: 'Over to you @admin.' });
      const [live] = await feed.waitFor(1);
      expect(live!.data.notificationAdded).toMatchObject({ title: expect.stringMatching(/^member mentioned you on project /), recipient: { id: acme.admin.id } });
    } finally {
      await socket.dispose();
    }
  });
});

describe('editComment', () => {
  it('changes the author\'s own comment in one command and notifies only the users it newly mentions', async () => {
    const token = await gw.tokenFor(acme.member);
    const comment = (await add(token, { body: 'Hi @admin.' })).data!.addComment;
    const notified = () => notifications().countDocuments({ tenant_id: acme.id, recipient_id: { $in: [acme.admin.id, samA] } });
    const before = await notified();
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await gw.query(EDIT, { id: comment.id, body: 'Hi @admin, my mistake: not Tuesday.' }, token);
    mongo.restore();
    expect(res.data!.editComment).toMatchObject({ id: comment.id, body: 'Hi @admin, my mistake: not Tuesday.', mentions: [{ id: acme.admin.id }] });
    expect(res.data!.editComment.editedAt).not.toBeNull();
    expect(mongo.commands).toEqual(['findAndModify']);
    expect(await notified()).toBe(before); // admin was mentioned already

    await gw.query(EDIT, { id: comment.id, body: `Hi @admin and @sam@a.${acme.slug}.test.` }, token);
    expect(await notified()).toBe(before + 1);
    const read = await gw.query(THREAD, { id: acme.projects[0]!.id }, token);
    expect(read.data!.project.comments.edges.find((e: any) => e.node.id === comment.id).node.body).toBe(`Hi @admin and @sam@a.${acme.slug}.test.`);
  });

  it('is FORBIDDEN to anyone but the author, admins included; another tenant\'s comment does not exist for the caller', async () => {
    const comment = (await add(await gw.tokenFor(acme.member), { body: 'Mine.' })).data!.addComment;
    const byAdmin = await gw.query(EDIT, { id: comment.id, body: 'Rewritten.' }, await gw.tokenFor(acme.admin));
    expect(byAdmin.errors?.[0]).toMatchObject({ message: 'Only its author may edit a comment.', extensions: { code: 'FORBIDDEN' } });
    const byGlobex = await gw.query(EDIT, { id: comment.id, body: 'Rewritten.' }, await gw.tokenFor(globex.admin));
    expect(byGlobex).toMatchObject({ data: { editComment: null } });
    expect(byGlobex.errors).toBeUndefined();
    const bad = await gw.query(EDIT, { id: comment.id, body: '' }, await gw.tokenFor(acme.member));
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'body' });
    expect(await comments().findOne({ _id: new ObjectId(comment.id) })).toMatchObject({ body: 'Mine.' });
  });
});

describe('deleteComment', () => {
  it('is soft: the comment keeps its place in the thread, its replies under it, but shows nothing it said', async () => {
    const member = await gw.tokenFor(acme.member);
    const project = acme.projects[1]!;
    const root = (await add(member, { entityId: project.id, body: 'Wrong figures, @admin.' })).data!.addComment;
    const reply = (await add(await gw.tokenFor(acme.admin), { entityId: project.id, body: 'Which ones?', parentId: root.id })).data!.addComment;
    const mongo = countMongoCommands(gw.backends.mongoClient);
    const res = await gw.query(DELETE, { id: root.id }, member);
    mongo.restore();
    expect(mongo.commands).toEqual(['findAndModify']);
    expect(res.data!.deleteComment).toMatchObject({ id: root.id, body: '', mentions: [], author: { id: acme.member.id } });
    const { deletedAt } = res.data!.deleteComment;
    expect(deletedAt).not.toBeNull();

    const thread = (await gw.query(THREAD, { id: project.id }, member)).data!.project.comments;
    const byId = new Map(thread.edges.map((e: any) => [e.node.id, e.node]));
    expect(byId.get(root.id)).toMatchObject({ body: '', deletedAt, mentions: [], author: { id: acme.member.id }, parent: null });
    expect(byId.get(reply.id)).toMatchObject({ body: 'Which ones?', parent: { id: root.id, deletedAt } });
    // The words are kept in MongoDB (it is a soft delete), only not shown.
    expect(await comments().findOne({ _id: new ObjectId(root.id) })).toMatchObject({ body: 'Wrong figures, @admin.', deleted_at: new Date(deletedAt) });

    const again = await gw.query(DELETE, { id: root.id }, member);
    expect(again.data!.deleteComment.deletedAt).toBe(deletedAt);
    const edit = await gw.query(EDIT, { id: root.id, body: 'Back.' }, member);
    expect(edit.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const replyToDeleted = await add(member, { entityId: project.id, body: 'Too late.', parentId: root.id });
    expect(replyToDeleted.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'parentId' });
  });

  it('is the author\'s or an admin\'s; another tenant\'s comment does not exist for the caller', async () => {
    const byAdmin = (await add(await gw.tokenFor(acme.admin), { body: 'Admin speaking.' })).data!.addComment;
    const byMember = (await add(await gw.tokenFor(acme.member), { body: 'Off-topic.' })).data!.addComment;
    const refused = await gw.query(DELETE, { id: byAdmin.id }, await gw.tokenFor(acme.member));
    expect(refused.errors?.[0]).toMatchObject({ message: 'Only its author or an admin may delete a comment.', extensions: { code: 'FORBIDDEN' } });
    expect(await gw.query(DELETE, { id: byMember.id }, await gw.tokenFor(globex.admin))).toMatchObject({ data: { deleteComment: null } });
    expect(await comments().countDocuments({ _id: { $in: [new ObjectId(byAdmin.id), new ObjectId(byMember.id)] }, deleted_at: { $ne: null } })).toBe(0);
    const moderated = await gw.query(DELETE, { id: byMember.id }, await gw.tokenFor(acme.admin));
    expect(moderated.data!.deleteComment.deletedAt).not.toBeNull();
  });
});

it('keeps comment lists out of every cache: an answer that shows them is never stored', async () => {
  // Entity types carry no @cacheControl hint, so neither the response cache nor a router's keeps
  // an answer with comments; a write has nothing to invalidate but this request's loaders.
  const res = await fetch(gw.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await gw.tokenFor(acme.member)}` },
    body: JSON.stringify({ query: `{ project(id: "${acme.projects[0]!.id}") { comments { totalCount } attachments { totalCount } } }` }),
  });
  expect(res.headers.get('cache-control')).toBe('no-store');
});
