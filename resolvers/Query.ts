import type { QueryResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { pageRequest, toConnection } from '../src/pagination';

export const Query: QueryResolvers = {
  me: (_root, _args, context) => {
    const { viewer, loaders } = authorized(context);
    return loaders.rows.load('USER', viewer.userId);
  },

  project: (_root, { id }, context) => authorized(context).loaders.rows.load('PROJECT', id),

  projects: async (_root, args, context) => {
    const { loaders } = authorized(context);
    const page = await loaders.rows.page('PROJECT', pageRequest(args, context.maxPageSize));
    return toConnection(page, () => loaders.rows.count('PROJECT'));
  },
};
