import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countRedisCommands, startTestGateway, type TestGateway } from '../support/gateway';
import { connect } from '../live/support';

/** Budgets per user and per tenant, counted in Redis for every instance together. */
let first: TestGateway;
let second: TestGateway;
let tenant: FixtureTenant;
const limits = { RATE_LIMIT_USER_PER_MINUTE: '3', RATE_LIMIT_TENANT_PER_MINUTE: '5' };

beforeAll(async () => {
  first = await startTestGateway(limits);
  second = await startTestGateway(limits);
  tenant = await createTenant(first.backends.pg, 'rate', 0);
});

afterAll(async () => {
  await dropTenant(first.backends.pg, tenant);
  await Promise.all([first.stop(), second.stop()]);
});

const ME = JSON.stringify({ query: '{ me { id } }' });
const post = (gw: TestGateway, token: string) =>
  fetch(gw.url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: ME });

it('refuses a user past their budget on any instance with 429, RATE_LIMITED and when to retry', async () => {
  const token = await first.tokenFor(tenant.member);
  expect((await post(first, token)).status).toBe(200);
  expect((await post(second, token)).status).toBe(200);
  expect((await post(first, token)).status).toBe(200);
  const refused = await post(second, token);
  expect(refused.status).toBe(429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
  expect(await refused.json()).toMatchObject({ errors: [{ extensions: { code: 'RATE_LIMITED', retryAfter } }] });

  // The same budget over graphql-ws: a refused operation is a result with its code.
  const socket = connect(first.url, token);
  await socket.connected;
  const [result] = await socket.subscribe('{ me { id } }').waitFor(1);
  socket.dispose();
  expect(result!.errors?.[0]).toMatchObject({ extensions: { code: 'RATE_LIMITED', retryAfter: expect.any(Number) } });
});

it("counts every user's operations for their tenant", async () => {
  // The member's 3 admitted operations count; the 2 refused ones spent nothing of the tenant's.
  const admin = await first.tokenFor(tenant.admin);
  expect((await post(first, admin)).status).toBe(200);
  expect((await post(second, admin)).status).toBe(200);
  const refused = await post(first, admin);
  expect(refused.status).toBe(429);
});

describe('leases', () => {
  let roomy: TestGateway;
  let other: TestGateway;
  let busy: FixtureTenant;
  const budgets = { RATE_LIMIT_USER_PER_MINUTE: '200', RATE_LIMIT_TENANT_PER_MINUTE: '1000' };

  beforeAll(async () => {
    roomy = await startTestGateway(budgets);
    other = await startTestGateway(budgets);
    busy = await createTenant(roomy.backends.pg, 'rate-lease', 0);
  });

  afterAll(async () => {
    await dropTenant(roomy.backends.pg, busy);
    await Promise.all([roomy.stop(), other.stop()]);
  });

  it('asks Redis once per 1 % of a budget, not per operation, and never admits more than the budget across instances', async () => {
    const token = await roomy.tokenFor(busy.member);
    const sent = countRedisCommands(roomy.backends.redis);
    for (let i = 0; i < 10; i++) expect((await post(roomy, token)).status).toBe(200);
    sent.restore();
    // A lease of 2 of the user's 200 (and 10 of the tenant's 1,000): 10 operations, 5 round trips.
    expect(sent.commands.filter((c) => c === 'evalsha:rateLimitTake')).toHaveLength(5);

    // Alternating between instances, each spends its own leases; together they stop at the budget.
    const statuses: number[] = [];
    for (let i = 0; i < 200; i++) statuses.push((await post(i % 2 ? other : roomy, token)).status);
    const admitted = 10 + statuses.filter((s) => s === 200).length;
    expect(admitted).toBeLessThanOrEqual(200);
    expect(admitted).toBeGreaterThanOrEqual(200 - 2 * 2); // at most one unused lease per instance
    expect(statuses.at(-1)).toBe(429);

    // Refused: remembered until the window ends, so a flood past the budget costs no round trips.
    const flooding = countRedisCommands(roomy.backends.redis);
    for (let i = 0; i < 5; i++) expect((await post(roomy, token)).status).toBe(429);
    flooding.restore();
    expect(flooding.commands).toEqual([]);
  });
});
