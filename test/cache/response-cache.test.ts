import { createHash } from 'node:crypto';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, countRedisCommands, startTestGateway, withoutRateLimits, type TestGateway } from '../support/gateway';
import { pendingChanges } from '../support/outbox';
import { eventually } from '../live/support';
import { tenantTag } from '../../src/cache/keys';
import { generationKey } from '../../src/cache/redis-layer';

/**
 * Persisted queries whose every field may be reused (@cacheControl) are answered from Redis
 * without executing, per tenant, until a write invalidates what they read; every HTTP answer says
 * how long it may be reused.
 */
let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;
const DASHBOARD = `query Overview { dashboard(id: "overview") { tiles { id snapshot { data computedAt } } } } # ${Math.random()}`;
const sha256Hash = createHash('sha256').update(DASHBOARD).digest('hex');

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'response-cache', 2);
  globex = await createTenant(gw.backends.pg, 'response-cache-other', 5);
});

afterAll(async () => {
  for (const tenant of [acme, globex]) {
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
  }
  await gw.stop();
});

async function persisted(token: string, query?: string, accept?: string) {
  const sql = countPgQueries(gw.backends.pg);
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const redis = countRedisCommands(gw.backends.redis);
  try {
    const res = await fetch(gw.url, {
      method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, ...(accept ? { accept } : {}) },
      body: JSON.stringify({ ...(query ? { query } : {}), extensions: { persistedQuery: { version: 1, sha256Hash } } }),
    });
    const text = await res.text();
    return {
      cacheControl: res.headers.get('cache-control'), contentType: res.headers.get('content-type'), text, body: JSON.parse(text) as any,
      sql: sql.statements.length, mongo: mongo.commands.length, redis: [...redis.commands],
    };
  } finally {
    sql.restore();
    mongo.restore();
    redis.restore();
  }
}

const projectsByStatus = (body: any) => body.data.dashboard.tiles.find((t: any) => t.id === 'projects-by-status').snapshot.data;

it('answers a hot persisted dashboard without executing it, from this process once copied, per tenant, until a write invalidates it', async () => {
  const token = await gw.tokenFor(acme.member);
  const first = await persisted(token, DASHBOARD);
  expect(first.body.errors).toBeUndefined();
  expect(first.cacheControl).toBe('private, max-age=60');
  // Stored off the response path: the next request may come before it is.
  const served = (r: { sql: number; mongo: number; redis: string[] }) => r.sql === 0 && r.mongo === 0 && !r.redis.includes('mget');
  await eventually(async () => served(await persisted(token)));

  // Not executed: no statement, no MongoDB command, the query text known here by its hash. A hit
  // from Redis is one round trip, the answer with its check; this process then keeps a copy,
  // which answers with none until Redis says the answer or what it was built from changed.
  await eventually(async () => withoutRateLimits((await persisted(token)).redis).length === 0);
  const hit = await persisted(token);
  expect(hit.body).toEqual(first.body);
  expect(hit.cacheControl).toBe('private, max-age=60');
  // Served before Apollo, byte for byte what Apollo sends.
  expect({ sql: hit.sql, mongo: hit.mongo, redis: withoutRateLimits(hit.redis) }).toEqual({ sql: 0, mongo: 0, redis: [] });
  expect([hit.text, hit.contentType]).toEqual([first.text, first.contentType]);
  // A client that asks for another media type goes through Apollo, and still gets the cached answer.
  const negotiated = await persisted(token, undefined, 'application/graphql-response+json');
  expect([negotiated.body, negotiated.contentType, negotiated.sql]).toEqual([first.body, 'application/graphql-response+json; charset=utf-8', 0]);

  // Another tenant's answer is its own.
  const other = await persisted(await gw.tokenFor(globex.member), DASHBOARD);
  expect(projectsByStatus(other.body)).toEqual([expect.objectContaining({ key: 'PLANNED', value: 5 })]);

  // refreshDashboard recomputes the tiles: the stored answer goes with them.
  const refreshed = await gw.query('mutation { refreshDashboard(id: "overview") { id } }', {}, await gw.tokenFor(acme.admin));
  expect(refreshed.errors).toBeUndefined();
  const afterRefresh = await persisted(token);
  expect(afterRefresh.body.data.dashboard.tiles[0].snapshot.computedAt).not.toBe(first.body.data.dashboard.tiles[0].snapshot.computedAt);

  // A write to what the tiles read: the stored answer is not served again.
  const update = await gw.query(`mutation($id: ID!) { updateProject(id: $id, input: { status: ACTIVE }) { status } }`, { id: acme.projects[0]!.id }, await gw.tokenFor(acme.admin));
  expect(update.errors).toBeUndefined();
  await eventually(async () => (await pendingChanges(gw.backends.pg, acme.id)) === 0);
  const after = await persisted(token);
  expect(after.sql).toBeGreaterThan(0);
  expect(projectsByStatus(after.body)).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'ACTIVE', value: 1 })]));
});

it("drops this process's copy of an answer when another instance stores a newer one or moves a generation it was built at", async () => {
  const token = await gw.tokenFor(acme.member);
  await persisted(token, DASHBOARD);
  await eventually(async () => {
    const r = await persisted(token);
    return r.sql === 0 && r.mongo === 0 && withoutRateLimits(r.redis).length === 0;
  });
  // Another instance storing a newer answer: this process hears of it from Redis, and serves that one.
  const prefix = gw.backends.redis.options.keyPrefix ?? '';
  const [answerKey] = (await gw.backends.redis.keys(`${prefix}resp:${tenantTag(acme.id)}:*`)).map((key) => key.slice(prefix.length));
  const [line, body] = (await gw.backends.redis.get(answerKey!))!.split('\n');
  const newer = JSON.stringify({ ...JSON.parse(body!), extensions: { storedBy: 'another instance' } });
  await gw.backends.redis.set(answerKey!, `${line}\n${newer}`, 'PX', 60_000);
  await eventually(async () => (await persisted(token)).text === `${newer}\n`);

  // What another instance's invalidation does to Redis; this process hears of it only from Redis.
  await gw.backends.redis.incr(generationKey(acme.id, 'PROJECT'));
  // Not served again: executed (its tiles read anew from Redis), then stored and copied once more.
  await eventually(async () => (await persisted(token)).redis.includes('mget'));
});

it('says no-store for what may not be reused, and executes queries that are not persisted', async () => {
  const token = await gw.tokenFor(acme.member);
  const rows = await fetch(gw.url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: '{ projects { totalCount } dashboard(id: "overview") { id } }' }),
  });
  expect(rows.headers.get('cache-control')).toBe('no-store');
  const plain = await gw.query('{ dashboard(id: "overview") { tiles { snapshot { source } } } }', {}, token);
  expect(plain.data!.dashboard.tiles.every((t: any) => t.snapshot.source === 'REDIS')).toBe(true); // executed, from the tile cache
});
