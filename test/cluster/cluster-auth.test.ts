import { pubSubChannel } from '../../src/db/pubsub';
import { createRedis } from '../../src/db/redis';
import { startRedisCluster } from '../support/processes';

/**
 * A Redis Cluster behind a password: REDIS_CLUSTER_NODES names the nodes, REDIS_URL's user and
 * password reach every one of them, including the nodes the client discovers and the subscriber's.
 */
let cluster: Awaited<ReturnType<typeof startRedisCluster>>;

beforeAll(async () => {
  cluster = await startRedisCluster(3, { password: 's3cret/with:odd@chars' });
}, 60_000);

afterAll(() => cluster.stop());

const clientOf = (url: string) => createRedis(url, { commandTimeoutMs: 1_000, clusterNodes: cluster.nodes.slice(0, 1) });

it('signs in to every node with the password of REDIS_URL', async () => {
  const redis = clientOf(`redis://:${encodeURIComponent('s3cret/with:odd@chars')}@unused:6379`);
  try {
    await redis.connect();
    // Keys on every master: the client followed the slots to nodes it was not given.
    const keys = Array.from({ length: 30 }, (_, i) => `auth-test:${i}`);
    await Promise.all(keys.map((key) => redis.set(key, key)));
    expect(await Promise.all(keys.map((key) => redis.get(key)))).toEqual(keys);

    // The bus's own connection (to the master of its channel) signs in the same way.
    const channel = pubSubChannel(redis, 'auth-test');
    const received = new Promise<string>((resolve) => channel.listen({
      onListening: () => void channel.publish('hello'), onMessage: resolve, onLost: () => undefined, onSubscribeFailed: () => undefined,
    }));
    expect(await received).toBe('hello');
    channel.close();
  } finally {
    redis.disconnect();
  }
});

it('is refused without it', async () => {
  const redis = clientOf('redis://unused:6379');
  try {
    // ioredis reports a sign-in refused by every startup node as none of them being available.
    await expect(redis.connect().then(() => redis.set('auth-test:x', '1'))).rejects.toThrow(/None of startup nodes is available/);
  } finally {
    redis.disconnect();
  }
});
