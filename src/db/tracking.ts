import type { Redis } from 'ioredis';
import { keyPrefixOf } from './redis';

/** What a key tracker is told. */
export interface TrackingHandlers {
  /** Tracking is in place: from now on every change of a tracked key is reported, until `onLost`. */
  onTracking(): void;
  /** Changes made from now until the next `onTracking` may go unreported. */
  onLost(): void;
  /** These keys (without the client's prefix) changed, expired or were evicted; null: the whole database was flushed. */
  onInvalidate(keys: string[] | null): void;
  /** Turning tracking on failed (a server before Redis 6, an ACL that denies CLIENT); it is tried again 10 s later. */
  onFailed(error: unknown): void;
}

export interface KeyTracker {
  close(): void;
}

/** How the connection is named (CLIENT SETNAME), per process: what `CLIENT LIST` shows of it. */
export const trackingConnectionName = (pid = process.pid) => `gateway-key-tracking-${pid}`;

/** How long after a refusal to turn tracking on it is tried again. */
const RETRY_REFUSED_MS = 10_000;

/** The channel RESP2 clients hear invalidations on. */
const INVALIDATE_CHANNEL = '__redis__:invalidate';

/**
 * Redis's server-assisted client-side caching in broadcasting mode: a connection of its own asks
 * to hear of every change to keys under `prefixes` (CLIENT TRACKING … BCAST PREFIX, redirected to
 * itself and subscribed to `__redis__:invalidate`), whoever makes it: this process, another
 * instance, a script, `redis-cli`, an expiry or an eviction.
 *
 * A change the server made while this connection was down is never reported, so the connection
 * says when it is lost: on `close`, and when a heartbeat PING goes unanswered for the command
 * timeout (a hung server or a half-open connection keeps the socket open and silent). It is then
 * made again, and tracking turned on again, on the next `ready`.
 *
 * One Redis only: on a cluster each master reports the changes of its own slots alone.
 */
export function trackKeys(redis: Redis, prefixes: readonly string[], handlers: TrackingHandlers, heartbeatMs = 1_000): KeyTracker {
  const prefix = keyPrefixOf(redis);
  const connection = redis.duplicate({ connectionName: trackingConnectionName(), autoResubscribe: false, enableAutoPipelining: false, lazyConnect: true });
  let tracking = false;
  let retry: NodeJS.Timeout | undefined;
  const lost = () => {
    if (!tracking) return;
    tracking = false;
    handlers.onLost();
  };
  connection.on('error', () => undefined); // the connection retries by itself; the gaps are reported
  connection.on('close', lost);
  connection.on('ready', () => {
    (async () => {
      const id = String(await connection.client('ID'));
      await connection.call('CLIENT', 'TRACKING', 'ON', 'REDIRECT', id, 'BCAST', ...prefixes.flatMap((p) => ['PREFIX', prefix + p]));
      await connection.subscribe(INVALIDATE_CHANNEL);
    })().then(() => {
      tracking = true;
      handlers.onTracking();
    }, (error: unknown) => {
      handlers.onFailed(error);
      // Most such refusals last (a server before Redis 6, an ACL): not tried again at once.
      clearTimeout(retry);
      retry = setTimeout(() => connection.disconnect(true), RETRY_REFUSED_MS).unref();
    });
  });
  // One key per element; a null message is a FLUSHALL or FLUSHDB.
  connection.on('messageBuffer', (channel: Buffer, keys: Buffer[] | null) => {
    if (channel.toString() !== INVALIDATE_CHANNEL) return;
    handlers.onInvalidate(keys && keys.map((key) => key.toString().slice(prefix.length)));
  });
  let pinging = false;
  const heartbeat = setInterval(() => {
    if (!tracking || pinging) return;
    pinging = true;
    connection.ping().then(() => undefined, () => {
      // Unanswered within the command timeout: changes may be going unreported already.
      lost();
      connection.disconnect(true);
    }).finally(() => (pinging = false));
  }, heartbeatMs);
  heartbeat.unref();
  connection.connect().catch(() => undefined);
  return {
    close() {
      clearInterval(heartbeat);
      clearTimeout(retry);
      connection.removeAllListeners('close');
      lost();
      connection.disconnect();
    },
  };
}
