import type { SubscriptionResolvers } from '../src/__generated__/resolvers';
import { authorized, type GatewayContext } from '../src/context';
import { hasRole, type Viewer } from '../src/auth/viewer';
import type { Loaders } from '../src/loaders';
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

/** A subscription to one of the viewer's feeds: opened with the viewer and its tenant's loaders, each event resolved as itself. */
export const viewerFeed = <Args, Events>(open: (viewer: Viewer, loaders: Loaders, args: Args) => Events) => ({
  subscribe: (_root: unknown, args: Args, context: GatewayContext) => {
    const { viewer, loaders } = authorized(context);
    return open(viewer, loaders, args);
  },
  resolve: perEvent,
});

/** Feeds are keyed by the viewer's tenant (and, for notifications, the viewer): nobody else's events. */
export const Subscription: SubscriptionResolvers = {
  notificationAdded: viewerFeed((viewer, loaders, { after }: { after?: string | null }) => loaders.notifications.added(viewer.userId, subscriptionAfter(after))),
  notificationUpdated: viewerFeed((viewer, loaders) => loaders.notifications.updated(viewer.userId)),
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
