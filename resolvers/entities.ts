import type { GatewayContext } from '../src/context';
import { authorized } from '../src/context';
import { ENTITY_KIND } from '../src/loaders/rows';
import { entityKinds, entityRegistry, type EntityKind } from '../src/registry/entities';

/**
 * What every relational type shares, derived from the registry: its `entityType` and the
 * federation `__resolveReference`, which goes through the same per-kind loader as everything
 * else, so `_entities` with N representations costs one statement per type. (Its document
 * connections come from the catalogue: resolvers/catalogue.ts.)
 */
function entityResolvers(kind: EntityKind) {
  return {
    entityType: () => kind,
    __resolveReference: (reference: { id: string }, context: GatewayContext) =>
      authorized(context).loaders.rows.load(kind, reference.id),
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
