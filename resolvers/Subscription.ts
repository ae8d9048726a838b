import type { SubscriptionResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { hasRole } from '../src/auth/viewer';
import { badUserInput, ErrorCode, forbidden, GatewayError } from '../src/errors';
import { entityRegistry } from '../src/registry/entities';
import { subscriptionAfter } from './connections';

/**
 * Each event resolves its document like any other. Without an event the operation was sent over
 * HTTP, which executes a subscription once, with nothing to send.
 */
export const perEvent = <T>(doc: T | undefined): T => {
  if (!doc) throw new GatewayError(ErrorCode.BAD_REQUEST, 'Subscriptions are served over graphql-ws on this same URL, not over HTTP.');
  return doc;
};

/** Feeds are keyed by the viewer's tenant (and, for notifications, the viewer): nobody else's events. */
export const Subscription: SubscriptionResolvers = {
  notificationAdded: {
    subscribe: (_root, { after }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.notifications.added(viewer.userId, subscriptionAfter(after));
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
  entityChanged: {
    subscribe: async (_root, { entityType, entityId, after }, context) => {
      const { viewer, loaders } = authorized(context);
      const keyset = subscriptionAfter(after);
      if (!entityId) {
        if (!hasRole(viewer, 'admin')) throw forbidden('Only admins may follow every change of a type.');
      } else if (!(await loaders.rows.load(entityType, entityId))) {
        // Same answer for another tenant's row as for no row: nothing about it leaks.
        throw badUserInput('No such row in your tenant.', 'entityId');
      }
      return loaders.changes.watch({ entityType: entityRegistry[entityType].entityType, entityId: entityId ?? undefined }, keyset);
    },
    resolve: perEvent,
  },
};
