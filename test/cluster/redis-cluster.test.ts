import { createHash } from 'node:crypto';
import { Cluster, Redis } from 'ioredis';
import { createTenant, dropTenant, type FixtureTenant } from '../support/fixtures';
import { startTestGateway, type TestGateway } from '../support/gateway';
import { spawnGateway, startRedisCluster } from '../support/processes';
import { ADDED, connect, eventually, liveEnv, listeners, listening, prepareDatabase, stopAndDropDatabase } from '../live/support';

/**
 * The gateway on a 3-master Redis Cluster (REDIS_CLUSTER_NODES): the caches, their invalidation,
 * persisted queries, rate limits and the bus between two instances work as on one Redis, and a
 * tenant's cache keys share one slot (the scripts and MGETs that touch them together need it).
 */
let cluster: Awaited<ReturnType<typeof startRedisCluster>>;
let gw: TestGateway;
let remote: Awaited<ReturnType<typeof spawnGateway>>;
let tenant: FixtureTenant;
let token: string;
const sockets: { dispose(): void }[] = [];
const DASHBOARD = '{ dashboard(id: "overview") { tiles { id snapshot { source data } } } }';

beforeAll(async () => {
  cluster = await startRedisCluster(3);
  const env = { ...liveEnv('cluster'), REDIS_CLUSTER_NODES: cluster.nodes.join(','), RATE_LIMIT_USER_PER_MINUTE: '40' };
  gw = await startTestGateway(env);
  await prepareDatabase(gw.backends.mongo);
  remote = await spawnGateway(env);
  tenant = await createTenant(gw.backends.pg, 'cluster', 2);
  token = await gw.tokenFor(tenant.admin);
}, 60_000);

afterAll(async () => {
  for (const socket of sockets) socket.dispose();
  await remote.stop();
  await dropTenant(gw.backends.pg, tenant);
  await stopAndDropDatabase(gw);
  await cluster.stop();
});

const sources = (res: any) => res.data.dashboard.tiles.map((t: any) => t.snapshot.source);

it('caches dashboards in the cluster, one slot per tenant, and invalidates them on a write', async () => {
  expect(gw.backends.redis).toBeInstanceOf(Cluster);
  expect(sources(await gw.query(DASHBOARD, {}, token))).toEqual(['COMPUTED', 'COMPUTED', 'COMPUTED']);
  expect(sources(await gw.query(DASHBOARD, {}, token))).toEqual(['REDIS', 'REDIS', 'REDIS']);

  const update = await gw.query(`mutation($id: ID!) { updateProject(id: $id, input: { status: ACTIVE }) { status } }`, { id: tenant.projects[0]!.id }, token);
  expect(update.errors).toBeUndefined();
  const after = await gw.query(DASHBOARD, {}, token);
  const byStatus = after.data!.dashboard.tiles.find((t: any) => t.id === 'projects-by-status').snapshot;
  expect(byStatus.source).toBe('COMPUTED');
  expect(byStatus.data).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'ACTIVE', value: 1 })]));

  // Entries, tag sets, generations and rate counters of the tenant: all on one master.
  const holders: string[][] = [];
  for (const port of cluster.ports) {
    const node = new Redis(port, '127.0.0.1');
    holders.push(await node.keys(`${gw.config.REDIS_KEY_PREFIX}*{${tenant.id}}*`));
    node.disconnect();
  }
  const nonEmpty = holders.filter((keys) => keys.length > 0);
  expect(nonEmpty).toHaveLength(1);
  const kinds = new Set(nonEmpty[0]!.map((key) => key.slice(gw.config.REDIS_KEY_PREFIX.length).split(':')[0]));
  expect([...kinds].sort()).toEqual(['cache', 'gen', 'rate', 'tag']);

});

it('shares persisted queries and rate limits between instances', async () => {
  const query = `{ me { id } # ${Math.random()}\n}`;
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const member = await gw.tokenFor(tenant.member);
  const post = (url: string, body: object) => fetch(url, {
    method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${member}` },
    body: JSON.stringify({ ...body, extensions: { persistedQuery: { version: 1, sha256Hash } } }),
  }).then(async (r) => ({ status: r.status, body: await r.json() as any }));
  expect((await post(gw.url, { query })).body.data).toEqual({ me: { id: tenant.member.id } });
  expect((await post(remote.url, {})).body.data).toEqual({ me: { id: tenant.member.id } }); // registered on the other one

  // The member's budget (40 a minute) is spent across both instances together.
  const answers = [];
  for (let i = 0; i < 40; i++) answers.push(await post(i % 2 ? remote.url : gw.url, {}));
  expect(answers.filter((a) => a.status === 429)).not.toHaveLength(0);
  expect(answers.find((a) => a.status === 429)!.body.errors[0].extensions.code).toBe('RATE_LIMITED');
});

it('carries notifications between instances over the cluster', async () => {
  const before = await listeners(remote.url, 'added');
  const socket = connect(remote.url, await gw.tokenFor(tenant.admin));
  sockets.push(socket);
  await socket.connected;
  const feed = socket.subscribe(ADDED);
  await listening(remote.url, 'added', before + 1, feed);
  const sent = await gw.query('mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }',
    { input: { recipientIds: [tenant.admin.id], title: 'over the cluster', body: '' } }, await gw.tokenFor({ ...tenant.admin, roles: ['sender'] }));
  expect(sent.errors).toBeUndefined();
  await feed.waitFor(1);
  expect(feed.items.map((n) => n.id)).toEqual([sent.data!.sendNotification[0].id]);
});

/** Subscribers of a channel on each master, by classic and by sharded pub/sub. */
async function subscribersOf(channel: string) {
  const counts = { classic: 0, sharded: 0, shards: 0 };
  for (const port of cluster.ports) {
    const node = new Redis(port, '127.0.0.1');
    const [, classic] = await node.pubsub('NUMSUB', channel) as [string, number];
    const [, sharded] = await node.pubsub('SHARDNUMSUB', channel) as [string, number];
    node.disconnect();
    counts.classic += classic;
    counts.sharded += sharded;
    if (sharded > 0) counts.shards++;
  }
  return counts;
}

it('runs the bus on sharded pub/sub, and listens again on the owning master after losing its connection', async () => {
  const channel = `${gw.config.REDIS_KEY_PREFIX}notifications`;
  // Both instances listen on the one master that owns the channel's slot, none by classic pub/sub.
  expect(await subscribersOf(channel)).toEqual({ classic: 0, sharded: 2, shards: 1 });

  for (const port of cluster.ports) {
    const node = new Redis(port, '127.0.0.1');
    await node.client('KILL', 'TYPE', 'pubsub');
    node.disconnect();
  }
  await eventually(async () => (await subscribersOf(channel)).sharded === 2);

  const before = await listeners(remote.url, 'added');
  const socket = connect(remote.url, await gw.tokenFor(tenant.admin)); // (the member spent its budget above)
  sockets.push(socket);
  await socket.connected;
  const feed = socket.subscribe(ADDED);
  await listening(remote.url, 'added', before + 1, feed);
  const sent = await gw.query('mutation($input: SendNotificationInput!) { sendNotification(input: $input) { id } }',
    { input: { recipientIds: [tenant.admin.id], title: 'after the reconnection', body: '' } }, await gw.tokenFor({ ...tenant.admin, roles: ['sender'] }));
  await feed.waitFor(1);
  expect(feed.items.map((n) => n.id)).toEqual([sent.data!.sendNotification[0].id]);
});
