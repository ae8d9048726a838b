import type { UserResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { preferencesView } from '../src/documents/preferences';

export const User: UserResolvers = {
  preferences: async (user, _args, context) =>
    preferencesView(await authorized(context).loaders.preferences.load(user.id)),
};
