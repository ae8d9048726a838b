import type { UserResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';
import { preferencesView } from '../src/documents/preferences';

export const User: UserResolvers = {
  tenant: async (user, _args, context) => {
    const tenant = await authorized(context).loaders.rows.load('TENANT', user.tenantId);
    if (!tenant) throw new Error(`tenant ${user.tenantId} of user ${user.id} is missing`);
    return tenant;
  },
  preferences: async (user, _args, context) =>
    preferencesView(await authorized(context).loaders.preferences.load(user.id)),
};
