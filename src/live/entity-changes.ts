import type { RedisClient } from '../db/redis';
import { ObjectId } from 'mongodb';
import type { EntityChangeDoc } from '../documents/types';
import type { Logger } from '../logger';
import { documentKeyset } from '../stores/documents';
import type { Keyset } from '../stores/keyset';
import { RedisBus, type BusCodec } from './bus';
import { subscriptionDropped } from './dropped';
import { liveSubscribers } from '../metrics';
import { KeyedSets } from './keyed-sets';
import { BoundedQueue } from './queue';
import { ReplayThenLive, type FetchAfter } from './replay';

export interface EntityChangeFeedOptions {
  redis: RedisClient;
  logger: Logger;
  /** The bus channel, without the key prefix (the bus adds the client's). */
  channel: string;
  /** This process on the bus. */
  origin: string;
  /** Changes held for one subscription before it is dropped as too slow. */
  subscriptionBuffer: number;
}

/** The row a subscription watches, in its tenant; `entityType` as stored (`project`, …). Without an id: every row of the type. */
export interface WatchedEntity {
  tenantId: string;
  entityType: string;
  entityId?: string | undefined;
}

const EVERY_ROW = '*';

const OPERATIONS = new Set(['INSERT', 'UPDATE', 'DELETE']);
/** How long ids sent by a replay are remembered, to drop a live copy still on its way. */
const REMEMBER_REPLAYED_MS = 60_000;

const watchKey = ({ tenantId, entityType, entityId }: WatchedEntity) => `${tenantId}:${entityType}:${entityId ?? EVERY_ROW}`;
/** One change of a row: the row and its version after the change (before it, for a delete). */
const versionKey = (entity: WatchedEntity, version: number) => `${watchKey(entity)}@${version}`;
/** Changes seen lately, for a writer that starts waiting only after its change went by. */
const RECENT_CHANGES = 2_000;
const changeKeyset: (doc: EntityChangeDoc) => Keyset = documentKeyset('entity_changelog');

/** entity_changelog documents on the bus, revived and checked on arrival. */
const changeCodec: BusCodec<EntityChangeDoc> = {
  write: (doc) => doc,
  read(entry) {
    const raw = (entry ?? {}) as Record<string, unknown>;
    const ok = typeof raw._id === 'string' && ObjectId.isValid(raw._id) &&
      typeof raw.tenant_id === 'string' && typeof raw.entity_type === 'string' && typeof raw.entity_id === 'string' &&
      typeof raw.operation === 'string' && OPERATIONS.has(raw.operation) && typeof raw.changed_at === 'string';
    return ok ? { ...raw, _id: new ObjectId(raw._id as string), changed_at: new Date(raw.changed_at as string) } as EntityChangeDoc : null;
  },
};

/**
 * The live side of the audited write path: every entity_changelog document written through a
 * gateway reaches the subscribers of its row, on every instance (Redis pub/sub, one channel).
 *
 * entity_changelog is the record and the bus only tells subscribers sooner: a client that was away
 * subscribes again with `after` and the replay reads what it missed. So when the bus may have lost
 * messages (Redis was unreachable), the subscriptions of this process are ended with
 * SUBSCRIPTION_DROPPED rather than left to miss changes silently; resubscribing loses nothing.
 * Subscriptions are keyed by tenant, type and id taken from the document itself: a change can only
 * reach watchers of its own row in its own tenant.
 */
export class EntityChangeFeed {
  private readonly watchers = new KeyedSets<BoundedQueue<EntityChangeDoc>>();
  private readonly bus: RedisBus<EntityChangeDoc>;
  private readonly waiting = new Map<string, Set<() => void>>();
  private readonly recent = new Set<string>();

  constructor(private readonly options: EntityChangeFeedOptions) {
    this.bus = new RedisBus(options.redis, options.channel, options.origin, options.logger, changeCodec);
  }

  start(): void {
    this.bus.start({ onEvents: (docs) => this.deliverLocally(docs), onGap: () => this.interruptAll() });
  }

  stop(): Promise<void> {
    return this.bus.stop();
  }

  /** Changes written through this gateway (after MongoDB has them): here at once, elsewhere over the bus. */
  async publish(docs: EntityChangeDoc[]): Promise<void> {
    this.deliverLocally(docs);
    await this.bus.publish(docs);
  }

  /** The row's (or the type's) changes: first those after `after` (from entity_changelog), then live ones. */
  changes(entity: WatchedEntity, after: Keyset | undefined, fetchAfter: FetchAfter<EntityChangeDoc>): AsyncIterableIterator<EntityChangeDoc> {
    let stop = () => {};
    const queue = new BoundedQueue<EntityChangeDoc>(this.options.subscriptionBuffer, subscriptionDropped('slow'), () => stop());
    const unwatch = this.watchers.add(watchKey(entity), queue);
    liveSubscribers.inc({ subscription: 'entityChanged' });
    stop = () => {
      unwatch();
      liveSubscribers.dec({ subscription: 'entityChanged' });
      stop = () => {};
    };
    return new ReplayThenLive({
      queue, fetchAfter, after, keysetOf: changeKeyset, idOf: (doc) => doc._id.toHexString(), rememberMs: REMEMBER_REPLAYED_MS,
    });
  }

  /**
   * Resolves true once the change that left the row at `version` has been relayed to
   * entity_changelog (its event reached this process), or false after `timeoutMs`: a writer that
   * wants to show its own change in the answer waits for it, within a budget.
   */
  whenRelayed(entity: WatchedEntity, version: number, timeoutMs: number): Promise<boolean> {
    const key = versionKey(entity, version);
    if (this.recent.has(key)) return Promise.resolve(true);
    return new Promise((resolve) => {
      const waiters = this.waiting.get(key) ?? new Set();
      this.waiting.set(key, waiters);
      const done = (relayed: boolean) => {
        clearTimeout(timer);
        waiters.delete(arrived);
        if (waiters.size === 0) this.waiting.delete(key);
        resolve(relayed);
      };
      const arrived = () => done(true);
      const timer = setTimeout(() => done(false), timeoutMs);
      waiters.add(arrived);
    });
  }

  private deliverLocally(docs: readonly EntityChangeDoc[]): void {
    for (const doc of docs) {
      const entity = { tenantId: doc.tenant_id, entityType: doc.entity_type, entityId: doc.entity_id };
      for (const queue of this.watchers.get(watchKey(entity)) ?? []) queue.push(doc);
      for (const queue of this.watchers.get(watchKey({ ...entity, entityId: undefined })) ?? []) queue.push(doc);
      if (typeof doc.version === 'number') this.remember(versionKey(entity, doc.version));
    }
  }

  private remember(key: string) {
    this.recent.add(key);
    if (this.recent.size > RECENT_CHANGES) this.recent.delete(this.recent.values().next().value!);
    for (const arrived of this.waiting.get(key) ?? []) arrived();
  }

  private interruptAll(): void {
    for (const queue of this.watchers.all()) queue.fail(subscriptionDropped('interrupted')());
  }
}
