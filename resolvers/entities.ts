import type { GatewayContext } from '../src/context';
import { authorized } from '../src/context';
import { ENTITY_KIND } from '../src/loaders/rows';
import { entityDocumentFieldNames } from '../src/registry/documents';
import { entityKinds, entityRegistry, type EntityKind } from '../src/registry/entities';
import type { PageArgs } from '../src/pagination';
import { entityDocuments } from './connections';

/**
 * What every relational type shares, derived from the registry: its `entityType`, its document
 * connections (changelog, comments, …) and the federation `__resolveReference`, which goes
 * through the same per-kind loader as everything else, so `_entities` with N representations
 * costs one statement per type.
 */
function entityResolvers(kind: EntityKind) {
  const documents = Object.fromEntries(
    entityDocumentFieldNames.map((field) => [
      field,
      (row: { id: string }, args: PageArgs, context: GatewayContext) => entityDocuments(context, field, kind, row.id, args),
    ]),
  );
  return {
    entityType: () => kind,
    __resolveReference: (reference: { id: string }, context: GatewayContext) =>
      authorized(context).loaders.rows.load(kind, reference.id),
    ...documents,
  };
}

export const entityTypeResolvers = Object.fromEntries(
  entityKinds.map((kind) => [entityRegistry[kind].graphqlType, entityResolvers(kind)]),
);

export const Entity = {
  __resolveType: (row: { [ENTITY_KIND]?: EntityKind }) => {
    const kind = row[ENTITY_KIND];
    return kind ? entityRegistry[kind].graphqlType : null;
  },
};
