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

interface Listener<T> {
  stream: Stream;
  userId: string;
  queue: BoundedQueue<T>;
  /** A subscription to every conversation of its user's: follows the ones they join, lets go of the ones they leave. */
  inbox?: { follow(conversationId: string): void; unfollow(conversationId: string): void };
}

const messageKeyset: (doc: ChatMessageDoc) => Keyset = documentKeyset('chat_message');
/** How long ids sent by a replay are remembered, to drop a live copy still on its way. */
const REMEMBER_REPLAYED_MS = 60_000;

const conversationKey = (tenantId: string, conversationId: string) => `${tenantId}:${conversationId}`;
const userKey = (tenantId: string, userId: string) => `${tenantId}:${userId}`;

/**
 * Live chat for one process: what the chat write paths tell (posts, edits, reactions, read
 * positions, membership changes, typing) reaches the subscribers of the conversation on every
 * instance over one Redis channel, and presence changes reach those who follow the person.
 *
 * Who receives: subscriptions are made by members only (the loaders check), keyed by tenant and
 * conversation taken from the event itself, and a member who leaves or is removed has every one of
 * their subscriptions to that conversation ended, here and on every instance, by the `left` event.
 *
 * chat_message is the record and the bus only tells sooner: when the bus may have lost messages
 * (Redis was unreachable), the message, update and presence subscriptions of this process end
 * with SUBSCRIPTION_DROPPED rather than miss something silently; `messageAdded` resubscribed with
 * `after` replays what was missed. Typing indicators are not worth ending anything for.
 */
export class ChatFeed {
  private readonly byConversation = new KeyedSets<Listener<unknown>>();
  /** The inbox subscriptions (messageAdded without a conversation) by user: who joins a conversation follows it. */
  private readonly inboxes = new KeyedSets<Listener<unknown>>();
  private readonly byWatchedUser = new KeyedSets<{ push(state: PresenceState): void; fail(error: Error): void }>();
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

  /** A chat event stored through this gateway: here at once, on the other instances over the bus. */
  publish(tenantId: string, event: ChatEvent): Promise<void> {
    return this.send([{ tenantId, event }]);
  }

  /** Messages posted in the conversation: those after `after` first (from chat_message), then live ones. */
  messages(tenantId: string, conversationId: string, userId: string, after: Keyset | undefined, fetchAfter: FetchAfter<ChatMessageDoc>) {
    const queue = this.listen<ChatMessageDoc>(tenantId, conversationId, userId, 'messageAdded');
    return new ReplayThenLive({
      queue, fetchAfter, after, keysetOf: messageKeyset, idOf: (doc) => doc._id.toHexString(), rememberMs: REMEMBER_REPLAYED_MS,
    });
  }

  /**
   * Messages posted in any of the user's conversations (`conversationIds`, as they are now): those
   * after `after` first, then live ones, from the conversations they join meanwhile too; one they
   * leave stops, without ending the subscription.
   */
  inbox(tenantId: string, userId: string, conversationIds: readonly string[], after: Keyset | undefined, fetchAfter: FetchAfter<ChatMessageDoc>) {
    const following = new Map<string, () => void>();
    let release = () => {};
    let removeInbox = () => {};
    const queue = new BoundedQueue<ChatMessageDoc>(this.options.subscriptionBuffer, subscriptionDropped('slow'), () => {
      for (const remove of following.values()) remove();
      removeInbox();
      release();
      liveSubscribers.dec({ subscription: 'messageAdded' });
    });
    const listener = {
      stream: 'messageAdded', userId, queue: queue as BoundedQueue<unknown>,
      inbox: {
        follow: (conversationId) => {
          if (!following.has(conversationId) && !queue.closed) following.set(conversationId, this.byConversation.add(conversationKey(tenantId, conversationId), listener));
        },
        unfollow: (conversationId) => {
          following.get(conversationId)?.();
          following.delete(conversationId);
        },
      },
    } satisfies Listener<unknown>;
    for (const conversationId of conversationIds) listener.inbox.follow(conversationId);
    removeInbox = this.inboxes.add(userKey(tenantId, userId), listener);
    release = this.tracker.hold(tenantId, userId);
    liveSubscribers.inc({ subscription: 'messageAdded' });
    return new ReplayThenLive({
      queue, fetchAfter, after, keysetOf: messageKeyset, idOf: (doc) => doc._id.toHexString(), rememberMs: REMEMBER_REPLAYED_MS,
    });
  }

