import { authorized, type GatewayContext } from '../src/context';
import { collectionOfGraphqlType } from '../src/catalogue/lookup';
import { badUserInput } from '../src/errors';
import { kindOfGraphqlType } from '../src/registry/entities';

/**
 * `_entities`, in place of @apollo/subgraph's: the router's representations are resolved through
 * the same loaders as everything else (one statement per row type, one find per collection, the
 * access table applied), and a malformed one (not an object, an unknown type, no string id) is an
 * error of its own entry: the rest of the batch is answered.
 */
function resolveRepresentation(representation: unknown, context: GatewayContext): unknown {
  const { viewer, loaders } = authorized(context);
  if (typeof representation !== 'object' || representation === null || typeof (representation as { __typename?: unknown }).__typename !== 'string') {
    return badUserInput('A representation is an object with a __typename.', 'representations');
  }
  const { __typename, id } = representation as { __typename: string; id?: unknown };
  if (typeof id !== 'string') return badUserInput(`A ${__typename} representation names its id, a string.`, 'representations');
  const kind = kindOfGraphqlType(__typename);
  const collection = kind ? undefined : collectionOfGraphqlType(__typename);
  if (!kind && !collection) return badUserInput(`${__typename} is not an entity of this subgraph.`, 'representations');
  const found: Promise<object | null> = kind ? loaders.rows.load(kind, id) : loaders.catalogue.load(collection!, viewer, id);
  // _Entity's type resolver reads __typename; the loaded object is shared, so it is not changed.
  return found.then((value) => value && { ...value, __typename });
}

export const federationResolvers = {
  Query: {
    _entities: (_root: unknown, { representations }: { representations: unknown[] }, context: GatewayContext) =>
      representations.map((representation) => {
        try {
          return resolveRepresentation(representation, context);
        } catch (error) {
          return error; // FORBIDDEN for a collection the viewer may not read: this entry only
        }
      }),
  },
};
