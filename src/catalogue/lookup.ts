import { catalogue } from './collections';
import type { CollectionSpec } from './types';

export const catalogueByName: ReadonlyMap<string, CollectionSpec> = new Map(catalogue.map((spec) => [spec.name, spec]));

/** A misspelt collection name is a programming error; failing loudly beats writing to a stray collection. */
export function collectionSpec(name: string): CollectionSpec {
  const spec = catalogueByName.get(name);
  if (!spec) throw new Error(`"${name}" is not a collection of the MongoDB catalogue`);
  return spec;
}
