import { ObjectId } from 'mongodb';
import { collectionSpec } from '../catalogue/lookup';
import { encodeCursor, type Keyset } from '../pagination';
import type { TenantDocument } from '../stores/documents';

/**
 * One recipient's copy of a notification, as stored in `notification_delivery` (seed 000,
 * category 5: "per-recipient delivery status: sent/delivered/read/failed"). Field names follow the
 * seeds' snake_case; `channels` is the list of seed 002's `delivery_channels`, `expires_at` its
 * per-notification expiry.
 */
export const NOTIFICATION_COLLECTION = 'notification_delivery';
export const NOTIFICATION_TIME_FIELD = 'created_at';

export const notificationStatuses = ['sent', 'delivered', 'read', 'failed'] as const;
export const notificationChannels = ['in_app', 'email', 'push', 'sms'] as const;
export const notificationPriorities = ['low', 'normal', 'high', 'urgent'] as const;

export type NotificationStatus = (typeof notificationStatuses)[number];
export type NotificationChannel = (typeof notificationChannels)[number];
export type NotificationPriority = (typeof notificationPriorities)[number];

export interface NotificationDoc extends TenantDocument {
  _id: ObjectId;
  recipient_id: string;
  sender_id?: string | null;
  title: string;
  body: string;
  channels: NotificationChannel[];
  status: NotificationStatus;
  priority: NotificationPriority;
  /** The row the notification is about, when it is about one (the bridge). */
  entity_type?: string | null;
  entity_id?: string | null;
  created_at: Date;
  delivered_at?: Date | null;
  read_at?: Date | null;
  expires_at?: Date | null;
}

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

const isOneOf = <T extends string>(values: readonly T[], value: unknown): value is T =>
  typeof value === 'string' && (values as readonly string[]).includes(value);
const isDate = (value: unknown): value is Date => value instanceof Date && !Number.isNaN(value.getTime());
const optionalDate = (value: unknown) => value === undefined || value === null || isDate(value);
const optionalString = (value: unknown) => value === undefined || value === null || typeof value === 'string';

/**
 * The stored document as a NotificationDoc, or null when it is not one. Other services write this
 * collection too; a document this gateway cannot serve is skipped rather than sent half-formed.
 */
export function asNotificationDoc(raw: Record<string, unknown> | null | undefined): NotificationDoc | null {
  if (!raw) return null;
  const ok =
    raw._id instanceof ObjectId &&
    typeof raw.tenant_id === 'string' &&
    typeof raw.recipient_id === 'string' &&
    typeof raw.title === 'string' &&
    typeof raw.body === 'string' &&
    Array.isArray(raw.channels) && raw.channels.every((c) => isOneOf(notificationChannels, c)) &&
    isOneOf(notificationStatuses, raw.status) &&
    isOneOf(notificationPriorities, raw.priority) &&
    isDate(raw.created_at) &&
    optionalString(raw.sender_id) && optionalString(raw.entity_type) && optionalString(raw.entity_id) &&
    optionalDate(raw.delivered_at) && optionalDate(raw.read_at) && optionalDate(raw.expires_at);
  return ok ? (raw as unknown as NotificationDoc) : null;
}
