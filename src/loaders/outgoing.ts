import { NOTIFICATION_COLLECTION, type NotificationDoc } from '../documents/notifications';
import type { UserPreferenceDoc } from '../documents/preferences';
import type { DocumentStore } from '../stores/documents';
import type { MessageOutbox, NewOutgoing, OutgoingChannel } from '../stores/message-outbox';
import type { RelationalStore } from '../stores/relational';

const OUTGOING: readonly OutgoingChannel[] = ['email', 'push', 'sms'];

/**
 * Queues the messages a notification's real channels owe its recipients (message_outbox; the
 * senders in delivery/ take them from there). What each says and where it goes is fixed now:
 * the recipient's email from their user row, their phone and devices from their preferences, and a
 * channel the recipient turned off gets nothing. A recipient with no phone (or no device) simply
 * has nothing to send on that channel.
 *
 * In-app-only notifications cost nothing here; others one read of each store and one insert.
 */
export class OutgoingMessages {
  constructor(
    private readonly documents: DocumentStore,
    private readonly users: RelationalStore,
    private readonly outbox: MessageOutbox,
  ) {}

  /**
   * Queues every message of `docs`, or none: when the queue cannot be written, the notifications
   * just written are deleted again and the error is the caller's, so nothing half-sent remains.
   */
  async enqueue(docs: readonly NotificationDoc[]): Promise<void> {
    const external = docs.filter((doc) => doc.channels.some((channel) => OUTGOING.includes(channel as OutgoingChannel)));
    if (external.length === 0) return;
    try {
      await this.outbox.enqueue(await this.messagesOf(external));
    } catch (error) {
      await this.documents.deleteMany<NotificationDoc>(NOTIFICATION_COLLECTION, { _id: { $in: docs.map((doc) => doc._id) } })
        .catch(() => undefined);
      throw error;
    }
  }

  private async messagesOf(docs: readonly NotificationDoc[]): Promise<NewOutgoing[]> {
    const recipientIds = [...new Set(docs.map((doc) => doc.recipient_id))];
    const [users, preferences] = await Promise.all([
      this.users.byIds('USER', recipientIds, ['id', 'email']),
      this.documents.find<UserPreferenceDoc>('user_preference', { user_id: { $in: recipientIds } }),
    ]);
    const emailOf = new Map(users.map((user) => [user.id, user.email]));
    const preferencesOf = new Map(preferences.map((doc) => [doc.user_id, doc]));
    const messages: NewOutgoing[] = [];
    for (const doc of docs) {
      const prefs = preferencesOf.get(doc.recipient_id);
      const off = new Set<string>(prefs?.disabled_channels ?? []);
      const base = { notificationId: doc._id.toHexString(), userId: doc.recipient_id, expiresAt: doc.expires_at ?? undefined };
      const channels = doc.channels.filter((channel): channel is OutgoingChannel =>
        OUTGOING.includes(channel as OutgoingChannel) && !off.has(channel));
      for (const channel of channels) {
        if (channel === 'email') {
          const email = emailOf.get(doc.recipient_id);
          if (email) messages.push({ ...base, channel, message: { to: email, subject: doc.title, text: doc.body } });
        } else if (channel === 'sms') {
          const phone = prefs?.phone_number;
          if (phone) messages.push({ ...base, channel, message: { to: phone, subject: doc.title, text: `${doc.title}: ${doc.body}` } });
        } else {
          for (const device of prefs?.push_devices ?? []) {
            messages.push({ ...base, channel, message: { to: device.device_token, platform: device.platform, subject: doc.title, text: doc.body } });
          }
        }
      }
    }
    return messages;
  }
}
