import type { ChatEvent, ChatMessageDoc } from '../chat/conversations';
import type { RedisClient } from '../db/redis';
import { forbidden } from '../errors';
import type { Logger } from '../logger';
import { liveSubscribers } from '../metrics';
import { documentKeyset } from '../stores/documents';
import type { Keyset } from '../stores/keyset';
import { PresenceStore, type PresenceState } from '../stores/presence';
import { RedisBus } from './bus';
import {
  chatCodec, conversationOf, TYPING_HOLDS_MS, updateOf, type ChatBusEvent, type ConversationUpdateEvent, type TypingEvent,
} from './chat-events';
import { subscriptionDropped } from './dropped';
import { KeyedSets } from './keyed-sets';
import { PresenceTracker } from './presence';
import { BoundedQueue } from './queue';
import { ReplayThenLive, type FetchAfter } from './replay';

export interface ChatFeedOptions {
  redis: RedisClient;
  logger: Logger;
  /** The bus channel, without the key prefix (the bus adds the client's). */
  channel: string;
  /** This process on the bus and in presence. */
  origin: string;
  /** Events held for one subscription before it is dropped as too slow. */
  subscriptionBuffer: number;
}

type Stream = 'messageAdded' | 'conversationUpdated' | 'typing';

interface Listener {
  stream: Stream;
  userId: string;
  queue: BoundedQueue<unknown>;
  /** A subscription to every conversation of its user's: follows the ones they join, lets go of the ones they leave. */
  inbox?: { follow(conversationId: string): void; unfollow(conversationId: string): void };
}

interface PresenceWatcher {
  push(state: PresenceState): void;
  fail(error: Error): void;
}

const messageKeyset: (doc: ChatMessageDoc) => Keyset = documentKeyset('chat_message');
/** How long ids sent by a replay are remembered, to drop a live copy still on its way. */
const REMEMBER_REPLAYED_MS = 60_000;
/** A publish Redis refused is tried again after these pauses: the other instances cannot learn of it otherwise. */
const REPUBLISH_AFTER_MS = [100, 400, 1_600];

const conversationKey = (tenantId: string, conversationId: string) => `${tenantId}:${conversationId}`;
const userKey = (tenantId: string, userId: string) => `${tenantId}:${userId}`;
const noLongerAMember = () => forbidden('You are no longer a member of this conversation.');

/**
 * Live chat for one process: what the chat write paths tell (posts, edits, reactions, read
 * positions, membership changes, typing) reaches the subscribers of the conversation on every
 * instance over one Redis channel, and presence changes reach those who follow the person.
 *
 * Who receives: a subscription is registered first and admitted after (`admit`, the loaders'
 * membership check), so a member leaving while it is being checked is not missed; subscriptions
 * are keyed by tenant and conversation taken from the event itself; and a member who leaves or is
 * removed has every one of their subscriptions to that conversation ended, here and on every
 * instance, by the `left` event.
 *
 * chat_message is the record and the bus only tells sooner: a publish Redis refuses is tried
 * again, and when this process's bus may have lost messages (its subscription dropped, or another
 * instance's sequence has a hole) every chat subscription here ends with SUBSCRIPTION_DROPPED rather
 * than miss something silently: `messageAdded` resubscribed with `after` replays what was missed,
 * and resubscribing checks membership again.
 */
export class ChatFeed {
  private readonly byConversation = new KeyedSets<Listener>();
  /** The inbox subscriptions (messageAdded without a conversation) by user: who joins a conversation follows it. */
  private readonly inboxes = new KeyedSets<Listener>();
  private readonly byWatchedUser = new KeyedSets<PresenceWatcher>();
  private readonly bus: RedisBus<ChatBusEvent>;
  readonly presence: PresenceStore;
  private readonly tracker: PresenceTracker;

  constructor(private readonly options: ChatFeedOptions) {
    this.bus = new RedisBus(options.redis, options.channel, options.origin, options.logger, chatCodec);
    this.presence = new PresenceStore(options.redis);
    this.tracker = new PresenceTracker(this.presence, options.origin, (tenantId, presence) => void this.send([{ tenantId, presence }]), options.logger);
  }

  start(): void {
    this.bus.start({ onEvents: (events) => this.deliverLocally(events), onGap: () => this.interrupt() });
    this.tracker.start();
  }

