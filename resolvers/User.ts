import type { UserResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { preferencesView } from '../src/documents/preferences';

export const User: UserResolvers = {
  preferences: async (user, _args, context) => {
    const { viewer, loaders } = authorized(context);
    return preferencesView(await loaders.preferences.load(viewer, user.id));
  },
};
