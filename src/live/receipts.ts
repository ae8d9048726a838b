import type { Db, ObjectId } from 'mongodb';
import { NOTIFICATION_COLLECTION, type NotificationDoc } from '../documents/notifications';
import type { Logger } from '../logger';
import { DocumentStore } from '../stores/documents';

const FLUSH_EVERY_MS = 250;
const FLUSH_AT = 1000;
const CHUNK = 100;

/**
 * Marks notifications DELIVERED once a live subscription has handed them to the recipient's
 * socket. Marks are batched (one updateMany per tenant every 250 ms, or per 1,000 marks) because
 * a busy process delivers thousands a second and the status is not urgent. Only SENT documents
 * change, so a notification read in the meantime is never set back. The status change reaches
 * `notificationUpdated` through the change-stream relay, which reads the document as it is after
 * the update.
 */
export class DeliveryReceipts {
  private pending = new Map<string, Map<string, ObjectId>>();
  private count = 0;
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> = Promise.resolve();

  constructor(
    private readonly mongo: Db,
    private readonly logger: Logger,
  ) {}

  delivered(doc: NotificationDoc): void {
    if (doc.status !== 'sent') return;
    let ids = this.pending.get(doc.tenant_id);
    if (!ids) this.pending.set(doc.tenant_id, (ids = new Map()));
    const id = doc._id.toHexString();
    if (ids.has(id)) return; // another socket of the same recipient
    ids.set(id, doc._id);
    if (++this.count >= FLUSH_AT) void this.flush();
    else this.timer ??= setTimeout(() => void this.flush(), FLUSH_EVERY_MS).unref();
  }

  /** Writes every pending mark; resolves when they (and any earlier flush) are written. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const batch = this.pending;
    this.pending = new Map();
    this.count = 0;
    this.flushing = this.flushing.then(() => this.write(batch));
    return this.flushing;
  }

  /**
   * One updateMany per tenant and chunk of ids. Chunks keep each command short: the local test
   * server evaluates `$in` against every document of the collection, holding it meanwhile, and
   * inserts of new notifications should not wait behind a long one.
   */
  private async write(batch: Map<string, Map<string, ObjectId>>) {
    const now = new Date();
    for (const [tenantId, ids] of batch) {
      const store = new DocumentStore(this.mongo, tenantId);
      const all = [...ids.values()];
      for (let start = 0; start < all.length; start += CHUNK) {
        try {
          await store.updateMany<NotificationDoc>(
            NOTIFICATION_COLLECTION,
            // Status first: the local test server checks conditions in order, and most documents are no longer SENT.
            { status: 'sent', _id: { $in: all.slice(start, start + CHUNK) } },
            { $set: { status: 'delivered', delivered_at: now } },
          );
        } catch (error) {
          // A lost mark leaves the notification SENT: a status, not a notification, is lost.
          this.logger.warn({ err: error, tenantId, count: ids.size }, 'notification receipts: marking delivered failed');
        }
      }
    }
  }
}
