import type { Db } from 'mongodb';
import { asNotificationDoc, NOTIFICATION_COLLECTION, type NotificationDoc } from '../documents/notifications';
import type { Logger } from '../logger';
import { DocumentStore } from '../stores/documents';
import { subscriptionDropped } from './dropped';
import type { NotificationEvent } from './events';
import type { NotificationHub } from './hub';
import type { RecentKeys } from './recent';

/** Writers' clocks differ: a catch-up starts this much before the gap began. */
const CLOCK_MARGIN_MS = 5_000;
const LIMIT = 5_000;

export interface CatchUpOptions {
  mongo: Db;
  hub: NotificationHub;
  /** What the hub has dispatched: a catch-up relies on it to skip what subscribers did get. */
  dispatched: RecentKeys;
  deliver(events: NotificationEvent[]): void;
  logger: Logger;
}

/**
 * After a time in which bus messages may have been lost (the subscriber connection dropped),
 * delivers from MongoDB, per tenant, the notifications of every recipient with a live
 * subscription here that were written since shortly before the gap; the hub drops those already
 * dispatched. When the gap reaches back further than the hub remembers, or the catch-up fails,
 * the subscriptions are ended instead and their clients resubscribe from their own cursors:
 * either way nothing is lost and nothing arrives twice.
 */
export async function catchUpAfterGap(since: number, { mongo, hub, dispatched, deliver, logger }: CatchUpOptions): Promise<void> {
  const from = since - CLOCK_MARGIN_MS;
  const recipients = hub.recipients('added');
  if (recipients.size === 0) return;
  if (!dispatched.covers(from)) return hub.failAll('added', subscriptionDropped('interrupted'));
  try {
    for (const [tenantId, userIds] of recipients) {
      const docs = await new DocumentStore(mongo, tenantId).find<NotificationDoc>(
        NOTIFICATION_COLLECTION,
        { recipient_id: { $in: userIds }, created_at: { $gte: new Date(from) } },
        { sort: { created_at: 1, _id: 1 }, limit: LIMIT },
      );
      if (docs.length === LIMIT) throw new Error('too many notifications to catch up in place');
      deliver(docs.flatMap((raw) => {
        const doc = asNotificationDoc(raw);
        return doc ? [{ kind: 'added' as const, doc }] : [];
      }));
    }
  } catch (error) {
    logger.warn({ err: error }, 'notification feed: catch-up after a bus gap failed; ending live subscriptions');
    hub.failAll('added', subscriptionDropped('interrupted'));
  }
}
