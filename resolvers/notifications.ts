import { ObjectId } from 'mongodb';
import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { notificationKeyset } from '../src/documents/notifications';
import { badUserInput } from '../src/errors';
import { toConnection } from '../src/pagination';
import { documentPageRequest } from './connections';
import { parseSendInput } from './notificationInput';

/** The signed-in user's notifications: every read and write is for `viewer.userId` only. */
export const notificationResolvers: Resolvers = {
  Query: {
    notifications: async (_root, { unreadOnly, ...args }, context) => {
      const { viewer, loaders } = authorized(context);
      const unread = unreadOnly ?? false;
      const page = await loaders.notifications.page(viewer.userId, unread, documentPageRequest(args, context.maxPageSize));
      return toConnection(page, notificationKeyset, () => loaders.notifications.count(viewer.userId, unread));
    },
    unreadNotificationCount: (_root, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.notifications.count(viewer.userId, true);
    },
  },
  Mutation: {
    sendNotification: async (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.notifications.send(await parseSendInput(input, viewer.userId, loaders));
    },
    markNotificationsRead: (_root, { ids }, context) => {
      const { viewer, loaders } = authorized(context);
      if (ids.length > context.maxPageSize) throw badUserInput(`ids may name at most ${context.maxPageSize} notifications.`, 'ids');
      if (!ids.every((id) => id.length === 24 && ObjectId.isValid(id))) throw badUserInput('ids must be notification ids.', 'ids');
      return loaders.notifications.markRead(viewer.userId, [...new Set(ids)].map((id) => new ObjectId(id)));
    },
    markAllNotificationsRead: (_root, _args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.notifications.markAllRead(viewer.userId);
    },
  },
};
