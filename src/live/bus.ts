import { pubSubChannel, type PubSubChannel } from '../db/pubsub';
import type { RedisClient } from '../db/redis';
import type { Logger } from '../logger';

/** How events of one kind travel as JSON; `read` returns null for an entry it cannot serve. */
export interface BusCodec<E> {
  write(event: E): unknown;
  read(entry: unknown): E | null;
}

export interface BusHandlers<E> {
  /** Events another instance published. */
  onEvents(events: E[]): void;
  /**
   * The subscription is live again after a time in which messages may have been published and
   * not received (start-up, a dropped connection): `since` is when that time began.
   */
  onGap(since: number): void;
}

/**
 * Redis pub/sub between gateway instances: one channel, one subscriber connection per process
 * (not one per socket), fanned out in-process by the hub; sharded pub/sub on a cluster (see
 * db/pubsub.ts). Redis is only the bus, never the record: publishing failures are logged and
 * swallowed, because the change-stream relay and the catch-up paths deliver from MongoDB what the
 * bus did not carry. The moments the subscription is back are reported as the ends of gaps.
 */
export class RedisBus<E> {
  private readonly channel: PubSubChannel;
  private downSince: number | null = Date.now();

  constructor(
    redis: RedisClient,
    channel: string,
    private readonly origin: string,
    private readonly logger: Logger,
    private readonly codec: BusCodec<E>,
  ) {
    this.channel = pubSubChannel(redis, channel);
  }

  async publish(events: readonly E[]): Promise<boolean> {
    if (events.length === 0) return true;
    try {
      await this.channel.publish(this.encode(events));
      return true;
    } catch (error) {
      this.logger.warn({ err: error, events: events.length }, 'notification bus: publish failed; MongoDB paths will deliver');
      return false;
    }
  }

  start(handlers: BusHandlers<E>): void {
    this.channel.listen({
      onLost: () => (this.downSince ??= Date.now()),
      onListening: () => {
        const since = this.downSince;
        this.downSince = null;
        if (since !== null) handlers.onGap(since);
      },
      onSubscribeFailed: (error) => this.logger.warn({ err: error }, 'notification bus: subscribe failed; reconnecting'),
      onMessage: (message) => {
        if (originOf(message) === this.origin) return;
        let events: E[];
        try {
          events = this.decode(message);
        } catch (error) {
          this.logger.warn({ err: error }, 'notification bus: unreadable message dropped');
          return;
        }
        handlers.onEvents(events);
      },
    });
  }

  async stop(): Promise<void> {
    this.channel.close();
  }

  /**
   * One bus message: the publishing instance's id, a newline, then the events as JSON. The id comes
   * first so an instance can ignore its own messages (it delivered them locally already) without
   * parsing them.
   */
  private encode(events: readonly E[]): string {
    return `${this.origin}\n${JSON.stringify(events.map((event) => this.codec.write(event)))}`;
  }

  /** The events of a message; entries the codec cannot read are dropped, never thrown at the subscriber loop. */
  private decode(message: string): E[] {
    const raw: unknown = JSON.parse(message.slice(message.indexOf('\n') + 1));
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry: unknown) => this.codec.read(entry) ?? []);
  }
}

const originOf = (message: string) => message.slice(0, message.indexOf('\n'));
