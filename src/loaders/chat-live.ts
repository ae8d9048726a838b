import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { MESSAGE_COLLECTION as COLLECTION, type ChatEvent, type ChatMessageDoc } from '../chat/conversations';
import type { Filter } from 'mongodb';
import { badUserInput } from '../errors';
import type { ChatFeed } from '../live/chat-feed';
import type { DocumentStore, TenantDocument } from '../stores/documents';
import type { Keyset } from '../stores/keyset';
import type { PresenceState } from '../stores/presence';
import type { ChatLoaders } from './chat';
import type { RowLoaders } from './rows';

/** How many people one presenceChanged follows: the members a screen shows, not a directory. */
export const PRESENCE_WATCH_LIMIT = 200;

/**
 * Live chat for one request: each subscription starts from the subscriber's membership (checked
 * here, once; the feed ends it when they leave), typing goes to the bus only, and presence is read
 * from Redis, the users of one request in one batch.
 */
export class ChatLive {
  private readonly presenceLoader: DataLoader<string, PresenceState>;

  constructor(
    private readonly tenantId: string,
    private readonly feed: ChatFeed,
    private readonly chat: ChatLoaders,
    private readonly documents: DocumentStore,
    private readonly rows: RowLoaders,
    private readonly emit: (event: ChatEvent) => void,
  ) {
    this.presenceLoader = new DataLoader((userIds) => feed.presence.read(tenantId, userIds));
  }

  /**
   * Messages posted in a conversation of the viewer's (thread replies too), after `after` first;
   * without one, in every conversation they are a member of. The feed listens before the
   * membership is checked here, so a member leaving meanwhile is not missed.
   */
  messageAdded(viewer: Viewer, conversationId: string | null | undefined, after: Keyset | undefined) {
    const page = (filter: Filter<ChatMessageDoc & TenantDocument>, position: Keyset, limit: number) =>
      this.documents.pageForward<ChatMessageDoc & TenantDocument>(COLLECTION, filter, position, limit) as Promise<ChatMessageDoc[]>;
    if (conversationId == null) {
      return this.feed.inbox(this.tenantId, viewer.userId, () => this.chat.store.conversationIdsOf(viewer.userId), after,
        (ids, position, limit) => page({ channel_id: { $in: [...ids] } }, position, limit));
    }
    const id = conversationId.toLowerCase();
    return this.feed.messages(this.tenantId, id, viewer.userId, this.member(viewer, id), after, (position, limit) => page({ channel_id: id }, position, limit));
  }

  conversationUpdated(viewer: Viewer, conversationId: string) {
    return this.feed.updates(this.tenantId, conversationId, viewer.userId, this.member(viewer, conversationId));
  }

  typing(viewer: Viewer, conversationId: string) {
    return this.feed.typing(this.tenantId, conversationId, viewer.userId, this.member(viewer, conversationId));
  }

  /** Tells the conversation's other members that the viewer started (or stopped) typing; nothing is stored. */
  async setTyping(viewer: Viewer, conversationId: string, typing: boolean): Promise<boolean> {
    const conversation = await this.chat.ofMember(viewer, conversationId, 'conversationId');
    if (conversation.archivedAt) throw badUserInput('The channel is archived: nothing more is posted in it.', 'conversationId');
    this.emit({ kind: 'typing', conversationId: conversation.id, userId: viewer.userId, typing, at: new Date() });
    return true;
  }

  /** The presence of users of the tenant, now and on each change. */
  async presenceChanged(viewer: Viewer, userIds: readonly string[]) {
    if (userIds.length === 0 || userIds.length > PRESENCE_WATCH_LIMIT) throw badUserInput(`userIds is 1 to ${PRESENCE_WATCH_LIMIT} users.`, 'userIds');
    const distinct = await this.rows.usersOfTenant(userIds, 'userIds');
    return this.feed.watchPresence(this.tenantId, viewer.userId, distinct, () => this.feed.presence.read(this.tenantId, distinct));
  }

  /** The membership check a subscription is admitted by (it reads PostgreSQL, not this request's cache: it runs after listening began). */
  private member(viewer: Viewer, conversationId: string) {
    return () => {
      this.chat.forget(conversationId.toLowerCase());
      return this.chat.ofMember(viewer, conversationId, 'conversationId');
    };
  }

  /** Whether a user of the tenant is online; the users of one request share one batch. */
  presence(userId: string): Promise<PresenceState> {
    return this.presenceLoader.load(userId);
  }
}