  /** Edits, deletes, reactions, read positions and membership changes of the conversation, live. */
  updates(tenantId: string, conversationId: string, userId: string): AsyncIterableIterator<ConversationUpdateEvent> {
    return this.listen<ConversationUpdateEvent>(tenantId, conversationId, userId, 'conversationUpdated');
  }

  /** Who starts and stops typing in the conversation, except the subscriber themself. */
  typing(tenantId: string, conversationId: string, userId: string): AsyncIterableIterator<TypingEvent> {
    return this.listen<TypingEvent>(tenantId, conversationId, userId, 'typing');
  }

  /**
   * The presence of `userIds`: as it is now (`current`, read after listening starts, so no change
   * falls between), then each change. A state older than one already sent for the same person is
   * skipped, so the last one a client holds is the newest.
   */
  async watchPresence(tenantId: string, watcherId: string, userIds: readonly string[], current: () => Promise<PresenceState[]>) {
    const newest = new Map<string, number>();
    const watcher = {
      push(state: PresenceState) {
        if ((newest.get(state.userId) ?? 0) > state.at.getTime()) return;
        newest.set(state.userId, state.at.getTime());
        queue.push(state);
      },
      fail: (error: Error) => queue.fail(error),
    };
    const removes = userIds.map((userId) => this.byWatchedUser.add(userKey(tenantId, userId), watcher));
    const release = this.tracker.hold(tenantId, watcherId);
    const queue: BoundedQueue<PresenceState> = new BoundedQueue<PresenceState>(this.options.subscriptionBuffer, subscriptionDropped('slow'), () => {
      for (const remove of removes) remove();
      release();
      liveSubscribers.dec({ subscription: 'presenceChanged' });
    });
    liveSubscribers.inc({ subscription: 'presenceChanged' });
    try {
      for (const state of await current()) watcher.push(state);
    } catch (error) {
      queue.close();
      throw error;
    }
    return queue;
  }

  private listen<T>(tenantId: string, conversationId: string, userId: string, stream: Stream): BoundedQueue<T> {
    let remove = () => {};
    let release = () => {};
    const queue = new BoundedQueue<T>(this.options.subscriptionBuffer, subscriptionDropped('slow'), () => {
      remove();
      release();
      liveSubscribers.dec({ subscription: stream });
    });
    remove = this.byConversation.add(conversationKey(tenantId, conversationId), { stream, userId, queue } as Listener<unknown>);
    release = this.tracker.hold(tenantId, userId);
    liveSubscribers.inc({ subscription: stream });
    return queue;
  }

  private async send(events: ChatBusEvent[]): Promise<void> {
    this.deliverLocally(events);
    await this.bus.publish(events);
  }

  private deliverLocally(events: readonly ChatBusEvent[]): void {
    for (const bus of events) {
      if ('presence' in bus) {
        for (const queue of this.byWatchedUser.get(userKey(bus.tenantId, bus.presence.userId)) ?? []) queue.push(bus.presence);
        continue;
      }
      const { event, tenantId } = bus;
      if (event.kind === 'changed' && event.change === 'joined') {
        for (const userId of event.userIds) for (const inbox of this.inboxes.get(userKey(tenantId, userId)) ?? []) inbox.inbox!.follow(event.conversationId);
      }
      const listeners = this.byConversation.get(conversationKey(tenantId, conversationOf(event)));
      if (!listeners) continue;
      const update = updateOf(event);
      const typing: TypingEvent | null = event.kind === 'typing'
        ? { conversationId: event.conversationId, userId: event.userId, typing: event.typing, expiresAt: new Date(event.at.getTime() + TYPING_HOLDS_MS) }
        : null;
      for (const listener of [...listeners]) {
        if (event.kind === 'posted' && listener.stream === 'messageAdded') listener.queue.push(event.message);
        else if (update && listener.stream === 'conversationUpdated') listener.queue.push(update);
        else if (typing && listener.stream === 'typing' && listener.userId !== typing.userId) listener.queue.push(typing);
        // Whoever left: their subscriptions to it end, with the reason (an inbox just lets go of it).
        if (event.kind === 'changed' && event.change === 'left' && event.userIds.includes(listener.userId)) {
          if (listener.inbox) listener.inbox.unfollow(event.conversationId);
          else listener.queue.fail(forbidden('You are no longer a member of this conversation.'));
        }
      }
    }
  }

  private interrupt(): void {
    for (const listener of this.byConversation.all()) {
      if (listener.stream !== 'typing') listener.queue.fail(subscriptionDropped('interrupted')());
    }
    for (const watcher of this.byWatchedUser.all()) watcher.fail(subscriptionDropped('interrupted')());
  }
}
