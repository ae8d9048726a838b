import type { Filter, ObjectId } from 'mongodb';
import {
  NOTIFICATION_COLLECTION as COLLECTION, notExpired,
  type NotificationDoc, type NotificationChannel, type NotificationPriority,
} from '../documents/notifications';
import type { NotificationFeed } from '../live/feed';
import type { DocumentStore } from '../stores/documents';
import type { Keyset, PageRequest } from '../stores/keyset';
import type { OutgoingMessages } from './outgoing';

export interface NewNotification {
  senderId: string;
  recipientIds: readonly string[];
  title: string;
  body: string;
  channels: NotificationChannel[];
  priority: NotificationPriority;
  entity?: { entityType: string; entityId: string } | undefined;
  expiresAt?: Date | undefined;
}

/**
 * One request's notification reads and writes, always for one recipient of the store's tenant.
 * Every write that changes what a recipient sees is published to the live feed after MongoDB has
 * it: MongoDB is the record, the feed only tells subscribers sooner.
 */
export class NotificationsLoader {
  constructor(
    private readonly store: DocumentStore,
    private readonly feed: NotificationFeed,
    /** Queues what the email, push and SMS channels owe (delivery/ sends it). */
    private readonly outgoing?: OutgoingMessages,
  ) {}

  private visibleTo(userId: string, unreadOnly = false): Filter<NotificationDoc> {
    return {
      recipient_id: userId,
      ...(unreadOnly ? { status: { $ne: 'read' } } : {}),
      $and: [notExpired(new Date())],
    } as Filter<NotificationDoc>;
  }

  page(userId: string, unreadOnly: boolean, request: PageRequest) {
    return this.store.page<NotificationDoc>(COLLECTION, this.visibleTo(userId, unreadOnly), request);
  }

  count(userId: string, unreadOnly: boolean): Promise<number> {
    return this.store.count<NotificationDoc>(COLLECTION, this.visibleTo(userId, unreadOnly));
  }

  /** One delivery document per recipient, in one insertMany; its real channels' messages queued; then the live event. */
  async send(notification: NewNotification): Promise<NotificationDoc[]> {
    const createdAt = new Date();
    const docs = await this.store.insertMany<NotificationDoc>(COLLECTION, notification.recipientIds.map((recipientId) => ({
      recipient_id: recipientId,
      sender_id: notification.senderId,
      title: notification.title,
      body: notification.body,
      channels: notification.channels,
      status: 'sent' as const,
      priority: notification.priority,
      ...(notification.entity ? { entity_type: notification.entity.entityType, entity_id: notification.entity.entityId } : {}),
      created_at: createdAt,
      ...(notification.expiresAt ? { expires_at: notification.expiresAt } : {}),
    })));
    await this.outgoing?.enqueue(docs);
    await this.feed.publish(docs.map((doc) => ({ kind: 'added', doc })));
    return docs;
  }

  /**
   * Marks the recipient's own notifications among `ids` read and returns them as they now are;
   * ids of anyone else's notifications match nothing, exactly like ids that do not exist.
   */
  async markRead(userId: string, ids: readonly ObjectId[]): Promise<NotificationDoc[]> {
    const docs = await this.store.find<NotificationDoc>(COLLECTION, { ...this.visibleTo(userId), _id: { $in: [...ids] } }, {
      sort: { created_at: -1, _id: -1 },
    });
    await this.markDocsRead(docs);
    return docs;
  }

  /** Marks every unread notification of the recipient read; returns how many changed. */
  async markAllRead(userId: string): Promise<number> {
    const docs = await this.store.find<NotificationDoc>(COLLECTION, this.visibleTo(userId, true));
    return this.markDocsRead(docs);
  }

  /** Oldest first after `after`: what a reconnecting subscriber missed. */
  after(userId: string, after: Keyset, limit: number): Promise<NotificationDoc[]> {
    return this.store.pageForward<NotificationDoc>(COLLECTION, this.visibleTo(userId), after, limit);
  }

  added(userId: string, after: Keyset | undefined) {
    return this.feed.added(this.store.tenantId, userId, after, (position, limit) => this.after(userId, position, limit));
  }

  updated(userId: string) {
    return this.feed.updated(this.store.tenantId, userId);
  }

  /**
   * Updates the documents found (so only the caller's) that are not read yet, in place, and returns
   * how many changed: a second tab marking the same notifications changes nothing, and read_at
   * keeps the first time.
   */
  private async markDocsRead(docs: NotificationDoc[]): Promise<number> {
    const unread = docs.filter((doc) => doc.status !== 'read');
    if (unread.length === 0) return 0;
    const readAt = new Date();
    const changed = await this.store.updateMany<NotificationDoc>(
      COLLECTION,
      { _id: { $in: unread.map((doc) => doc._id) }, status: { $ne: 'read' } },
      { $set: { status: 'read', read_at: readAt } },
    );
    for (const doc of unread) Object.assign(doc, { status: 'read', read_at: readAt });
    await this.feed.publish(unread.map((doc) => ({ kind: 'updated', doc })));
    return changed;
  }
}
