import type { Resolvers } from '../src/__generated__/resolvers';
import { analyticsResolvers } from './analytics';
import { attachmentResolvers } from './attachments';
import { catalogueResolvers } from './catalogue';
import { chatResolvers } from './chat';
import { commentResolvers } from './comments';
import { dashboardResolvers } from './dashboards';
import { documentResolvers } from './documents';
import { Entity, entityTypeResolvers } from './entities';
import { federationResolvers } from './federation';
import { Mutation } from './Mutation';
import { Notification } from './Notification';
import { notificationResolvers } from './notifications';
import { Query } from './Query';
import { readingResolvers } from './readings';
import { relationResolvers } from './relations';
import { reportResolvers } from './reports';
import { scalarResolvers } from './scalars';
import { searchResolvers } from './search';
import { Subscription } from './Subscription';
import { uiStateResolvers } from './uiState';
import { User } from './User';
import { UserPreferences } from './UserPreferences';
import { writeResolvers } from './writes';

/** Per-type resolver maps merged field by field: several maps may contribute to one type. */
function merge(...maps: Record<string, object>[]): Record<string, object> {
  const merged: Record<string, object> = {};
  for (const map of maps) {
    for (const [type, fields] of Object.entries(map)) merged[type] = { ...merged[type], ...fields };
  }
  return merged;
}

export const resolvers = merge(
  scalarResolvers,
  catalogueResolvers,
  entityTypeResolvers,
  relationResolvers,
  documentResolvers,
  dashboardResolvers,
  analyticsResolvers,
  reportResolvers,
  writeResolvers,
  uiStateResolvers,
  commentResolvers,
  attachmentResolvers,
  readingResolvers,
  notificationResolvers,
  federationResolvers,
  searchResolvers,
  chatResolvers,
  { Entity, Query, Mutation, User, UserPreferences, Notification, Subscription },
) as Resolvers;
