import type { QueryResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { pageRequest, rowKeyset, toConnection } from '../src/pagination';
import { entityRegistry } from '../src/registry/entities';
import type { ActivityEventDoc, EntityChangeDoc } from '../src/documents/types';
import { documentKeyset } from '../src/registry/documents';
import { documentPageRequest, entityDocuments } from './connections';

export const Query: QueryResolvers = {
  me: (_root, _args, context) => {
    const { viewer, loaders } = authorized(context);
    return loaders.rows.load('USER', viewer.userId);
  },

  project: (_root, { id }, context) => authorized(context).loaders.rows.load('PROJECT', id),

  projects: async (_root, args, context) => {
    const { loaders } = authorized(context);
    const page = await loaders.rows.page('PROJECT', pageRequest(args, context.maxPageSize));
    return toConnection(page, rowKeyset, () => loaders.rows.count('PROJECT'));
  },

  entity: (_root, { type, id }, context) => authorized(context).loaders.rows.load(type, id),

  changelog: async (_root, { entityType, entityId, ...args }, context) => {
    if (entityId) return entityDocuments(context, 'changelog', entityType, entityId, args);
    const { loaders } = authorized(context);
    const request = documentPageRequest(args, context.maxPageSize);
    const filter = { entity_type: entityRegistry[entityType].entityType };
    const page = await loaders.documents.page<EntityChangeDoc>('changelog', filter, request);
    return toConnection(page, documentKeyset('changelog'), () => loaders.documents.count('changelog', filter));
  },

  recentActivity: async (_root, args, context) => {
    const { viewer, loaders } = authorized(context);
    const filter = { user_id: viewer.userId };
    const page = await loaders.documents.page<ActivityEventDoc>('activity', filter, documentPageRequest(args, context.maxPageSize));
    return toConnection(page, documentKeyset('activity'), () => loaders.documents.count('activity', filter));
  },
};
