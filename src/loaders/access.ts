import type { Document, Filter } from 'mongodb';
import { readAccess, type ReadRule } from '../auth/permissions';
import { PLATFORM_TENANT } from '../catalogue/types';
import type { CollectionName } from '../catalogue/collections';
import { hasRole, type Viewer } from '../auth/viewer';
import { forbidden } from '../errors';
import type { ReadScope } from '../stores/documents';

/** What a viewer may read of a collection: a filter every read adds, and how far it reaches. */
export interface ReadGrant {
  readonly filter: Filter<Document>;
  readonly scope: ReadScope;
  /** The owner's field, already in `filter`: it counts towards the index that must serve a query. */
  readonly ownerField?: string;
  /** Distinguishes grants in loader keys: loaders are shared by the users of a tenant. */
  readonly key: string;
}

/**
 * The read rule of the access table (auth/permissions.ts) applied to one viewer. Every
 * catalogue read goes through here, so no resolver decides who sees what.
 */
export function readGrant(collection: CollectionName, viewer: Viewer, conversationIds?: readonly string[]): ReadGrant {
  const rule: ReadRule = readAccess[collection];
  switch (rule.kind) {
    case 'admins':
      if (!hasRole(viewer, 'admin')) throw forbidden(`Only the tenant's admins may read ${collection}.`);
      return { filter: {}, scope: {}, key: 'tenant' };
    case 'members':
      return { filter: {}, scope: { platform: 'platform' in rule && rule.platform }, key: 'tenant' };
    case 'owner': {
      const own = { [rule.field]: viewer.userId };
      const platform = 'platform' in rule && rule.platform;
      return {
        filter: platform ? { $or: [own, { tenant_id: PLATFORM_TENANT }] } : own,
        scope: { platform },
        ownerField: rule.field,
        key: `user:${viewer.userId}`,
      };
    }
    case 'conversation': {
      // Asked for without the viewer's conversations, nothing is readable rather than everything.
      // The ids are part of the key: a request that joins a channel reads with its new grant.
      const ids = [...(conversationIds ?? [])].sort();
      return { filter: { [rule.field]: { $in: ids } }, scope: {}, key: `user:${viewer.userId}:${ids.join(',')}` };
    }
  }
}

/** Whether reading `collection` needs the viewer's conversations first (see readGrant). */
export const needsConversations = (collection: CollectionName) => readAccess[collection].kind === 'conversation';

/**
 * For one document named by its owner (a user's preferences): FORBIDDEN unless the rule lets the
 * viewer read it. The owner rule answers FORBIDDEN rather than "nothing", because the caller
 * named someone else on purpose.
 */
export function assertReadable(collection: CollectionName, viewer: Viewer, ownerId: string): void {
  const grant = readGrant(collection, viewer);
  if (grant.ownerField && ownerId !== viewer.userId) throw forbidden(`Only its own user may read ${collection}.`);
}
