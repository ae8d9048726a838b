import { ObjectId, type Db } from 'mongodb';
import type { DocumentOf } from '../catalogue/documents';
import { asNotificationDoc, NOTIFICATION_COLLECTION, type NotificationDoc } from '../documents/notifications';
import type { ClaimedOutgoing, SendOutcome } from '../stores/message-outbox';

/**
 * The record's _id, from the queue row: its creation second, then its id. A record written again
 * (a retried write whose answer was lost, another instance taking over a row whose record lease ran
 * out) replaces itself rather than adding a second one.
 */
export function recordId(message: ClaimedOutgoing): ObjectId {
  const seconds = Math.floor(message.created_at.getTime() / 1000).toString(16).padStart(8, '0');
  return new ObjectId(seconds + BigInt(message.id).toString(16).padStart(16, '0'));
}

/** All but the last four digits hidden. */
export const maskPhone = (phone: string) => `${phone.slice(0, 2)}${'*'.repeat(Math.max(0, phone.length - 6))}${phone.slice(-4)}`;

/** GSM-7 segments: 160 characters alone, 153 each when concatenated. */
export const smsSegments = (text: string) => (text.length <= 160 ? 1 : Math.ceil(text.length / 153));

function recordOf(message: ClaimedOutgoing, outcome: SendOutcome, from: string, messageId: string) {
  const { provider } = outcome;
  const base = {
    _id: recordId(message), tenant_id: message.tenant_id, notification_id: new ObjectId(message.notification_id), sent_at: new Date(outcome.at),
  };
  const { to, platform, subject, text } = message.message;
  switch (message.channel) {
    case 'email': {
      const doc: DocumentOf<'email_communication'> = {
        _id: base._id, tenant_id: base.tenant_id, notification_id: base.notification_id, sent_at: base.sent_at,
        message_id: messageId, direction: 'outbound', status: outcome.status === 'sent' ? 'sent' : 'bounced',
        from_address: from, to_addresses: [to], cc_addresses: [],
        participants: [...new Set([addressOf(from), to].map((address) => address.toLowerCase()))],
        subject, body_text: text, attachments: [],
      };
      return { collection: 'email_communication' as const, doc };
    }
    case 'push': {
      const doc: DocumentOf<'push_notification_log'> = {
        ...base, user_id: message.user_id, platform: platform ?? 'web', device_token: to, provider, status: outcome.status,
        ...(outcome.providerMessageId && { provider_message_id: outcome.providerMessageId }),
        ...(outcome.status === 'failed' && { error: outcome.error ?? 'failed' }),
      };
      return { collection: 'push_notification_log' as const, doc };
    }
    case 'sms': {
      const doc: DocumentOf<'sms_delivery_log'> = {
        ...base, user_id: message.user_id, phone_number: to, phone_masked: maskPhone(to), provider, status: outcome.status,
        segments: smsSegments(text),
        ...(outcome.providerMessageId && { provider_message_id: outcome.providerMessageId }),
        ...(outcome.status === 'failed' && outcome.code && { error_code: outcome.code }),
      };
      return { collection: 'sms_delivery_log' as const, doc };
    }
  }
}

const addressOf = (from: string) => /<([^>]+)>/.exec(from)?.[1] ?? from.trim();

/**
 * Where the senders write: the message's record (email_communication, push_notification_log or
 * sms_delivery_log), and the recipient's notification. A send taken by its provider makes a SENT
 * notification DELIVERED; a failure makes it FAILED, unless it has been read (the recipient has it
 * then). Returns the notification as it now is when its status changed (for notificationUpdated).
 */
export class DeliveryRecords {
  constructor(
    private readonly mongo: Db,
    private readonly from: string,
  ) {}

  async write(message: ClaimedOutgoing, outcome: SendOutcome, messageId: string): Promise<NotificationDoc | null> {
    const { collection, doc } = recordOf(message, outcome, this.from, messageId);
    await this.mongo.collection(collection).replaceOne({ _id: doc._id, tenant_id: doc.tenant_id }, doc, { upsert: true });
    const notification = { _id: new ObjectId(message.notification_id), tenant_id: message.tenant_id };
    const [filter, update] = outcome.status === 'sent'
      ? [{ ...notification, status: 'sent' }, { $set: { status: 'delivered', delivered_at: new Date() } }]
      : [{ ...notification, status: { $in: ['sent', 'delivered'] } }, { $set: { status: 'failed' } }];
    const changed = await this.mongo.collection(NOTIFICATION_COLLECTION).findOneAndUpdate(filter, update, { returnDocument: 'after' });
    return asNotificationDoc(changed);
  }
}