  /** After the sockets are closed: their users' presence here is taken back, then the bus stops. */
  async stop(): Promise<void> {
    await this.tracker.stop();
    await this.bus.stop();
  }

  /**
   * A chat event stored through this gateway: here at once, on the other instances over the bus.
   * Never rejects: a delivery that fails is logged, a publish Redis refuses is tried again.
   */
  publish(tenantId: string, event: ChatEvent): Promise<void> {
    return this.send([{ tenantId, event }]);
  }

  /** Messages posted in the conversation: those after `after` first (from chat_message), then live ones. */
  async messages(tenantId: string, conversationId: string, userId: string, admit: () => Promise<unknown>, after: Keyset | undefined, fetchAfter: FetchAfter<ChatMessageDoc>) {
    const queue = await this.listen<ChatMessageDoc>(tenantId, conversationId, userId, 'messageAdded', admit);
    return this.replayThenLive(queue, after, fetchAfter);
  }

  /**
   * Messages posted in any of the user's conversations (`conversationIds()`, read once listening
   * has started): those after `after` first, then live ones, from the conversations they join
   * meanwhile too; one they leave stops, without ending the subscription.
   */
  async inbox(
    tenantId: string, userId: string, conversationIds: () => Promise<readonly string[]>, after: Keyset | undefined,
    fetchAfter: (conversationIds: readonly string[], position: Keyset, limit: number) => Promise<ChatMessageDoc[]>,
  ) {
    const following = new Map<string, () => void>();
    const left = new Set<string>();
    let removeInbox = () => {};
    const queue = this.open<ChatMessageDoc>(tenantId, userId, 'messageAdded', () => {
      for (const remove of following.values()) remove();
      removeInbox();
    });
    const listener: Listener = {
      stream: 'messageAdded', userId, queue: queue as BoundedQueue<unknown>,
      inbox: {
        follow: (conversationId) => {
          left.delete(conversationId);
          if (!following.has(conversationId) && !queue.closed) following.set(conversationId, this.byConversation.add(conversationKey(tenantId, conversationId), listener));
        },
        unfollow: (conversationId) => {
          following.get(conversationId)?.();
          following.delete(conversationId);
          left.add(conversationId);
        },
      },
    };
    removeInbox = this.inboxes.add(userKey(tenantId, userId), listener);
    // Registered before the read: a conversation left meanwhile is not followed from a stale list.
    for (const conversationId of await this.admitted(queue, conversationIds)) if (!left.has(conversationId)) listener.inbox!.follow(conversationId);
    return this.replayThenLive(queue, after, (position, limit) => fetchAfter([...following.keys()], position, limit));
  }

  /** Edits, deletes, reactions, read positions and membership changes of the conversation, live. */
  updates(tenantId: string, conversationId: string, userId: string, admit: () => Promise<unknown>): Promise<AsyncIterableIterator<ConversationUpdateEvent>> {
    return this.listen<ConversationUpdateEvent>(tenantId, conversationId, userId, 'conversationUpdated', admit);
  }

  /** Who starts and stops typing in the conversation, except the subscriber themself. */
  typing(tenantId: string, conversationId: string, userId: string, admit: () => Promise<unknown>): Promise<AsyncIterableIterator<TypingEvent>> {
    return this.listen<TypingEvent>(tenantId, conversationId, userId, 'typing', admit);
  }

  /**
   * The presence of `userIds`: as it is now (`current`, read after listening starts, so no change
   * falls between), then each change. A state no newer than one already sent for the same person
   * (by Redis's version) is skipped, so the last one a client holds is the newest.
   */
  async watchPresence(tenantId: string, watcherId: string, userIds: readonly string[], current: () => Promise<PresenceState[]>) {
    const newest = new Map<string, number>();
    let removes: (() => void)[] = [];
    const queue = this.open<PresenceState>(tenantId, watcherId, 'presenceChanged', () => {
      for (const remove of removes) remove();
    });
    const watcher: PresenceWatcher = {
      push(state) {
        if ((newest.get(state.userId) ?? -1) >= state.version) return;
        newest.set(state.userId, state.version);
        queue.push(state);
      },
      fail: (error) => queue.fail(error),
    };
    removes = userIds.map((userId) => this.byWatchedUser.add(userKey(tenantId, userId), watcher));
    for (const state of await this.admitted(queue, current)) watcher.push(state);
    return queue;
  }

