import type { GraphQLResolveInfo } from 'graphql';
import { ObjectId } from 'mongodb';
import { authorized, type GatewayContext } from '../src/context';
import { badUserInput } from '../src/errors';
import { decodeCursor, pageRequest, rowKeyset, toConnection, type PageArgs } from '../src/pagination';
import type { CollectionName } from '../src/catalogue/collections';
import { documentKeyset } from '../src/stores/documents';
import { entityRegistry, type EntityKind, type RowOf } from '../src/registry/entities';
import type { Keyset, PageRequest } from '../src/stores/keyset';
import { connectionWants } from './selection';

/** Document cursors carry an ObjectId; anything else was not issued by this API. */
function issuedForDocuments(keyset: Keyset): Keyset {
  if (!ObjectId.isValid(keyset.id)) throw badUserInput('The cursor is not one this API issued.', 'after');
  return keyset;
}

export function documentPageRequest(args: PageArgs, maxPageSize: number): PageRequest {
  const request = pageRequest(args, maxPageSize);
  if (request.after) issuedForDocuments(request.after);
  return request;
}

/** A subscription's `after` (notificationAdded, entityChanged): a document cursor this API issued, or none. */
export function subscriptionAfter(after: string | null | undefined): Keyset | undefined {
  return after ? issuedForDocuments(decodeCursor(after)) : undefined;
}

/** A relational to-many relation (a project's tasks), batched across parents by the row loaders. */
export async function rowChildren<K extends EntityKind>(
  context: GatewayContext, info: GraphQLResolveInfo, kind: K, parentProperty: string, parentId: string, args: PageArgs,
) {
  const { loaders } = authorized(context);
  const request = { ...pageRequest(args, context.maxPageSize), wants: connectionWants(info) };
  const slice = await loaders.rows.childrenOf(kind, parentProperty, parentId, request);
  return toConnection(slice, (row: RowOf<K>) => rowKeyset(row as { createdAt: Date; id: string }), () => slice.totalCount);
}

/** An entity's documents (a project's comments), batched across entities by the catalogue loaders. */
export async function entityDocuments(
  context: GatewayContext, collection: CollectionName, kind: EntityKind, entityId: string, args: PageArgs,
) {
  const { viewer, loaders } = authorized(context);
  const ref = { entityType: entityRegistry[kind].entityType, entityId };
  const request = documentPageRequest(args, context.maxPageSize);
  const slice = await loaders.catalogue.forEntity(collection, viewer, ref, request);
  return toConnection(slice, documentKeyset(collection), () => slice.totalCount);
}
