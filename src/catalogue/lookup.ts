import { catalogue, type CollectionName, type SpecOf } from './collections';
import type { CollectionSpec } from './types';

export const catalogueByName: ReadonlyMap<string, CollectionSpec> = new Map(catalogue.map((spec) => [spec.name, spec]));

/**
 * The declaration of a collection. Names are checked by the compiler; the run-time check is for
 * names that arrive as data (a document reference's target, a test's table).
 */
export function collectionSpec<N extends CollectionName>(name: N): SpecOf<N> {
  const spec = catalogueByName.get(name);
  if (!spec) throw new Error(`"${name}" is not a collection of the MongoDB catalogue`);
  return spec as SpecOf<N>;
}

const byGraphqlType = new Map<string, CollectionName>(catalogue.map((spec) => [spec.graphql.type, spec.name]));

/** The collection whose documents are this GraphQL type; undefined for any other name. */
export const collectionOfGraphqlType = (typename: string): CollectionName | undefined => byGraphqlType.get(typename);
