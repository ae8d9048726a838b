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
 * bus did not carry. The moments the subscription is back are reported as the ends of gaps, and
 * so is a message of another instance's that never arrived (its numbers skip one).
 */
export class RedisBus<E> {
  private readonly channel: PubSubChannel;
  private downSince: number | null = Date.now();
  /** This process's messages are numbered: a receiver that sees a number skipped knows one was lost. */
  private sent = 0;
  /** Per other instance, the number of its last message received here and when it came. */
  private readonly heard = new Map<string, { seq: number; at: number }>();

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
        const { origin, seq } = headerOf(message);
        if (origin === this.origin) return;
        this.count(origin, seq, handlers);
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
   * A message another instance published: when its number is not the one after the last heard from
   * that instance, a message between was lost (Redis refused its publish, say) and this is reported
   * as a gap since that last one, though this process's own connection never dropped.
   */
  private count(origin: string, seq: number, handlers: BusHandlers<E>) {
    const now = Date.now();
    const last = this.heard.get(origin);
    this.heard.delete(origin); // re-inserted last: the map stays in order of last hearing
    this.heard.set(origin, { seq, at: now });
    if (last && seq !== last.seq + 1) handlers.onGap(last.at);
    for (const [gone, heard] of this.heard) {
      if (now - heard.at < FORGET_ORIGIN_MS) break;
      this.heard.delete(gone);
    }
  }

  /**
   * One bus message: the publishing instance's id and the message's number, a newline, then the
   * events as JSON. The header comes first so an instance can ignore its own messages (it delivered
   * them locally already) without parsing them. A publish that fails still uses its number.
   */
  private encode(events: readonly E[]): string {
    return `${this.origin} ${++this.sent}\n${JSON.stringify(events.map((event) => this.codec.write(event)))}`;
  }

  /** The events of a message; entries the codec cannot read are dropped, never thrown at the subscriber loop. */
  private decode(message: string): E[] {
    const raw: unknown = JSON.parse(message.slice(message.indexOf('\n') + 1));
    if (!Array.isArray(raw)) return [];
    return raw.flatMap((entry: unknown) => this.codec.read(entry) ?? []);
  }
}

/** An instance not heard from for this long is forgotten (it stopped, or restarted under a new id). */
const FORGET_ORIGIN_MS = 3_600_000;

function headerOf(message: string): { origin: string; seq: number } {
  const header = message.slice(0, message.indexOf('\n'));
  const space = header.lastIndexOf(' ');
  return { origin: header.slice(0, space), seq: Number(header.slice(space + 1)) };
}
