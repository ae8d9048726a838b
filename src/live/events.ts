import { ObjectId, type ChangeStreamDocument } from 'mongodb';
import { asNotificationDoc, type NotificationDoc } from '../documents/notifications';
import type { BusCodec } from './bus';

/**
 * What travels on the bus and through the in-process fan-out: the whole delivery document (a few
 * hundred bytes), so no instance has to read MongoDB again to serve an event. `added` is a new
 * document; `updated` a status change (delivered, read, failed) of an existing one.
 */
export type EventKind = 'added' | 'updated';

export interface NotificationEvent {
  kind: EventKind;
  doc: NotificationDoc;
}

/** Who may see an event: its recipient in its tenant, both taken from the document itself. */
export const recipientKey = (tenantId: string, recipientId: string) => `${tenantId}:${recipientId}`;

/**
 * The identity of an event for de-duplication: the same document added twice is one event; the
 * same document updated to the same status is one event, to another status a new one.
 */
export const eventKey = ({ kind, doc }: NotificationEvent) =>
  kind === 'added' ? `a:${doc._id.toHexString()}` : `u:${doc._id.toHexString()}:${doc.status}`;

const DATE_FIELDS = ['created_at', 'delivered_at', 'read_at', 'expires_at'] as const;

/** Notification events on the bus: the whole document, revived and checked on arrival. */
export const notificationCodec: BusCodec<NotificationEvent> = {
  write: ({ kind, doc }) => ({ kind, doc }),
  read(entry) {
    const { kind, doc: raw } = (entry ?? {}) as { kind?: unknown; doc?: Record<string, unknown> };
    if ((kind !== 'added' && kind !== 'updated') || !raw || typeof raw._id !== 'string') return null;
    const doc: Record<string, unknown> = { ...raw, _id: ObjectId.isValid(raw._id) ? new ObjectId(raw._id) : null };
    for (const field of DATE_FIELDS) {
      if (typeof doc[field] === 'string') doc[field] = new Date(doc[field] as string);
    }
    const valid = asNotificationDoc(doc);
    return valid ? { kind, doc: valid } : null;
  },
};

/**
 * The event a change-stream document stands for: an insert is `added`, an update or replace
 * `updated` (with the document as it is now). Deletes and documents that are not notifications
 * (reported through `invalid`) stand for nothing.
 */
export function eventOfChange(change: ChangeStreamDocument, invalid: (id: string) => void): NotificationEvent | null {
  if (change.operationType !== 'insert' && change.operationType !== 'update' && change.operationType !== 'replace') return null;
  const raw = change.fullDocument; // null for an update whose document has been deleted since
  if (!raw) return null;
  const doc = asNotificationDoc(raw);
  if (!doc) {
    invalid(String(raw._id));
    return null;
  }
  return { kind: change.operationType === 'insert' ? 'added' : 'updated', doc };
}
