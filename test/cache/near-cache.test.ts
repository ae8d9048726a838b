import type { Redis } from 'ioredis';
import { NearCache } from '../../src/cache/near-cache';
import { trackingConnectionName } from '../../src/db/tracking';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { countMongoCommands, countPgQueries, countRedisCommands, startTestGateway, withoutRateLimits, type TestGateway } from '../support/gateway';
import { spawnGateway } from '../support/processes';
import { eventually } from '../live/support';

/**
 * Each instance keeps its Redis hits parsed (src/cache/near-cache.ts), coherent through Redis's
 * key tracking: a warm tile costs no round trip, and whichever instance or client changes an entry
 * or a generation, no copy of the old one is served after Redis has told the others (at once on
 * the instance that invalidated).
 */
let gw: TestGateway;
let other: Awaited<ReturnType<typeof spawnGateway>>;
let acme: FixtureTenant;
let globex: FixtureTenant;

const DASHBOARD = '{ dashboard(id: "overview") { tiles { id snapshot { source data computedAt } } } }';
/** The invalidation latency between instances allowed here: Redis's message and one poll. */
const LATENCY_MS = 1_000;

const tileOf = (res: any, id = 'projects-by-status') => res.data.dashboard.tiles.find((t: any) => t.id === id).snapshot;
const sources = (res: any) => res.data.dashboard.tiles.map((t: any) => t.snapshot.source);

async function post(url: string, query: string, token: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ query }) });
  const body = (await res.json()) as any;
  expect(body.errors).toBeUndefined();
  return body;
}

/** One read on the in-process instance with what it sent to each backend. */
async function measured(token: string) {
  const sql = countPgQueries(gw.backends.pg);
  const mongo = countMongoCommands(gw.backends.mongoClient);
  const redis = countRedisCommands(gw.backends.redis);
  try {
    const res = await post(gw.url, DASHBOARD, token);
    return { res, sql: sql.statements.length, mongo: [...mongo.commands], redis: withoutRateLimits(redis.commands) };
  } finally {
    sql.restore();
    mongo.restore();
    redis.restore();
  }
}

async function metric(name: string, labels = ''): Promise<number> {
  const text = await (await fetch(gw.url.replace('/graphql', '/metrics'))).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
  return line ? Number(line.split(' ').pop()) : 0;
}
const nearHits = () => metric('cache_lookups_total', 'cache="dashboard",layer="near",result="hit"');

/**
 * Reads until the instance answers from its own copies: no round trip on this one; on the spawned
 * one, whose commands are not seen from here, two Redis answers in a row (the second is a copy).
 */
const warm = (url: string, token: string) => eventually(async () => {
  if (url === gw.url) return (await measured(token)).redis.length === 0;
  const [first, second] = [await post(url, DASHBOARD, token), await post(url, DASHBOARD, token)];
  return [...sources(first), ...sources(second)].every((source: string) => source === 'REDIS');
});

beforeAll(async () => {
  gw = await startTestGateway();
  other = await spawnGateway();
  acme = await createTenant(gw.backends.pg, 'near', 3);
  globex = await createTenant(gw.backends.pg, 'near-other', 7);
}, 60_000);

afterAll(async () => {
  await other.stop();
  for (const t of [acme, globex]) {
    const keys = await gw.backends.redis.keys(`${gw.config.REDIS_KEY_PREFIX}cache:{${t.id}}:*`);
    if (keys.length) await gw.backends.redis.del(...keys.map((k) => k.slice(gw.config.REDIS_KEY_PREFIX.length)));
    await gw.backends.mongo.collection('dashboard_snapshot').deleteMany({ tenant_id: t.id });
    await dropTenant(gw.backends.pg, t);
  }
  await gw.stop();
});

it('answers a warm dashboard from the instance itself: no round trip, counted as near hits', async () => {
  const token = await gw.tokenFor(acme.member);
  expect(sources((await measured(token)).res)).toEqual(['COMPUTED', 'COMPUTED', 'COMPUTED']);
  const fromRedis = await measured(token);
  expect(sources(fromRedis.res)).toEqual(['REDIS', 'REDIS', 'REDIS']);
  expect(fromRedis.redis).toEqual(['mget']);

  const hitsBefore = await nearHits();
  const near = await measured(token);
  expect(sources(near.res)).toEqual(['REDIS', 'REDIS', 'REDIS']);
  expect(near).toMatchObject({ sql: 0, mongo: [], redis: [] });
  expect(near.res.data).toEqual(fromRedis.res.data);
  expect(await nearHits()).toBe(hitsBefore + 3);
});

it("never answers one tenant with another's copy", async () => {
  const acmeToken = await gw.tokenFor(acme.member);
  const globexToken = await gw.tokenFor(globex.member);
  await warm(gw.url, acmeToken);
  await warm(gw.url, globexToken);
  const [a, b] = [await measured(acmeToken), await measured(globexToken)];
  expect([a.redis, b.redis]).toEqual([[], []]);
  expect(tileOf(a.res).data).toEqual([{ key: 'PLANNED', label: 'Planned', value: 3 }]);
  expect(tileOf(b.res).data).toEqual([{ key: 'PLANNED', label: 'Planned', value: 7 }]);
});

