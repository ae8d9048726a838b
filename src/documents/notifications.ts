import type { DocumentOf } from '../catalogue/documents';
import { collectionSpec } from '../catalogue/lookup';
import { asDocument } from '../catalogue/validate';
import { encodeCursor, type Keyset } from '../pagination';

/**
 * One recipient's copy of a notification, as stored in `notification_delivery` (seed 000,
 * category 5: "per-recipient delivery status: sent/delivered/read/failed"). Field names follow the
 * seeds' snake_case; `channels` is the list of seed 002's `delivery_channels`, `expires_at` its
 * per-notification expiry.
 */
export const NOTIFICATION_COLLECTION = 'notification_delivery' as const;

export type NotificationDoc = DocumentOf<'notification_delivery'>;
export type NotificationStatus = NotificationDoc['status'];
export type NotificationChannel = NotificationDoc['channels'][number];
export type NotificationPriority = NotificationDoc['priority'];

/** Sizes a sender may not exceed: a notification is a line and a paragraph, not a document. */
export const NOTIFICATION_LIMITS = { title: 200, body: 2000, recipients: 500 } as const;

/** The collection's TTL: a notification cannot be kept longer by giving it a later expiry. */
const { retention } = collectionSpec(NOTIFICATION_COLLECTION);
export const NOTIFICATION_RETENTION_MS = retention.kind === 'ttl' ? retention.seconds * 1000 : Number.POSITIVE_INFINITY;

export const notificationKeyset = (doc: NotificationDoc): Keyset => ({ at: doc.created_at, id: doc._id.toHexString() });
/** Memoized per document: every subscriber of an event asks for the cursor of the same object. */
const cursors = new WeakMap<NotificationDoc, string>();
export function notificationCursor(doc: NotificationDoc): string {
  let cursor = cursors.get(doc);
  if (cursor === undefined) cursors.set(doc, (cursor = encodeCursor(notificationKeyset(doc))));
  return cursor;
}

/** Expired notifications are gone for their reader, whether or not MongoDB has deleted them yet. */
export const isExpired = (doc: NotificationDoc, now = Date.now()) => !!doc.expires_at && doc.expires_at.getTime() <= now;

/** The filter that hides expired notifications (`null` also matches a missing field). */
export const notExpired = (now: Date) => ({ $or: [{ expires_at: null }, { expires_at: { $gt: now } }] });

/**
 * The stored document as a NotificationDoc, or null when it is not one. Other services write this
 * collection too; a document this gateway cannot serve is skipped rather than sent half-formed.
 */
export const asNotificationDoc = (raw: Record<string, unknown> | null | undefined) => asDocument(NOTIFICATION_COLLECTION, raw);
