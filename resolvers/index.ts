import type { Resolvers } from '../src/__generated__/resolvers';
import { entityTypeResolvers } from './entities';
import { Project } from './Project';
import { Query } from './Query';
import { scalarResolvers } from './scalars';
import { User } from './User';
import { UserPreferences } from './UserPreferences';

/** Per-type resolver maps merged over what every entity type shares. */
function merge(...maps: Record<string, object>[]): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export const resolvers = merge(scalarResolvers, entityTypeResolvers, {
  Query,
  User,
  UserPreferences,
  Project,
}) as Resolvers;
