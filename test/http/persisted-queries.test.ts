import { createHash } from 'node:crypto';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countRedisCommands, startTestGateway, withoutRateLimits, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let tenant: FixtureTenant;

beforeAll(async () => {
  gw = await startTestGateway();
  tenant = await createTenant(gw.backends.pg, 'apq', 1);
});

afterAll(async () => {
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
});

/** A query new to Redis, its hash, and a POST of that hash (with more of the body when given). */
async function persistedQuery() {
  const query = `{ me { id } # ${Math.random()}\n}`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const token = await gw.tokenFor(tenant.member);
  const post = (body: object) =>
    fetch(gw.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    }).then((r) => r.json() as Promise<any>);
  return { query, sha256Hash, post };
}

describe('automatic persisted queries', () => {
  it('registers a query by hash in Redis, then serves it from the hash alone', async () => {
    const { query, sha256Hash, post } = await persistedQuery();

    expect((await post({})).errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    expect((await post({ query })).data).toEqual({ me: { id: tenant.member.id } });
    expect(await gw.backends.redis.get(`apq:${sha256Hash}`)).toBe(query);
    expect((await post({})).data).toEqual({ me: { id: tenant.member.id } });
  });

  it('keeps a text it has seen: the next request by its hash asks Redis nothing', async () => {
    const { query, sha256Hash, post } = await persistedQuery();
    // Registered by another instance: this one reads it from Redis once.
    await gw.backends.redis.set(`apq:${sha256Hash}`, query);
    const first = countRedisCommands(gw.backends.redis);
    expect((await post({})).data).toEqual({ me: { id: tenant.member.id } });
    first.restore();
    expect(withoutRateLimits(first.commands)).toEqual(['get']);

    const again = countRedisCommands(gw.backends.redis);
    expect((await post({})).data).toEqual({ me: { id: tenant.member.id } });
    again.restore();
    expect(withoutRateLimits(again.commands)).toEqual([]);
  });
});
