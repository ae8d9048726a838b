import type { QueryResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { documentKeyset } from '../src/stores/documents';
import { pageRequest, rowKeyset, toConnection } from '../src/pagination';
import { documentPageRequest } from './connections';
import { connectionWants } from './selection';

/** Root fields the catalogue does not derive (its list fields are in catalogue.ts). */
export const Query: QueryResolvers = {
  me: (_root, _args, context) => {
    const { viewer, loaders } = authorized(context);
    return loaders.rows.load('USER', viewer.userId);
  },

  project: (_root, { id }, context) => authorized(context).loaders.rows.load('PROJECT', id),

  projects: async (_root, args, context, info) => {
    const { loaders } = authorized(context);
    const page = await loaders.rows.page('PROJECT', { ...pageRequest(args, context.maxPageSize), wants: connectionWants(info) });
    return toConnection(page, rowKeyset, () => page.totalCount);
  },

  entity: (_root, { type, id }, context) => authorized(context).loaders.rows.load(type, id),

  recentActivity: async (_root, args, context) => {
    const { viewer, loaders } = authorized(context);
    const query = { filters: { user_id: viewer.userId }, request: documentPageRequest(args, context.maxPageSize) };
    const page = await loaders.catalogue.page('user_activity_event', viewer, query);
    return toConnection(page, documentKeyset('user_activity_event'), page.totalCount);
  },
};
