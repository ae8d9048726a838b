import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, countRedisCommands, startTestGateway, withoutRateLimits, type TestGateway } from '../support/gateway';

let gw: TestGateway;
let acme: FixtureTenant;
let globex: FixtureTenant;

const TILE = `{ dashboard(id: "overview") { tiles { id snapshot { source data computedAt expiresAt } } } }`;
const tileOf = (res: any, id = 'projects-by-status') => res.data.dashboard.tiles.find((t: any) => t.id === id).snapshot;

/** Round trips to each backend during one operation. */
async function measured(token: string, query = TILE) {
  const sql = countPgQueries(gw.backends.pg);
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const redis = countRedisCommands(gw.backends.redis);
  try {
    const res = await gw.query(query, {}, token);
    expect(res.errors).toBeUndefined();
    return { res, sql: sql.statements.length, mongo: [...mongo.commands], redis: [...redis.commands] };
  } finally {
    sql.restore();
    mongo.restore();
    redis.restore();
  }
}

const dropRedis = (tenantId: string) =>
  gw.backends.redis.keys(`${gw.config.REDIS_KEY_PREFIX}cache:{${tenantId}}:*`).then((keys) =>
    keys.length ? gw.backends.redis.del(...keys.map((k) => k.slice(gw.config.REDIS_KEY_PREFIX.length))) : 0);

beforeAll(async () => {
  gw = await startTestGateway();
  acme = await createTenant(gw.backends.pg, 'dash', 3);
  globex = await createTenant(gw.backends.pg, 'dash-other', 7);
});

afterAll(async () => {
  for (const t of [acme, globex]) {
    await dropRedis(t.id);
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: t.id });
    await dropTenant(gw.backends.pg, t);
  }
  await gw.stop();
});

