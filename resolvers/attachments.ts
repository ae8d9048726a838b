import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';

/** Files attached to rows: the write path is `loaders.attachments` (checks, the tenant's storage prefix, permissions). */
export const attachmentResolvers: Resolvers = {
  Mutation: {
    registerAttachment: (_root, { input }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.attachments.register(viewer, input);
    },
    deleteAttachment: (_root, { id }, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.attachments.delete(viewer, id);
    },
  },
};
