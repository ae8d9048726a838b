import { defineEnum, defineObject, int, listOf, row, string } from '../shape';
import type { Retention } from '../types';

const DAY_SECONDS = 86_400;
export const afterDays = (field: string, days: number): Retention => ({ kind: 'ttl', field, seconds: days * DAY_SECONDS });
export const expiresAt: Retention = { kind: 'expiresAt', field: 'expires_at' };
export const permanent: Retention = { kind: 'permanent' };
export const tenant = 'tenant_id' as const;

/** Enums and objects that several collections use. */
export const NotificationChannel = defineEnum('NotificationChannel', ['in_app', 'email', 'push', 'sms'],
  'How a notification reaches its recipient.');

export const PushPlatform = defineEnum('PushPlatform', ['ios', 'android', 'web']);

export const DeliveryStatus = defineEnum('DeliveryStatus', ['queued', 'sent', 'delivered', 'failed'],
  "Where a channel provider's delivery of one message stands.");

export const FileRef = defineObject('FileRef', {
  file_name: string(),
  content_type: string(),
  size_bytes: int(),
  storage_key: string({ description: 'Where the bytes are in object storage, prefixed by the tenant.' }),
}, 'A file carried inside a document (a message or an email attachment); the bytes live in object storage.');

export const Reaction = defineObject('Reaction', {
  emoji: string(),
  user_ids: listOf(row('USER')),
}, 'One emoji and who reacted with it.');
