import { randomUUID } from 'node:crypto';
import type { CacheTarget } from '../../src/cache/entry';
import { MongoLayer } from '../../src/cache/mongo-layer';
import { ReadThroughCache } from '../../src/cache/read-through';
import { RedisLayer } from '../../src/cache/redis-layer';
import { DocumentStore } from '../../src/stores/documents';
import { startTestGateway, type TestGateway } from '../support/gateway';

/**
 * A value computed from rows read just before a write commits must not be stored after that
 * write's invalidation: it would be served, stale, for the entry's whole lifetime (24 h for a tile).
 */
let gw: TestGateway;
const tenantId = randomUUID();

beforeAll(async () => {
  gw = await startTestGateway();
});

afterAll(async () => {
  await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: tenantId });
  await gw.stop();
});

function setup() {
  const redis = new RedisLayer(gw.backends.redis);
  const mongo = new MongoLayer(new DocumentStore(gw.backends.mongo, tenantId));
  const cache = new ReadThroughCache(tenantId, redis, mongo);
  const tileId = randomUUID();
  let finish!: (value: unknown) => void;
  let computations = 0;
  let computing!: () => void;
  const started = new Promise<void>((resolve) => (computing = resolve));
  const target: CacheTarget = {
    cache: 'dashboard', key: `cache:{${tenantId}}:dashboard:race:${tileId}`, collection: 'dashboard_snapshot',
    identity: { dashboard_id: 'race', tile_id: tileId }, tags: ['PROJECT'], ttlSeconds: 3600,
    // The first computation waits for the test; later ones answer at once.
    compute: () => (computations++ === 0 ? (computing(), new Promise((resolve) => (finish = resolve))) : Promise.resolve('fresh')),
  };
  const stored = async () => ({
    redis: await redis.get('dashboard', target.key),
    mongo: await gw.backends.mongo.collection('dashboard_snapshot').countDocuments({ tenant_id: tenantId, tile_id: tileId }),
  });
  return { redis, cache, target, started, finish: (value: unknown) => finish(value), stored };
}

it('does not store a value whose computation an invalidation overtook', async () => {
  const { cache, target, started, finish, stored } = setup();
  const reading = cache.read(target);
  await started;
  await cache.invalidate(['PROJECT']); // a write committed after the rows were read
  finish('stale');
  expect((await reading).entry.data).toBe('stale'); // this request sees what it computed…
  expect((await stored()).redis).toBeNull(); // …Redis refused it, and MongoDB's copy is of an old generation:
  const next = await cache.read(target);
  expect({ source: next.source, data: next.entry.data }).toEqual({ source: 'COMPUTED', data: 'fresh' }); // nobody else sees it

});

it('stores a value when no invalidation came, and refuses a write that reaches Redis after one', async () => {
  const { redis, cache, target, started, finish, stored } = setup();
  const generations = await redis.generations(tenantId, target.tags);
  const reading = cache.read(target);
  await started;
  finish('fresh');
  expect((await reading).source).toBe('COMPUTED');
  expect(await stored()).toMatchObject({ redis: { data: 'fresh' }, mongo: 1 });
  expect((await cache.read(target)).source).toBe('REDIS');

  await cache.invalidate(['PROJECT']);
  expect(await stored()).toEqual({ redis: null, mongo: 0 });
  // A fill that read the old generations (on a connection that hung, say) arrives late.
  const entry = { data: 'late', computedAt: new Date(), expiresAt: new Date(Date.now() + 60_000) };
  expect(await redis.setIfCurrent(tenantId, target.key, entry, target.tags, generations!, 60_000)).toBe(false);
  expect(await stored()).toEqual({ redis: null, mongo: 0 });
});

it('does not serve a MongoDB copy that an invalidation overtook, even before MongoDB has deleted it', async () => {
  const { redis, cache, target, started, finish } = setup();
  const reading = cache.read(target);
  await started;
  finish('old');
  await reading;
  await redis.invalidate(tenantId, ['PROJECT']); // the Redis half of an invalidation; MongoDB's half not yet
  const next = await cache.read(target);
  expect({ source: next.source, data: next.entry.data }).toEqual({ source: 'COMPUTED', data: 'fresh' });
});
