import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { RedisClient } from '../db/redis';
import type { Db } from 'mongodb';
import { isExpired, notificationKeyset, type NotificationDoc } from '../documents/notifications';
import type { Logger } from '../logger';
import type { Keyset } from '../stores/keyset';
import { RedisBus } from './bus';
import { catchUpAfterGap } from './catch-up';
import { subscriptionDropped } from './dropped';
import { eventKey, notificationCodec, type EventKind, type NotificationEvent } from './events';
import { NotificationHub } from './hub';
import { BoundedQueue } from './queue';
import { RecentKeys } from './recent';
import { DeliveryReceipts } from './receipts';
import { ChangeStreamRelay } from './relay';
import { ReplayThenLive, type FetchAfter } from './replay';

/** How long (and how many) dispatched events a process remembers to drop their second copies. */
const RECENT_TTL_MS = 5 * 60_000;
const RECENT_CAPACITY = 200_000;

export interface FeedOptions {
  mongo: Db;
  /** The same database on a client of the relay's own. */
  relayMongo: Db;
  redis: RedisClient;
  logger: Logger;
  /** The bus channel, without the key prefix (the bus adds the client's). */
  channel: string;
  /** Events held for one subscription before it is dropped as too slow. */
  subscriptionBuffer: number;
  leaseMs: number;
}

/**
 * The live notification feed of one process: the hub (in-process fan-out), the Redis bus (between
 * processes), the change-stream relay (writes made outside the gateway) and the delivery receipts.
 * Every path into the process (own writes, bus, relay, catch-up) goes through `deliverLocally`,
 * where the hub drops what was already dispatched.
 */
export class NotificationFeed {
  /** This process on the bus and as relay lease owner. */
  readonly origin = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  /** Events dispatched to this process's subscribers (the hub drops their second copies). */
  private readonly recent = new RecentKeys(RECENT_TTL_MS, RECENT_CAPACITY);
  /** Events known to have crossed the bus (published from here, or received): the relay skips those. */
  private readonly carried = new RecentKeys(RECENT_TTL_MS, RECENT_CAPACITY);
  private readonly hub = new NotificationHub(this.recent);
  private readonly bus: RedisBus<NotificationEvent>;
  private readonly relay: ChangeStreamRelay;
  private readonly receipts: DeliveryReceipts;

  constructor(private readonly options: FeedOptions) {
    this.bus = new RedisBus(options.redis, options.channel, this.origin, options.logger, notificationCodec);
    this.receipts = new DeliveryReceipts(options.mongo, options.logger);
    this.relay = new ChangeStreamRelay({
      mongo: options.relayMongo,
      owner: this.origin,
      leaseMs: options.leaseMs,
      logger: options.logger,
      carried: (event) => this.carried.has(eventKey(event)),
      deliverLocally: (events) => this.deliverLocally(events),
      publish: (events) => this.toBus(events),
    });
  }

  start(): void {
    this.bus.start({
      onEvents: (events) => {
        this.markCarried(events);
        this.deliverLocally(events);
      },
      onGap: (since) => void catchUpAfterGap(since, {
        mongo: this.options.mongo, hub: this.hub, dispatched: this.recent, logger: this.options.logger,
        deliver: (events) => this.deliverLocally(events),
      }),
    });
    this.relay.start();
  }

  /** Call after the sockets are closed: stops relaying (storing the position) and listening. */
  async stop(): Promise<void> {
    await this.relay.stop();
    await this.bus.stop();
    await this.receipts.flush();
  }

  /** A write made through this gateway: delivered here at once, to the other instances over the bus. */
  async publish(events: NotificationEvent[]): Promise<void> {
    this.deliverLocally(events);
    await this.toBus(events);
  }

  /** The recipient's new notifications: first those after `after` (from MongoDB), then live ones. */
  added(tenantId: string, userId: string, after: Keyset | undefined, fetchAfter: FetchAfter<NotificationDoc>): AsyncIterableIterator<NotificationDoc> {
    const queue = this.listen(tenantId, userId, 'added');
    return new ReplayThenLive({
      queue, fetchAfter, after, keysetOf: notificationKeyset, idOf: (doc) => doc._id.toHexString(),
      rememberMs: RECENT_TTL_MS, onSend: (doc) => this.receipts.delivered(doc),
    });
  }

  /** Status changes of the recipient's notifications, live. */
  updated(tenantId: string, userId: string): AsyncIterableIterator<NotificationDoc> {
    return this.listen(tenantId, userId, 'updated');
  }

  private listen(tenantId: string, userId: string, kind: EventKind): BoundedQueue<NotificationDoc> {
    let stop = () => {};
    const queue = new BoundedQueue<NotificationDoc>(this.options.subscriptionBuffer, subscriptionDropped('slow'), () => stop());
    stop = this.hub.listen(tenantId, userId, {
      kind,
      push: (doc) => (isExpired(doc) ? undefined : queue.push(doc)),
      fail: (error) => queue.fail(error),
    });
    return queue;
  }

  private async toBus(events: NotificationEvent[]): Promise<boolean> {
    const published = await this.bus.publish(events);
    if (published) this.markCarried(events);
    return published;
  }

  private markCarried(events: readonly NotificationEvent[]): void {
    for (const event of events) this.carried.add(eventKey(event));
  }

  private deliverLocally(events: readonly NotificationEvent[]): void {
    for (const event of events) this.hub.dispatch(event);
  }
}
