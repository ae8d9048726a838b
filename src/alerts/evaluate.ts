import type { Db } from 'mongodb';
import { outboxDocumentId, type OutboxRow } from '../audit/changelog';
import type { DocumentOf } from '../catalogue/documents';
import type { NotificationDoc } from '../documents/notifications';
import { kindOfEntityType } from '../registry/entities';
import { activeConfigs, byTenantAndMetric, type AlertConfigDoc } from './configs';
import { deliverAlerts, type AlertDelivery, type AlertMatch } from './deliver';
import { changeMatches, metricsOfChange } from './entity-changes';
import type { AlertMetric } from './metrics';
import { changeBody } from './wording';

const unique = <T>(values: Iterable<T>) => [...new Set(values)];
const followKey = (tenantId: string, userId: string, entityType: string, entityId: string) => `${tenantId}|${userId}|${entityType}|${entityId}`;

/**
 * The rows among `changes` the owners of `configs` bookmarked (user_favorite, kind bookmark): one
 * find on the user_entity index, and only when a batch has a status change someone may follow.
 */
async function bookmarked(mongo: Db, changes: readonly OutboxRow[], configs: readonly AlertConfigDoc[]): Promise<Set<string>> {
  const watching = configs.filter((config) => config.metric === 'followed.status_changed');
  const tenants = new Set(watching.map((config) => config.tenant_id));
  const relevant = changes.filter((change) => tenants.has(change.tenant_id) && metricsOfChange(change).includes('followed.status_changed'));
  if (relevant.length === 0) return new Set();
  const favorites = await mongo.collection<DocumentOf<'user_favorite'>>('user_favorite').find({
    tenant_id: { $in: unique(relevant.map((change) => change.tenant_id)) },
    user_id: { $in: unique(watching.map((config) => config.user_id)) },
    entity_type: { $in: unique(relevant.map((change) => change.entity_type)) },
    entity_id: { $in: unique(relevant.map((change) => change.entity_id)) },
    kind: 'bookmark',
  }, { projection: { tenant_id: 1, user_id: 1, entity_type: 1, entity_id: 1 } }).toArray();
  return new Set(favorites.map((fav) => followKey(fav.tenant_id, fav.user_id, String(fav.entity_type), String(fav.entity_id))));
}

/**
 * Evaluates the users' alert configs against a batch of entity changes (outbox rows, as the relay
 * reads them) and writes one notification per config per change that matches it. A batch costs
 * one find of the candidate configs (all of the batch's tenants and metrics at once), one find of
 * bookmarks when a status changed, and one insertMany; a batch no config could match costs nothing.
 * Configs are grouped by tenant, so a change is only ever compared with its own tenant's configs.
 * Safe to repeat over the same rows (see alertNotificationId): returns what was written this time.
 */
export async function evaluateChanges(delivery: AlertDelivery, changes: readonly OutboxRow[]): Promise<NotificationDoc[]> {
  const candidates = changes.filter((change) => kindOfEntityType(change.entity_type) && metricsOfChange(change).length > 0);
  if (candidates.length === 0) return [];
  const configs = await activeConfigs(
    delivery.mongo, unique(candidates.map((change) => change.tenant_id)), unique(candidates.flatMap(metricsOfChange)),
  );
  if (configs.length === 0) return [];
  const follows = await bookmarked(delivery.mongo, candidates, configs);
  const grouped = byTenantAndMetric(configs);
  const matches: AlertMatch[] = [];
  for (const change of candidates) {
    const tenantConfigs = grouped.get(change.tenant_id);
    if (!tenantConfigs) continue;
    const context = { follows: (userId: string) => follows.has(followKey(change.tenant_id, userId, change.entity_type, change.entity_id)) };
    for (const metric of metricsOfChange(change)) {
      for (const config of tenantConfigs.get(metric) ?? []) {
        if (!changeMatches(config, change, context)) continue;
        matches.push({
          config, eventKey: `change:${outboxDocumentId(change, 0).toHexString()}`, at: change.changed_at,
          title: config.name, body: changeBody(config, change), senderId: change.actor_id,
          entity: { entityType: change.entity_type, entityId: change.entity_id },
        });
      }
    }
  }
  return deliverAlerts(delivery, matches);
}

/** A chat message (or any text) that mentions users, as its write path knows it. */
export interface Mention {
  tenantId: string;
  /** The message's id: with the config, the identity of the notification (a retried write notifies once). */
  messageId: string;
  authorId: string;
  mentionedUserIds: readonly string[];
  /** Where the message was said, as a person reads it: "#procurement", "the thread on PO-1042". */
  where: string;
  /** The text, shortened for the notification's body. */
  text: string;
  sentAt: Date;
  /** The row the conversation is about, when it is about one. */
  entity?: { entityType: string; entityId: string } | null;
}

const EXCERPT = 200;
const MENTION: AlertMetric = 'message.mentioned_me';

/**
 * For the chat write path: one notification per enabled message.mentioned_me config of each
 * mentioned user of the tenant (never the author, who knows), one find and one insertMany. Call
 * it after the message is stored; calling it again for the same message writes nothing more.
 */
export async function evaluateMention(delivery: AlertDelivery, mention: Mention): Promise<NotificationDoc[]> {
  const users = unique(mention.mentionedUserIds).filter((userId) => userId !== mention.authorId);
  const configs = await activeConfigs(delivery.mongo, [mention.tenantId], [MENTION], users);
  const excerpt = mention.text.length > EXCERPT ? `${mention.text.slice(0, EXCERPT - 1)}…` : mention.text;
  return deliverAlerts(delivery, configs.map((config) => ({
    config, eventKey: `mention:${mention.messageId}`, at: mention.sentAt,
    title: config.name, body: `You were mentioned in ${mention.where}: "${excerpt}"`, senderId: mention.authorId, entity: mention.entity,
  })));
}
