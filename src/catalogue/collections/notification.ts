import { date, defineEnum, documentRef, enumOf, int, listOf, optional, row, string } from '../shape';
import { defineCollection } from '../types';
import { afterDays, DeliveryStatus, NotificationChannel, PushPlatform, tenant } from './shared';

const NotificationStatus = defineEnum('NotificationStatus', ['sent', 'delivered', 'read', 'failed'],
  "Where one recipient's copy of a notification stands. It only moves forward: SENT, then DELIVERED or FAILED, then READ.");
const NotificationPriority = defineEnum('NotificationPriority', ['low', 'normal', 'high', 'urgent']);

const notification = documentRef('notification_delivery', { description: 'The notification this delivery carried.' });

// 5. Notification delivery logs.
export const notifications = [
  defineCollection({
    name: 'notification_delivery', category: 'notification', tenantField: tenant,
    summary: 'Per-recipient delivery status: sent/delivered/read/failed',
    timeField: 'created_at', polymorphic: true, optionalBridge: true, retention: afterDays('created_at', 90),
    indexes: [
      { name: 'recipient_time', key: { tenant_id: 1, recipient_id: 1, created_at: -1 } },
      { name: 'recipient_status', key: { tenant_id: 1, recipient_id: 1, status: 1 } },
    ],
    fields: {
      recipient_id: row('USER'),
      sender_id: optional(row('USER')),
      title: string(),
      body: string(),
      channels: listOf(enumOf(NotificationChannel)),
      status: enumOf(NotificationStatus),
      priority: enumOf(NotificationPriority),
      created_at: date(),
      delivered_at: optional(date()),
      read_at: optional(date()),
      expires_at: optional(date({ description: 'After this instant the notification is gone for its recipient.' })),
    },
    // `notifications` (the signed-in user's, with unreadOnly) is written by hand in notifications.graphql.
    graphql: {
      type: 'Notification', list: null, entityField: 'notifications',
      description: "One recipient's copy of a notification (notification_delivery); only its recipient reads it.",
    },
  }),
  defineCollection({
    name: 'push_notification_log', category: 'notification', tenantField: tenant,
    summary: 'Mobile push delivery with device/token details',
    timeField: 'sent_at', polymorphic: false, retention: afterDays('sent_at', 90),
    indexes: [
      { name: 'notification', key: { tenant_id: 1, notification_id: 1 } },
      // A token the provider reports as dead must be found to stop pushing to it.
      { name: 'device_time', key: { tenant_id: 1, device_token: 1, sent_at: -1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, sent_at: -1 } },
    ],
    fields: {
      notification_id: notification,
      user_id: row('USER'),
      platform: enumOf(PushPlatform),
      // A credential for pushing to the device: never shown.
      device_token: string({ internal: true }),
      provider: string(),
      provider_message_id: optional(string()),
      status: enumOf(DeliveryStatus),
      error: optional(string()),
      sent_at: date(),
    },
    graphql: { type: 'PushDelivery', list: 'pushDeliveries', description: 'One push of a notification to a device (push_notification_log).' },
  }),
  defineCollection({
    name: 'sms_delivery_log', category: 'notification', tenantField: tenant,
    summary: 'SMS gateway response tracking',
    timeField: 'sent_at', polymorphic: false, retention: afterDays('sent_at', 90),
    indexes: [
      { name: 'notification', key: { tenant_id: 1, notification_id: 1 } },
      // Delivery receipts arrive carrying only the gateway's id for the message.
      { name: 'provider_message', key: { tenant_id: 1, provider_message_id: 1 } },
      { name: 'status_time', key: { tenant_id: 1, status: 1, sent_at: -1 } },
    ],
    fields: {
      notification_id: notification,
      user_id: row('USER'),
      phone_number: string({ internal: true }),
      phone_masked: string({ description: 'The number with all but its last digits hidden.' }),
      provider: string(),
      provider_message_id: optional(string()),
      status: enumOf(DeliveryStatus),
      error_code: optional(string()),
      segments: int(),
      sent_at: date(),
    },
    graphql: { type: 'SmsDelivery', list: 'smsDeliveries', description: 'One SMS sent for a notification (sms_delivery_log).' },
  }),
] as const;
