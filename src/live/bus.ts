import { subscriberFor, type RedisClient } from '../db/redis';
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
 * (not one per socket), fanned out in-process by the hub. Redis is only the bus, never the
 * record: publishing failures are logged and swallowed, because the change-stream relay and the
 * catch-up paths deliver from MongoDB what the bus did not carry.
 *
 * ioredis's `keyPrefix` does not apply to channel names, so the prefix is part of `channel`.
 * Subscribing is done here on every `ready` rather than by ioredis's auto-resubscribe, so the
 * moment the subscription is back is known and reported as the end of a gap.
 */
export class RedisBus<E> {
  private subscriber: RedisClient | null = null;
  private downSince: number | null = Date.now();

  constructor(
    private readonly redis: RedisClient,
    private readonly channel: string,
    private readonly origin: string,
    private readonly logger: Logger,
    private readonly codec: BusCodec<E>,
  ) {}

  async publish(events: readonly E[]): Promise<boolean> {
    if (events.length === 0) return true;
    try {
      await this.redis.publish(this.channel, this.encode(events));
      return true;
    } catch (error) {
      this.logger.warn({ err: error, events: events.length }, 'notification bus: publish failed; MongoDB paths will deliver');
      return false;
    }
  }

  start(handlers: BusHandlers<E>): void {
    const subscriber = subscriberFor(this.redis);
    this.subscriber = subscriber;
    subscriber.on('error', () => undefined); // the connection retries by itself; gaps are reported below
    subscriber.on('close', () => (this.downSince ??= Date.now()));
    subscriber.on('ready', () => {
      subscriber.subscribe(this.channel).then(
        () => {
          const since = this.downSince;
          this.downSince = null;
          if (since !== null) handlers.onGap(since);
        },
        (error: unknown) => {
          this.logger.warn({ err: error }, 'notification bus: subscribe failed; reconnecting');
          subscriber.disconnect(true);
        },
      );
    });
    subscriber.on('message', (channel: string, message: string) => {
      if (channel !== this.channel || originOf(message) === this.origin) return;
      let events: E[];
      try {
        events = this.decode(message);
      } catch (error) {
        this.logger.warn({ err: error }, 'notification bus: unreadable message dropped');
        return;
      }
      handlers.onEvents(events);
    });
    subscriber.connect().catch(() => undefined);
  }

  async stop(): Promise<void> {
    const subscriber = this.subscriber;
    this.subscriber = null;
    if (subscriber) subscriber.disconnect();
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
