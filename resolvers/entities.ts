import { ENTITY_KIND } from '../src/loaders/rows';
import { entityKinds, entityRegistry, type EntityKind } from '../src/registry/entities';

/**
 * What every relational type shares, derived from the registry: its `entityType`. (Its document
 * connections come from the catalogue, resolvers/catalogue.ts; its federation references are
 * resolved by `_entities`, resolvers/federation.ts.)
 */
function entityResolvers(kind: EntityKind) {
  return { entityType: () => kind };
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
