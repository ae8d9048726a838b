import { Cluster, Redis } from 'ioredis';
import { keyPrefixOf, type RedisClient } from './redis';

/** What a channel's listener is told. */
export interface ChannelHandlers {
  /** The subscription is in place (at start and after every reconnection). */
  onListening(): void;
  /** The subscription is gone until the next `onListening`: messages of that time are not received. */
  onLost(): void;
  onMessage(message: string): void;
  /** Subscribing failed; the connection is dropped and tried again. */
  onSubscribeFailed(error: unknown): void;
}

/** One pub/sub channel: publishing to it from the shared client, listening on a connection of its own. */
export interface PubSubChannel {
  publish(message: string): Promise<unknown>;
  listen(handlers: ChannelHandlers): void;
  close(): void;
}

/**
 * On one Redis, classic pub/sub. On a cluster, sharded pub/sub (SPUBLISH/SSUBSCRIBE, Redis 7): a
 * message stays on the shard that owns the channel's slot instead of being copied by the cluster
 * bus to every node, so the channels of the gateway's feeds each load one shard.
 *
 * Both are named with the client's key prefix, so gateways sharing a Redis under different
 * prefixes do not hear each other.
 */
export const pubSubChannel = (redis: RedisClient, name: string): PubSubChannel =>
  redis instanceof Cluster ? new ShardChannel(redis, name) : new ClassicChannel(redis, name);

/** Reconnection delays of a listener, in ms, by attempt. */
const backoff = (attempt: number) => Math.min(attempt * 200, 2_000);

class ClassicChannel implements PubSubChannel {
  private subscriber: Redis | null = null;
  /** ioredis's `keyPrefix` does not apply to classic channel names: it is added here. */
  private readonly name: string;

  constructor(private readonly redis: Redis, name: string) {
    this.name = keyPrefixOf(redis) + name;
  }

  publish(message: string) {
    return this.redis.publish(this.name, message);
  }

  /**
   * The subscription is made here on every `ready` rather than by ioredis's auto-resubscribe, so
   * the moment it is back is known.
   */
  listen(handlers: ChannelHandlers): void {
    const subscriber = (this.subscriber = this.redis.duplicate({ autoResubscribe: false, enableAutoPipelining: false, lazyConnect: true }));
    subscriber.on('error', () => undefined); // the connection retries by itself; gaps are reported
    subscriber.on('close', () => handlers.onLost());
    subscriber.on('ready', () => {
      subscriber.subscribe(this.name).then(() => handlers.onListening(), (error: unknown) => {
        handlers.onSubscribeFailed(error);
        subscriber.disconnect(true);
      });
    });
    subscriber.on('message', (channel: string, message: string) => channel === this.name && handlers.onMessage(message));
    subscriber.connect().catch(() => undefined);
  }

  close(): void {
    this.subscriber?.disconnect();
    this.subscriber = null;
  }
}

/**
 * The listener is a plain connection to the master that owns the channel's slot, as the cluster
 * client maps it when the connection is made. It does not reconnect by itself: after any close or
 * error (the node went away, or the slot moved and the server dropped the subscription) a new
 * connection is made to whichever master owns the slot then.
 */
class ShardChannel implements PubSubChannel {
  private subscriber: Redis | null = null;
  private closed = false;
  private attempt = 0;
  private retry: NodeJS.Timeout | undefined;

  /** The channel as the servers know it: sharded channels are keys, so the cluster client prefixes SPUBLISH's. */
  private readonly wireName: string;

  constructor(private readonly cluster: Cluster, private readonly name: string) {
    this.wireName = keyPrefixOf(cluster) + name;
  }

  publish(message: string) {
    return this.cluster.spublish(this.name, message);
  }

  listen(handlers: ChannelHandlers): void {
    this.owner().then((owner) => (owner ? this.subscribe(owner, handlers) : this.again(handlers)), () => this.again(handlers));
  }

  private subscribe(owner: { host: string; port: number }, handlers: ChannelHandlers) {
    if (this.closed) return;
    const subscriber = (this.subscriber = new Redis({
      ...this.cluster.options.redisOptions, ...owner, keyPrefix: undefined, autoResubscribe: false, enableAutoPipelining: false, lazyConnect: true, retryStrategy: () => null,
    }));
    let listening = false;
    const drop = () => {
      subscriber.removeAllListeners();
      subscriber.on('error', () => undefined);
      subscriber.disconnect();
      if (listening) handlers.onLost();
      listening = false;
      this.again(handlers);
    };
    subscriber.on('error', drop);
    subscriber.on('close', drop);
    subscriber.on('ready', () => {
      subscriber.ssubscribe(this.wireName).then(() => {
        listening = true;
        this.attempt = 0;
        handlers.onListening();
      }, (error: unknown) => {
        handlers.onSubscribeFailed(error);
        drop();
      });
    });
    subscriber.on('smessage', (channel: string, message: string) => channel === this.wireName && handlers.onMessage(message));
    subscriber.connect().catch(() => undefined); // reported as `error` or `close`
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    const subscriber = this.subscriber;
    this.subscriber = null;
    subscriber?.removeAllListeners();
    subscriber?.on('error', () => undefined);
    subscriber?.disconnect();
  }

  private again(handlers: ChannelHandlers) {
    this.subscriber = null;
    if (this.closed) return;
    this.retry = setTimeout(() => this.listen(handlers), backoff(++this.attempt));
    this.retry.unref();
  }

  /** The master serving the channel's slot, as the cluster client maps it now (null before it has a map). */
  private async owner(): Promise<{ host: string; port: number } | null> {
    if (this.cluster.status !== 'ready') return null;
    const slot = Number(await this.cluster.cluster('KEYSLOT', this.wireName));
    const node = this.cluster.slots[slot]?.[0];
    if (!node) return null;
    const at = node.lastIndexOf(':');
    return { host: node.slice(0, at), port: Number(node.slice(at + 1)) };
  }
}