it('sees a write at once on the instance that wrote, and within the invalidation latency on the other', async () => {
  const token = await gw.tokenFor(acme.admin);
  await warm(gw.url, token);
  await warm(other.url, token);
  const write = (url: string, index: number) =>
    post(url, `mutation { updateProject(id: "${acme.projects[index]!.id}", input: { status: ACTIVE }) { status } }`, token);
  const active = (res: any) => tileOf(res).data.find((bucket: any) => bucket.key === 'ACTIVE')?.value ?? 0;

  await write(gw.url, 0);
  const here = await post(gw.url, DASHBOARD, token);
  expect(tileOf(here).source).toBe('COMPUTED');
  expect(active(here)).toBe(1);
  const startedAt = Date.now();
  await eventually(async () => active(await post(other.url, DASHBOARD, token)) === 1, LATENCY_MS, 10);
  expect(Date.now() - startedAt).toBeLessThan(LATENCY_MS);

  // The other way round: the spawned instance writes, this one had the tile in memory.
  await warm(gw.url, token);
  await write(other.url, 1);
  expect(active(await post(other.url, DASHBOARD, token))).toBe(2);
  await eventually(async () => active(await post(gw.url, DASHBOARD, token)) === 2, LATENCY_MS, 10);
});

it('serves the tiles refreshDashboard recomputed on another instance within the invalidation latency', async () => {
  const token = await gw.tokenFor(acme.admin);
  await warm(gw.url, token);
  const refreshed = await post(other.url, 'mutation { refreshDashboard(id: "overview") { tiles { snapshot { computedAt } } } }', token);
  const computedAt = refreshed.data.refreshDashboard.tiles.map((t: any) => t.snapshot.computedAt);
  await eventually(async () => {
    const res = await post(gw.url, DASHBOARD, token);
    return JSON.stringify(res.data.dashboard.tiles.map((t: any) => t.snapshot.computedAt)) === JSON.stringify(computedAt);
  }, LATENCY_MS, 10);
});

it('drops a copy whose Redis entry any client changed', async () => {
  const token = await gw.tokenFor(acme.member);
  await warm(gw.url, token);
  await gw.backends.redis.del(`cache:{${acme.id}}:dashboard:overview:projects-by-status`); // as an operator would
  let mongo: string[] = [];
  await eventually(async () => {
    const read = await measured(token);
    mongo = read.mongo;
    return tileOf(read.res).source === 'MONGO';
  }, LATENCY_MS, 10);
  expect(mongo).toEqual(['find']);
});

it('reads Redis while its tracking connection is down, and keeps copies again once it is back', async () => {
  const token = await gw.tokenFor(acme.member);
  await warm(gw.url, token);
  const flushes = await metric('near_cache_flushes_total');
  const list = String(await gw.backends.redis.client('LIST'));
  const id = list.split('\n').find((line) => line.includes(`name=${trackingConnectionName()} `))?.match(/id=(\d+)/)?.[1];
  expect(id).toBeDefined();
  await gw.backends.redis.client('KILL', 'ID', id!);
  await eventually(async () => (await metric('near_cache_flushes_total')) > flushes, LATENCY_MS, 10);
  // Until tracking is back, every read asks Redis: a change made meanwhile would go unheard.
  const meanwhile = await measured(token);
  expect(meanwhile.redis).toEqual(['mget']);
  expect(sources(meanwhile.res)).toEqual(['REDIS', 'REDIS', 'REDIS']);
  await warm(gw.url, token);
});

describe('a read in flight when its keys change', () => {
  const hit = (data: unknown) => ({
    entry: { data, computedAt: new Date(), expiresAt: new Date(Date.now() + 60_000) }, tags: ['PROJECT'], generations: ['4'],
  });
  let near: NearCache;

  beforeAll(async () => {
    near = new NearCache(gw.backends.redis as Redis, 1 << 20);
    near.start();
    await eventually(() => near.coherent);
  });
  afterAll(() => near.stop());

  it('keeps what it read when nothing changed, and not when a key it read changed before it was answered', () => {
    const quiet = near.watch(['cache:{t}:a', 'gen:{t}:PROJECT'])!;
    near.keep(quiet, hit('a'), 10);
    expect(near.get('cache:{t}:a')?.entry.data).toBe('a');

    const overtaken = near.watch(['cache:{t}:b', 'gen:{t}:PROJECT'])!;
    near.invalidate(['gen:{t}:PROJECT']); // the instance's own invalidation, or Redis's message
    near.keep(overtaken, hit('b'), 10);
    expect(near.get('cache:{t}:b')).toBeNull();
    expect(near.get('cache:{t}:a')).toBeNull(); // it read the same generation
  });

  it("drops a copy when Redis reports another client's change to one of its keys", async () => {
    const read = near.watch(['cache:{t}:c', 'gen:{t}:TASK'])!;
    near.keep(read, hit({ frozen: true }), 10);
    expect(Object.isFrozen(near.get('cache:{t}:c')!.entry.data)).toBe(true); // shared by every request: nobody may change it
    await gw.backends.redis.incr('gen:{t}:TASK');
    await eventually(() => near.get('cache:{t}:c') === null, LATENCY_MS, 5);
    await gw.backends.redis.del('gen:{t}:TASK');
  });
});
