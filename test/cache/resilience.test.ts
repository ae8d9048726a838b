import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { freePort, spawnGateway, startRedis } from '../support/processes';

const TILE = `{ dashboard(id: "procurement") { tiles { id snapshot { source data computedAt } } } }`;
const sources = (res: any) => res.data.dashboard.tiles.map((t: any) => t.snapshot.source);

describe('Redis trouble never fails a request', () => {
  let gw: TestGateway;
  let tenant: FixtureTenant;
  let redisPort: number;
  let redis: { stop(): Promise<void> };

  beforeAll(async () => {
    redisPort = await freePort();
    redis = await startRedis(redisPort);
    gw = await startTestGateway({ REDIS_URL: `redis://127.0.0.1:${redisPort}` });
    tenant = await createTenant(gw.backends.pg, 'outage', 2);
  });

  afterAll(async () => {
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
    await gw.stop();
    await redis.stop();
  });

  it('answers from MongoDB or PostgreSQL while Redis is down, and caches again once it is back', async () => {
    const token = await gw.tokenFor(tenant.member);
    const healthy = await gw.query(TILE, {}, token);
    expect(sources(healthy)).toEqual(['COMPUTED', 'COMPUTED']);

    await redis.stop();
    const started = Date.now();
    const down = await gw.query(TILE, {}, token);
    const elapsed = Date.now() - started;
    expect(down.errors).toBeUndefined();
    expect(sources(down)).toEqual(['MONGO', 'MONGO']);
    expect(down.data!.dashboard.tiles.map((t: any) => t.snapshot.data)).toEqual(healthy.data!.dashboard.tiles.map((t: any) => t.snapshot.data));
    expect(elapsed).toBeLessThan(2000); // bounded by the command timeout, not a hang
    const ready = await fetch(gw.url.replace('/graphql', '/readyz'));
    expect(ready.status).toBe(503);

    redis = await startRedis(redisPort);
    let back: string[] = [];
    for (let attempt = 0; attempt < 40 && back[0] !== 'REDIS'; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      back = sources(await gw.query(TILE, {}, token));
    }
    expect(back).toEqual(['REDIS', 'REDIS']);
  });
});

describe('one computation per key across gateway processes', () => {
  let gw: TestGateway;
  let tenant: FixtureTenant;
  let other: Awaited<ReturnType<typeof spawnGateway>>;

  beforeAll(async () => {
    gw = await startTestGateway();
    other = await spawnGateway();
    tenant = await createTenant(gw.backends.pg, 'flight', 2);
  });

  afterAll(async () => {
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: tenant.id });
    await dropTenant(gw.backends.pg, tenant);
    await other.stop();
    await gw.stop();
  });

  it('50 concurrent misses split over two processes share one computation', async () => {
    const token = await gw.tokenFor(tenant.member);
    const ask = (url: string) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: TILE }),
      }).then((r) => r.json() as Promise<any>);
    const results = await Promise.all(Array.from({ length: 50 }, (_, i) => ask(i % 2 ? other.url : gw.url)));
    for (const tileId of ['spend-by-vendor', 'asset-value-by-status']) {
      const computedAt = new Set(results.map((r) => r.data.dashboard.tiles.find((t: any) => t.id === tileId).snapshot.computedAt));
      expect(computedAt.size).toBe(1);
    }
  });
});
