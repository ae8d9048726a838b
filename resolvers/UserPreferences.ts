import type { UserPreferencesResolvers } from '../src/__generated__/resolvers';
import { authorized } from '../src/context';

export const UserPreferences: UserPreferencesResolvers = {
  defaultProject: (preferences, _args, context) =>
    preferences.defaultProjectId ? authorized(context).loaders.rows.load('PROJECT', preferences.defaultProjectId) : null,
};
