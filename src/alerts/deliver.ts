import { MongoBulkWriteError, type Db } from 'mongodb';
import { NOTIFICATION_COLLECTION, type NotificationChannel, type NotificationDoc } from '../documents/notifications';
import { isUnsentBulkWrite } from '../errors';
import type { NotificationFeed } from '../live/feed';
import type { Logger } from '../logger';
import { DEFAULT_MONGO_USE, writeOptions, type MongoUseSettings } from '../stores/mongo-options';
import { alertNotificationId } from './identity';
import type { AlertConfigDoc } from './configs';

const DUPLICATE_KEY = 11000;

/** Where alert notifications go: MongoDB, the record; the live feed, to tell subscribers sooner. */
export interface AlertDelivery {
  mongo: Db;
  /** Without one, the notification feed's change-stream relay still brings them live. */
  feed?: NotificationFeed | undefined;
  mongoUse?: MongoUseSettings | undefined;
  logger?: Logger | undefined;
}

/** One config matched by one event, and what to tell its owner. */
export interface AlertMatch {
  config: AlertConfigDoc;
  /** The event's identity (an entity change, a message): with the config, the notification's. */
  eventKey: string;
  at: Date;
  title: string;
  body: string;
  senderId?: string | null | undefined;
  entity?: { entityType: string; entityId: string } | null | undefined;
}

/** The notification as sendNotification writes one, to the config's owner on the config's channels. */
function notificationOf(match: AlertMatch, createdAt: Date): NotificationDoc {
  const { config } = match;
  return {
    _id: alertNotificationId(config._id, match.eventKey, match.at),
    tenant_id: config.tenant_id,
    recipient_id: config.user_id,
    ...(match.senderId && { sender_id: match.senderId }),
    title: match.title,
    body: match.body,
    channels: [...config.channels] as NotificationChannel[],
    status: 'sent',
    priority: 'normal',
    ...(match.entity && { entity_type: match.entity.entityType, entity_id: match.entity.entityId }),
    created_at: createdAt,
  } as NotificationDoc;
}

/**
 * Writes one notification per match in one insertMany (unordered) and publishes those that are
 * new. A notification written before (same config, same event) is refused by its _id: that is
 * what makes a repeated evaluation harmless. Any other failure throws, so the caller retries
 * the whole batch, and the copies are refused then. Returns the notifications written now.
 */
export async function deliverAlerts(delivery: AlertDelivery, matches: readonly AlertMatch[]): Promise<NotificationDoc[]> {
  if (matches.length === 0) return [];
  const createdAt = new Date();
  const docs = [...new Map(matches.map((match) => {
    const doc = notificationOf(match, createdAt);
    return [doc._id.toHexString(), doc] as const;
  })).values()];
  let refused = new Set<number>();
  try {
    const { writeConcern } = writeOptions(NOTIFICATION_COLLECTION, delivery.mongoUse ?? DEFAULT_MONGO_USE);
    await delivery.mongo.collection<NotificationDoc>(NOTIFICATION_COLLECTION).insertMany(docs, { ordered: false, ...(writeConcern && { writeConcern }) });
  } catch (error) {
    if (!(error instanceof MongoBulkWriteError) || error.err || error.result.getWriteConcernError() || isUnsentBulkWrite(error)) throw error;
    const errors = Array.isArray(error.writeErrors) ? error.writeErrors : [error.writeErrors];
    if (!errors.every((e) => e.code === DUPLICATE_KEY)) throw error;
    refused = new Set(errors.map((e) => e.index));
  }
  const written = docs.filter((_, i) => !refused.has(i));
  if (written.length > 0 && delivery.feed) {
    // MongoDB has them: a failed publish only leaves them to the change-stream relay.
    await delivery.feed.publish(written.map((doc) => ({ kind: 'added' as const, doc }))).catch((error: unknown) =>
      delivery.logger?.warn({ err: error }, 'alerts: could not publish notifications live; the change-stream relay will'));
  }
  return written;
}
