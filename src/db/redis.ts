import { Cluster, Redis, type RedisOptions } from 'ioredis';

/** A single Redis or a Redis Cluster: the gateway uses only what both serve the same way. */
export type RedisClient = Redis | Cluster;

/** The name of the response cache's lookup script (cache/response-cache.ts). */
export const RESPONSE_LOOKUP = 'responseGetIfCurrent';

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
    // Commands issued in the same turn of the event loop (the cache reads of concurrent requests)
    // leave in one write, and their replies come back in one read. Not the response cache's
    // lookup: it is all an answered request does, and waiting a turn to share a write costs it
    // more than the write saves (bench:cache).
    enableAutoPipelining: true,
    autoPipeliningIgnoredCommands: [RESPONSE_LOOKUP],
  };
  const redis = settings.clusterNodes?.length
    ? new Cluster(settings.clusterNodes.map(asNode), {
      keyPrefix: settings.keyPrefix,
      enableOfflineQueue: false,
      enableAutoPipelining: true,
      autoPipeliningIgnoredCommands: [RESPONSE_LOOKUP],
      lazyConnect: true,
      clusterRetryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
      redisOptions: { ...options, ...nodeAccess(url) },
    })
    : new Redis(url, { ...options, keyPrefix: settings.keyPrefix });
  redis.on('error', () => undefined); // surfaced per command; the connection retries by itself
  // (A cluster client reconnects node by node; dropping all of them for one hung node would not help.)
  if (redis instanceof Redis) watch(redis);
  return redis;
}

/** The prefix the client puts before every key (scripts that build keys from values need it). */
export const keyPrefixOf = (redis: RedisClient): string => (redis.options as { keyPrefix?: string }).keyPrefix ?? '';

/**
 * What every cluster node is reached with, from REDIS_URL: its user and password (ACL or
 * `requirepass`), and TLS for `rediss:`. The nodes themselves are REDIS_CLUSTER_NODES and the ones
 * the cluster reports, so the URL's host is not used.
 */
function nodeAccess(url: string): Pick<RedisOptions, 'username' | 'password' | 'tls'> {
  const { protocol, username, password } = new URL(url);
  return {
    ...(username && { username: decodeURIComponent(username) }),
    ...(password && { password: decodeURIComponent(password) }),
    ...(protocol === 'rediss:' && { tls: {} }),
  };
}

const asNode = (node: string) => {
  const [host, port] = node.split(':');
  return { host: host!, port: Number(port) };
};

/**
 * A hung Redis (paused, or a host that stopped answering) keeps its connection open, so each
 * command would wait out its whole timeout, several per request. The watchdog pings once a
 * second while the client is ready; two pings in a row that time out drop the connection, and
 * until Redis answers again (the reconnection's ready check) every command fails at once instead.
 */
function watch(redis: Redis) {
  let pinging = false;
  let timedOut = 0;
  const timer = setInterval(() => {
    if (redis.status !== 'ready' || pinging) return;
    pinging = true;
    redis.ping().then(
      () => (timedOut = 0),
      (error: Error) => {
        // Twice in a row, so that one ping delayed by a pause of this process's own is not taken for a hung Redis.
        if (error.message === 'Command timed out' && ++timedOut >= 2 && redis.status === 'ready') {
          timedOut = 0;
          redis.disconnect(true);
        }
      },
    ).finally(() => (pinging = false));
  }, WATCH_EVERY_MS);
  timer.unref();
  redis.once('end', () => clearInterval(timer));
}

type ScriptArg = string | number;

const scripts = new WeakMap<RedisClient, Map<string, (...args: ScriptArg[]) => Promise<unknown>>>();

/**
 * A Lua script sent by its SHA1 (EVALSHA; ioredis sends the source once, on NOSCRIPT, to each
 * server that lacks it): the text of a script crosses the network once, not with every call.
 * Defined once per client and name, however many callers ask for it.
 */
export function redisScript(redis: RedisClient, name: string, lua: string) {
  let defined = scripts.get(redis);
  if (!defined) scripts.set(redis, (defined = new Map()));
  let run = defined.get(name);
  if (!run) {
    redis.defineCommand(name, { lua }); // no fixed number of keys: each call passes its own
    run = (redis as unknown as Record<string, (...args: ScriptArg[]) => Promise<unknown>>)[name]!.bind(redis);
    defined.set(name, run);
  }
  const script = run;
  return (keys: readonly string[], args: readonly ScriptArg[] = []) => script(keys.length, ...keys, ...args);
}
