import type { NotificationResolvers } from '../src/__generated__/resolvers';
import { authorized, type GatewayContext } from '../src/context';
import { notificationCursor, type NotificationDoc } from '../src/documents/notifications';
import { bridged } from './documents';

const upper = <S extends string>(value: S) => value.toUpperCase() as Uppercase<S>;

const loadUser = (id: string | null | undefined, context: GatewayContext) =>
  id ? authorized(context).loaders.rows.load('USER', id) : null;

/** A notification about a row goes through the same bridge as every other document. */
const aboutRow = (doc: NotificationDoc): doc is NotificationDoc & { entity_type: string; entity_id: string } =>
  typeof doc.entity_type === 'string' && typeof doc.entity_id === 'string';

export const Notification: NotificationResolvers = {
  id: (doc) => doc._id.toHexString(),
  cursor: (doc) => notificationCursor(doc),
  channels: (doc) => doc.channels.map(upper),
  status: (doc) => upper(doc.status),
  priority: (doc) => upper(doc.priority),
  sender: (doc, _args, context) => loadUser(doc.sender_id, context),
  recipient: (doc, _args, context) => loadUser(doc.recipient_id, context),
  entityType: (doc) => (aboutRow(doc) ? bridged.entityType(doc) : null),
  entityId: (doc) => (aboutRow(doc) ? doc.entity_id : null),
  entity: (doc, args, context) => (aboutRow(doc) ? bridged.entity(doc, args, context) : null),
  createdAt: (doc) => doc.created_at,
  deliveredAt: (doc) => doc.delivered_at ?? null,
  readAt: (doc) => doc.read_at ?? null,
  expiresAt: (doc) => doc.expires_at ?? null,
};
