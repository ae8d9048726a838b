import type { SubscriptionResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import type { NotificationDoc } from '../src/documents/notifications';
import { ErrorCode, GatewayError } from '../src/errors';
import { notificationCursorRequest } from './notifications';

/**
 * Each event resolves its Notification like any other. Without an event the operation was sent
 * over HTTP, which executes a subscription once, with nothing to send.
 */
const perEvent = (doc: NotificationDoc | undefined) => {
  if (!doc) throw new GatewayError(ErrorCode.BAD_REQUEST, 'Subscriptions are served over graphql-ws on this same URL, not over HTTP.');
  return doc;
};

/** Only the signed-in user's own notifications: the feed is keyed by the viewer's tenant and id. */
export const Subscription: SubscriptionResolvers = {
  notificationAdded: {
    subscribe: (_root, { after }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.notifications.added(viewer.userId, notificationCursorRequest(after));
    },
    resolve: perEvent,
  },
  notificationUpdated: {
    subscribe: (_root, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.notifications.updated(viewer.userId);
    },
    resolve: perEvent,
  },
};
