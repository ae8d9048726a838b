import type { Resolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';

/** `search`: the query, the ranking, the entities and the log are in `loaders.search`. */
export const searchResolvers = {
  Query: {
    search: (_root, args, context) => {
      const { viewer, loaders } = authorized(context);
      return loaders.search.search(viewer, args, context.maxPageSize);
    },
  },
} satisfies Resolvers as Resolvers;