describe('dashboard snapshots: Redis → MongoDB → PostgreSQL', () => {
  it('computes on a double miss and fills both layers; then Redis answers alone', async () => {
    const token = await gw.tokenFor(acme.member);
    const first = await measured(token);
    expect(first.res.data!.dashboard.tiles.map((t: any) => t.snapshot.source)).toEqual(['COMPUTED', 'COMPUTED', 'COMPUTED']);
    expect(tileOf(first.res).data).toEqual([{ key: 'PLANNED', label: 'Planned', value: 3 }]);
    expect(first.sql).toBe(3); // one aggregate per tile

    const second = await measured(token);
    expect(second.res.data!.dashboard.tiles.map((t: any) => t.snapshot.source)).toEqual(['REDIS', 'REDIS', 'REDIS']);
    expect(second.sql).toBe(0);
    expect(second.mongo).toEqual([]);
    // All three tiles in one round trip.
    expect(withoutRateLimits(second.redis)).toEqual(['mget']);
    expect({ ...tileOf(second.res), source: 'COMPUTED' }).toEqual(tileOf(first.res));
  });

  it('on a Redis miss reads MongoDB and refills Redis, without touching PostgreSQL', async () => {
    const token = await gw.tokenFor(acme.member);
    await dropRedis(acme.id);
    const res = await measured(token);
    expect(res.res.data!.dashboard.tiles.map((t: any) => t.snapshot.source)).toEqual(['MONGO', 'MONGO', 'MONGO']);
    expect(res.sql).toBe(0);
    expect(res.mongo).toEqual(['find', 'find', 'find']);
    expect(withoutRateLimits(res.redis).filter((c) => c === 'evalsha:cacheSetIfCurrent')).toHaveLength(3); // one generation-checked write per tile
    expect(tileOf((await measured(token)).res).source).toBe('REDIS');
  });

  it('sets the TTL of both layers to the snapshot lifetime (24 h, with jitter)', async () => {
    const key = `cache:{${acme.id}}:dashboard:overview:projects-by-status`;
    await dropRedis(acme.id);
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: acme.id });
    const snapshot = tileOf((await measured(await gw.tokenFor(acme.member))).res);
    const ttl = await gw.backends.redis.pttl(key);
    expect(ttl).toBeGreaterThan(0.95 * 86_400_000 - 5_000);
    expect(ttl).toBeLessThanOrEqual(1.05 * 86_400_000);
    const doc = await gw.backends.mongo.collection('dashboard_snapshot').findOne({ tenant_id: acme.id, tile_id: 'projects-by-status' });
    expect(doc!.expires_at.toISOString()).toBe(snapshot.expiresAt);
    expect(Math.abs(doc!.expires_at.getTime() - Date.now() - ttl)).toBeLessThan(5_000);
  });

  it('keeps tenants apart: same dashboard, two entries, each with its own data', async () => {
    const a = tileOf((await measured(await gw.tokenFor(acme.member))).res);
    const b = tileOf((await measured(await gw.tokenFor(globex.member))).res);
    expect(a.data).toEqual([{ key: 'PLANNED', label: 'Planned', value: 3 }]);
    expect(b.data).toEqual([{ key: 'PLANNED', label: 'Planned', value: 7 }]);
    expect(await gw.backends.mongo.collection('dashboard_snapshot').countDocuments({ tile_id: 'projects-by-status', tenant_id: { $in: [acme.id, globex.id] } })).toBe(2);
  });

  it('computes once for 50 concurrent misses', async () => {
    await dropRedis(acme.id);
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: acme.id });
    const token = await gw.tokenFor(acme.member);
    const sql = countPgQueries(gw.backends.pg);
    const results = await Promise.all(Array.from({ length: 50 }, () => gw.query(TILE, {}, token)));
    sql.restore();
    expect(sql.statements).toHaveLength(3); // one per tile, not 150
    const snapshots = results.map((r) => tileOf(r));
    // one computation: requests that missed shared it, later ones found its result in Redis
    expect(new Set(snapshots.map((s) => s.computedAt)).size).toBe(1);
    expect(snapshots.every((s) => s.source === 'COMPUTED' || s.source === 'REDIS')).toBe(true);
  });

  it('drops affected tiles when a mutation changes their inputs, and refreshDashboard recomputes', async () => {
    const token = await gw.tokenFor(acme.admin);
    await measured(token);
    expect(tileOf((await measured(token)).res).source).toBe('REDIS');
    const update = await gw.query(`mutation { updateProject(id: "${acme.projects[0]!.id}", input: { status: ACTIVE }) { status } }`, {}, token);
    expect(update.data?.updateProject).toEqual({ status: 'ACTIVE' });
    const after = (await measured(token)).res;
    expect(tileOf(after).source).toBe('COMPUTED');
    expect(tileOf(after).data).toEqual([{ key: 'PLANNED', label: 'Planned', value: 2 }, { key: 'ACTIVE', label: 'Active', value: 1 }].sort((x, y) => y.value - x.value || x.key.localeCompare(y.key)));
    // tiles that do not read projects were left alone
    expect(tileOf(after, 'tasks-by-priority').source).toBe('REDIS');

    const refreshed = await gw.query('mutation { refreshDashboard(id: "overview") { tiles { snapshot { source } } } }', {}, token);
    expect(refreshed.data!.refreshDashboard.tiles.map((t: any) => t.snapshot.source)).toEqual(['COMPUTED', 'COMPUTED', 'COMPUTED']);
  });

  it('answers null for an unknown dashboard and BAD_USER_INPUT for refreshing one', async () => {
    const token = await gw.tokenFor(acme.admin);
    expect((await gw.query('{ dashboard(id: "nope") { name } }', {}, token)).data).toEqual({ dashboard: null });
    const res = await gw.query('mutation { refreshDashboard(id: "nope") { name } }', {}, token);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it("leaves refreshing to admins: members may read dashboards but not force their recomputation", async () => {
    const token = await gw.tokenFor(acme.member);
    const res = await gw.query('mutation { refreshDashboard(id: "overview") { name } }', {}, token);
    expect(res.status).toBe(403);
    expect(res.errors?.[0]).toMatchObject({ message: 'Your role may not run Mutation.refreshDashboard.', extensions: { code: 'FORBIDDEN' } });
    expect(res.data ?? null).toBeNull();
  });
});
