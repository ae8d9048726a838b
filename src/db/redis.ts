import { Cluster, Redis, type RedisOptions } from 'ioredis';

/** A single Redis or a Redis Cluster: the gateway uses only what both serve the same way. */
export type RedisClient = Redis | Cluster;

/** How often the watchdog checks that Redis answers. */
const WATCH_EVERY_MS = 1_000;

export interface RedisSettings {
  commandTimeoutMs: number;
  keyPrefix?: string;
  /** `host:port` of some cluster nodes: the client discovers the others and follows the slots. */
  clusterNodes?: readonly string[];
}

/**
 * Redis is a cache and a bus, never the record: commands fail fast (timeout, no offline queue)
 * so a slow or stopped Redis costs a bounded delay, and the client keeps reconnecting in the
 * background so caching resumes on its own when Redis comes back.
 *
 * On a cluster, every key of one tenant that a command or script touches together carries the
 * tenant as its hash tag (`cache:{tenant}:…`, see cache/keys.ts), so they share a slot.
 */
export function createRedis(url: string, settings: RedisSettings): RedisClient {
  const options: RedisOptions = {
    commandTimeout: settings.commandTimeoutMs,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: 2_000,
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
    lazyConnect: true,
  };
  const redis = settings.clusterNodes?.length
    ? new Cluster(settings.clusterNodes.map(asNode), {
      keyPrefix: settings.keyPrefix,
      enableOfflineQueue: false,
      lazyConnect: true,
      clusterRetryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      redisOptions: options,
    })
    : new Redis(url, { ...options, keyPrefix: settings.keyPrefix });
  redis.on('error', () => undefined); // surfaced per command; the connection retries by itself
  watch(redis);
  return redis;
}

/**
 * A connection of its own for SUBSCRIBE (a subscribed connection serves nothing else), with the
 * same settings, that does not resubscribe by itself: the bus subscribes on every `ready`, so it
 * knows when a gap ended. On a cluster, PUBLISH reaches subscribers on every node.
 */
export function subscriberFor(redis: RedisClient): RedisClient {
  return redis instanceof Cluster
    ? redis.duplicate(undefined, { lazyConnect: true, redisOptions: { ...redis.options.redisOptions, autoResubscribe: false } })
    : redis.duplicate({ autoResubscribe: false, lazyConnect: true });
}

const asNode = (node: string) => {
  const [host, port] = node.split(':');
  return { host: host!, port: Number(port) };
};

/**
 * A hung Redis (paused, or a host that stopped answering) keeps its connection open, so each
 * command would wait out its whole timeout, several per request. The watchdog pings once a
 * second while the client is ready; a ping that times out drops the connection, and until Redis
 * answers again (the reconnection's ready check) every command fails at once instead.
 */
function watch(redis: RedisClient) {
  const timer = setInterval(() => {
    if (redis.status !== 'ready') return;
    redis.ping().catch((error: Error) => {
      if (error.message === 'Command timed out' && redis.status === 'ready') redis.disconnect(true);
    });
  }, WATCH_EVERY_MS);
  timer.unref();
  redis.once('end', () => clearInterval(timer));
}
