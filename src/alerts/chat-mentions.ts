import type { ChatEvent } from '../chat/conversations';
import type { AlertDelivery } from './deliver';
import { evaluateMention } from './evaluate';

/**
 * Chat's hook for alerts (Backends.chatEvents): a message posted with mentions is evaluated
 * against the mentioned members' alert configs (message.mentioned_me) after it is stored, off the
 * request's answer; the message's id and time make a retried evaluation notify once.
 */
export function chatMentionAlerts(delivery: AlertDelivery) {
  return (tenantId: string, event: ChatEvent): void => {
    if (event.kind !== 'posted') return;
    const { message } = event;
    if (message.mentions.length === 0 || !message.sender_id) return;
    evaluateMention(delivery, {
      tenantId, messageId: message._id.toHexString(), authorId: message.sender_id, mentionedUserIds: message.mentions,
      where: 'a chat conversation', text: message.body, sentAt: message.sent_at,
    }).catch((error: unknown) => delivery.logger?.warn({ err: error }, 'chat: evaluating the alerts of a mention failed'));
  };
}
