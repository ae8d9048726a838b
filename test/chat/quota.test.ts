import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { spawnGateway } from '../support/processes';
import { addUser, createChannel, as, dropMessages } from './support';

/** Messages per minute per user and per tenant, counted in Redis for every gateway process together. */
const quotas = { CHAT_MESSAGES_PER_MINUTE_PER_USER: '3', CHAT_MESSAGES_PER_MINUTE_PER_TENANT: '5', REQUEST_LOG: 'false', OUTBOX_RELAY: 'false' };
const POST = 'mutation($input: PostChatMessageInput!) { postChatMessage(input: $input) { id } }';

let local: TestGateway;
let a: Awaited<ReturnType<typeof spawnGateway>>;
let b: Awaited<ReturnType<typeof spawnGateway>>;
let acme: FixtureTenant;
let channel: string;
let tokens: Record<'admin' | 'member' | 'carol', string>;
let carolId: string;

beforeAll(async () => {
  local = await startTestGateway();
  [a, b] = await Promise.all([spawnGateway(quotas), spawnGateway(quotas)]);
  acme = await createTenant(local.backends.pg, 'chat-quota', 0);
  const carol = await addUser(local, acme, 'carol');
  carolId = carol.id;
  tokens = { admin: await local.tokenFor(acme.admin), member: await local.tokenFor(acme.member), carol: await local.tokenFor(carol) };
  channel = await createChannel(as(local, tokens.admin), { name: 'busy', memberIds: [acme.member.id, carol.id] });
}, 60_000);

afterAll(async () => {
  await Promise.all([a.stop(), b.stop()]);
  await dropMessages(local, acme);
  await dropTenant(local.backends.pg, acme);
  await local.stop();
});

const postOn = async (gateway: { url: string }, token: string, body: string) => {
  const res = await fetch(gateway.url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: POST, variables: { input: { conversationId: channel, body } } }),
  });
  return (await res.json()) as { data?: { postChatMessage: { id: string } | null }; errors?: { message: string; extensions: Record<string, unknown> }[] };
};
const stored = () => local.backends.mongo.collection('chat_message').countDocuments({ tenant_id: acme.id });

it('refuses a user past their messages per minute on any process, RATE_LIMITED with when to retry, writing nothing', async () => {
  for (const [gateway, n] of [[a, 1], [b, 2], [a, 3]] as const) expect((await postOn(gateway, tokens.member, `m${n}`)).errors).toBeUndefined();
  const refused = await postOn(b, tokens.member, 'one too many');
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  const retryAfter = refused.errors![0]!.extensions.retryAfter as number;
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(refused.errors![0]!.message).toMatch(/per user/);
  expect(await stored()).toBe(3);
});

it("counts every user's messages for their tenant, and a refusal by the tenant's budget spends nothing of the user's", async () => {
  expect((await postOn(a, tokens.admin, 'a1')).errors).toBeUndefined();
  expect((await postOn(b, tokens.admin, 'a2')).errors).toBeUndefined();
  const refused = await postOn(a, tokens.carol, 'c1');
  expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'RATE_LIMITED', retryAfter: expect.any(Number) });
  expect(refused.errors![0]!.message).toMatch(/per tenant/);
  expect(await stored()).toBe(5);
  expect(Number(await local.backends.redis.get(`chat-user:${acme.id}:${carolId}`))).toBe(0);
});
