import { randomUUID } from 'node:crypto';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { freePort, startRedis } from '../support/processes';
import { eventually } from '../live/support';
import { pendingChanges } from '../support/outbox';

/**
 * Redis paused: it is a cache, a bus and a counter, never the record, so every operation still
 * succeeds, each Redis call costing at most its command timeout until the client's watchdog drops
 * the hung connection (then none); /readyz tells; caching resumes.
 */
let redis: Awaited<ReturnType<typeof startRedis>>;
let gw: TestGateway;
let tenant: FixtureTenant;
let token: string;

beforeAll(async () => {
  const port = await freePort();
  redis = await startRedis(port);
  gw = await startTestGateway({ REDIS_URL: `redis://127.0.0.1:${port}`, REDIS_KEY_PREFIX: `faults-redis-${randomUUID().slice(0, 8)}:` }, { logs: true });
  tenant = await createTenant(gw.backends.pg, 'faults-redis', 2);
  token = await gw.tokenFor(tenant.admin);
});

afterAll(async () => {
  redis.resume();
  await dropTenant(gw.backends.pg, tenant);
  await gw.stop();
  await redis.stop();
});

const DASHBOARD = '{ dashboard(id: "overview") { tiles { snapshot { source } } } }';

it('serves every operation while Redis is paused, within its command timeouts, and caches again after', async () => {
  await gw.query(DASHBOARD, {}, token);
  const hit = await gw.query(DASHBOARD, {}, token);
  expect(hit.data!.dashboard.tiles.map((t: any) => t.snapshot.source)).toEqual(['REDIS', 'REDIS', 'REDIS']);
  redis.pause();
  try {
    const started = Date.now();
    const [dashboard, write, read] = await Promise.all([
      gw.query(DASHBOARD, {}, token),
      gw.query(`mutation($id: ID!) { updateProject(id: $id, input: { status: ACTIVE }) { status } }`, { id: tenant.projects[0]!.id }, token),
      gw.query('{ projects { totalCount } comments { totalCount } }', {}, token),
    ]);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(dashboard.errors).toBeUndefined();
    expect(write.data).toEqual({ updateProject: { status: 'ACTIVE' } });
    // The read that raced the write may be answered from the instance's copies of Redis hits (they
    // were Redis's current values when it stopped). The tile the write changed is not, once it has
    // answered; and once Redis failed to answer, no tile is: other instances' invalidations cannot
    // get through either.
    expect(dashboard.data!.dashboard.tiles).toHaveLength(3);
    const after = await gw.query(DASHBOARD, {}, token);
    expect(after.data!.dashboard.tiles[0].snapshot.source).not.toBe('REDIS'); // projects-by-status
    await eventually(async () => (await gw.query(DASHBOARD, {}, token)).data!.dashboard.tiles.every((t: any) => t.snapshot.source !== 'REDIS'), 2_000);
    expect(read.data).toEqual({ projects: { totalCount: 2 }, comments: { totalCount: 0 } });
    expect((await fetch(gw.url.replace('/graphql', '/readyz'))).status).toBe(503);

    // The watchdog's ping timed out and dropped the connection: from then on a command is refused
    // at once rather than waiting out its timeout, until Redis answers again.
    await eventually(() => gw.backends.redis.status !== 'ready', 5_000);
    await expect(gw.backends.redis.get('any')).rejects.toThrow(/enableOfflineQueue/);
  } finally {
    redis.resume();
  }
  // The write's invalidation failed while Redis hung; the outbox relay retries it until it lands
  // (it marks the change relayed only then), and caching resumes.
  await eventually(async () => (await pendingChanges(gw.backends.pg, tenant.id)) === 0, 20_000);
  await eventually(async () => {
    const again = await gw.query(DASHBOARD, {}, token);
    return again.data!.dashboard.tiles.every((t: any) => t.snapshot.source === 'REDIS');
  }, 10_000, 100);
  const after = await gw.query('{ dashboard(id: "overview") { tiles { id snapshot { source data } } } }', {}, token);
  expect(after.data!.dashboard.tiles.map((t: any) => t.snapshot.source)).toEqual(['REDIS', 'REDIS', 'REDIS']);
  // …and what Redis holds is what PostgreSQL says now, not what it held before the pause.
  const byStatus = after.data!.dashboard.tiles.find((t: any) => t.id === 'projects-by-status').snapshot.data;
  expect(byStatus).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'ACTIVE', value: 1 })]));
  expect(gw.logs.filter((line) => line.level >= 50).map((line) => line.msg)).toEqual([]);
}, 60_000);
