import type { SendNotificationInput } from '../src/__generated__/resolvers';
import type { Loaders } from '../src/loaders';
import type { NewNotification } from '../src/loaders/notifications';
import {
  NOTIFICATION_LIMITS as LIMITS, NOTIFICATION_RETENTION_MS, type NotificationChannel, type NotificationPriority,
} from '../src/documents/notifications';
import { badUserInput } from '../src/errors';
import { entityRegistry } from '../src/registry/entities';

const lower = <S extends string>(value: S) => value.toLowerCase() as Lowercase<S>;

/**
 * Checks a sendNotification input completely before anything is written: sizes, the recipients
 * (users of the caller's tenant, looked up in one statement) and the row it is about. The first
 * problem is reported with the field it concerns; nothing is written when there is one.
 */
export async function parseSendInput(input: SendNotificationInput, senderId: string, loaders: Loaders): Promise<NewNotification> {
  const recipientIds = [...new Set(input.recipientIds.map((id) => id.toLowerCase()))];
  if (recipientIds.length === 0 || recipientIds.length > LIMITS.recipients) {
    throw badUserInput(`recipientIds must name between 1 and ${LIMITS.recipients} users.`, 'recipientIds');
  }
  const title = input.title.trim();
  if (title.length === 0 || title.length > LIMITS.title) throw badUserInput(`title must be 1 to ${LIMITS.title} characters.`, 'title');
  if (input.body.length > LIMITS.body) throw badUserInput(`body must be at most ${LIMITS.body} characters.`, 'body');
  const channels = [...new Set((input.channels ?? ['IN_APP']).map(lower))] as NotificationChannel[];
  if (channels.length === 0) throw badUserInput('channels must name at least one channel.', 'channels');
  const expiresAt = input.expiresAt ?? undefined;
  if (expiresAt && (expiresAt.getTime() <= Date.now() || expiresAt.getTime() > Date.now() + NOTIFICATION_RETENTION_MS)) {
    throw badUserInput('expiresAt must be in the future and within the 90-day retention of notifications.', 'expiresAt');
  }
  if ((input.entityType == null) !== (input.entityId == null)) {
    throw badUserInput('entityType and entityId go together: give both or neither.', input.entityType == null ? 'entityType' : 'entityId');
  }

  const [users, entity] = await Promise.all([
    Promise.all(recipientIds.map((id) => loaders.rows.load('USER', id))),
    input.entityType && input.entityId ? loaders.rows.load(input.entityType, input.entityId) : null,
  ]);
  const unknown = recipientIds.filter((_, i) => !users[i]);
  if (unknown.length > 0) {
    // Same answer for a user of another tenant as for no user at all: nothing about them leaks.
    throw badUserInput(`No such user in your tenant: ${unknown.slice(0, 5).join(', ')}${unknown.length > 5 ? ', …' : ''}.`, 'recipientIds');
  }
  if (input.entityType && input.entityId && !entity) throw badUserInput('No such row in your tenant.', 'entityId');

  return {
    senderId,
    recipientIds,
    title,
    body: input.body,
    channels,
    priority: lower(input.priority ?? 'NORMAL') as NotificationPriority,
    entity: input.entityType && input.entityId
      ? { entityType: entityRegistry[input.entityType].entityType, entityId: input.entityId }
      : undefined,
    expiresAt,
  };
}
