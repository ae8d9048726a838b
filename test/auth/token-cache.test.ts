import { createTokenVerifier, signToken } from '../../src/auth/tokens';

/** Verified tokens are remembered until they expire; what can change meanwhile is still asked. */
const SECRET = 'token-cache-test-secret-token-cache-test-secret';
const settings = { JWT_SECRET: SECRET, JWT_MAX_LIFETIME_S: 3600 };
const alice = { userId: '11111111-1111-4111-8111-111111111111', tenantId: '22222222-2222-4222-8222-222222222222', roles: ['admin'] };
const bob = { ...alice, userId: '33333333-3333-4333-8333-333333333333', roles: ['member'] };

afterEach(() => jest.useRealTimers());

it('gives each token its own viewer, and asks about membership on every use', async () => {
  const members = new Set([alice.userId, bob.userId]);
  const asked: string[] = [];
  const verify = createTokenVerifier(settings, async (userId) => (asked.push(userId), members.has(userId)));
  const [forAlice, forBob] = await Promise.all([signToken(SECRET, alice, '10m'), signToken(SECRET, bob, '10m')]);
  expect(await verify(forAlice)).toMatchObject({ userId: alice.userId, roles: ['admin'] });
  expect(await verify(forBob)).toMatchObject({ userId: bob.userId, roles: ['member'] });
  expect(await verify(forAlice)).toMatchObject({ userId: alice.userId, roles: ['admin'] });
  // Removed while her token lives: refused at once, although the token was verified before.
  members.delete(alice.userId);
  expect(await verify(forAlice)).toBeNull();
  expect(asked).toEqual([alice.userId, bob.userId, alice.userId, alice.userId]);
});

it('refuses a remembered token once it has expired', async () => {
  jest.useFakeTimers({ doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'queueMicrotask', 'performance'] });
  const verify = createTokenVerifier(settings, async () => true);
  const token = await signToken(SECRET, alice, '2m');
  expect(await verify(token)).not.toBeNull();
  jest.setSystemTime(Date.now() + 121_000);
  expect(await verify(token)).toBeNull();
});

it('does not remember a refusal: a bad signature is refused each time, a good token after it is accepted', async () => {
  const verify = createTokenVerifier(settings, async () => true);
  const forged = await signToken('another-secret-another-secret-another-secret!', alice, '10m');
  expect(await verify(forged)).toBeNull();
  expect(await verify(forged)).toBeNull();
  expect(await verify(await signToken(SECRET, alice, '10m'))).not.toBeNull();
});
