import DataLoader from 'dataloader';
import { ObjectId, type Document, type Filter } from 'mongodb';
import type { Viewer } from '../auth/viewer';
import { MESSAGE_COLLECTION as COLLECTION, type ChatMessageDoc, type MemberConversation, type Membership } from '../chat/conversations';
import { badUserInput, forbidden } from '../errors';
import type { ChatStore } from '../stores/chat';
import type { DocumentStore, TenantDocument } from '../stores/documents';
import type { Keyset } from '../stores/keyset';

/** A page of history: newest first; `after` reaches back in time, `before` towards the present. */
export interface HistoryRequest {
  first: number;
  after?: Keyset | undefined;
  before?: Keyset | undefined;
}

export interface HistoryPage {
  nodes: ChatMessageDoc[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** The read position of a member as a filter: the messages after it. */
const afterPosition = (position: Keyset): Filter<Document> => ({
  $or: [{ sent_at: { $gt: position.at } }, { sent_at: position.at, _id: { $gt: new ObjectId(position.id) } }],
});

const rootKey = (root: Pick<ChatMessageDoc, '_id' | 'channel_id'>) => `${root._id.toHexString()}|${root.channel_id}`;

/** A conversation's own history: its messages that reply to none (replies are in their thread). */
const topLevel = (conversationId: string) => ({ channel_id: conversationId, thread_id: null });

/**
 * Chat reads for one request. Every read of messages starts from the reader's membership: a
 * conversation the reader is not in reads as none (a public channel as one to join, without its
 * messages). The tenant's loaders are shared by its users, so every loader here is per reader.
 */
export class ChatLoaders {
  private readonly conversationIds = new Map<string, Promise<string[]>>();
  private readonly conversations = new Map<string, DataLoader<string, MemberConversation | null>>();
  private readonly unread = new Map<string, DataLoader<Membership, number, string>>();
  private readonly membersLoader: DataLoader<string, Membership[]>;
  private readonly messagesLoader: DataLoader<string, ChatMessageDoc | null>;
  private readonly replyCounts: DataLoader<ChatMessageDoc, { count: number; lastReplyAt: Date | null }, string>;

  constructor(
    readonly store: ChatStore,
    private readonly documents: DocumentStore,
    private readonly batch = true,
  ) {
    const options = { batch, cache: batch };
    this.membersLoader = new DataLoader(async (ids) => {
      const members = await this.store.members(ids);
      return ids.map((id) => members.filter((member) => member.conversationId === id));
    }, options);
    // Only ever asked for ids a conversation the reader is in names (its last message, a thread's root).
    this.messagesLoader = new DataLoader(async (ids) => {
      const docs = await this.documents.find<ChatMessageDoc & TenantDocument>(COLLECTION, { _id: { $in: ids.map((id) => new ObjectId(id)) } });
      const byId = new Map(docs.map((doc) => [doc._id.toHexString(), doc as ChatMessageDoc]));
      return ids.map((id) => byId.get(id) ?? null);
    }, options);
    // Keyed by the root with its conversation: a reply counts only in its root's conversation.
    this.replyCounts = new DataLoader(async (roots) => {
      const counts = await this.documents.aggregate<{ _id: { t: ObjectId; c: string }; n: number; last: Date }>(COLLECTION, [
        { $match: { thread_id: { $in: roots.map((root) => root._id) } } },
        { $group: { _id: { t: '$thread_id', c: '$channel_id' }, n: { $sum: 1 }, last: { $max: '$sent_at' } } },
      ]);
      const byRoot = new Map(counts.map((c) => [`${c._id.t.toHexString()}|${c._id.c}`, { count: c.n, lastReplyAt: c.last }]));
      return roots.map((root) => byRoot.get(rootKey(root)) ?? { count: 0, lastReplyAt: null });
    }, { ...options, cacheKeyFn: rootKey });
  }

  /** The ids of the conversations `viewer` is in: what a read of chat_message outside a conversation is limited to. */
  idsOf(viewer: Viewer): Promise<string[]> {
    let ids = this.conversationIds.get(viewer.userId);
    if (!ids) this.conversationIds.set(viewer.userId, (ids = this.store.conversationIdsOf(viewer.userId)));
    return ids;
  }

  /** A conversation `viewer` may see (theirs, or a public channel), with their membership; null otherwise. */
  async conversation(viewer: Viewer, id: string): Promise<MemberConversation | null> {
    const found = await this.loaderFor(viewer).load(id.toLowerCase());
    return found && (found.membership || (found.kind === 'CHANNEL' && !found.private)) ? found : null;
  }

  /**
   * A conversation `viewer` is a member of. Not one they may see: BAD_USER_INPUT naming `field`
   * (another tenant's reads exactly like none); a public channel they have not joined: FORBIDDEN.
   */
  async ofMember(viewer: Viewer, id: string, field: string): Promise<MemberConversation & { membership: Membership }> {
    const found = await this.conversation(viewer, id);
    if (!found) throw badUserInput(`No conversation ${id} in your tenant.`, field);
    if (!found.membership) throw forbidden('Only the members of a conversation read it or post in it; join the channel first.');
    return found as MemberConversation & { membership: Membership };
  }

  /** A page of the viewer's conversations, most recently active first: one statement. */
  async page(viewer: Viewer, first: number, after: Keyset | undefined, includeArchived: boolean) {
    const rows = await this.store.ownPage(viewer.userId, first + 1, after, includeArchived);
    this.prime(viewer, rows);
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  /** The tenant's public channels, most recently active first, whether the viewer is in them or not. */
  async publicChannels(viewer: Viewer, first: number, after: Keyset | undefined) {
    const rows = await this.store.publicPage(viewer.userId, first + 1, after);
    this.prime(viewer, rows);
    return { nodes: rows.slice(0, first), hasNextPage: rows.length > first };
  }

  members(conversationId: string): Promise<Membership[]> {
    return this.membersLoader.load(conversationId);
  }

  /** The last message of a conversation the viewer is in; the conversations of a page share one find. */
  lastMessage(conversation: MemberConversation): Promise<ChatMessageDoc | null> {
    if (!conversation.membership || !conversation.lastMessageId) return Promise.resolve(null);
    return this.message(conversation.id, conversation.lastMessageId);
  }

  /** A message of a conversation the caller has checked the reader is in. */
  async message(conversationId: string, id: string): Promise<ChatMessageDoc | null> {
    if (!ObjectId.isValid(id) || id.length !== 24) return null;
    const doc = await this.messagesLoader.load(id.toLowerCase());
    return doc && doc.channel_id === conversationId ? doc : null;
  }

  /**
   * Messages after the member's read position that others posted and that are not deleted;
   * the conversations of a page share one aggregate.
   */
  unreadCount(viewer: Viewer, conversation: MemberConversation): Promise<number> {
    const membership = conversation.membership;
    if (!membership) return Promise.resolve(0);
    let loader = this.unread.get(viewer.userId);
    if (!loader) {
      // Keyed by the membership itself: it carries the read position the count starts from.
      loader = new DataLoader<Membership, number, string>(async (positions) => {
        const counts = await this.documents.aggregate<{ _id: string; n: number }>(COLLECTION, [
          {
            $match: {
              $or: positions.map(({ conversationId, lastReadAt, lastReadId }) =>
                ({ $and: [topLevel(conversationId), afterPosition({ at: lastReadAt, id: lastReadId })] })),
              deleted_at: null, sender_id: { $ne: viewer.userId },
            },
          },
          { $group: { _id: '$channel_id', n: { $sum: 1 } } },
        ]);
        const byId = new Map(counts.map((c) => [c._id, c.n]));
        return positions.map(({ conversationId }) => byId.get(conversationId) ?? 0);
      }, { batch: this.batch, cache: false, cacheKeyFn: (position) => position.conversationId });
      this.unread.set(viewer.userId, loader);
    }
    return loader.load(membership);
  }

  /** A page of a conversation's history for one of its members (checked by the caller). */
  async history(conversationId: string, request: HistoryRequest): Promise<HistoryPage> {
    if (request.after && request.before) throw badUserInput('Page with after or before, not both.', 'before');
    if (request.before) {
      const newer = await this.documents.pageForward<ChatMessageDoc & TenantDocument>(COLLECTION, topLevel(conversationId), request.before, request.first + 1);
      return { nodes: newer.slice(0, request.first).reverse() as ChatMessageDoc[], hasNextPage: true, hasPreviousPage: newer.length > request.first };
    }
    const page = await this.documents.page<ChatMessageDoc & TenantDocument>(COLLECTION, topLevel(conversationId), { first: request.first, after: request.after });
    return { nodes: page.nodes as ChatMessageDoc[], hasNextPage: page.hasNextPage, hasPreviousPage: !!request.after };
  }

  /** How many messages a conversation's history holds (counted only when selected). */
  historyCount(conversationId: string): Promise<number> {
    return this.documents.count(COLLECTION, topLevel(conversationId));
  }

  /** A thread's replies, oldest first (as a thread reads), after `after`. */
  async replies(root: ChatMessageDoc, first: number, after: Keyset | undefined) {
    const start = after ?? { at: root.sent_at, id: root._id.toHexString() };
    const docs = await this.documents.pageForward<ChatMessageDoc & TenantDocument>(COLLECTION, { thread_id: root._id, channel_id: root.channel_id }, start, first + 1);
    return { nodes: docs.slice(0, first) as ChatMessageDoc[], hasNextPage: docs.length > first };
  }

  /** How many replies a message has and when the last came; the messages of a page share one aggregate. */
  replySummary(message: ChatMessageDoc) {
    return this.replyCounts.load(message);
  }

  /** After a write: this request reads these conversations, their members and the viewer's list again. */
  forget(conversationId: string, messageId?: string): void {
    for (const loader of this.conversations.values()) loader.clear(conversationId);
    this.membersLoader.clear(conversationId);
    this.conversationIds.clear();
    if (messageId) {
      this.messagesLoader.clear(messageId);
      this.replyCounts.clearAll();
    }
  }

  private loaderFor(viewer: Viewer) {
    let loader = this.conversations.get(viewer.userId);
    if (!loader) {
      loader = new DataLoader(async (ids) => {
        const rows = await this.store.byIds(viewer.userId, ids);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }, { batch: this.batch, cache: this.batch });
      this.conversations.set(viewer.userId, loader);
    }
    return loader;
  }

  private prime(viewer: Viewer, rows: readonly MemberConversation[]) {
    const loader = this.loaderFor(viewer);
    for (const row of rows) loader.clear(row.id).prime(row.id, row);
  }
}