  /** A subscription's queue, its user held online while it lasts; `cleanup` unregisters it when it ends, however it ends. */
  private open<T>(tenantId: string, userId: string, subscription: Stream | 'presenceChanged', cleanup: () => void): BoundedQueue<T> {
    const release = this.tracker.hold(tenantId, userId);
    liveSubscribers.inc({ subscription });
    return new BoundedQueue<T>(this.options.subscriptionBuffer, subscriptionDropped('slow'), () => {
      cleanup();
      release();
      liveSubscribers.dec({ subscription });
    });
  }

  /** A subscription to one conversation: registered, then admitted. */
  private async listen<T>(tenantId: string, conversationId: string, userId: string, stream: Stream, admit: () => Promise<unknown>): Promise<BoundedQueue<T>> {
    let remove = () => {};
    const queue = this.open<T>(tenantId, userId, stream, () => remove());
    remove = this.byConversation.add(conversationKey(tenantId, conversationId.toLowerCase()), { stream, userId, queue: queue as BoundedQueue<unknown> });
    await this.admitted(queue, admit);
    return queue;
  }

  /** What `check` answers; when it refuses, the subscription it was for ends before it began. */
  private async admitted<R>(queue: { close(): void }, check: () => Promise<R>): Promise<R> {
    try {
      return await check();
    } catch (error) {
      queue.close();
      throw error;
    }
  }

  private replayThenLive(queue: BoundedQueue<ChatMessageDoc>, after: Keyset | undefined, fetchAfter: FetchAfter<ChatMessageDoc>) {
    return new ReplayThenLive({
      queue, fetchAfter, after, keysetOf: messageKeyset, idOf: (doc) => doc._id.toHexString(), rememberMs: REMEMBER_REPLAYED_MS,
    });
  }

  private async send(events: ChatBusEvent[]): Promise<void> {
    this.deliverLocally(events);
    for (const pause of [0, ...REPUBLISH_AFTER_MS]) {
      if (pause > 0) await new Promise((resolve) => setTimeout(resolve, pause));
      if (await this.bus.publish(events)) return;
    }
  }

  private deliverLocally(events: readonly ChatBusEvent[]): void {
    for (const bus of events) {
      try {
        this.deliver(bus);
      } catch (error) {
        this.options.logger.warn({ err: error }, 'chat feed: an event could not be delivered');
      }
    }
  }

  private deliver(bus: ChatBusEvent): void {
    if ('presence' in bus) {
      for (const watcher of this.byWatchedUser.get(userKey(bus.tenantId, bus.presence.userId)) ?? []) watcher.push(bus.presence);
      return;
    }
    const { event, tenantId } = bus;
    if (event.kind === 'changed' && event.change === 'joined') {
      for (const userId of event.userIds) for (const inbox of this.inboxes.get(userKey(tenantId, userId)) ?? []) inbox.inbox!.follow(event.conversationId);
    }
    const listeners = this.byConversation.get(conversationKey(tenantId, conversationOf(event)));
    if (!listeners) return;
    const update = updateOf(event);
    const typing: TypingEvent | null = event.kind === 'typing'
      ? { conversationId: event.conversationId, userId: event.userId, typing: event.typing, expiresAt: new Date(event.at.getTime() + TYPING_HOLDS_MS) }
      : null;
    const leaving = event.kind === 'changed' && event.change === 'left' ? new Set(event.userIds) : null;
    for (const listener of [...listeners]) {
      if (event.kind === 'posted' && listener.stream === 'messageAdded') listener.queue.push(event.message);
      else if (update && listener.stream === 'conversationUpdated') listener.queue.push(update);
      else if (typing && listener.stream === 'typing' && listener.userId !== typing.userId) listener.queue.push(typing);
      // Whoever left: their subscriptions to it end after what they were sent (an inbox just lets go of it).
      if (leaving?.has(listener.userId)) {
        if (listener.inbox) listener.inbox.unfollow(conversationOf(event));
        else listener.queue.finish(noLongerAMember());
      }
    }
  }

  private interrupt(): void {
    const interrupted = subscriptionDropped('interrupted');
    for (const listener of [...this.byConversation.all(), ...this.inboxes.all()]) listener.queue.fail(interrupted());
    for (const watcher of this.byWatchedUser.all()) watcher.fail(interrupted());
  }
}
