import type { NotificationResolvers } from '../src/__generated__/resolvers';
import { notificationCursor } from '../src/documents/notifications';

/** Beside its declared fields (resolvers/catalogue.ts): the position a subscriber resumes from. */
export const Notification: NotificationResolvers = {
  cursor: (doc) => notificationCursor(doc),
};
