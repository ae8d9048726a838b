import { date, defineEnum, documentRef, enumOf, listOf, objectOf, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { FileRef, permanent, Reaction, tenant } from './shared';

const EmailDirection = defineEnum('EmailDirection', ['inbound', 'outbound']);
const EmailStatus = defineEnum('EmailStatus', ['draft', 'queued', 'sent', 'delivered', 'bounced', 'received']);

// 4. Messaging and communication: permanent, they are the conversation record.
export const messaging = [
  defineCollection({
    name: 'chat_message', category: 'messaging', tenantField: tenant,
    summary: 'Real-time chat messages with nested attachments',
    // Not bridged: a message belongs to a channel; discussion of an entity is comment_thread.
    timeField: 'sent_at', polymorphic: false, retention: permanent,
    indexes: [
      { name: 'channel_time', key: { tenant_id: 1, channel_id: 1, sent_at: -1 } },
      // Most messages are not replies; indexing only replies keeps the index small.
      {
        name: 'thread_replies', key: { tenant_id: 1, thread_id: 1, sent_at: 1 },
        partialFilterExpression: { thread_id: { $exists: true } },
      },
    ],
    fields: {
      channel_id: string({ description: 'The conversation the message was posted in.' }),
      sender_id: optional(row('USER')),
      body: string(),
      thread_id: optional(documentRef('chat_message', { description: 'The message this one replies to.' })),
      mentions: listOf(row('USER')),
      attachments: listOf(objectOf(FileRef)),
      reactions: listOf(objectOf(Reaction)),
      edited_at: optional(date()),
      deleted_at: optional(date()),
      sent_at: date(),
    },
    graphql: { type: 'ChatMessage', list: 'chatMessages', description: 'A message in a chat conversation (chat_message).' },
  }),
  defineCollection({
    name: 'comment_thread', category: 'messaging', tenantField: tenant,
    summary: 'Polymorphic comments on any entity (entity_type + entity_id)',
    timeField: 'created_at', polymorphic: true, retention: permanent,
    indexes: [
      { name: 'author_time', key: { tenant_id: 1, author_id: 1, created_at: -1 } },
      {
        name: 'replies', key: { tenant_id: 1, parent_id: 1, created_at: 1 },
        partialFilterExpression: { parent_id: { $exists: true } },
      },
    ],
    fields: {
      author_id: optional(row('USER')),
      body: string(),
      parent_id: optional(documentRef('comment_thread', { description: 'The comment this one replies to.' })),
      mentions: listOf(row('USER')),
      reactions: listOf(objectOf(Reaction)),
      edited_at: optional(date()),
      deleted_at: optional(date()),
      created_at: date(),
    },
    graphql: { type: 'Comment', list: 'comments', entityField: 'comments', description: 'A comment on any entity (comment_thread).' },
  }),
  defineCollection({
    name: 'email_communication', category: 'messaging', tenantField: tenant,
    summary: 'Email send/receive history with parsed body/attachments',
    // Bridged: mail is filed against what it is about (a purchase order sent to a vendor).
    timeField: 'sent_at', polymorphic: true, optionalBridge: true, retention: permanent,
    indexes: [
      // Re-importing a mailbox must not duplicate mail. Every email carries a Message-ID (drafts get
      // one when composed, as mail clients do), so no partial filter is needed, which matters:
      // the test server ignores partial filters on unique indexes.
      { name: 'message_id', key: { tenant_id: 1, message_id: 1 }, unique: true },
      { name: 'participant_time', key: { tenant_id: 1, participants: 1, sent_at: -1 } },
    ],
    fields: {
      message_id: string({ description: 'The Message-ID header.' }),
      direction: enumOf(EmailDirection),
      status: enumOf(EmailStatus),
      from_address: string(),
      to_addresses: listOf(string()),
      cc_addresses: listOf(string()),
      participants: listOf(string({ description: 'Every address on the mail, lower-cased: what mail is found by.' })),
      subject: string(),
      body_text: optional(string()),
      attachments: listOf(objectOf(FileRef)),
      notification_id: optional(documentRef('notification_delivery', { description: 'The notification this mail delivered.' })),
      sent_at: date(),
    },
    graphql: { type: 'Email', list: 'emails', entityField: 'emails', description: 'An email sent or received (email_communication).' },
  }),
] as const;
